#pragma once

#include "api/EntityId.h"

#include <QJsonObject>
#include <QList>
#include <QString>

// What a product the account already has fixes for an order on it: which product and
// device, whose it is, its current plan, extension count, billing cycle and services.
// Read from the product details answer (instance_product/v1/detail), whose fields past
// the first few are undocumented: every field is optional and read under the names the
// practice portal and the product overview use.
struct CurrentSubscription
{
    struct Service
    {
        EntityId serviceId;
        QString name;
        int quantity = 0;
    };

    qint64 productId = 0;
    QString productName;
    // A device's serial number, or for a product bound to an account rather than a
    // device an ID of that account. Opaque text, exact.
    QString productNo;
    EntityId partnerId; // the customer it belongs to; invalid: the partner's own
    QString customerName;
    EntityId planId; // invalid when unknown or when the product has no plan
    QString planName;
    int quantity = 0; // the plan's current extensions (connections…); 0 when unknown
    QString quantityUnit;
    QString billingCycle; // empty when unknown
    QList<Service> services;
    bool isTrial = false;
    bool autoRenew = false;

    bool hasPlan() const { return planId.isValid(); }
    bool isForCustomer() const { return partnerId.isValid(); }
    const Service *service(const EntityId &serviceId) const;

    // Never fails: what is missing stays empty and the rules say what that prevents.
    static CurrentSubscription fromDetails(const QJsonObject &details, qint64 productId,
                                           const QString &productName);
};
