#pragma once

#include <QLoggingCategory>

// pp.i18n: which language was chosen and why, and translations that could not be loaded.
Q_DECLARE_LOGGING_CATEGORY(lcI18n)
