#pragma once

#include "ApiResult.h"
#include "AutoRenewRequest.h"
#include "BillingContact.h"
#include "CertificateTrust.h"
#include "DeviceInfo.h"
#include "InstancePage.h"
#include "Offering.h"
#include "OrderDetails.h"
#include "OrderPage.h"
#include "OrderReceipt.h"
#include "OrderRequest.h"
#include "PortalAnswer.h"
#include "Product.h"
#include "Subordinate.h"
#include "SubordinateTable.h"
#include "TermsQuery.h"
#include "TokenDetails.h"
#include "WorkerPool.h"

#include <QByteArray>
#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>
#include <QtConcurrent/QtConcurrentRun>

#include <chrono>
#include <functional>

class AccessTokenProvider;
class ApiDiagnostics;
class PortalRequest;
class QNetworkAccessManager;
struct PortalRequestSpec;

// The one place that talks HTTP to the Partner Portal: one method per endpoint, each
// building its request and its parser; headers, User-Agent, the base URL and the timeout
// are set here for every call. A PortalRequest carries each call through the network, and
// PortalAnswer reads every answer's envelope.
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

    static QByteArray userAgent();

    // Returns the error that made `url` unacceptable (PortalAddress::check) and keeps the
    // old one, or none.
    ApiError setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_baseUrl; }

    void setTransferTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds transferTimeout() const { return m_timeout; }

    void setAccessTokenProvider(AccessTokenProvider *provider) { m_tokens = provider; }
    AccessTokenProvider *accessTokenProvider() const { return m_tokens; }

    // Where the answers of the read-only endpoints are kept for support (may be null).
    void setDiagnostics(ApiDiagnostics *diagnostics) { m_diagnostics = diagnostics; }
    ApiDiagnostics *diagnostics() const { return m_diagnostics; }

    // The certificate authorities every request trusts.
    const CertificateTrust &certificateTrust() const { return m_trust; }

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
    void fetchSubordinates(QObject *context, ApiCallback<SubordinateTable> callback);
    void fetchBillingContacts(QObject *context, ApiCallback<QList<BillingContact>> callback);

    // Orders. placeOrder() sends request.toJsonBody() once. It is never retried, except
    // once after the portal refused the access token — an answer that proves the order
    // was not accepted.
    void placeOrder(const OrderRequest &request, QObject *context, ApiCallback<OrderReceipt> callback);
    void fetchOrderPage(int pageNo, int pageSize, QObject *context, ApiCallback<OrderPage> callback);
    void fetchOrderDetails(const QString &idOrOrderNo, QObject *context,
                           ApiCallback<OrderDetails> callback);

    // Purchased products ("instances"): one page of one product, one product in full, a
    // P-Series Software Edition's activation code, a device's model.
    void fetchInstancePage(qint64 productId, int pageNo, int pageSize, QObject *context,
                           ApiCallback<InstancePage> callback);
    void fetchInstanceDetails(qint64 productId, const QString &productNo, QObject *context,
                              ApiCallback<ProductInstance> callback);
    void fetchActivationCode(const QString &productNo, QObject *context, ApiCallback<ActivationCode> callback);
    void fetchDeviceModel(qint64 productId, const QString &productNo, QObject *context,
                          ApiCallback<DeviceModel> callback);

    // The terms of one plan or service (the trial, purchase and renewal plan_info and
    // add_on_info requests): whatever `result` holds, unparsed (its fields are
    // undocumented), for TermsFormatter to show.
    void fetchTerms(const TermsQuery &query, QObject *context, ApiCallback<QJsonValue> callback);

    // Turns on auto-renewal of a device's plan (instance_subscription/v1/active). Like an
    // order it changes what the account pays, so it is sent once and never retried (but
    // after a refused token).
    // The value is the portal's Boolean result: false means it was not turned on.
    void enableAutoRenewal(const AutoRenewRequest &request, QObject *context, ApiCallback<bool> callback);

private:
    // What an endpoint asks: the request (PortalRequestSpec) plus where and what type.
    struct Call;
    // A JSON body that commits the account (an order, auto-renewal): sent once, and once
    // more only when the portal refused the access token (so nothing was applied).
    static Call oneShotJsonPost(const QString &path, const QByteArray &body);

    template <typename T>
    using Parser = std::function<std::optional<T>(const Envelope &envelope)>;

    // Sends `call` and hands the raw answer to `done` (exactly once, unless the context
    // is gone first and it is not an order).
    void send(const Call &call, const QPointer<QObject> &context, std::function<void(const RawReply &)> done);

    template <typename T>
    void call(const Call &request, QObject *context, Parser<T> parse, ApiCallback<T> callback);
    // The same with the whole answer read by `read` (ApiResult<T>(RawReply)) instead of
    // PortalAnswer::read.
    template <typename T, typename Read>
    void callReading(const Call &request, QObject *context, Read read, ApiCallback<T> callback);

    // The token endpoint, with a form (the credentials or the refresh token).
    void askForToken(const QByteArray &form, QObject *context, ApiCallback<TokenDetails> callback);

    // Keeps a read-only endpoint's answer for support (ApiDiagnostics), unless cancelled.
    void keepForDiagnostics(const Call &call, const RawReply &raw);

    QNetworkAccessManager *m_network;
    CertificateTrust m_trust;
    AccessTokenProvider *m_tokens = nullptr;
    ApiDiagnostics *m_diagnostics = nullptr;
    QUrl m_baseUrl;
    std::chrono::milliseconds m_timeout{30000};
    QSet<PortalRequest *> m_inFlight;
};

template <typename T>
void PortalClient::call(const Call &request, QObject *context, Parser<T> parse, ApiCallback<T> callback)
{
    callReading<T>(
        request, context, [parse](RawReply raw) { return PortalAnswer::read<T>(std::move(raw), parse); },
        std::move(callback));
}

template <typename T, typename Read>
void PortalClient::callReading(const Call &request, QObject *context, Read read, ApiCallback<T> callback)
{
    const QPointer<QObject> guard(context);
    send(request, guard, [this, guard, read, callback](const RawReply &raw) {
        // Big bodies (long subordinate lists) are parsed off the GUI thread.
        constexpr qsizetype parseInlineUpTo = 64 * 1024;
        if (raw.body.size() <= parseInlineUpTo) {
            if (guard)
                callback(read(raw));
            return;
        }
        auto *watcher = new QFutureWatcher<ApiResult<T>>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [watcher, guard, callback] {
            watcher->deleteLater();
            if (guard)
                callback(watcher->result());
        });
        // The worker holds the only copy of the body once this returns: the reader can
        // let it go as soon as it is read.
        watcher->setFuture(
            QtConcurrent::run(WorkerPool::instance(), [raw, read]() mutable { return read(std::move(raw)); }));
    });
}
