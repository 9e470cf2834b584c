#pragma once

#include <QCoreApplication>
#include <QString>

// What an order does: a new purchase, or an action on a product the account already has.
// Each maps to the Create an Order request's operationType and the purchaseType of its
// items (the vendor's tutorials for trial, renew, switch, expand and add-on orders).
enum class OrderOperation {
    NewPurchase, // purchase_plan / purchase_service
    Renew,       // renew_plan (with the plan) / renew_service (services only)
    AddCapacity, // purchase_service, connectionPlanId = the current plan: more of a quantity
    AddService,  // purchase_service, connectionPlanId = the current plan: a service it lacks
    SwitchPlan,  // switch_plan: another plan for the same product
    Trial,       // trial_plan / trial_service: free, no billing contact
    TrialToPaid, // purchase_plan with the productNo of the trial PBX
};

class OrderOperations
{
    Q_DECLARE_TR_FUNCTIONS(OrderOperations)

public:
    // The operationType sent; `withPlan`: the order's first item is a plan.
    static QString operationType(OrderOperation operation, bool withPlan);
    // The purchaseType every item of the order carries.
    static QString purchaseType(OrderOperation operation);
    // Whether the operation acts on a product the account already has.
    static bool actsOnExistingProduct(OrderOperation operation);
    // Trials are free: no billing contact, no quantity or billing fields on the items.
    static bool isTrial(OrderOperation operation) { return operation == OrderOperation::Trial; }

    // A stable word for files (receipts, CSV): "purchase", "renew", "add_capacity"…
    static QString key(OrderOperation operation);
    static OrderOperation fromKey(const QString &key); // unknown or empty: NewPurchase
    // The user's words: "New purchase", "Renewal", "Add capacity"…
    static QString label(OrderOperation operation);
};
