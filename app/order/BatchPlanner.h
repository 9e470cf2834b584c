#pragma once

#include "BatchOrder.h"
#include "OrderDraft.h"
#include "RenewalBatchLoader.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

// One package for many customers: the package draft (product, plans, services, billing
// contact, PO number) becomes one order per customer, each with its exact body, through
// the same builder as a single purchase. Or many products renewed at once: each its own
// renewal (OperationDraft::renewal, its locked quantities), through the same builder.
class BatchPlanner
{
    Q_DECLARE_TR_FUNCTIONS(BatchPlanner)

public:
    // A product of a bulk renewal that is left out, and why (translated).
    struct Skipped
    {
        QString label;
        QString reason;
    };
    struct Plan
    {
        QList<BatchOrder> orders;
        QStringList problems; // translated; empty when every order can be sent
        QList<Skipped> skipped;
        // Renewals: the draft behind each order (same index), for its terms in the review.
        QList<OrderDraft> renewals;
    };

    static Plan forCustomers(const OrderDraft &package, const QList<Subordinate> &customers,
                             const QString &accountId, const QString &accountLabel);
    // One renewal per product that can be renewed, with the billing contact and PO number
    // of `package`; the others are skipped with the reason the rules (or the portal, when
    // the product's details could not be read) give.
    static Plan forRenewals(const QList<RenewalBatchLoader::Product> &products, const OrderDraft &package,
                            const QString &accountId, const QString &accountLabel);
    // "P-Series Software Edition 3651E1110866 (Lone Star)", for lists.
    static QString productLabel(const ProductInstance &instance, const QString &productName);
};
