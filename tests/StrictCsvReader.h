#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// An RFC 4180 reader written for the tests (tst_receipthistory) and the fuzz target
// (fuzz/OrderChecks.h), independent of ReceiptCsvExporter, and strict about what the
// exporter promises: CRLF after every record, a quote only opens a field, a bare line
// feed only inside quotes, "" for a quote inside quotes. Anything else: std::nullopt.
inline std::optional<QList<QStringList>> readStrictCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            if (!field.isEmpty())
                return std::nullopt;
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 >= text.size() || text.at(i + 1) != QLatin1Char('\n'))
                return std::nullopt;
            ++i;
            record << field;
            field.clear();
            records << record;
            record.clear();
        } else if (c == QLatin1Char('\n')) {
            return std::nullopt;
        } else {
            field += c;
        }
    }
    if (quoted || !field.isEmpty() || !record.isEmpty()) // the last record ends with CRLF too
        return std::nullopt;
    return records;
}
