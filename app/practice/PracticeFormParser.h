#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

// Reads the token request's form fields from an application/x-www-form-urlencoded or a
// multipart/form-data body. Returns nothing for any other content type.
class PracticeFormParser
{
public:
    static std::optional<QHash<QString, QString>> parse(const QByteArray &contentType,
                                                        const QByteArray &body);

private:
    static QHash<QString, QString> parseUrlEncoded(const QByteArray &body);
    static QHash<QString, QString> parseMultipart(const QByteArray &boundary, const QByteArray &body);
};
