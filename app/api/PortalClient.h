#pragma once

#include "AccessTokenProvider.h"
#include "ApiResult.h"
#include "ApiDiagnostics.h"
#include "BillingContact.h"
#include "CertificateTrust.h"
#include "DeviceInfo.h"
#include "Envelope.h"
#include "InstancePage.h"
#include "Offering.h"
#include "OrderDetails.h"
#include "OrderPage.h"
#include "OrderReceipt.h"
#include "OrderRequest.h"
#include "Product.h"
#include "Subordinate.h"
#include "TokenDetails.h"

#include <QByteArray>
#include <QFutureWatcher>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>
#include <QtConcurrent/QtConcurrentRun>

#include <chrono>
#include <functional>
#include <memory>

class QNetworkReply;

// The one place that talks HTTP to the Partner Portal: headers, User-Agent, bearer
// token, timeouts and the response envelope are handled here and nowhere else.
//
// Every call takes a context object and calls back exactly once, on the GUI thread, unless
// the context is destroyed first (then never, and a read-only request still in flight is
// aborted). Large answers are parsed on a worker thread so that a 100,000-entry list does
// not freeze the window.
class PortalClient : public QObject
{
    Q_OBJECT

public:
    explicit PortalClient(QObject *parent = nullptr);
    ~PortalClient() override;

    static QUrl defaultBaseUrl();
    // Only https://, or http:// to a loopback address (the practice portal, tests).
    static ApiError checkBaseUrl(const QUrl &url);
    static QByteArray userAgent();

    // Returns the error that made `url` unacceptable (and keeps the old one), or none.
    ApiError setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_baseUrl; }

    void setTransferTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds transferTimeout() const { return m_timeout; }

    void setAccessTokenProvider(AccessTokenProvider *provider) { m_tokens = provider; }
    AccessTokenProvider *accessTokenProvider() const { return m_tokens; }

    // Where the answers of the read-only endpoints are kept for support (may be null).
    void setDiagnostics(ApiDiagnostics *diagnostics) { m_diagnostics = diagnostics; }
    ApiDiagnostics *diagnostics() const { return m_diagnostics; }

    // Abandons every request in flight, including those still waiting for an access token;
    // their callbacks report Kind::Cancelled.
    void cancelAll();

    // Authentication (no bearer token needed).
    void requestToken(const QString &clientId, const QString &clientSecret, QObject *context,
                      ApiCallback<TokenDetails> callback);
    void refreshToken(const QString &clientId, const QString &refreshToken, QObject *context,
                      ApiCallback<TokenDetails> callback);

    // Catalogue and directory.
    void fetchProducts(QObject *context, ApiCallback<QList<Product>> callback);
    void fetchOffering(qint64 productId, const QString &productNo, QObject *context,
                       ApiCallback<Offering> callback);
    void fetchSubordinates(QObject *context, ApiCallback<QList<Subordinate>> callback);
    void fetchBillingContacts(QObject *context, ApiCallback<QList<BillingContact>> callback);

    // Orders. placeOrder() sends request.toJsonBody() once. It is never retried, except
    // once after the portal refused the access token — an answer that proves the order
    // was not accepted.
    void placeOrder(const OrderRequest &request, QObject *context, ApiCallback<OrderReceipt> callback);
    void fetchOrderPage(int pageNo, int pageSize, QObject *context, ApiCallback<OrderPage> callback);
    void fetchOrderDetails(const QString &idOrOrderNo, QObject *context,
                           ApiCallback<OrderDetails> callback);

    // Purchased products ("instances"): one page of one product (R1), one product in full
    // (R2), a P-Series Software Edition's activation code (R3), a device's model (R4).
    void fetchInstancePage(qint64 productId, int pageNo, int pageSize, QObject *context,
                           ApiCallback<InstancePage> callback);
    void fetchInstanceDetails(qint64 productId, const QString &productNo, QObject *context,
                              ApiCallback<ProductInstance> callback);
    void fetchActivationCode(const QString &productNo, QObject *context, ApiCallback<ActivationCode> callback);
    void fetchDeviceModel(qint64 productId, const QString &productNo, QObject *context,
                          ApiCallback<DeviceModel> callback);

