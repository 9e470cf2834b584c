#pragma once

#include "api/ApiError.h"
#include "api/OrderPage.h"
#include "api/OrderRequest.h"
#include "models/LoadState.h"

#include <QDateTime>
#include <QObject>
#include <QSet>

#include <optional>

class PortalClient;

// After an order's reply was lost: looks in the portal's order list for an order created
// since the attempt, for the same product, customer and items, and says whether it found
// one. Orders known to be others (`excluded` order numbers or IDs, e.g. the orders a
// batch already placed with the same items) are never taken for it.
class OrderLookup : public QObject
{
    Q_OBJECT

public:
    enum class Verdict { Searching,
                         Found,
                         NotFound,
                         Failed };
    Q_ENUM(Verdict)

    explicit OrderLookup(PortalClient *client, QObject *parent = nullptr);

    void find(const OrderRequest &request, const QDateTime &attemptedAt, const QSet<QString> &excluded = {});

    Verdict verdict() const;
    const std::optional<OrderListEntry> &match() const { return m_match; }
    const ApiError &error() const { return m_search->error(); }

signals:
    void finished(OrderLookup::Verdict verdict);

private:
    void checkCandidate(LoadState::Ticket ticket, int index);
    void conclude(LoadState::Ticket ticket, const ApiError &error = ApiError());

    PortalClient *m_client;
    LoadState *m_search;
    OrderRequest m_request;
    QDateTime m_since;
    QSet<QString> m_excluded;
    QList<OrderListEntry> m_candidates;
    std::optional<OrderListEntry> m_match;
};
