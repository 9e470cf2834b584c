#pragma once

#include "BatchOrder.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

// A batch as CSV: one row per order — its number, outcome and reason, then the receipt
// columns (the same RFC 4180, BOM and ID-as-text rules as ReceiptCsvExporter).
class BatchCsvExporter
{
    Q_DECLARE_TR_FUNCTIONS(BatchCsvExporter)

public:
    static QString outcomeText(BatchOrder::State state);
    static QByteArray toCsv(const QList<BatchOrder> &orders);
    // Writes atomically; returns an empty string or why it failed.
    static QString writeFile(const QList<BatchOrder> &orders, const QString &path);
};
