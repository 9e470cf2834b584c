#pragma once

#include "OrderDraft.h"
#include "api/OrderRequest.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

// The one place where the user's choices become the Create an Order request: it decides
// operationType and purchaseType from the draft's operation (new purchase, renewal,
// switch, addition, trial), puts the plan first, links services to the plan in the order
// or to the product's current plan (connectionPlanId), leaves the billing contact out of
// a trial, and maps "for whom" to the seeds' partnerId (never assignId, a different
// field). Also says, in words, why a draft is not orderable (OperationRules included).
// Stateless: a batch builds one product's order at a time with the same call.
class OrderBodyBuilder
{
    Q_DECLARE_TR_FUNCTIONS(OrderBodyBuilder)

public:
    struct Outcome
    {
        std::optional<OrderRequest> request;
        QStringList problems; // translated; empty when request is set
    };

    static Outcome build(const OrderDraft &draft);
    // Everything that keeps the draft from being a valid order.
    static QStringList problemsWith(const OrderDraft &draft);
    // The same, limited to the product, plan and service choices (the offering page).
    static QStringList selectionProblems(const OrderDraft &draft);
    // The plan the draft's services belong to: the plan in the order, or for an order on
    // an existing product its current plan; invalid when there is none.
    static EntityId connectionPlanOf(const OrderDraft &draft);
};
