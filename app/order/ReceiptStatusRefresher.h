#pragma once

#include <QObject>
#include <QSet>
#include <QString>

#include <optional>

class PortalClient;
class ReceiptStore;
struct OrderDetails;
struct Receipt;

// Asks the portal what became of an order (order/v1/get) and writes the answer into the
// stored receipt, with the time of the check. Meant for receipts that are still pending
// or whose status the portal never gave; several receipts can be checked at once.
class ReceiptStatusRefresher : public QObject
{
    Q_OBJECT

public:
    ReceiptStatusRefresher(PortalClient *client, ReceiptStore *store, QObject *parent = nullptr);

    // True for pending, empty and statuses this app does not know ("con…" is cut off in
    // the docs): a status that can still change. succeed, failed, cancelled, refunded and
    // invalid are final.
    static bool canChange(const Receipt &receipt);
    // What order/v1/get takes for this receipt: the order number, else the order ID.
    static QString orderKey(const Receipt &receipt);
    // The status in an order/v1/get answer: orderInformation first, then the other places
    // a portal might put it.
    static std::optional<QString> statusIn(const OrderDetails &details);

    // Asks the portal about `receipt`. False (and nothing asked) when it has no order key
    // or a check of the same order is already under way.
    bool refresh(const Receipt &receipt);
    bool isRefreshing(const QString &orderKey) const { return m_inFlight.contains(orderKey); }

signals:
    void started(const QString &orderKey);
    // `errorMessage` is empty when the receipt was updated; `reference` names the
    // portal's code and requestId, for support.
    void finished(const QString &orderKey, const QString &errorMessage, const QString &reference);

private:
    void apply(const QString &key, const QString &status);
    void abandonAll();

    PortalClient *m_client;
    ReceiptStore *m_store;
    QSet<QString> m_inFlight;
    quint64 m_epoch = 0; // bumped when the store is reopened (sign-in as another account)
};
