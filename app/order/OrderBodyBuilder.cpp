#include "OrderBodyBuilder.h"

#include "OperationRules.h"

#include <QLocale>

namespace {

OrderItem orderItemFor(const OrderLine &line, const EntityId &connectionPlanId, OrderOperation operation)
{
    OrderItem item;
    item.serviceType = line.item.isPlan() ? QStringLiteral("plan") : QStringLiteral("service");
    item.serviceId = line.item.id;
    item.connectionPlanId = connectionPlanId;
    item.quantity = line.quantity;
    item.purchaseType = OrderOperations::purchaseType(operation);
    item.billingModel = line.item.billingModel;
    item.billingCycle = line.billingCycle;
    item.multiCycle = line.multiCycle;
    if (OrderOperations::isTrial(operation)) {
        item.hasQuantity = false;
        item.hasBilling = false;
        item.multiCycle = 0;
    }
    // A switch names only the new plan (its tutorials have no quantity row); a renewal of a
    // single licence has no quantity either.
    if (operation == OrderOperation::SwitchPlan || (operation == OrderOperation::Renew && line.item.maxQuantity <= 1))
        item.hasQuantity = false;
    return item;
}

} // namespace

EntityId OrderBodyBuilder::connectionPlanOf(const OrderDraft &draft)
{
    if (draft.plan)
        return draft.plan->item.id;
    if (OrderOperations::actsOnExistingProduct(draft.operation) && draft.subscription)
        return draft.subscription->planId;
    return EntityId();
}

QStringList OrderBodyBuilder::problemsWith(const OrderDraft &draft)
{
    QStringList problems = selectionProblems(draft);
    if (draft.product && !draft.billingContact && draft.needsBillingContact())
        problems << tr("Choose a billing contact.");
    return problems;
}

QStringList OrderBodyBuilder::selectionProblems(const OrderDraft &draft)
{
    QStringList problems;
    if (!draft.product) {
        problems << tr("Choose a product.");
        return problems;
    }
    if (draft.product->requiresSerialNumber() && draft.productNo.trimmed().isEmpty())
        problems << tr("Enter the serial number of the device this product is for.");
    if (!draft.plan && draft.services.isEmpty())
        problems << tr("Choose a plan or at least one service.");

    QList<OrderLine> lines = draft.services;
    if (draft.plan) {
        if (!draft.plan->item.isPlan())
            problems << tr("The chosen plan is not a plan.");
        lines.prepend(*draft.plan);
    }
    const bool trial = OrderOperations::isTrial(draft.operation);
    for (const OrderLine &line : lines) {
        const OfferingItem &item = line.item;
        if (trial && item.purchaseType != QLatin1String("trial"))
            //: %1 plan or service name
            problems << tr("“%1” is not offered as a free trial.").arg(item.name);
        else if (!trial && !item.isPurchasable())
            //: %1 plan or service name, %2 the portal's purchase type for it
            problems << tr("“%1” cannot be purchased (it is offered as “%2”).").arg(item.name, item.purchaseType);
        if (trial)
            continue; // no quantity or billing is sent for a trial
        if (line.quantity < item.minQuantity || line.quantity > item.maxQuantity)
            // One arg() pass: chained, a "%1" in the portal's name would take the next value.
            problems << tr("The quantity of “%1” must be between %L2 and %L3.")
                            .arg(item.name, QLocale().toString(item.minQuantity),
                                 QLocale().toString(item.maxQuantity));
        if (!item.billingCycles.contains(line.billingCycle))
            //: %1 plan or service name, %2 the billing cycle as the portal names it (annually, monthly, once)
            problems << tr("“%1” cannot be billed %2.").arg(item.name, line.billingCycle);
        if (!item.multiCycles.contains(line.multiCycle))
            //: %1 plan or service name; %n the number of billing periods paid in advance
            problems << tr("“%1” does not offer %n billing period(s).", nullptr, line.multiCycle).arg(item.name);
        if (!item.isPlan() && item.planRequired && !draft.plan && draft.productNo.trimmed().isEmpty()
            && !draft.subscription)
            problems << tr("“%1” can only be bought together with a plan.").arg(item.name);
    }
    problems << OperationRules::problems(draft);
    return problems;
}

OrderBodyBuilder::Outcome OrderBodyBuilder::build(const OrderDraft &draft)
{
    Outcome outcome;
    outcome.problems = problemsWith(draft);
    if (!outcome.problems.isEmpty())
        return outcome;

    OrderRequest request;
    request.operationType = OrderOperations::operationType(draft.operation, draft.plan.has_value());
    request.productId = draft.product->productId;
    request.productNo = draft.productNo.trimmed();
    request.partnerId = draft.subordinate ? draft.subordinate->partnerId : EntityId();
    if (draft.needsBillingContact())
        request.billingId = draft.billingContact->billingContactId;
    request.poNumber = draft.poNumber.trimmed();

    const EntityId planId = connectionPlanOf(draft);
    if (draft.plan)
        request.serviceList.append(orderItemFor(*draft.plan, EntityId(), draft.operation));
    for (const OrderLine &service : draft.services)
        request.serviceList.append(orderItemFor(service, planId, draft.operation));
    outcome.request = request;
    return outcome;
}
