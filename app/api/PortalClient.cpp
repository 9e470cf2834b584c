#include "PortalClient.h"

#include "ApiLog.h"
#include "ListParser.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>
#include <cstring>
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

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// An order body that can be read once. Qt's HTTP/1 code silently re-sends a request whose
// connection closed before an answer arrived, POSTs included (Qt 6.4 sent the body twice
// to a server that read it and hung up). For a paid order that is a second purchase: this
// device refuses to rewind once Qt has read from it, so the re-send fails with
// ContentReSendError and the caller hears "outcome unknown" instead.
class SendOnceBody : public QIODevice
{
public:
    explicit SendOnceBody(const QByteArray &body)
        : m_body(body)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_body.size(); }
    bool seek(qint64 position) override
    {
        if (m_handedOut > 0 && position < m_handedOut)
            return false;
        return QIODevice::seek(position);
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = std::min<qint64>(maxSize, m_body.size() - pos());
        if (count <= 0)
            return 0;
        std::memcpy(data, m_body.constData() + pos(), size_t(count));
        m_handedOut = std::max(m_handedOut, pos() + count);
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    const QByteArray m_body;
    qint64 m_handedOut = 0;
};

// Appends what has arrived of `reply` to `body`, which is sized for the announced length
// on first use so that a long answer is not copied again each time it grows.
void readArrived(QNetworkReply *reply, QByteArray &body)
{
    const qint64 available = reply->bytesAvailable();
    if (available <= 0)
        return;
    constexpr qint64 largestReservation = 256 * 1024 * 1024; // a lying Content-Length costs no more
    const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (body.isEmpty() && announced > available && announced <= largestReservation)
        body.reserve(qsizetype(announced));
    const qsizetype before = body.size();
    body.resize(before + qsizetype(available));
    const qint64 read = reply->read(body.data() + before, available);
    body.resize(before + qsizetype(std::max<qint64>(read, 0)));
}

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

