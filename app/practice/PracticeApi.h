#pragma once

#include "PracticeReply.h"
#include "PracticeRequest.h"
#include "PracticeTypes.h"

#include <QString>

#include <optional>

class PracticeCatalogue;
class PracticeDirectory;
class PracticeInstanceBook;
class PracticeOrderBook;
class PracticeTokenStore;

// The practice portal's routes: checks the headers every route shares, then answers from
// the catalogue, the directory, the order book, the purchased products and the token store. Knows nothing about
// sockets, latency or faults (PracticePortal and PracticeDelivery do).
class PracticeApi
{
public:
    PracticeApi(PracticeTokenStore &tokens, const PracticeCatalogue &catalogue,
                const PracticeDirectory &directory, PracticeOrderBook &orders, PracticeInstanceBook &instances);

    void setClientId(const QString &clientId) { m_clientId = clientId; }
    void setClientSecret(const QString &clientSecret) { m_clientSecret = clientSecret; }
    QString clientId() const { return m_clientId; }
    QString clientSecret() const { return m_clientSecret; }
    void setListShape(Practice::ListShape shape) { m_listShape = shape; }
    void setNextOrderStatus(const QString &status) { m_nextOrderStatus = status; }
    int acceptedOrderCount() const { return m_acceptedOrders; }

    // `emptyLists` is the EmptyList fault: list routes answer no items.
    PracticeReply answer(const PracticeRequest &request, const QByteArray &requestId, bool emptyLists);
    // The ExpiredToken fault: the presented token stops working and the answer says so.
    PracticeReply expireToken(const PracticeRequest &request, const QByteArray &requestId);

private:
    std::optional<PracticeReply> checkHeaders(const PracticeRequest &request,
                                              const QByteArray &requestId) const;
    PracticeReply token(const PracticeRequest &request, const QByteArray &requestId);
    PracticeReply productInfo(const PracticeRequest &request, const QByteArray &requestId, bool empty) const;
    PracticeReply list(const QByteArray &arrayJson, int count, const QByteArray &requestId, bool empty) const;
    PracticeReply orderSave(const PracticeRequest &request, const QByteArray &requestId);
    PracticeReply orderPage(const PracticeRequest &request, const QByteArray &requestId, bool empty) const;
    PracticeReply orderGet(const PracticeRequest &request, const QByteArray &requestId) const;
    PracticeReply instanceList(const PracticeRequest &request, const QByteArray &requestId, bool empty) const;
    // detail, activation_code and product_model: one purchased product, named by productId and productNo.
    PracticeReply instanceAnswer(const PracticeRequest &request, const QByteArray &requestId, bool empty) const;
    // Enable Auto-renewal (instance_subscription/v1/active): turns on auto-renewal of a device's plan.
    PracticeReply autoRenewal(const PracticeRequest &request, const QByteArray &requestId);
    static QString bearerToken(const PracticeRequest &request);

    PracticeTokenStore &m_tokens;
    const PracticeCatalogue &m_catalogue;
    const PracticeDirectory &m_directory;
    PracticeOrderBook &m_orders;
    PracticeInstanceBook &m_instances;
    QString m_clientId;
    QString m_clientSecret;
    Practice::ListShape m_listShape = Practice::ListShape::Array;
    QString m_nextOrderStatus;
    int m_acceptedOrders = 0;
};
