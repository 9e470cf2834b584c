#include "OrderDetails.h"

std::optional<OrderDetails> OrderDetails::fromJson(const QJsonValue &result)
{
    if (!result.isObject())
        return std::nullopt;
    const QJsonObject object = result.toObject();
    OrderDetails details;
    details.basicInformation = object.value(QLatin1String("basicInformation")).toObject();
    details.billingInformation = object.value(QLatin1String("billingInformation")).toObject();
    details.orderInformation = object.value(QLatin1String("orderInformation")).toObject();
    details.orderSummary = object.value(QLatin1String("orderSummary")).toObject();
    details.raw = object;
    return details;
}
