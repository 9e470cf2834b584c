#include "CurrentSubscription.h"

#include "api/JsonFields.h"

#include <QJsonArray>

namespace {

int count(const QJsonObject &object, QLatin1String key)
{
    const std::optional<qint64> value = JsonFields::integer(object, key);
    return value && *value > 0 && *value <= 10'000'000 ? int(*value) : 0;
}

bool flag(const QJsonValue &value)
{
    return value.isBool() ? value.toBool() : JsonFields::text(value) == QLatin1String("true");
}

} // namespace

const CurrentSubscription::Service *CurrentSubscription::service(const EntityId &serviceId) const
{
    for (const Service &candidate : services) {
        if (candidate.serviceId == serviceId)
            return &candidate;
    }
    return nullptr;
}

CurrentSubscription CurrentSubscription::fromDetails(const QJsonObject &details, qint64 productId,
                                                     const QString &productName)
{
    CurrentSubscription subscription;
    subscription.productId = productId;
    subscription.productName = productName;
    subscription.productNo = JsonFields::text(details, QLatin1String("productNo"));
    subscription.partnerId = EntityId::fromJson(details.value(QLatin1String("partnerId")));
    subscription.customerName = JsonFields::text(details, QLatin1String("companyName"));
    subscription.planId = EntityId::fromJson(details.value(QLatin1String("planId")));
    subscription.planName = JsonFields::text(details, QLatin1String("planName"));
    subscription.quantity = count(details, QLatin1String("quantity"));
    subscription.quantityUnit = JsonFields::text(details, QLatin1String("quantityUnit"));
    subscription.billingCycle = JsonFields::text(details, QLatin1String("billingCycle"));
    subscription.autoRenew = flag(details.value(QLatin1String("autoRenew")));
    subscription.isTrial = flag(details.value(QLatin1String("trial")))
        || JsonFields::text(details, QLatin1String("purchaseType")) == QLatin1String("trial");
    const QJsonArray services = details.value(QLatin1String("serviceList")).toArray();
    for (const QJsonValue &value : services) {
        const QJsonObject object = value.toObject();
        Service service;
        service.serviceId = EntityId::fromJson(object.value(QLatin1String("serviceId")));
        service.name = JsonFields::text(object, QLatin1String("serviceName"));
        service.quantity = count(object, QLatin1String("quantity"));
        if (service.serviceId.isValid())
            subscription.services.append(service);
    }
    return subscription;
}
