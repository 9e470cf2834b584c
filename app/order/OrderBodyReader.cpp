#include "OrderBodyReader.h"

#include "api/JsonFields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

using JsonFields::text;

qint64 integer(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toInteger();
}

EntityId id(const QJsonObject &object, const char *key)
{
    return EntityId::fromJson(object.value(QLatin1String(key)));
}

} // namespace

std::optional<OrderRequest> OrderBodyReader::read(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject json = document.object();
    OrderRequest request;
    request.operationType = text(json, "operationType");
    request.productId = integer(json, "productId");
    request.partnerId = id(json, "partnerId");
    request.productNo = text(json, "productNo");
    request.billingId = id(json, "billingId");
    request.poNumber = text(json, "poNumber");
    const QJsonArray items = json.value(QLatin1String("serviceList")).toArray();
    for (const QJsonValue &value : items) {
        const QJsonObject object = value.toObject();
        OrderItem item;
        item.serviceType = text(object, "serviceType");
        item.serviceId = id(object, "serviceId");
        item.connectionPlanId = id(object, "connectionPlanId");
        // A renewal of a single licence names no quantity; an auto-renewal no billing.
        item.hasQuantity = object.contains(QLatin1String("quantity"));
        item.quantity = int(integer(object, "quantity"));
        item.hasBilling = object.contains(QLatin1String("billingModel"));
        item.purchaseType = text(object, "purchaseType");
        item.billingModel = text(object, "billingModel");
        item.billingCycle = text(object, "billingCycle");
        item.multiCycle = int(integer(object, "multiCycle"));
        request.serviceList << item;
    }
    // Anything this reader does not know (a field, a layout) would be lost on the way.
    if (request.toJsonBody() != body)
        return std::nullopt;
    return request;
}
