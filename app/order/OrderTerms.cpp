#include "OrderTerms.h"

#include "OrderBodyBuilder.h"
#include "OrderLog.h"
#include "api/PortalClient.h"

#include <algorithm>

namespace {

TermsQuery::Kind kindOf(OrderOperation operation)
{
    if (operation == OrderOperation::Trial)
        return TermsQuery::Kind::Trial;
    if (operation == OrderOperation::Renew)
        return TermsQuery::Kind::Renew;
    return TermsQuery::Kind::Purchase;
}

} // namespace

OrderTerms::OrderTerms(PortalClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

QList<TermsQuery> OrderTerms::queriesFor(const OrderDraft &draft)
{
    QList<TermsQuery> queries;
    if (!draft.product)
        return queries;
    TermsQuery base;
    base.kind = kindOf(draft.operation);
    base.productId = draft.product->productId;
    base.productNo = !draft.productNo.isEmpty() ? draft.productNo
        : draft.subscription                    ? draft.subscription->productNo
                                                : QString();
    if (draft.plan) {
        TermsQuery plan = base;
        plan.itemId = draft.plan->item.id;
        queries << plan;
    }
    const EntityId connectionPlan = OrderBodyBuilder::connectionPlanOf(draft);
    for (const OrderLine &line : draft.services) {
        TermsQuery service = base;
        service.isPlan = false;
        service.itemId = line.item.id;
        service.connectionPlanId = connectionPlan;
        queries << service;
    }
    return queries;
}

void OrderTerms::load(const OrderDraft &draft)
{
    const quint64 generation = ++m_generation;
    m_items.clear();
    const QList<TermsQuery> queries = queriesFor(draft);
    QStringList names;
    if (draft.plan)
        names << draft.plan->item.name;
    for (const OrderLine &line : draft.services)
        names << line.item.name;
    for (qsizetype i = 0; i < queries.size(); ++i)
        m_items.append(Item{names.value(i), queries.at(i), Item::Status::Loading, QJsonValue(), ApiError()});
    emit changed();
    for (qsizetype i = 0; i < queries.size(); ++i) {
        m_client->fetchTerms(queries.at(i), this, [this, generation, i](const ApiResult<QJsonValue> &answer) {
            if (generation != m_generation || i >= m_items.size())
                return; // an answer for a draft the review page no longer shows
            Item &item = m_items[i];
            if (answer.ok()) {
                item.status = Item::Status::Ready;
                item.result = *answer.value;
            } else {
                item.status = Item::Status::Failed;
                item.error = answer.error;
                qCInfo(lcOrder) << "terms of" << item.query.path() << "not shown:" << answer.error.title()
                                << "requestId" << answer.requestId;
            }
            emit changed();
        });
    }
}

void OrderTerms::clear()
{
    ++m_generation;
    m_items.clear();
    emit changed();
}

bool OrderTerms::isLoading() const
{
    return std::any_of(m_items.cbegin(), m_items.cend(),
                       [](const Item &item) { return item.status == Item::Status::Loading; });
}

bool OrderTerms::anyFailed() const
{
    return std::any_of(m_items.cbegin(), m_items.cend(),
                       [](const Item &item) { return item.status == Item::Status::Failed; });
}
