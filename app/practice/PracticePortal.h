#pragma once

#include "PracticeFault.h"
#include "PracticeInstance.h"
#include "PracticeRequest.h"
#include "PracticeTypes.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

#include <chrono>
#include <memory>
#include <optional>

class PracticeApi;
class PracticeCatalogue;
class PracticeDirectory;
class PracticeFaults;
class PracticeHttpServer;
class PracticeInstanceBook;
class PracticeOrderBook;
class PracticeTokenStore;
class QHttpServerRequest;
class QSslCertificate;
class QSslKey;
class QTcpSocket;

// A small fake of the Yeastar Partner Portal OpenAPI on 127.0.0.1, for --practice and the
// tests. It reads requests and writes answers on its own (no code shared with the app's
// client), and can be told to misbehave on any route. Single-threaded and never
// blocking: it can share the event loop with the client it serves.
class PracticePortal : public QObject
{
    Q_OBJECT

public:
    using Route = Practice::Route;
    using ListShape = Practice::ListShape;
    using Fault = PracticeFault;

    explicit PracticePortal(QObject *parent = nullptr);
    ~PracticePortal() override;

    // Listens on 127.0.0.1 only; port 0 picks a free port.
    bool listen(quint16 port = 0);
    // Goes away like a portal that went down: stops listening and drops every open
    // connection. listen(port()) brings it back on the same port.
    void close();
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:<port> (https:// after useTls())
    // Serves https:// with this certificate from the next listen() on: tests of what the
    // client does with a certificate it does not trust. The practice mode stays on http.
    void useTls(const QSslCertificate &certificate, const QSslKey &privateKey);

    // Credentials
    static QString practiceClientId();     // "practice-client-id"
    static QString practiceClientSecret(); // "practice-client-secret"
    void setClientId(const QString &clientId);
    void setClientSecret(const QString &clientSecret);
    QString clientId() const;
    QString clientSecret() const;

    // Tokens
    void setAccessTokenLifetime(std::chrono::milliseconds lifetime); // default 1800 s
    void expireAllAccessTokens();
    void revokeRefreshTokens();

    // Data
    void setSubordinateCount(int count);            // 0…100,000; the first 8 are the default ones
    void setSubordinateRevision(int revision);      // > 0: 3 generated ones gone, 3 renamed
    void setBillingContactCount(int count);         // 0 = none, 1 = only 3197218168379846218
    void setListShape(ListShape shape);             // partner_list and billing_contact_list
    void setNextOrderStatus(const QString &status); // default "succeed"
    bool setOrderStatus(const QString &orderNoOrId, const QString &status);
    void addHistoricalOrders(int count);
    // Purchased products: by default a few of every product; this replaces them by
    // `total` spread evenly over `products` products (the catalogue grows when needed).
    void setInstanceScale(int total, int products);
    int instanceCount() const;
    QList<PracticeInstance> instances() const;

    // Misbehaviour
    void setLatency(std::chrono::milliseconds latency); // added to every answer
    // times < 0: until clearFaults(). Faults are matched in the order they were injected.
    void injectFault(Route route, const PracticeFault &fault, int times = -1);
    // Only the `nth` request on `route` from now on (1 = the next) gets `fault`, e.g. the
    // 57th order of a batch.
    void injectFaultAt(Route route, const PracticeFault &fault, int nth);
    void clearFaults();

    // Introspection
    QList<QByteArray> receivedOrderBodies() const;    // every /save body, byte for byte
    int acceptedOrderCount() const;                   // orders stored through /save
    int orderCount() const;                           // stored orders, history included
    int requestCount(Route route = Route::Any) const; // Any: every request, unknown paths too
    int tokenRequestCount(const QString &grantType) const;
    QList<PracticeRequest> receivedRequests() const; // the latest 10,000
    std::optional<PracticeRequest> lastRequest(Route route = Route::Any) const;
    QList<QPair<QByteArray, QByteArray>> lastRequestHeaders(Route route = Route::Any) const;
    // The most requests on `route` that were open at once (arrived, not yet answered).
    int peakConcurrentRequests(Route route) const;

Q_SIGNALS:
    // Emitted when a request arrives, before it is answered.
    void requestReceived(Practice::Route route);

private:
    void handle(const QHttpServerRequest &httpRequest, QTcpSocket *socket);
    void record(const PracticeRequest &request);

    std::unique_ptr<PracticeTokenStore> m_tokens;
    std::unique_ptr<PracticeCatalogue> m_catalogue;
    std::unique_ptr<PracticeDirectory> m_directory;
    std::unique_ptr<PracticeOrderBook> m_orders;
    std::unique_ptr<PracticeInstanceBook> m_instances;
    std::unique_ptr<PracticeApi> m_api;
    std::unique_ptr<PracticeFaults> m_faults;
    PracticeHttpServer *m_server = nullptr; // child
    quint16 m_port = 0;
    bool m_tls = false;
    std::chrono::milliseconds m_latency{0};

    QList<PracticeRequest> m_requests;
    QList<QByteArray> m_orderBodies;
    QMap<Route, int> m_requestCounts;
    QMap<Route, int> m_openRequests;
    QMap<Route, int> m_peakOpenRequests;
    QHash<QString, int> m_tokenRequestCounts;
    int m_totalRequests = 0;
};
