#include "SandboxLog.h"

Q_LOGGING_CATEGORY(lcSandbox, "meisai.sandbox", QtInfoMsg)
