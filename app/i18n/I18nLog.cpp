#include "I18nLog.h"

Q_LOGGING_CATEGORY(lcI18n, "pp.i18n", QtWarningMsg)
