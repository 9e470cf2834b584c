#include "PortalClient.h"

#include "ApiDiagnostics.h"
#include "ListParser.h"
#include "PortalAddress.h"
#include "PortalRequest.h"
#include "SubordinateListAnswer.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

#include <algorithm>
#include <initializer_list>
#include <utility>

namespace {

const QLatin1String kTokenPath("/auth/openapi/v1/oauth/token");
const QLatin1String kProductListPath("/pricing/openapi/purchase/v1/product_list");
const QLatin1String kOfferingPath("/pricing/openapi/purchase/v1/purchase_product_info");
const QLatin1String kPartnerListPath("/user/openapi/user/v1/client/partner_list");
const QLatin1String kBillingContactListPath("/user/openapi/user/v1/client/billing_contact_list");
const QLatin1String kOrderSavePath("/order/openapi/order/v1/save");
const QLatin1String kOrderPagePath("/order/openapi/order/v1/page");
const QLatin1String kOrderGetPath("/order/openapi/order/v1/get/");
const QLatin1String kInstanceListPath("/product/openapi/instance_product/v1/client/instance_product_list");
const QLatin1String kInstanceDetailPath("/product/openapi/instance_product/v1/detail");
const QLatin1String kActivationCodePath("/product/openapi/instance_product/v1/activation_code");
const QLatin1String kDeviceModelPath("/product/openapi/instance/v1/product_model");
const QLatin1String kAutoRenewPath("/product/openapi/instance_subscription/v1/active");

// application/x-www-form-urlencoded. QUrlQuery leaves "+" as is and a form decoder reads
// "+" as a space: a client secret with a "+" would arrive wrong. Encode everything but
// the unreserved characters.
QByteArray formBody(std::initializer_list<std::pair<const char *, QString>> fields)
{
    QByteArray body;
    for (const auto &[key, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += key;
        body += '=';
        body += QUrl::toPercentEncoding(value);
    }
    return body;
}

} // namespace

struct PortalClient::Call
{
    PortalRequestSpec spec;
    QUrlQuery query;
    QByteArray contentType;
    bool keptForDiagnostics = false; // a read-only answer worth showing to support
};

PortalClient::PortalClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_baseUrl(PortalAddress::defaultUrl())
{
    // Never let Qt follow a redirect on its own: a POST must not be re-sent elsewhere.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

PortalClient::~PortalClient()
{
    cancelAll();
}

QByteArray PortalClient::userAgent()
{
    // The portal's examples all send "OpenAPI"; we keep that word first and say who we are.
    return QByteArrayLiteral("OpenAPI PartnerPurchase/" PP_VERSION);
}

ApiError PortalClient::setBaseUrl(const QUrl &url)
{
    ApiError error = PortalAddress::check(url);
    if (!error.isError())
        m_baseUrl = url.adjusted(QUrl::StripTrailingSlash);
    return error;
}

void PortalClient::cancelAll()
{
    const QSet<PortalRequest *> requests = m_inFlight;
    for (PortalRequest *request : requests)
        request->cancel();
}

void PortalClient::keepForDiagnostics(const Call &call, const RawReply &raw)
{
    if (!m_diagnostics || raw.transportError.kind() == ApiError::Kind::Cancelled)
        return;
    ApiDiagnostics::Answer answer;
    answer.path = call.spec.path;
    answer.query = call.query.query(QUrl::FullyEncoded);
    answer.httpStatus = raw.httpStatus;
    if (raw.transportError.isError())
        answer.transportError = raw.transportError.title() + QLatin1Char(' ') + raw.transportError.technicalDetail();
    answer.body = raw.body;
    answer.receivedAt = QDateTime::currentDateTimeUtc();
    m_diagnostics->record(std::move(answer));
}

void PortalClient::send(const Call &call, const QPointer<QObject> &context,
                        std::function<void(const RawReply &)> done)
{
    if (call.keptForDiagnostics) {
        done = [this, call, done = std::move(done)](const RawReply &raw) {
            keepForDiagnostics(call, raw);
            done(raw);
        };
    }
    if (const ApiError urlError = PortalAddress::check(m_baseUrl); urlError.isError()) {
        done(RawReply{urlError, 0, {}});
        return;
    }
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + call.spec.path);
    if (!call.query.isEmpty())
        url.setQuery(call.query);
    QNetworkRequest prepared(url);
    prepared.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    prepared.setRawHeader("Accept", "application/json");
    if (!call.contentType.isEmpty())
        prepared.setHeader(QNetworkRequest::ContentTypeHeader, call.contentType);
    prepared.setTransferTimeout(int(m_timeout.count()));
    prepared.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);

