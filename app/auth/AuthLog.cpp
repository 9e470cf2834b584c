#include "AuthLog.h"

Q_LOGGING_CATEGORY(lcAuth, "pp.auth", QtWarningMsg)
