#include "ListParser.h"

#include <QJsonObject>

std::optional<QJsonArray> ListParser::arrayIn(const QJsonValue &result)
{
    if (result.isArray())
        return result.toArray();
    if (result.isNull() || result.isUndefined())
        return QJsonArray(); // some servers answer an empty list with null
    if (!result.isObject())
        return std::nullopt;
    const QJsonObject object = result.toObject();
    for (const QLatin1String key : {QLatin1String("list"), QLatin1String("records"), QLatin1String("results"),
                                    QLatin1String("rows"), QLatin1String("data")}) {
        if (object.value(key).isArray())
            return object.value(key).toArray();
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it->isArray())
            return it->toArray();
    }
    return std::nullopt;
}
