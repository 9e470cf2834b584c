#pragma once

#include "api/ApiError.h"
#include "api/OrderPage.h"
#include "api/OrderRequest.h"

#include <QDateTime>
#include <QObject>

#include <optional>

class PortalClient;

// After an order's reply was lost: looks in the portal's order list for an order created
// since the attempt, for the same product and items, and says whether it found one.
class OrderLookup : public QObject
{
    Q_OBJECT

public:
    enum class Verdict { Searching, Found, NotFound, Failed };
    Q_ENUM(Verdict)

    explicit OrderLookup(PortalClient *client, QObject *parent = nullptr);

    void find(const OrderRequest &request, const QDateTime &attemptedAt);

    Verdict verdict() const { return m_verdict; }
    const std::optional<OrderListEntry> &match() const { return m_match; }
    const ApiError &error() const { return m_error; }

signals:
    void finished(OrderLookup::Verdict verdict);

private:
    void checkCandidate(int index);
    void conclude(Verdict verdict);

    PortalClient *m_client;
    OrderRequest m_request;
    QDateTime m_since;
    QList<OrderListEntry> m_candidates;
    std::optional<OrderListEntry> m_match;
    ApiError m_error;
    Verdict m_verdict = Verdict::NotFound;
    quint64 m_generation = 0;
};
