#include "OperationRules.h"

#include <QLocale>

namespace {

bool isDisasterRecovery(const OfferingItem &item)
{
    return item.name.contains(QLatin1String("Disaster Recovery"), Qt::CaseInsensitive);
}

bool isUltimatePlan(const QString &planName)
{
    return planName.contains(QLatin1String("Ultimate"), Qt::CaseInsensitive);
}

} // namespace

bool OperationRules::isOffered(OrderOperation operation, const CurrentSubscription &product)
{
    switch (operation) {
    case OrderOperation::Renew:
        return true;
    case OrderOperation::AddCapacity:
        // RM Premium adds connections to its service; the others add to their plan.
        return product.hasPlan() || product.productId == 20 || product.productId == 21;
    case OrderOperation::AddService:
        return product.hasPlan();
    case OrderOperation::SwitchPlan:
        return product.hasPlan() && isDeviceBound(product.productId);
    case OrderOperation::Trial:
        // Another P-Series Software Edition PBX for the same customer. The other products
        // with a trial are one per account, so an account that has one cannot try it.
        return product.productId == 12;
    case OrderOperation::TrialToPaid:
        return product.productId == 12 && product.isTrial;
    case OrderOperation::NewPurchase:
        break;
    }
    return false;
}

bool OperationRules::isDeviceBound(qint64 productId)
{
    return productId == 9 || productId == 11 || productId == 12 || productId == 13;
}

bool OperationRules::renewalKeepsExtensionCount(qint64 productId)
{
    return productId == 12 || productId == 13 || productId == 14;
}

bool OperationRules::renewsPlanAndServicesTogether(qint64 productId)
{
    return productId == 12 || productId == 13;
}

bool OperationRules::switchKeepsBillingCycle(qint64 productId)
{
    return productId == 13;
}

QStringList OperationRules::problems(const OrderDraft &draft)
{
    QStringList problems;
    const OrderOperation operation = draft.operation;
    if (operation == OrderOperation::NewPurchase || !draft.product)
        return problems;
    if (OrderOperations::actsOnExistingProduct(operation) && !draft.subscription) {
        problems << tr("Choose the product this order is for in the Products window.");
        return problems;
    }
    if (draft.subscription && draft.subscription->productId != draft.product->productId) {
        problems << tr("This order is for another product than the one it acts on.");
        return problems;
    }
    if (OrderOperations::actsOnExistingProduct(operation) && isDeviceBound(draft.product->productId)
        && draft.productNo.isEmpty())
        problems << tr("The serial number of the device is missing; open the product again from the "
                       "Products window.");

    switch (operation) {
    case OrderOperation::Renew:
        renewal(draft, *draft.subscription, problems);
        break;
    case OrderOperation::AddCapacity:
    case OrderOperation::AddService:
        addition(draft, *draft.subscription, problems);
        break;
    case OrderOperation::SwitchPlan:
        planSwitch(draft, *draft.subscription, problems);
        break;
    case OrderOperation::Trial:
        // A device's trial is a new PBX; an account has one of the other products, trial or not.
        if (draft.subscription && !isDeviceBound(draft.product->productId))
            //: %1 product name
            problems << tr("This account already has %1; a free trial is only for an account without it.")
                            .arg(draft.product->name);
        break;
    case OrderOperation::TrialToPaid:
        if (!draft.plan)
            problems << tr("Choose the plan of the licence.");
        if (draft.productNo.isEmpty())
            problems << tr("Enter the serial number of the trial PBX.");
        break;
    case OrderOperation::NewPurchase:
        break;
    }
    return problems;
}

