#pragma once

#include "EntityId.h"

#include <QString>

// One element of the order body's serviceList: a plan or a service with its quantity.
struct OrderItem
{
    QString serviceType;       // "plan" or "service"
    EntityId serviceId;        // the plan's planId or the service's serviceId
    EntityId connectionPlanId; // set on a service ordered together with a plan
    int quantity = 0;
    QString purchaseType = QStringLiteral("purchase");
    QString billingModel = QStringLiteral("recurring");
    QString billingCycle = QStringLiteral("annually");
    int multiCycle = 0;
    // Trials send neither quantity nor billing fields; a renewal of a single licence (a
    // device's plan, Hot Standby…) names no quantity: the tutorials' tables have no row.
    bool hasQuantity = true;
    bool hasBilling = true; // billingModel and billingCycle

    bool isPlan() const { return serviceType == QLatin1String("plan"); }

    friend bool operator==(const OrderItem &a, const OrderItem &b)
    {
        return a.serviceType == b.serviceType && a.serviceId == b.serviceId
            && a.connectionPlanId == b.connectionPlanId && a.quantity == b.quantity
            && a.purchaseType == b.purchaseType && a.billingModel == b.billingModel
            && a.billingCycle == b.billingCycle && a.multiCycle == b.multiCycle
            && a.hasQuantity == b.hasQuantity && a.hasBilling == b.hasBilling;
    }
};