signals:
    // Emitted when an order body has been handed to the network (for the audit trail).
    void orderBodySent(const QByteArray &body);

private:
    struct RequestSpec
    {
        QNetworkAccessManager::Operation operation = QNetworkAccessManager::GetOperation;
        QString path;
        QUrlQuery query;
        QByteArray body;
        QByteArray contentType;
        bool authenticated = true;
        bool isOrder = false;
        bool keptForDiagnostics = false; // a read-only answer worth showing to support
    };

    // What came back at the transport level, before the envelope is read.
    struct RawReply
    {
        ApiError transportError;
        int httpStatus = 0;
        QByteArray body;
    };

    using RawHandler = std::function<void(const RawReply &)>;

    void perform(const RequestSpec &spec, const QPointer<QObject> &context, RawHandler done,
                 bool isReplay = false);
    void sendOverNetwork(const RequestSpec &spec, const QByteArray &authorization,
                         const QPointer<QObject> &context, RawHandler done, bool isReplay);
    void send(const RequestSpec &spec, const QByteArray &authorization, const CertificateTrust::Configuration &tls,
              const QPointer<QObject> &context, RawHandler done, bool isReplay);
    // `certificateProblem`: the refused certificate described, when that ended the handshake.
    RawReply classify(QNetworkReply *reply, QByteArray received, bool timedOut, bool cancelled,
                      const QString &certificateProblem) const;
    QUrl endpointUrl(const QString &path, const QUrlQuery &query) const;
    void keepForDiagnostics(const RequestSpec &spec, const RawReply &raw);

    template <typename T>
    using ResultParser = std::function<std::optional<T>(const QJsonValue &result)>;

    template <typename T>
    static ApiResult<T> interpret(const RawReply &raw, const ResultParser<T> &parse);

    template <typename T>
    void call(const RequestSpec &spec, QObject *context, ResultParser<T> parse,
              ApiCallback<T> callback);

    QNetworkAccessManager *m_network;
    CertificateTrust m_trust;
    AccessTokenProvider *m_tokens = nullptr;
    ApiDiagnostics *m_diagnostics = nullptr;
    QUrl m_baseUrl;
    std::chrono::milliseconds m_timeout{30000};
    QSet<QNetworkReply *> m_inFlight;
    quint64 m_cancelEpoch = 0; // bumped by cancelAll()
    bool m_cancelling = false;
};

template <typename T>
ApiResult<T> PortalClient::interpret(const RawReply &raw, const ResultParser<T> &parse)
{
    ApiResult<T> outcome;
    if (raw.transportError.isError()) {
        outcome.error = raw.transportError;
        outcome.requestId = outcome.error.requestId(); // e.g. a failed renewal's, for support
        return outcome;
    }
    Envelope envelope;
    outcome.error = Envelope::read(raw.body, raw.httpStatus, envelope);
    outcome.requestId = outcome.error.isError() ? outcome.error.requestId() : envelope.requestId;
    if (outcome.error.isError())
        return outcome;
    outcome.value = parse(envelope.result);
    if (!outcome.value) {
        outcome.error = ApiError(ApiError::Kind::UnexpectedShape);
        outcome.error.setHttpStatus(raw.httpStatus).setRequestId(envelope.requestId);
    }
    return outcome;
}

template <typename T>
void PortalClient::call(const RequestSpec &spec, QObject *context, ResultParser<T> parse,
                        ApiCallback<T> callback)
{
    const QPointer<QObject> guard(context);
    perform(spec, guard, [this, spec, guard, parse, callback](const RawReply &raw) {
        if (spec.keptForDiagnostics)
            keepForDiagnostics(spec, raw);
        // Big bodies (long subordinate lists) are parsed off the GUI thread.
        constexpr qsizetype parseInlineUpTo = 64 * 1024;
        if (raw.body.size() <= parseInlineUpTo) {
            if (guard)
                callback(interpret<T>(raw, parse));
            return;
        }
        auto *watcher = new QFutureWatcher<ApiResult<T>>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [watcher, guard, callback] {
            watcher->deleteLater();
            if (guard)
                callback(watcher->result());
        });
        watcher->setFuture(QtConcurrent::run([raw, parse] { return interpret<T>(raw, parse); }));
    });
}
