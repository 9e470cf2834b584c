#include "EntityId.h"

#include "InexactIdFinder.h"

EntityId EntityId::fromString(const QString &digits)
{
    if (digits.isEmpty() || digits.size() > 19)
        return {};
    for (const QChar c : digits) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return {};
    }
    bool fits = false;
    const qint64 value = digits.toLongLong(&fits);
    if (!fits)
        return {};
    // Normalise ("007" and "7" are the same ID) through the exact integer.
    return fromInteger(value);
}

EntityId EntityId::fromInteger(qint64 value)
{
    if (value < 0)
        return {};
    EntityId id;
    id.m_digits = QString::number(value);
    return id;
}

EntityId EntityId::fromJson(const QJsonValue &value)
{
    if (value.isString())
        return fromString(value.toString().trimmed());
    // A number beyond 64 bits is a double here, which toInteger() would round. (A fraction
    // or an exponent of an integral value already is a rounded integer: the envelope
    // refuses those from the raw text, see InexactIdFinder.)
    if (InexactIdFinder::isExactInteger(value))
        return fromInteger(value.toInteger());
    return {};
}

qint64 EntityId::toInteger() const
{
    return m_digits.toLongLong();
}

QJsonValue EntityId::toJsonInteger() const
{
    if (!isValid())
        return QJsonValue(QJsonValue::Null);
    return QJsonValue(toInteger());
}
