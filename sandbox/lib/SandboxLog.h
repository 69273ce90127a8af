#pragma once

// The sandbox's one logging category. Logs go to stderr; stdout carries only
// the ready line. Never log tokens, codes, verifiers or passwords.

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
