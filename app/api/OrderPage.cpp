#include "OrderPage.h"

#include "JsonFields.h"
#include "PageHeader.h"

#include <QJsonArray>

QDateTime OrderListEntry::createdAt() const
{
    return JsonFields::epochTime(createTime);
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
    QJsonArray array;
    const std::optional<PageHeader> header = PageHeader::read(result, &array);
    if (!header)
        return std::nullopt;
    OrderPage page;
    page.pageNo = header->pageNo;
    page.pageSize = header->pageSize;
    page.total = header->total;
    page.totalPage = header->totalPage;
    page.results.reserve(array.size());
    for (const QJsonValue &value : array) {
        if (auto entry = OrderListEntry::fromJson(value.toObject()))
            page.results.append(*entry);
    }
    return page;
}
