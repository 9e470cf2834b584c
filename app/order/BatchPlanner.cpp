#include "BatchPlanner.h"

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
