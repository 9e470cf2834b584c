#include "CsvWriter.h"

#include <QDir>
#include <QSaveFile>

namespace {

const QString kLineEnd = QStringLiteral("\r\n");

bool looksLikeFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    return first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
        || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
}

} // namespace

CsvWriter::CsvWriter()
    : CsvWriter(Options())
{
}

CsvWriter::CsvWriter(const Options &options)
    : m_options(options)
{
}

void CsvWriter::addHeader(const QStringList &titles)
{
    startRow();
    for (const QString &title : titles)
        addCell(quoted(title));
}

void CsvWriter::startRow()
{
    if (m_rowStarted)
        m_text += kLineEnd;
    m_rowStarted = true;
    m_firstCell = true;
}

void CsvWriter::addText(const QString &text)
{
    addCell(quoted(looksLikeFormula(text) ? QLatin1Char('\'') + text : text));
}

void CsvWriter::addId(const QString &id)
{
    if (m_options.ids == IdStyle::SpreadsheetText && !id.isEmpty()) {
        QString literal = id;
        literal.replace(QLatin1Char('"'), QStringLiteral("\"\"")); // a quote inside a formula string
        addCell(quoted(QStringLiteral("=\"%1\"").arg(literal)));
        return;
    }
    addCell(quoted(id));
}

void CsvWriter::addNumber(std::optional<qint64> number)
{
    addCell(number ? QString::number(*number) : QString());
}

void CsvWriter::addCell(const QString &cell)
{
    if (!m_firstCell)
        m_text += QLatin1Char(',');
    m_firstCell = false;
    m_text += cell;
}

QByteArray CsvWriter::toBytes() const
{
    QByteArray bytes = m_options.byteOrderMark ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    bytes += m_text.toUtf8();
    if (m_rowStarted)
        bytes += kLineEnd.toUtf8();
    return bytes;
}

QString CsvWriter::quoted(const QString &field)
{
    const bool needsQuotes = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"'))
        || field.contains(QLatin1Char('\r')) || field.contains(QLatin1Char('\n'));
    if (!needsQuotes)
        return field;
    QString escaped = field;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString CsvWriter::writeFile(const QByteArray &bytes, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    file.write(bytes);
    if (!file.commit())
        return tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return QString();
}
