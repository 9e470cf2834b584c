#include "OrderLookup.h"

#include "OrderLog.h"
#include "api/JsonFields.h"
#include "api/PortalClient.h"

#include <QJsonArray>

namespace {

// The portal's clock and ours may disagree; look a little before the attempt.
constexpr qint64 kClockSkewSeconds = 10 * 60;
constexpr int kPageSize = 50;

// Does the order summary list the same items? Unknown layouts (no item with a
// serviceId) cannot disprove a match, so they count as "same".
bool summaryMatches(const QJsonObject &summary, const OrderRequest &request)
{
    QJsonArray items;
    for (auto it = summary.begin(); it != summary.end(); ++it) {
        if (it->isArray())
            items = it->toArray();
    }
    QList<QPair<QString, qint64>> found;
    for (const QJsonValue &value : std::as_const(items)) {
        const QJsonObject item = value.toObject();
        const QString id = JsonFields::text(item, QLatin1String("serviceId"));
        if (!id.isEmpty())
            found << qMakePair(id, JsonFields::integer(item, QLatin1String("quantity")).value_or(-1));
    }
    if (found.isEmpty())
        return true;
    if (found.size() != request.serviceList.size())
        return false;
    for (const OrderItem &wanted : request.serviceList) {
        if (!found.contains(qMakePair(wanted.serviceId.toString(), qint64(wanted.quantity))))
            return false;
    }
    return true;
}

} // namespace

OrderLookup::OrderLookup(PortalClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void OrderLookup::find(const OrderRequest &request, const QDateTime &attemptedAt)
{
    const quint64 generation = ++m_generation;
    m_request = request;
    m_since = attemptedAt.addSecs(-kClockSkewSeconds);
    m_candidates.clear();
    m_match.reset();
    m_error = ApiError();
    m_verdict = Verdict::Searching;

    // Newest first: the first page covers any order placed in the last minutes.
    m_client->fetchOrderPage(1, kPageSize, this, [this, generation](const ApiResult<OrderPage> &result) {
        if (generation != m_generation)
            return;
        if (!result.ok()) {
            m_error = result.error;
            conclude(Verdict::Failed);
            return;
        }
        for (const OrderListEntry &entry : result.value->results) {
            const QDateTime created = entry.createdAt();
            if (!created.isValid() || created >= m_since)
                m_candidates << entry;
        }
        checkCandidate(0);
    });
}

void OrderLookup::checkCandidate(int index)
{
    if (index >= m_candidates.size()) {
        conclude(Verdict::NotFound);
        return;
    }
    const quint64 generation = m_generation;
    const OrderListEntry candidate = m_candidates.at(index);
    const QString key = candidate.id.isEmpty() ? candidate.orderNo : candidate.id;
    m_client->fetchOrderDetails(key, this, [this, generation, index, candidate](const ApiResult<OrderDetails> &result) {
        if (generation != m_generation)
            return;
        if (!result.ok()) {
            m_error = result.error;
            conclude(Verdict::Failed);
            return;
        }
        const QString productId = JsonFields::text(result.value->basicInformation, QLatin1String("productId"));
        const bool sameProduct = productId.isEmpty() || productId == QString::number(m_request.productId);
        if (sameProduct && summaryMatches(result.value->orderSummary, m_request)) {
            m_match = candidate;
            conclude(Verdict::Found);
            return;
        }
        checkCandidate(index + 1);
    });
}

void OrderLookup::conclude(Verdict verdict)
{
    m_verdict = verdict;
    qCInfo(lcOrder) << "order lookup:" << verdict << (m_match ? m_match->orderNo : QString());
    emit finished(verdict);
}
