#pragma once

#include "OrderDraft.h"

#include <QCoreApplication>
#include <QStringList>

// The rules the vendor's tutorials state for orders on an existing product, each with
// the words the wizard shows when it keeps Next disabled. A new purchase has none of
// these (OrderBodyBuilder checks what every order needs).
class OperationRules
{
    Q_DECLARE_TR_FUNCTIONS(OperationRules)

public:
    // Everything the draft's operation forbids in its current choices (translated).
    static QStringList problems(const OrderDraft &draft);

    // Whether `operation` can be started from `product` at all (the products window
    // offers only these); what the user then chooses is checked by problems().
    static bool isOffered(OrderOperation operation, const CurrentSubscription &product);

    // Products identified by a device's serial number (productNo) rather than by owner.
    static bool isDeviceBound(qint64 productId);
    // P-Series Software and Cloud Edition and the Turnkey Package: a renewal names
    // exactly the current number of extensions, or the portal refuses it.
    static bool renewalKeepsExtensionCount(qint64 productId);
    // P-Series Software and Cloud Edition: plan and services are renewed in one order.
    static bool renewsPlanAndServicesTogether(qint64 productId);
    // Cloud Edition: the billing cycle stays when the plan is switched.
    static bool switchKeepsBillingCycle(qint64 productId);
    // Cloud Edition: at most this many extensions are added to one cloud PBX at a time.
    static constexpr int kMaxCloudExtensionsAdded = 500;

private:
    static void renewal(const OrderDraft &draft, const CurrentSubscription &current, QStringList &problems);
    static void addition(const OrderDraft &draft, const CurrentSubscription &current, QStringList &problems);
    static void planSwitch(const OrderDraft &draft, const CurrentSubscription &current,
                           QStringList &problems);
};
