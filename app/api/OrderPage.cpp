#include "OrderPage.h"

#include "JsonFields.h"

#include <QJsonArray>

#include <algorithm>
#include <limits>

QDateTime OrderListEntry::createdAt() const
{
    if (createTime <= 0)
        return {};
    // 10^11 ms is 1973; 10^11 s is the year 5138. Below it, the value must be seconds.
    constexpr qint64 smallestMilliseconds = 100'000'000'000LL;
    return createTime < smallestMilliseconds ? QDateTime::fromSecsSinceEpoch(createTime)
                                             : QDateTime::fromMSecsSinceEpoch(createTime);
}

std::optional<OrderListEntry> OrderListEntry::fromJson(const QJsonObject &object)
{
    OrderListEntry entry;
    entry.id = JsonFields::text(object, QLatin1String("id"));
    entry.orderNo = JsonFields::text(object, QLatin1String("orderNo"));
    if (entry.id.isEmpty() && entry.orderNo.isEmpty())
        return std::nullopt;
    entry.orderStatus = JsonFields::text(object, QLatin1String("orderStatus"));
    entry.currencyCode = JsonFields::text(object, QLatin1String("currencyCode"));
    entry.invoiceNo = JsonFields::text(object, QLatin1String("invoiceNo"));
    entry.customReferenceNo = JsonFields::text(object, QLatin1String("customReferenceNo"));
    entry.createTime = JsonFields::integer(object, QLatin1String("createTime")).value_or(0);
    entry.raw = object;
    return entry;
}

std::optional<OrderPage> OrderPage::fromJson(const QJsonValue &result)
{
    if (!result.isObject())
        return std::nullopt;
    const QJsonObject object = result.toObject();
    const QJsonValue results = object.value(QLatin1String("results"));
    if (!results.isArray())
        return std::nullopt;

    auto number = [&object](const char *key, int fallback) {
        const auto value = JsonFields::integer(object, QLatin1String(key));
        return value ? int(std::clamp<qint64>(*value, 0, std::numeric_limits<int>::max())) : fallback;
    };
    OrderPage page;
    page.pageNo = std::max(1, number("pageNo", 1));
    page.pageSize = number("pageSize", 0);
    page.total = number("total", number("count", 0));
    page.totalPage = number("totalPage", page.pageNo);
    const QJsonArray array = results.toArray();
    page.results.reserve(array.size());
    for (const QJsonValue &value : array) {
        if (auto entry = OrderListEntry::fromJson(value.toObject()))
            page.results.append(*entry);
    }
    return page;
}
