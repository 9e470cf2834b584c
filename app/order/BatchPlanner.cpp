#include "BatchPlanner.h"

#include "OperationDraft.h"
#include "OrderBodyBuilder.h"

#include <QDateTime>
#include <QSet>

BatchPlanner::Plan BatchPlanner::forCustomers(const OrderDraft &package, const QList<Subordinate> &customers,
                                              const QString &accountId, const QString &accountLabel)
{
    Plan plan;
    if (customers.isEmpty()) {
        plan.problems << tr("Choose at least one customer.");
        return plan;
    }
    QSet<EntityId> seen;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Subordinate &customer : customers) {
        // The same customer twice would buy the same package twice.
        if (seen.contains(customer.partnerId))
            continue;
        seen.insert(customer.partnerId);
        OrderDraft draft = package;
        draft.subordinate = customer;
        const OrderBodyBuilder::Outcome outcome = OrderBodyBuilder::build(draft);
        if (!outcome.request) {
            plan.problems = outcome.problems;
            plan.orders.clear();
            return plan;
        }
        BatchOrder order;
        order.index = int(plan.orders.size());
        order.plan = Receipt::fromOrder(draft, *outcome.request, OrderReceipt(), accountId, accountLabel, now);
        plan.orders << order;
    }
    return plan;
}

QString BatchPlanner::productLabel(const ProductInstance &instance, const QString &productName)
{
    QString label = productName.isEmpty() ? tr("Product %1").arg(instance.productId) : productName;
    if (instance.hasProductNo())
        label += QLatin1Char(' ') + instance.productNo;
    if (!instance.customerName.isEmpty())
        label += QStringLiteral(" (%1)").arg(instance.customerName);
    return label;
}

BatchPlanner::Plan BatchPlanner::forRenewals(const QList<RenewalBatchLoader::Product> &products,
                                             const OrderDraft &package, const QString &accountId,
                                             const QString &accountLabel)
{
    Plan plan;
    if (products.isEmpty())
        plan.problems << tr("Choose at least one product in the Products window.");
    if (!package.billingContact)
        plan.problems << tr("Choose the billing contact.");
    if (!plan.problems.isEmpty())
        return plan;
    QSet<QString> seen;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const RenewalBatchLoader::Product &product : products) {
        const QString label = productLabel(product.instance, product.productName);
        switch (product.status) {
        case RenewalBatchLoader::Product::Status::Loading:
            plan.orders.clear();
            plan.renewals.clear();
            plan.skipped.clear();
            plan.problems << tr("Reading the chosen products' details…");
            return plan;
        case RenewalBatchLoader::Product::Status::Failed:
            //: %1 what went wrong, one or more sentences
            plan.skipped << Skipped{label, tr("Its details could not be read: %1").arg(product.error.userMessage())};
            continue;
        case RenewalBatchLoader::Product::Status::Ready:
            break;
        }
        // The same product twice would renew it twice.
        const QString key = product.instance.key();
        if (!key.isEmpty() && seen.contains(key)) {
            plan.skipped << Skipped{label, tr("It is chosen twice; it is renewed once.")};
            continue;
        }
        seen.insert(key);
        OrderDraft draft = OperationDraft::renewal(*product.subscription, *product.offering, *package.billingContact);
        draft.poNumber = package.poNumber;
        const OrderBodyBuilder::Outcome outcome = OrderBodyBuilder::build(draft);
        if (!outcome.request) {
            plan.skipped << Skipped{label, outcome.problems.join(QLatin1Char(' '))};
            continue;
        }
        BatchOrder order;
        order.index = int(plan.orders.size());
        order.plan = Receipt::fromOrder(draft, *outcome.request, OrderReceipt(), accountId, accountLabel, now);
        plan.orders << order;
        plan.renewals << draft;
    }
    if (plan.orders.isEmpty())
        plan.problems << tr("None of the chosen products can be renewed.");
    return plan;
}
