#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// Writes a CSV file the way people reconciling their books need it.
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
//   double-click, so SpreadsheetText (the default) writes every ID cell that way, and
//   only ID cells. Plain writes IDs bare, for programs that parse the file.
// - Free text that starts with = + - @ (a customer named "=HYPERLINK(…)") would run as a
//   formula in a spreadsheet: it gets a leading apostrophe, as OWASP advises.
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)

public:
    enum class IdStyle { SpreadsheetText,
                         Plain };

    struct Options
    {
        bool byteOrderMark = true;
        IdStyle ids = IdStyle::SpreadsheetText;
    };

    CsvWriter();
    explicit CsvWriter(const Options &options);

    void addHeader(const QStringList &titles);
    // Starts a row; add its cells with addText()/addId(), in column order.
    void startRow();
    void addText(const QString &text);
    void addId(const QString &id);
    // A number to compute with (a leading minus is no formula); nothing for none.
    void addNumber(std::optional<qint64> number);
    QByteArray toBytes() const;

    // One RFC 4180 field: quoted only when it has to be.
    static QString quoted(const QString &field);
    // Writes atomically (QSaveFile); returns an empty string or why it failed.
    static QString writeFile(const QByteArray &bytes, const QString &path);

private:
    void addCell(const QString &cell);

    Options m_options;
    QString m_text;
    bool m_rowStarted = false;
    bool m_firstCell = true;
};
