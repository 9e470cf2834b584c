#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

// Lenient readers for the portal's loosely typed fields: the docs type the same field
// as String on one page and Integer on another, so every reader accepts both forms.
namespace JsonFields {

// A string as is; an integer as its exact digits (never through double); a
// non-integral number in shortest form; a bool as "true"/"false"; anything else empty.
QString text(const QJsonValue &value);
inline QString text(const QJsonObject &object, QLatin1String key) { return text(object.value(key)); }
inline QString text(const QJsonObject &object, const char *key) { return text(object.value(QLatin1String(key))); }

// An integer given as a JSON integer or as a string of digits (e.g. "1800").
std::optional<qint64> integer(const QJsonValue &value);
inline std::optional<qint64> integer(const QJsonObject &object, QLatin1String key)
{
    return integer(object.value(key));
}

// A portal timestamp (createTime, generateTime…): the unit is undocumented, so it is
// read as epoch milliseconds, or as seconds when too small to be milliseconds of this
// century. Invalid for 0 or less.
QDateTime epochTime(qint64 value);

} // namespace JsonFields
