#include "OrderLookup.h"

#include "OrderLog.h"
#include "api/JsonFields.h"
#include "api/PortalClient.h"

#include <QJsonArray>

#include <algorithm>

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
        const QString id = wanted.serviceId.toString();
        // An item sent without a quantity (a trial, a single licence renewed) has the
        // portal's own in the summary: only its ID can be compared.
        const bool listed = wanted.hasQuantity
            ? found.contains(qMakePair(id, qint64(wanted.quantity)))
            : std::any_of(found.cbegin(), found.cend(), [&id](const auto &item) { return item.first == id; });
        if (!listed)
            return false;
    }
    return true;
}

// Is it for the same customer? A summary without partnerId cannot disprove it.
bool recipientMatches(const QJsonObject &fields, const OrderRequest &request)
{
    const QJsonValue partnerId = fields.value(QLatin1String("partnerId"));
    if (partnerId.isUndefined() || partnerId.isNull())
        return true;
    return EntityId::fromJson(partnerId) == request.partnerId;
}

} // namespace

OrderLookup::OrderLookup(PortalClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_search(new LoadState([this] { find(m_request, m_since.addSecs(kClockSkewSeconds), m_excluded); },
                             [this] { return !m_match.has_value(); }, this))
{
}

OrderLookup::Verdict OrderLookup::verdict() const
{
    switch (m_search->state()) {
    case LoadState::State::Loading:
        return Verdict::Searching;
    case LoadState::State::Failed:
        return Verdict::Failed;
    case LoadState::State::Idle:
    case LoadState::State::Ready:
        break;
    }
    return m_match ? Verdict::Found : Verdict::NotFound;
}

void OrderLookup::find(const OrderRequest &request, const QDateTime &attemptedAt, const QSet<QString> &excluded)
{
    m_request = request;
    m_excluded = excluded;
    m_since = attemptedAt.addSecs(-kClockSkewSeconds);
    m_candidates.clear();
    m_match.reset();
    const LoadState::Ticket ticket = m_search->begin();

    // Newest first: the first page covers any order placed in the last minutes.
    m_client->fetchOrderPage(1, kPageSize, m_search, [this, ticket](const ApiResult<OrderPage> &result) {
        if (!m_search->isCurrent(ticket))
            return;
        if (!result.ok()) {
            conclude(ticket, result.error);
            return;
        }
        for (const OrderListEntry &entry : result.value->results) {
            const QDateTime created = entry.createdAt();
            const bool another = m_excluded.contains(entry.orderNo) || m_excluded.contains(entry.id)
                || !recipientMatches(entry.raw, m_request);
            if (!another && (!created.isValid() || created >= m_since))
                m_candidates << entry;
        }
        checkCandidate(ticket, 0);
    });
}

void OrderLookup::checkCandidate(LoadState::Ticket ticket, int index)
{
    if (index >= m_candidates.size()) {
        conclude(ticket);
        return;
    }
    const OrderListEntry candidate = m_candidates.at(index);
    const QString key = candidate.id.isEmpty() ? candidate.orderNo : candidate.id;
    m_client->fetchOrderDetails(key, m_search, [this, ticket, index, candidate](const ApiResult<OrderDetails> &result) {
        if (!m_search->isCurrent(ticket))
            return;
        if (!result.ok()) {
            conclude(ticket, result.error);
            return;
        }
        const QString productId = JsonFields::text(result.value->basicInformation, QLatin1String("productId"));
        const bool sameProduct = productId.isEmpty() || productId == QString::number(m_request.productId);
        if (sameProduct && recipientMatches(result.value->basicInformation, m_request)
            && summaryMatches(result.value->orderSummary, m_request)) {
            m_match = candidate;
            conclude(ticket);
            return;
        }
        checkCandidate(ticket, index + 1);
    });
}

void OrderLookup::conclude(LoadState::Ticket ticket, const ApiError &error)
{
    if (error.isError())
        m_search->fail(ticket, error);
    else
        m_search->finish(ticket);
    qCInfo(lcOrder) << "order lookup:" << verdict() << (m_match ? m_match->orderNo : QString());
    emit finished(verdict());
}
