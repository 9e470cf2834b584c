#include "PracticePortal.h"

#include "PracticeApi.h"
#include "PracticeCatalogue.h"
#include "PracticeDelivery.h"
#include "PracticeDirectory.h"
#include "PracticeFaults.h"
#include "PracticeFormParser.h"
#include "PracticeHttpServer.h"
#include "PracticeInstanceBook.h"
#include "PracticeOrderBook.h"
#include "PracticeTerms.h"
#include "PracticeTokenStore.h"

#include <QHash>
#include <QHostAddress>
#include <QPointer>
#include <QHttpServerRequest>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kKeptRequests = 10000;

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

// Method + path → route (and the {id} of OrderGet). Anything else is Unknown: 404.
Practice::Route resolve(const QByteArray &method, const QString &path, QString *argument)
{
    using Practice::Route;
    static const QString getPrefix = u"/order/openapi/order/v1/get/"_s;
    if (method == "POST") {
        if (path == u"/auth/openapi/v1/oauth/token"_s)
            return Route::Token;
        if (path == u"/order/openapi/order/v1/save"_s)
            return Route::OrderSave;
        if (path == u"/product/openapi/instance_subscription/v1/active"_s)
            return Route::AutoRenewal;
        return Route::Unknown;
    }
    if (method != "GET")
        return Route::Unknown;
    static const QHash<QString, Route> getRoutes{
        {u"/pricing/openapi/purchase/v1/product_list"_s, Route::ProductList},
        {u"/pricing/openapi/purchase/v1/purchase_product_info"_s, Route::PurchaseProductInfo},
        {u"/user/openapi/user/v1/client/partner_list"_s, Route::PartnerList},
        {u"/user/openapi/user/v1/client/billing_contact_list"_s, Route::BillingContactList},
        {u"/order/openapi/order/v1/page"_s, Route::OrderPage},
        {u"/product/openapi/instance_product/v1/client/instance_product_list"_s, Route::InstanceList},
        {u"/product/openapi/instance_product/v1/detail"_s, Route::InstanceDetail},
        {u"/product/openapi/instance_product/v1/activation_code"_s, Route::ActivationCode},
        {u"/product/openapi/instance/v1/product_model"_s, Route::ProductModel},
    };
    if (const auto it = getRoutes.constFind(path); it != getRoutes.constEnd())
        return *it;
    if (PracticeTerms::matches(path))
        return Route::Terms;
    if (path.startsWith(getPrefix) && path.size() > getPrefix.size()
        && !path.mid(getPrefix.size()).contains(u'/')) {
        *argument = path.mid(getPrefix.size());
        return Route::OrderGet;
    }
    return Route::Unknown;
}

} // namespace

PracticePortal::PracticePortal(QObject *parent)
    : QObject(parent)
    , m_tokens(std::make_unique<PracticeTokenStore>())
    , m_catalogue(std::make_unique<PracticeCatalogue>())
    , m_directory(std::make_unique<PracticeDirectory>())
    , m_orders(std::make_unique<PracticeOrderBook>())
    , m_instances(std::make_unique<PracticeInstanceBook>(*m_catalogue, m_directory->seedCustomers()))
    , m_api(std::make_unique<PracticeApi>(*m_tokens, *m_catalogue, *m_directory, *m_orders, *m_instances))
    , m_faults(std::make_unique<PracticeFaults>())
{
    m_api->setClientId(practiceClientId());
    m_api->setClientSecret(practiceClientSecret());
    m_server = new PracticeHttpServer(
        [this](const QHttpServerRequest &request, QTcpSocket *socket) { handle(request, socket); }, this);
}

// The server (and with it every open socket and pending answer) goes first: no timer
// may run into the stores after they are gone.
PracticePortal::~PracticePortal()
{
    delete m_server;
}

bool PracticePortal::listen(quint16 port)
{
    m_port = m_server->listen(QHostAddress::LocalHost, port);
    return m_port != 0;
}

void PracticePortal::close()
{
    for (QTcpServer *server : m_server->servers()) {
        server->close();
        // Accepted connections are children of their QTcpServer.
        for (QTcpSocket *socket : server->findChildren<QTcpSocket *>())
            socket->abort();
    }
}

quint16 PracticePortal::port() const
{
    return m_port;
}

void PracticePortal::useTls(const QSslCertificate &certificate, const QSslKey &privateKey)
{
    m_server->sslSetup(certificate, privateKey);
    m_tls = true;
}

QUrl PracticePortal::baseUrl() const
{
    QUrl url;
    url.setScheme(m_tls ? u"https"_s : u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_port);
    return url;
}

QString PracticePortal::practiceClientId()
{
    return u"practice-client-id"_s;
}

QString PracticePortal::practiceClientSecret()
{
    return u"practice-client-secret"_s;
}

void PracticePortal::setClientId(const QString &clientId)
{
    m_api->setClientId(clientId);
}

void PracticePortal::setClientSecret(const QString &clientSecret)
{
    m_api->setClientSecret(clientSecret);
}

QString PracticePortal::clientId() const
{
    return m_api->clientId();
}

QString PracticePortal::clientSecret() const
{
    return m_api->clientSecret();
}

void PracticePortal::setAccessTokenLifetime(std::chrono::milliseconds lifetime)
{
    m_tokens->setLifetime(lifetime);
}

void PracticePortal::expireAllAccessTokens()
{
    m_tokens->expireAll();
}

