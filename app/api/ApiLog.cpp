#include "ApiLog.h"

Q_LOGGING_CATEGORY(lcApi, "pp.api", QtWarningMsg)
