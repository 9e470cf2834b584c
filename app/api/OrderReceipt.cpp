#include "OrderReceipt.h"

#include "JsonFields.h"

#include <QJsonObject>

std::optional<OrderReceipt> OrderReceipt::fromJson(const QJsonValue &result, const QString &requestId)
{
    if (!result.isObject())
        return std::nullopt;
    const QJsonObject object = result.toObject();
    OrderReceipt receipt;
    receipt.instanceId = JsonFields::text(object, QLatin1String("instanceId"));
    receipt.orderId = JsonFields::text(object, QLatin1String("orderId"));
    receipt.orderNo = JsonFields::text(object, QLatin1String("orderNo"));
    receipt.orderStatus = JsonFields::text(object, QLatin1String("orderStatus"));
    receipt.productNo = JsonFields::text(object, QLatin1String("productNo"));
    receipt.transactionNo = JsonFields::text(object, QLatin1String("transactionNo"));
    receipt.requestId = requestId;
    if (receipt.orderNo.isEmpty() && receipt.orderId.isEmpty())
        return std::nullopt;
    return receipt;
}
