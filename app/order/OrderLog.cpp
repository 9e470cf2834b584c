#include "OrderLog.h"

Q_LOGGING_CATEGORY(lcOrder, "pp.order", QtWarningMsg)
