#include "OperationDraft.h"

#include "OperationRules.h"

namespace {

OrderLine lineFor(const OfferingItem &item, int quantity, const QString &billingCycle)
{
    OrderLine line = OrderLine::defaultsFor(item);
    if (quantity > 0)
        line.quantity = quantity;
    if (!billingCycle.isEmpty())
        line.billingCycle = billingCycle;
    return line;
}

} // namespace

OrderDraft OperationDraft::start(OrderOperation operation, const CurrentSubscription &subscription)
{
    OrderDraft draft;
    draft.operation = operation;
    draft.subscription = subscription;
    Product product;
    product.productId = subscription.productId;
    product.name = subscription.productName;
    draft.product = product;
    // Account-bound products are named by their owner, never by productNo; a trial is
    // for a new PBX, not for the one it was started from.
    if (OperationRules::isDeviceBound(subscription.productId) && operation != OrderOperation::Trial)
        draft.productNo = subscription.productNo;
    if (subscription.isForCustomer()) {
        Subordinate customer;
        customer.partnerId = subscription.partnerId;
        customer.company = subscription.customerName;
        draft.subordinate = customer;
    }
    return draft;
}

void OperationDraft::prefill(OrderDraft &draft, const Offering &offering)
{
    if (!draft.subscription)
        return;
    CurrentSubscription &current = *draft.subscription;
    // A product of services only may name its main service where a plan would be: it is a
    // service of the product, and no plan the others connect to.
    if (current.hasPlan() && !offering.findPlan(current.planId) && offering.findService(current.planId)) {
        if (!current.service(current.planId))
            current.services.prepend({current.planId, current.planName, current.quantity});
        current.planId = EntityId();
        current.planName.clear();
    }
    if (draft.operation != OrderOperation::Renew || draft.plan || !draft.services.isEmpty())
        return;
    if (const OfferingItem *plan = offering.findPlan(current.planId))
        draft.plan = lineFor(*plan, current.quantity, current.billingCycle);
    for (const CurrentSubscription::Service &existing : current.services) {
        if (const OfferingItem *service = offering.findService(existing.serviceId))
            draft.services << lineFor(*service, existing.quantity, current.billingCycle);
    }
}

OrderLine OperationDraft::startingLine(const OrderDraft &draft, const OfferingItem &item)
{
    OrderLine line = OrderLine::defaultsFor(item);
    if (draft.subscription && item.billingCycles.contains(draft.subscription->billingCycle))
        line.billingCycle = draft.subscription->billingCycle;
    return line;
}

OrderDraft OperationDraft::renewal(const CurrentSubscription &subscription, const Offering &offering,
                                   const BillingContact &billingContact)
{
    OrderDraft draft = start(OrderOperation::Renew, subscription);
    prefill(draft, offering);
    draft.billingContact = billingContact;
    return draft;
}
