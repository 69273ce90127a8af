#pragma once

// The UI's logging category, "meisai.ui" (the core's modules have theirs in
// common/Log.h): failures the user did not cause and need not act on, such as
// a setting that could not be saved. Same rule as the core's: never log
// tokens, codes or URLs with their query strings.

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcUi)
