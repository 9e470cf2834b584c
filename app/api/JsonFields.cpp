#include "JsonFields.h"

#include <limits>

namespace JsonFields {

QString text(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        constexpr qint64 notIntegral = std::numeric_limits<qint64>::min();
        const qint64 exact = value.toInteger(notIntegral);
        if (exact != notIntegral)
            return QString::number(exact);
        return QString::number(value.toDouble(), 'g', 17);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return QString();
    }
}

std::optional<qint64> integer(const QJsonValue &value)
{
    if (value.isString()) {
        bool ok = false;
        const qint64 parsed = value.toString().trimmed().toLongLong(&ok);
        return ok ? std::optional<qint64>(parsed) : std::nullopt;
    }
    if (value.isDouble()) {
        constexpr qint64 notIntegral = std::numeric_limits<qint64>::min();
        const qint64 exact = value.toInteger(notIntegral);
        return exact != notIntegral ? std::optional<qint64>(exact) : std::nullopt;
    }
    return std::nullopt;
}

QDateTime epochTime(qint64 value)
{
    if (value <= 0)
        return {};
    // 10^11 ms is 1973; 10^11 s is the year 5138. Below it, the value must be seconds.
    constexpr qint64 smallestMilliseconds = 100'000'000'000LL;
    return value < smallestMilliseconds ? QDateTime::fromSecsSinceEpoch(value)
                                        : QDateTime::fromMSecsSinceEpoch(value);
}

} // namespace JsonFields
