#pragma once

#include "OfferingItem.h"

#include <QJsonValue>
#include <QList>
#include <QString>

// What purchase_product_info offers for one product. The containers holding plans and
// services are undocumented, so plans and services are found by their ID keys
// (planId / serviceId) wherever they sit in the result.
struct Offering
{
    qint64 productId = 0;
    QString offeringId;
    QList<OfferingItem> plans;
    QList<OfferingItem> services;

    bool isEmpty() const { return plans.isEmpty() && services.isEmpty(); }
    const OfferingItem *findPlan(const EntityId &id) const;
    const OfferingItem *findService(const EntityId &id) const;

    // Walks `result` to a bounded depth; returns nullopt when it is not an object.
    static std::optional<Offering> fromJson(const QJsonValue &result, qint64 productId);
};
