#include "UiLog.h"

Q_LOGGING_CATEGORY(lcUi, "meisai.ui", QtInfoMsg)
