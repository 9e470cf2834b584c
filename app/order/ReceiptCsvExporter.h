#pragma once

#include "Receipt.h"
#include "csv/CsvWriter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Receipts as CSV for reconciliation with the reseller's books, through CsvWriter (RFC
// 4180, a BOM for Excel, IDs as exact text, formulas defused; see there why).
class ReceiptCsvExporter
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptCsvExporter)

public:
    using IdStyle = CsvWriter::IdStyle;
    using Options = CsvWriter::Options;

    enum Column {
        PlacedAtLocal,
        PlacedAtUtc,
        Account,
        Operation,
        Product,
        ProductId,
        DeviceSerialNumber,
        ExistingProductNo,
        Recipient,
        RecipientPartnerId,
        Items,
        BillingContact,
        BillingContactId,
        PoNumber,
        OrderNo,
        OrderId,
        OrderStatus,
        StatusCheckedAt,
        TransactionNo,
        InstanceId,
        RequestId,
        ColumnCount
    };

    static QStringList headers();
    static QByteArray toCsv(const QList<Receipt> &receipts, const Options &options);
    static QByteArray toCsv(const QList<Receipt> &receipts) { return toCsv(receipts, Options()); }
    // Writes atomically (QSaveFile); returns an empty string or why it failed.
    static QString writeFile(const QList<Receipt> &receipts, const QString &path, const Options &options);
    static QString writeFile(const QList<Receipt> &receipts, const QString &path)
    {
        return writeFile(receipts, path, Options());
    }

    static bool isIdColumn(int column);
    // One receipt's cells, in column order, on the row `csv` has started (a batch's CSV
    // puts its own columns first).
    static void addCells(CsvWriter &csv, const Receipt &receipt);

private:
    static QString value(const Receipt &receipt, int column);
};
