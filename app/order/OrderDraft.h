#pragma once

#include "CurrentSubscription.h"
#include "OrderLine.h"
#include "OrderOperation.h"
#include "api/BillingContact.h"
#include "api/Offering.h"
#include "api/Product.h"
#include "api/Subordinate.h"

#include <QList>
#include <QString>

#include <QMetaType>

#include <optional>

// Everything the user chose in the wizard, as plain values. The wizard pages write it;
// OrderBodyBuilder turns it into the order body; the receipt keeps a copy of it.
struct OrderDraft
{
    OrderOperation operation = OrderOperation::NewPurchase;
    std::optional<CurrentSubscription> subscription; // the product acted on, if any
    std::optional<Product> product;
    QString productNo;                      // serial number, for products that need one
    std::optional<Subordinate> subordinate; // empty: buying for yourself
    QList<Subordinate> customers;           // several: a batch, one order each (subordinate empty)
    bool renewsSeveral = false;             // a batch of renewals (PurchaseSession holds the products)
    std::optional<OrderLine> plan;          // at most one plan
    QList<OrderLine> services;              // chosen services (quantity > 0)
    std::optional<BillingContact> billingContact;
    QString poNumber;

    bool isForSubordinate() const { return subordinate.has_value(); }
    bool needsBillingContact() const { return !OrderOperations::isTrial(operation); }
    bool isBatch() const { return !customers.isEmpty() || renewsSeveral; }

    // Forget what depends on the product (when the user picks another one).
    void clearProductChoices()
    {
        productNo.clear();
        plan.reset();
        services.clear();
    }
};
Q_DECLARE_METATYPE(OrderDraft)
