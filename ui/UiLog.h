#pragma once

#include <QLoggingCategory>

// pp.ui: what the windows do that is worth a line when something goes wrong (settings
// saved, a file that could not be written). Never a secret or a token.
Q_DECLARE_LOGGING_CATEGORY(lcUi)