void OperationRules::renewal(const OrderDraft &draft, const CurrentSubscription &current,
                             QStringList &problems)
{
    const qint64 productId = draft.product->productId;
    if (draft.plan) {
        if (current.hasPlan() && draft.plan->item.id != current.planId)
            //: %1 the product's current plan
            problems << tr("A renewal renews the current plan (“%1”). To change the plan, use Switch plan.")
                            .arg(current.planName);
        if (renewalKeepsExtensionCount(productId) && current.quantity > 0
            && draft.plan->quantity != current.quantity)
            problems << tr(
                "A renewal keeps the current %n extension(s): the portal refuses any other number. "
                "To add extensions, use Add capacity.",
                nullptr, current.quantity);
        if (!current.billingCycle.isEmpty() && draft.plan->billingCycle != current.billingCycle)
            //: %1 the billing cycle as the portal names it (annually, monthly)
            problems << tr("A renewal keeps the billing cycle (%1); it cannot be changed.")
                            .arg(current.billingCycle);
    }
    for (const OrderLine &service : draft.services) {
        if (!current.service(service.item.id))
            //: %1 service name
            problems << tr("“%1” is not part of this product, so it cannot be renewed. Use Add a service.")
                            .arg(service.item.name);
    }
    if (!renewsPlanAndServicesTogether(productId) || !current.hasPlan())
        return;
    if (!draft.plan)
        problems << tr("The plan and its services are renewed together: include the plan “%1”.")
                        .arg(current.planName);
    for (const CurrentSubscription::Service &existing : current.services) {
        bool included = false;
        for (const OrderLine &service : draft.services)
            included = included || service.item.id == existing.serviceId;
        if (!included)
            //: %1 service name
            problems
                << tr("The plan and its services are renewed together: include “%1”.").arg(existing.name);
    }
}

void OperationRules::addition(const OrderDraft &draft, const CurrentSubscription &current,
                              QStringList &problems)
{
    if (draft.plan)
        problems << tr("Only services are added to an existing plan. To change the plan, use Switch plan.");
    // The P-Series plans take services; products of services only add without a plan.
    const qint64 productId = draft.product->productId;
    if (!current.hasPlan() && productId >= 11 && productId <= 14)
        problems << tr("The current plan of this product is not known, so nothing can be added to it.");
    for (const OrderLine &service : draft.services) {
        const OfferingItem &item = service.item;
        if (isDisasterRecovery(item) && !isUltimatePlan(current.planName))
            //: %1 the product's current plan
            problems << tr("Disaster Recovery is only available on the Ultimate plan; this product has “%1”. "
                           "Switch plan first.")
                            .arg(current.planName);
        if (draft.operation == OrderOperation::AddService && current.service(item.id))
            //: %1 service name
            problems << tr("“%1” is already part of this product. To extend it, use Renew or Add capacity.")
                            .arg(item.name);
        if (draft.operation == OrderOperation::AddCapacity && item.maxQuantity <= 1)
            //: %1 service name
            problems << tr("“%1” is a service, not a capacity. Use Add a service.").arg(item.name);
        if (draft.product->productId == 13 && item.quantityUnit == QLatin1String("extensions")
            && service.quantity > kMaxCloudExtensionsAdded)
            problems << tr("At most %L1 extensions can be added to a cloud PBX in one order.")
                            .arg(QLocale().toString(kMaxCloudExtensionsAdded));
    }
}

void OperationRules::planSwitch(const OrderDraft &draft, const CurrentSubscription &current,
                                QStringList &problems)
{
    if (!draft.services.isEmpty())
        problems << tr("A plan switch changes only the plan. Add services in an order of their own.");
    if (!draft.plan) {
        problems << tr("Choose the plan to switch to.");
        return;
    }
    if (current.hasPlan() && draft.plan->item.id == current.planId)
        //: %1 plan name
        problems << tr("“%1” is already the current plan. Choose another plan.").arg(draft.plan->item.name);
    if (switchKeepsBillingCycle(draft.product->productId) && !current.billingCycle.isEmpty()
        && draft.plan->billingCycle != current.billingCycle)
        //: %1 the billing cycle as the portal names it (annually, monthly)
        problems << tr("The billing cycle (%1) stays when the plan is switched.").arg(current.billingCycle);
}
