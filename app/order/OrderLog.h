#pragma once

#include <QLoggingCategory>

// pp.order: order attempts, outcomes and receipts (numbers and requestIds, never secrets).
Q_DECLARE_LOGGING_CATEGORY(lcOrder)
