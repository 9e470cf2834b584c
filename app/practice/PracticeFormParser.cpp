#include "PracticeFormParser.h"

#include <QList>

std::optional<QHash<QString, QString>> PracticeFormParser::parse(const QByteArray &contentType,
                                                                 const QByteArray &body)
{
    const QList<QByteArray> parts = contentType.split(';');
    const QByteArray mimeType = parts.constFirst().trimmed().toLower();
    if (mimeType == "application/x-www-form-urlencoded")
        return parseUrlEncoded(body);
    if (mimeType != "multipart/form-data")
        return std::nullopt;
    for (const QByteArray &part : parts) {
        const QByteArray parameter = part.trimmed();
        if (parameter.toLower().startsWith("boundary=")) {
            QByteArray boundary = parameter.mid(9);
            if (boundary.size() >= 2 && boundary.startsWith('"') && boundary.endsWith('"'))
                boundary = boundary.mid(1, boundary.size() - 2);
            return parseMultipart(boundary, body);
        }
    }
    return std::nullopt;
}

QHash<QString, QString> PracticeFormParser::parseUrlEncoded(const QByteArray &body)
{
    // Form encoding, not URL encoding: '+' is a space (QUrlQuery would keep it).
    QHash<QString, QString> fields;
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        QByteArray key = equals < 0 ? pair : pair.left(equals);
        QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        fields.insert(QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
                      QString::fromUtf8(QByteArray::fromPercentEncoding(value)));
    }
    return fields;
}

QHash<QString, QString> PracticeFormParser::parseMultipart(const QByteArray &boundary, const QByteArray &body)
{
    QHash<QString, QString> fields;
    const QByteArray delimiter = "--" + boundary;
    qsizetype position = body.indexOf(delimiter);
    while (position >= 0) {
        const qsizetype start = position + delimiter.size();
        if (body.mid(start, 2) == "--")
            break; // the closing delimiter
        const qsizetype next = body.indexOf(delimiter, start);
        if (next < 0)
            break;
        const QByteArray part = body.mid(start, next - start);
        const qsizetype headerEnd = part.indexOf("\r\n\r\n");
        if (headerEnd >= 0) {
            const QByteArray headers = part.left(headerEnd);
            QByteArray value = part.mid(headerEnd + 4);
            if (value.endsWith("\r\n"))
                value.chop(2);
            const qsizetype nameAt = headers.indexOf("name=\"");
            if (nameAt >= 0) {
                const qsizetype nameEnd = headers.indexOf('"', nameAt + 6);
                fields.insert(QString::fromUtf8(headers.mid(nameAt + 6, nameEnd - nameAt - 6)),
                              QString::fromUtf8(value));
            }
        }
        position = next;
    }
    return fields;
}
