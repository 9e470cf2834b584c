#pragma once

#include <QLoggingCategory>

// pp.api: requests that fail, with the portal's requestId. Never headers or bodies.
Q_DECLARE_LOGGING_CATEGORY(lcApi)
