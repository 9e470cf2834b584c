#include "EntityId.h"

#include <limits>

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
    if (value.isDouble()) {
        // Qt 6.4 stores a JSON integer that fits qint64 exactly and reports it as Double;
        // toInteger() returns it exactly. A true fraction or an out-of-range number has
        // no exact integer and is rejected rather than rounded.
        constexpr qint64 invalid = std::numeric_limits<qint64>::min();
        const qint64 exact = value.toInteger(invalid);
        if (exact == invalid)
            return {};
        return fromInteger(exact);
    }
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
