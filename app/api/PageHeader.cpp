#include "PageHeader.h"

#include "JsonFields.h"

#include <QJsonObject>

#include <algorithm>
#include <limits>

std::optional<PageHeader> PageHeader::read(const QJsonValue &result, QJsonArray *results)
{
    if (!result.isObject())
        return std::nullopt;
    const QJsonObject object = result.toObject();
    const QJsonValue array = object.value(QLatin1String("results"));
    if (!array.isArray())
        return std::nullopt;

    auto number = [&object](const char *key, int fallback) {
        const auto value = JsonFields::integer(object, QLatin1String(key));
        return value ? int(std::clamp<qint64>(*value, 0, std::numeric_limits<int>::max())) : fallback;
    };
    PageHeader header;
    header.pageNo = std::max(1, number("pageNo", 1));
    header.pageSize = number("pageSize", 0);
    header.total = number("total", number("count", 0));
    header.totalPage = number("totalPage", header.pageNo);
    *results = array.toArray();
    return header;
}
