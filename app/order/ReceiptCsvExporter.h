#pragma once

#include "Receipt.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Receipts as CSV for reconciliation with the reseller's books.
//
// - RFC 4180: comma separated, CRLF line ends, a header row, a field in double quotes
//   when it holds a comma, a quote, CR or LF (quotes doubled inside).
// - UTF-8 with a byte order mark by default. Excel, the spreadsheet most books are kept
//   in, reads a CSV without a BOM in the legacy ANSI code page and garbles "×", "é" and
//   every non-Latin name; LibreOffice, Google Sheets and Python's "utf-8-sig" accept the
//   BOM. A tool that wants none can ask for none.
// - IDs as text: a 19-digit order ID opened in Excel becomes 1.23457E+18 and loses its
//   last four digits for good, and quoting the field does not prevent it (quotes are CSV
//   syntax, not a type). Nor are digits the only risk: a serial number "3651E415" reads
//   as 3651×10^415, "0042" loses its zeros, "12-34" turns into a date. The ="…" idiom is
//   the one form Excel, LibreOffice and Google Sheets all keep as exact text on a
//   double-click, so SpreadsheetText (the default) writes every ID column that way, and
//   only ID columns. Plain writes IDs bare, for programs that parse the file.
// - Free text that starts with = + - @ (a customer named "=HYPERLINK(…)") would run as a
//   formula in a spreadsheet: it gets a leading apostrophe, as OWASP advises.
class ReceiptCsvExporter
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptCsvExporter)

public:
    enum class IdStyle { SpreadsheetText, Plain };

    struct Options
    {
        bool byteOrderMark = true;
        IdStyle ids = IdStyle::SpreadsheetText;
    };

    enum Column {
        PlacedAtLocal,
        PlacedAtUtc,
        Account,
        Product,
        ProductId,
        DeviceSerialNumber,
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

    // One RFC 4180 field: quoted only when it has to be.
    static QString quoted(const QString &field);
    static bool isIdColumn(int column);

private:
    static QString value(const Receipt &receipt, int column);
    static QString cell(const Receipt &receipt, int column, const Options &options);
};
