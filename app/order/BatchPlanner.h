#pragma once

#include "BatchOrder.h"
#include "OrderDraft.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

// One package for many customers: the package draft (product, plans, services, billing
// contact, PO number) becomes one order per customer, each with its exact body, through
// the same builder as a single purchase.
class BatchPlanner
{
    Q_DECLARE_TR_FUNCTIONS(BatchPlanner)

public:
    struct Plan
    {
        QList<BatchOrder> orders;
        QStringList problems; // translated; empty when every order can be sent
    };

    static Plan forCustomers(const OrderDraft &package, const QList<Subordinate> &customers,
                             const QString &accountId, const QString &accountLabel);
};