    auto *request = new PortalRequest(this, m_network, call.spec, prepared, context, std::move(done));
    m_inFlight.insert(request);
    connect(request, &QObject::destroyed, this, [this, request] { m_inFlight.remove(request); });
    request->start();
}

void PortalClient::requestToken(const QString &clientId, const QString &clientSecret,
                                QObject *context, ApiCallback<TokenDetails> callback)
{
    askForToken(formBody({{"grant_type", QStringLiteral("pp_credentials")},
                          {"client_id", clientId},
                          {"client_secret", clientSecret}}),
                context, std::move(callback));
}

void PortalClient::refreshToken(const QString &clientId, const QString &refreshToken,
                                QObject *context, ApiCallback<TokenDetails> callback)
{
    // The API reference has no page for the refresh; this follows Yeastar's sibling YCM API.
    askForToken(formBody({{"grant_type", QStringLiteral("refresh_token")},
                          {"refresh_token", refreshToken},
                          {"client_id", clientId}}),
                context, std::move(callback));
}

void PortalClient::askForToken(const QByteArray &form, QObject *context, ApiCallback<TokenDetails> callback)
{
    Call request;
    request.spec.operation = QNetworkAccessManager::PostOperation;
    request.spec.path = kTokenPath;
    request.spec.authenticated = false;
    request.spec.body = form;
    request.contentType = "application/x-www-form-urlencoded";
    call<TokenDetails>(
        request, context, [](const Envelope &answer) { return TokenDetails::fromJson(answer.result); },
        std::move(callback));
}

void PortalClient::fetchProducts(QObject *context, ApiCallback<QList<Product>> callback)
{
    Call request;
    request.keptForDiagnostics = true;
    request.spec.path = kProductListPath;
    call<QList<Product>>(
        request, context,
        [](const Envelope &answer) { return ListParser::parse<Product>(answer.result); },
        std::move(callback));
}

void PortalClient::fetchOffering(qint64 productId, const QString &productNo, QObject *context,
                                 ApiCallback<Offering> callback)
{
    Call request;
    request.keptForDiagnostics = true;
    request.spec.path = kOfferingPath;
    request.query.addQueryItem(QStringLiteral("productId"), QString::number(productId));
    if (!productNo.trimmed().isEmpty())
        request.query.addQueryItem(QStringLiteral("productNo"), productNo.trimmed());
    call<Offering>(
        request, context,
        [productId](const Envelope &answer) { return Offering::fromJson(answer.result, productId); },
        std::move(callback));
}

void PortalClient::fetchSubordinates(QObject *context, ApiCallback<SubordinateTable> callback)
{
    Call request;
    request.spec.path = kPartnerListPath;
    callReading<SubordinateTable>(request, context, &SubordinateListAnswer::read, std::move(callback));
}

void PortalClient::fetchBillingContacts(QObject *context, ApiCallback<QList<BillingContact>> callback)
{
    Call request;
    request.spec.path = kBillingContactListPath;
    call<QList<BillingContact>>(
        request, context, [](const Envelope &answer) { return ListParser::parse<BillingContact>(answer.result); },
        std::move(callback));
}

PortalClient::Call PortalClient::oneShotJsonPost(const QString &path, const QByteArray &body)
{
    Call request;
    request.spec.operation = QNetworkAccessManager::PostOperation;
    request.spec.path = path;
    request.spec.body = body;
    request.spec.isOrder = true;
    request.contentType = "application/json";
    return request;
}

void PortalClient::placeOrder(const OrderRequest &order, QObject *context, ApiCallback<OrderReceipt> callback)
{
    const Call request = oneShotJsonPost(kOrderSavePath, order.toJsonBody());
    // The receipt keeps the envelope's requestId.
    call<OrderReceipt>(
        request, context,
        [](const Envelope &answer) { return OrderReceipt::fromJson(answer.result, answer.requestId); },
        std::move(callback));
}

void PortalClient::fetchOrderPage(int pageNo, int pageSize, QObject *context,
                                  ApiCallback<OrderPage> callback)
{
    Call request;
    request.keptForDiagnostics = true;
    request.spec.path = kOrderPagePath;
    request.query.addQueryItem(QStringLiteral("pageNo"), QString::number(std::max(1, pageNo)));
    request.query.addQueryItem(QStringLiteral("pageSize"), QString::number(std::max(1, pageSize)));
    call<OrderPage>(
        request, context, [](const Envelope &answer) { return OrderPage::fromJson(answer.result); },
        std::move(callback));
}

