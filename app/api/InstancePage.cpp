#include "InstancePage.h"

#include "ApiLog.h"

#include <utility>

std::optional<InstancePage> InstancePage::fromJson(const QJsonValue &result, qint64 productId)
{
    QJsonArray array;
    const std::optional<PageHeader> header = PageHeader::read(result, &array);
    if (!header)
        return std::nullopt;
    InstancePage page;
    page.productId = productId;
    page.header = *header;
    page.results.reserve(array.size());
    int skipped = 0;
    for (const QJsonValue &value : std::as_const(array)) {
        if (value.isObject())
            page.results.append(ProductInstance::fromJson(value.toObject(), productId));
        else
            ++skipped;
    }
    if (skipped > 0)
        qCWarning(lcApi) << "instance_product_list: skipped" << skipped << "entries that are not objects";
    return page;
}
