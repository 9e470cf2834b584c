#include "UiLog.h"

Q_LOGGING_CATEGORY(lcUi, "pp.ui", QtWarningMsg)
