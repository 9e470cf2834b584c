#pragma once

#include "EntityId.h"
#include "OrderItem.h"

#include <QByteArray>
#include <QList>
#include <QString>

// The body of POST /order/openapi/order/v1/save, as typed values. OrderBodyBuilder fills
// it from the wizard's draft; toJsonBody() writes the exact bytes sent.
struct OrderRequest
{
    QString operationType; // purchase_plan | purchase_service | renew_plan | renew_service | switch_plan | trial_plan | trial_service
    qint64 productId = 0;
    EntityId partnerId; // the customer (subordinate) the purchase is for; omitted for yourself
    QString productNo;  // serial number of an existing device; omitted when empty
    EntityId billingId; // omitted for a trial (free: no billing contact)
    QString poNumber;   // omitted when empty
    QList<OrderItem> serviceList;

    // Indented JSON in the seed tutorials' key order and layout, with every ID written as
    // a bare JSON integer; partnerId right after productId. For the seed selections this
    // is byte for byte the tutorials' body.
    QByteArray toJsonBody() const;

    friend bool operator==(const OrderRequest &a, const OrderRequest &b)
    {
        return a.operationType == b.operationType && a.productId == b.productId
            && a.partnerId == b.partnerId && a.productNo == b.productNo && a.billingId == b.billingId
            && a.poNumber == b.poNumber && a.serviceList == b.serviceList;
    }
};