PortalClient::PortalClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_baseUrl(defaultBaseUrl())
{
    // Never let Qt follow a redirect on its own: a POST must not be re-sent elsewhere.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

PortalClient::~PortalClient()
{
    cancelAll();
}

QUrl PortalClient::defaultBaseUrl()
{
    return QUrl(QStringLiteral("https://openapi.partner.yeastar.com"));
}

ApiError PortalClient::checkBaseUrl(const QUrl &url)
{
    ApiError refused(ApiError::Kind::InvalidBaseUrl);
    if (!url.isValid() || url.host().isEmpty() || url.hasQuery() || url.hasFragment()
        || !url.userInfo().isEmpty()) {
        refused.setTechnicalDetail(url.toString());
        return refused;
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return ApiError();
    if (scheme == QLatin1String("http") && isLoopbackHost(url.host()))
        return ApiError();
    refused.setTechnicalDetail(url.toString());
    return refused;
}

QByteArray PortalClient::userAgent()
{
    // The portal's examples all send "OpenAPI"; we keep that word first and say who we are.
    return QByteArrayLiteral("OpenAPI PartnerPurchase/" PP_VERSION);
}

ApiError PortalClient::setBaseUrl(const QUrl &url)
{
    ApiError error = checkBaseUrl(url);
    if (!error.isError()) {
        m_baseUrl = url.adjusted(QUrl::StripTrailingSlash);
    }
    return error;
}

void PortalClient::cancelAll()
{
    ++m_cancelEpoch; // requests still waiting for a token are cancelled when it arrives
    m_cancelling = true;
    const QSet<QNetworkReply *> replies = m_inFlight;
    for (QNetworkReply *reply : replies)
        reply->abort();
    m_cancelling = false;
}

void PortalClient::keepForDiagnostics(const RequestSpec &spec, const RawReply &raw)
{
    if (!m_diagnostics || raw.transportError.kind() == ApiError::Kind::Cancelled)
        return;
    ApiDiagnostics::Answer answer;
    answer.path = spec.path;
    answer.query = spec.query.query(QUrl::FullyEncoded);
    answer.httpStatus = raw.httpStatus;
    if (raw.transportError.isError())
        answer.transportError = raw.transportError.title() + QLatin1Char(' ') + raw.transportError.technicalDetail();
    answer.body = raw.body;
    answer.receivedAt = QDateTime::currentDateTimeUtc();
    m_diagnostics->record(std::move(answer));
}

QUrl PortalClient::endpointUrl(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

void PortalClient::perform(const RequestSpec &spec, const QPointer<QObject> &context,
                           RawHandler done, bool isReplay)
{
    if (const ApiError urlError = checkBaseUrl(m_baseUrl); urlError.isError()) {
        done(RawReply{urlError, 0, {}});
        return;
    }
    if (!spec.authenticated) {
        sendOverNetwork(spec, QByteArray(), context, std::move(done), isReplay);
        return;
    }
    if (!m_tokens) {
        done(RawReply{ApiError(ApiError::Kind::SignInRequired), 0, {}});
        return;
    }
    QPointer<PortalClient> self(this);
    const quint64 epoch = m_cancelEpoch;
    m_tokens->withAccessToken([self, spec, context, done, isReplay, epoch](const QByteArray &authorization,
                                                                            const ApiError &error) {
        if (!self)
            return;
        if (self->m_cancelEpoch != epoch) {
            done(RawReply{ApiError(ApiError::Kind::Cancelled), 0, {}});
            return;
        }
        if (error.isError()) {
            done(RawReply{error, 0, {}});
            return;
        }
        if (!context && !spec.isOrder)
            return; // nobody is waiting any more: not worth sending
        self->sendOverNetwork(spec, authorization, context, done, isReplay);
    });
}

void PortalClient::sendOverNetwork(const RequestSpec &spec, const QByteArray &authorization,
                                   const QPointer<QObject> &context, RawHandler done, bool isReplay)
{
    // At once, unless the certificates SSL_CERT_FILE / SSL_CERT_DIR add are still being read.
    const quint64 epoch = m_cancelEpoch;
    m_trust.withConfiguration(this, [this, spec, authorization, context, done, isReplay,
                                     epoch](const CertificateTrust::Configuration &tls) {
        if (epoch != m_cancelEpoch)
            done(RawReply{ApiError(ApiError::Kind::Cancelled), 0, {}});
        else
            send(spec, authorization, tls, context, done, isReplay);
    });
}

void PortalClient::send(const RequestSpec &spec, const QByteArray &authorization,
                        const CertificateTrust::Configuration &tls, const QPointer<QObject> &context,
                        RawHandler done, bool isReplay)
{
    QNetworkRequest request(endpointUrl(spec.path, spec.query));
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setRawHeader("Accept", "application/json");
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    if (!spec.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, spec.contentType);
    request.setTransferTimeout(int(m_timeout.count()));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (tls)
        request.setSslConfiguration(*tls);

    QNetworkReply *reply = nullptr;
    if (spec.operation != QNetworkAccessManager::PostOperation) {
        reply = m_network->get(request);
    } else if (spec.isOrder) {
        auto *body = new SendOnceBody(spec.body);
        reply = m_network->post(request, body);
        body->setParent(reply);
    } else {
        reply = m_network->post(request, spec.body);
    }
    m_inFlight.insert(reply);
    if (spec.isOrder)
        emit orderBodySent(spec.body);

    // A read-only request whose context goes away is aborted, so that closing a window
    // frees the connections its loads held. (A widget's QPointer is still set while it
    // announces its destruction: the flag, not the pointer, says it is gone.)
    auto contextGone = std::make_shared<bool>(false);
    if (context && !spec.isOrder) {
        connect(context.data(), &QObject::destroyed, reply, [reply, contextGone] {
            *contextGone = true;
            reply->abort();
        });
    }

    // The body is read as it arrives, at most 1 MB at a time (Qt stops reading from the
    // socket until we have taken it): read at once in finished(), a 35 MB list (100,000
    // customers) held the GUI thread for 250 ms.
    auto received = std::make_shared<QByteArray>();
    connect(reply, &QIODevice::readyRead, this, [reply, received] { readArrived(reply, *received); });
    reply->setReadBufferSize(1024 * 1024);

    // A transfer timeout ends the reply with OperationCanceledError, like a cancel; the
    // flag set here is how we tell our own timeout from cancelAll().
    auto cancelled = std::make_shared<bool>(false);
    connect(reply, &QNetworkReply::errorOccurred, this, [this, cancelled] {
        if (m_cancelling)
            *cancelled = true;
    });
    // Never ignored: the certificate is only described, for the user's IT department.
    auto certificateProblem = std::make_shared<QString>();
    connect(reply, &QNetworkReply::sslErrors, this, [reply, certificateProblem](const QList<QSslError> &errors) {
        if (CertificateTrust::isCertificateProblem(errors))
            *certificateProblem = CertificateTrust::describe(reply->sslConfiguration().peerCertificateChain(), errors);
    });

    connect(reply, &QNetworkReply::finished, this,
            [this, reply, spec, authorization, context, done, isReplay, cancelled, received, contextGone,
             certificateProblem] {
        m_inFlight.remove(reply);
        reply->deleteLater();
        const bool timedOut = !*cancelled && reply->error() == QNetworkReply::OperationCanceledError;
        const RawReply raw = classify(reply, std::move(*received), timedOut, *cancelled, *certificateProblem);
        // The path only: never the query, headers or bodies (a token request carries the secret).
        qCDebug(lcApi).noquote() << (spec.operation == QNetworkAccessManager::PostOperation ? "POST" : "GET")
                                 << spec.path << "→ HTTP" << raw.httpStatus << raw.body.size() << "bytes";

        if ((!context || *contextGone) && !spec.isOrder)
            return; // nobody is waiting any more

        // One replay after the portal refused the token: that answer proves the request
        // was not carried out, so even an order may be sent again, once.
        if (spec.authenticated && !isReplay && !raw.transportError.isError()
            && Envelope::isTokenRejection(raw.body, raw.httpStatus) && m_tokens) {
            qCInfo(lcApi) << "access token refused on" << spec.path << "- refreshing and replaying once";
            m_tokens->reportRejectedToken(authorization);
            perform(spec, context, done, true);
            return;
        }
        if (raw.transportError.isError() || raw.httpStatus < 200 || raw.httpStatus >= 300)
            qCWarning(lcApi).noquote() << spec.path << "failed:" << raw.httpStatus
                                       << raw.transportError.technicalDetail();
        done(raw);
    });
}

PortalClient::RawReply PortalClient::classify(QNetworkReply *reply, QByteArray received, bool timedOut,
                                              bool cancelled, const QString &certificateProblem) const
{
    RawReply raw;
    raw.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen()) { // closed once aborted
        readArrived(reply, received);
        raw.body = std::move(received);
    }
    const QNetworkReply::NetworkError error = reply->error();

    auto fail = [&](ApiError::Kind kind) {
        raw.transportError = ApiError(kind);
        raw.transportError.setNetworkError(error)
            .setHttpStatus(raw.httpStatus)
            .setTechnicalDetail(reply->errorString());
        return raw;
    };

    if (cancelled)
        return fail(ApiError::Kind::Cancelled);
    if (timedOut || error == QNetworkReply::TimeoutError)
        return fail(ApiError::Kind::Timeout);

    // A complete HTTP answer (any status): the envelope decides. Qt flags 4xx/5xx as
    // errors, but their bodies still carry the portal's code and requestId.
    const bool httpLevelError = error >= QNetworkReply::ContentAccessDenied
        && error <= QNetworkReply::UnknownServerError;
    if (error == QNetworkReply::NoError || (httpLevelError && raw.httpStatus > 0)) {
        const QVariant announced = reply->header(QNetworkRequest::ContentLengthHeader);
        if (announced.isValid() && announced.toLongLong() > raw.body.size())
            return fail(ApiError::Kind::TruncatedBody);
        return raw;
    }

    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
        return fail(ApiError::Kind::CannotConnect);
    case QNetworkReply::SslHandshakeFailedError:
        if (certificateProblem.isEmpty())
            return fail(ApiError::Kind::Tls);
        fail(ApiError::Kind::UntrustedCertificate);
        raw.transportError.setDetails(certificateProblem);
        return raw;
    case QNetworkReply::ContentReSendError: {
        // Qt wanted to send an order body again after the connection closed; SendOnceBody
        // refused. Whether the first copy was acted on is unknown.
        RawReply lost = fail(ApiError::Kind::ConnectionLost);
        lost.transportError.setTechnicalDetail(
            tr("connection closed before the answer; the request was not sent again"));
        return lost;
    }
    case QNetworkReply::RemoteHostClosedError:
        // Closed after the status line arrived: the body was cut short.
        return fail(raw.httpStatus > 0 ? ApiError::Kind::TruncatedBody : ApiError::Kind::ConnectionLost);
    default:
        return fail(ApiError::Kind::ConnectionLost);
    }
}

void PortalClient::requestToken(const QString &clientId, const QString &clientSecret,
                                QObject *context, ApiCallback<TokenDetails> callback)
{
    RequestSpec spec;
    spec.operation = QNetworkAccessManager::PostOperation;
    spec.path = kTokenPath;
    spec.contentType = "application/x-www-form-urlencoded";
    spec.body = formBody({{"grant_type", QStringLiteral("pp_credentials")},
                          {"client_id", clientId},
                          {"client_secret", clientSecret}});
    spec.authenticated = false;
    call<TokenDetails>(spec, context, &TokenDetails::fromJson, std::move(callback));
}

void PortalClient::refreshToken(const QString &clientId, const QString &refreshToken,
                                QObject *context, ApiCallback<TokenDetails> callback)
{
    // The refresh page is not in the stored docs; this follows Yeastar's sibling YCM API.
    RequestSpec spec;
    spec.operation = QNetworkAccessManager::PostOperation;
    spec.path = kTokenPath;
    spec.contentType = "application/x-www-form-urlencoded";
    spec.body = formBody({{"grant_type", QStringLiteral("refresh_token")},
                          {"refresh_token", refreshToken},
                          {"client_id", clientId}});
    spec.authenticated = false;
    call<TokenDetails>(spec, context, &TokenDetails::fromJson, std::move(callback));
}

void PortalClient::fetchProducts(QObject *context, ApiCallback<QList<Product>> callback)
{
    RequestSpec spec;
    spec.path = kProductListPath;
    spec.keptForDiagnostics = true;
    call<QList<Product>>(spec, context, &ListParser::parse<Product>, std::move(callback));
}

void PortalClient::fetchOffering(qint64 productId, const QString &productNo, QObject *context,
                                 ApiCallback<Offering> callback)
{
    RequestSpec spec;
    spec.path = kOfferingPath;
    spec.keptForDiagnostics = true;
    spec.query.addQueryItem(QStringLiteral("productId"), QString::number(productId));
    if (!productNo.trimmed().isEmpty())
        spec.query.addQueryItem(QStringLiteral("productNo"), productNo.trimmed());
    call<Offering>(spec, context, [productId](const QJsonValue &result) {
        return Offering::fromJson(result, productId);
    }, std::move(callback));
}

void PortalClient::fetchSubordinates(QObject *context, ApiCallback<QList<Subordinate>> callback)
{
    RequestSpec spec;
    spec.path = kPartnerListPath;
    call<QList<Subordinate>>(spec, context, &ListParser::parse<Subordinate>, std::move(callback));
}

void PortalClient::fetchBillingContacts(QObject *context, ApiCallback<QList<BillingContact>> callback)
{
    RequestSpec spec;
    spec.path = kBillingContactListPath;
    call<QList<BillingContact>>(spec, context, &ListParser::parse<BillingContact>, std::move(callback));
}

void PortalClient::placeOrder(const OrderRequest &request, QObject *context,
                              ApiCallback<OrderReceipt> callback)
{
    RequestSpec spec;
    spec.operation = QNetworkAccessManager::PostOperation;
    spec.path = kOrderSavePath;
    spec.contentType = "application/json";
    spec.body = request.toJsonBody();
    spec.isOrder = true;
    // The receipt needs the requestId, which lives in the envelope: capture it through the
    // raw reply rather than the result parser.
    const QPointer<QObject> guard(context);
    perform(spec, guard, [guard, callback](const RawReply &raw) {
        if (!guard)
            return;
        ApiResult<OrderReceipt> outcome;
        if (raw.transportError.isError()) {
            outcome.error = raw.transportError;
            outcome.requestId = outcome.error.requestId();
        } else {
            Envelope envelope;
            outcome.error = Envelope::read(raw.body, raw.httpStatus, envelope);
            outcome.requestId = outcome.error.isError() ? outcome.error.requestId() : envelope.requestId;
            if (!outcome.error.isError()) {
                outcome.value = OrderReceipt::fromJson(envelope.result, envelope.requestId);
                if (!outcome.value) {
                    outcome.error = ApiError(ApiError::Kind::UnexpectedShape);
                    outcome.error.setHttpStatus(raw.httpStatus).setRequestId(envelope.requestId);
                }
            }
        }
        callback(outcome);
    });
}

void PortalClient::fetchOrderPage(int pageNo, int pageSize, QObject *context,
                                  ApiCallback<OrderPage> callback)
{
    RequestSpec spec;
    spec.path = kOrderPagePath;
    spec.keptForDiagnostics = true;
    spec.query.addQueryItem(QStringLiteral("pageNo"), QString::number(std::max(1, pageNo)));
    spec.query.addQueryItem(QStringLiteral("pageSize"), QString::number(std::max(1, pageSize)));
    call<OrderPage>(spec, context, &OrderPage::fromJson, std::move(callback));
}

void PortalClient::fetchOrderDetails(const QString &idOrOrderNo, QObject *context,
                                     ApiCallback<OrderDetails> callback)
{
    RequestSpec spec;
    spec.path = kOrderGetPath + QString::fromLatin1(QUrl::toPercentEncoding(idOrOrderNo.trimmed()));
    spec.keptForDiagnostics = true;
    call<OrderDetails>(spec, context, &OrderDetails::fromJson, std::move(callback));
}

void PortalClient::fetchInstancePage(qint64 productId, int pageNo, int pageSize, QObject *context,
                                     ApiCallback<InstancePage> callback)
{
    RequestSpec spec;
    spec.path = kInstanceListPath;
    spec.query.addQueryItem(QStringLiteral("productId"), QString::number(productId));
    spec.query.addQueryItem(QStringLiteral("pageNo"), QString::number(std::max(1, pageNo)));
    spec.query.addQueryItem(QStringLiteral("pageSize"), QString::number(std::max(1, pageSize)));
    spec.keptForDiagnostics = true;
    call<InstancePage>(spec, context, [productId](const QJsonValue &result) {
        return InstancePage::fromJson(result, productId);
    }, std::move(callback));
}

void PortalClient::fetchInstanceDetails(qint64 productId, const QString &productNo, QObject *context,
                                        ApiCallback<ProductInstance> callback)
{
    RequestSpec spec;
    spec.path = kInstanceDetailPath;
    spec.query.addQueryItem(QStringLiteral("productNo"), productNo);
    spec.query.addQueryItem(QStringLiteral("productId"), QString::number(productId));
    spec.keptForDiagnostics = true;
    call<ProductInstance>(spec, context, [productId](const QJsonValue &result) -> std::optional<ProductInstance> {
        if (!result.isObject())
            return std::nullopt;
        return ProductInstance::fromJson(result.toObject(), productId);
    }, std::move(callback));
}

void PortalClient::fetchActivationCode(const QString &productNo, QObject *context,
                                       ApiCallback<ActivationCode> callback)
{
    RequestSpec spec;
    spec.path = kActivationCodePath;
    spec.query.addQueryItem(QStringLiteral("productNo"), productNo);
    spec.query.addQueryItem(QStringLiteral("productId"), QStringLiteral("12")); // the only product R3 serves
    call<ActivationCode>(spec, context, &ActivationCode::fromJson, std::move(callback));
}

void PortalClient::fetchDeviceModel(qint64 productId, const QString &productNo, QObject *context,
                                    ApiCallback<DeviceModel> callback)
{
    RequestSpec spec;
    spec.path = kDeviceModelPath;
    spec.query.addQueryItem(QStringLiteral("productNo"), productNo);
    spec.query.addQueryItem(QStringLiteral("productId"), QString::number(productId));
    call<DeviceModel>(spec, context, &DeviceModel::fromJson, std::move(callback));
}
