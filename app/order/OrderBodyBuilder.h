#pragma once

#include "OrderDraft.h"
#include "api/OrderRequest.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

// The one place where the user's choices become the Create an Order request: it decides
// operationType, puts the plan first, links services to the plan (connectionPlanId),
// and maps "for whom" to the seeds' partnerId (never assignId, a different field). Also
// says, in words, why a draft is not orderable.
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
};