void PortalClient::fetchOrderDetails(const QString &idOrOrderNo, QObject *context,
                                     ApiCallback<OrderDetails> callback)
{
    Call request;
    request.keptForDiagnostics = true;
    request.spec.path = kOrderGetPath + QString::fromLatin1(QUrl::toPercentEncoding(idOrOrderNo.trimmed()));
    call<OrderDetails>(
        request, context, [](const Envelope &answer) { return OrderDetails::fromJson(answer.result); },
        std::move(callback));
}

void PortalClient::fetchInstancePage(qint64 productId, int pageNo, int pageSize, QObject *context,
                                     ApiCallback<InstancePage> callback)
{
    Call request;
    request.spec.path = kInstanceListPath;
    request.keptForDiagnostics = true;
    request.query.addQueryItem(QStringLiteral("productId"), QString::number(productId));
    request.query.addQueryItem(QStringLiteral("pageNo"), QString::number(std::max(1, pageNo)));
    request.query.addQueryItem(QStringLiteral("pageSize"), QString::number(std::max(1, pageSize)));
    call<InstancePage>(
        request, context,
        [productId](const Envelope &answer) { return InstancePage::fromJson(answer.result, productId); },
        std::move(callback));
}

void PortalClient::fetchInstanceDetails(qint64 productId, const QString &productNo, QObject *context,
                                        ApiCallback<ProductInstance> callback)
{
    Call request;
    request.spec.path = kInstanceDetailPath;
    request.keptForDiagnostics = true;
    request.query.addQueryItem(QStringLiteral("productNo"), productNo);
    request.query.addQueryItem(QStringLiteral("productId"), QString::number(productId));
    call<ProductInstance>(
        request, context, [productId](const Envelope &answer) -> std::optional<ProductInstance> {
            if (!answer.result.isObject())
                return std::nullopt;
            return ProductInstance::fromJson(answer.result.toObject(), productId);
        },
        std::move(callback));
}

void PortalClient::fetchActivationCode(const QString &productNo, QObject *context,
                                       ApiCallback<ActivationCode> callback)
{
    Call request;
    request.spec.path = kActivationCodePath;
    request.query.addQueryItem(QStringLiteral("productNo"), productNo);
    // The P-Series Software Edition: the only product activation_code answers for.
    request.query.addQueryItem(QStringLiteral("productId"), QStringLiteral("12"));
    call<ActivationCode>(
        request, context,
        [](const Envelope &answer) { return ActivationCode::fromJson(answer.result); },
        std::move(callback));
}

void PortalClient::fetchDeviceModel(qint64 productId, const QString &productNo, QObject *context,
                                    ApiCallback<DeviceModel> callback)
{
    Call request;
    request.spec.path = kDeviceModelPath;
    request.query.addQueryItem(QStringLiteral("productNo"), productNo);
    request.query.addQueryItem(QStringLiteral("productId"), QString::number(productId));
    call<DeviceModel>(
        request, context, [](const Envelope &answer) { return DeviceModel::fromJson(answer.result); },
        std::move(callback));
}

void PortalClient::fetchTerms(const TermsQuery &query, QObject *context, ApiCallback<QJsonValue> callback)
{
    Call request;
    request.spec.path = query.path();
    request.keptForDiagnostics = true; // the fields are undocumented: worth a capture
    request.query = query.query();
    call<QJsonValue>(
        request, context, [](const Envelope &answer) { return std::optional<QJsonValue>(answer.result); },
        std::move(callback));
}

void PortalClient::enableAutoRenewal(const AutoRenewRequest &renewal, QObject *context, ApiCallback<bool> callback)
{
    call<bool>(
        oneShotJsonPost(kAutoRenewPath, renewal.toJsonBody()), context,
        [](const Envelope &answer) -> std::optional<bool> {
            // Documented as a Boolean; "true" as a string is read too, anything else is malformed.
            if (answer.result.isBool())
                return answer.result.toBool();
            if (answer.result.isString() && (answer.result.toString() == QLatin1String("true") || answer.result.toString() == QLatin1String("false")))
                return answer.result.toString() == QLatin1String("true");
            return std::nullopt;
        },
        std::move(callback));
}