void PracticePortal::revokeRefreshTokens()
{
    m_tokens->revokeAllRefreshTokens();
}

void PracticePortal::setSubordinateCount(int count)
{
    m_directory->setSubordinateCount(count);
}

void PracticePortal::setSubordinateRevision(int revision)
{
    m_directory->setSubordinateRevision(revision);
}

void PracticePortal::setBillingContactCount(int count)
{
    m_directory->setBillingContactCount(count);
}

void PracticePortal::setListShape(ListShape shape)
{
    m_api->setListShape(shape);
}

void PracticePortal::setNextOrderStatus(const QString &status)
{
    m_api->setNextOrderStatus(status);
}

bool PracticePortal::setOrderStatus(const QString &orderNoOrId, const QString &status)
{
    return m_orders->setStatus(orderNoOrId, status);
}

void PracticePortal::addHistoricalOrders(int count)
{
    const QJsonObject contact = m_directory->billingContact(u"3197218168379846218"_s).value_or(QJsonObject());
    m_orders->addHistorical(count, *m_catalogue, contact);
}

void PracticePortal::setInstanceScale(int total, int products)
{
    m_catalogue->growTo(products);
    m_instances->generate(total, products);
}

int PracticePortal::instanceCount() const
{
    return m_instances->count();
}

QList<PracticeInstance> PracticePortal::instances() const
{
    return m_instances->instances();
}

void PracticePortal::setLatency(std::chrono::milliseconds latency)
{
    m_latency = latency;
}

void PracticePortal::injectFault(Route route, const PracticeFault &fault, int times)
{
    m_faults->inject(route, fault, times);
}

void PracticePortal::injectFaultAt(Route route, const PracticeFault &fault, int nth)
{
    m_faults->injectAt(route, fault, nth);
}

void PracticePortal::clearFaults()
{
    m_faults->clear();
}

QList<QByteArray> PracticePortal::receivedOrderBodies() const
{
    return m_orderBodies;
}

int PracticePortal::acceptedOrderCount() const
{
    return m_api->acceptedOrderCount();
}

int PracticePortal::orderCount() const
{
    return m_orders->count();
}

int PracticePortal::requestCount(Route route) const
{
    return route == Route::Any ? m_totalRequests : m_requestCounts.value(route);
}

int PracticePortal::tokenRequestCount(const QString &grantType) const
{
    return m_tokenRequestCounts.value(grantType);
}

QList<PracticeRequest> PracticePortal::receivedRequests() const
{
    return m_requests;
}

int PracticePortal::peakConcurrentRequests(Route route) const
{
    return m_peakOpenRequests.value(route);
}

std::optional<PracticeRequest> PracticePortal::lastRequest(Route route) const
{
    for (auto it = m_requests.crbegin(); it != m_requests.crend(); ++it) {
        if (route == Route::Any || it->route == route)
            return *it;
    }
    return std::nullopt;
}

QList<QPair<QByteArray, QByteArray>> PracticePortal::lastRequestHeaders(Route route) const
{
    const std::optional<PracticeRequest> request = lastRequest(route);
    return request ? request->headers : QList<QPair<QByteArray, QByteArray>>();
}

void PracticePortal::handle(const QHttpServerRequest &httpRequest, QTcpSocket *socket)
{
    PracticeRequest request;
    request.method = methodName(httpRequest.method());
    request.path = httpRequest.url().path(QUrl::FullyDecoded);
    request.query = httpRequest.query();
    request.headers = httpRequest.headers();
    request.body = httpRequest.body();
    request.receivedAt = QDateTime::currentDateTimeUtc();
    request.route = resolve(request.method, request.path, &request.pathArgument);
    record(request);
    Q_EMIT requestReceived(request.route);

    const PracticeFault fault = m_faults->take(request.route);
    const QByteArray requestId = PracticeReply::newRequestId();
    PracticeReply reply;
    if (fault.kind() == PracticeFault::Kind::PortalError)
        reply = PracticeReply::failure(200, requestId, fault.code(), fault.detailMessage());
    else if (fault.kind() == PracticeFault::Kind::ExpiredToken)
        reply = m_api->expireToken(request, requestId);
    else if (fault.preventsProcessing()) // a 4xx: refused before the route runs
        reply = PracticeReply::failure(fault.httpStatus(), requestId, u"internal_error"_s, QString());
    else // every other fault lets the route do its work (an order is stored) first
        reply = m_api->answer(request, requestId, fault.kind() == PracticeFault::Kind::EmptyList);
    const Route route = request.route;
    m_peakOpenRequests[route] = std::max(m_peakOpenRequests.value(route), ++m_openRequests[route]);
    // The delivery may end after the portal (Qt deletes a timer whose socket went away later).
    const QPointer<PracticePortal> self(this);
    PracticeDelivery::deliver(socket, reply, fault, m_latency, [self, route] {
        if (self)
            --self->m_openRequests[route];
    });
}

void PracticePortal::record(const PracticeRequest &request)
{
    ++m_totalRequests;
    ++m_requestCounts[request.route];
    if (request.route == Route::OrderSave)
        m_orderBodies.append(request.body);
    if (request.route == Route::Token) {
        const auto fields = PracticeFormParser::parse(request.header("Content-Type"), request.body);
        ++m_tokenRequestCounts[fields ? fields->value(u"grant_type"_s) : QString()];
    }
    m_requests.append(request);
    if (m_requests.size() > kKeptRequests)
        m_requests.removeFirst();
}
