// The practice portal over real HTTP, driven by a plain QNetworkAccessManager (not the
// app's client, so that a shared bug cannot hide on both sides).
#include "TestPaths.h"
#include "practice/PracticePortal.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <cstdlib>
#include <limits>
#include <memory>
#include <optional>

using namespace std::chrono_literals;
using Route = PracticePortal::Route;
using Kind = PracticeFault::Kind;

namespace {

constexpr int kWaitMs = 15000;
const QByteArray kSeedBillingId = "3197218168379846218";
const QByteArray kTurnkeyPlanId = "3048941892189077504";
const QByteArray kRecordingMinutesId = "3049032352364388352";

QByteArray readTestFile(const QString &relativePath)
{
    QFile file(testPath("data") + QLatin1Char('/') + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data file %s", qPrintable(file.fileName()));
    return file.readAll();
}

QByteArray turnkeySeed()
{
    return readTestFile(QStringLiteral("examples/order_request_turnkey_seed.json"));
}

QByteArray premiumSeed()
{
    return readTestFile(QStringLiteral("examples/order_request_rm_premium_seed.json"));
}

// Edits a body as text, so that 19-digit integers never pass through a parser.
QByteArray replaced(QByteArray body, const QByteArray &from, const QByteArray &to)
{
    if (!body.contains(from))
        qFatal("test body does not contain %s", from.constData());
    return body.replace(from, to);
}

struct Response
{
    bool finished = false;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray contentType;
    QByteArray body;
    QJsonObject envelope;
    qint64 elapsedMs = 0;
    qint64 headersMs = -1; // when the status line and headers had arrived

    QString code() const { return envelope.value(QLatin1String("code")).toString(); }
    QString detail() const { return envelope.value(QLatin1String("detailMessage")).toString(); }
    QJsonValue result() const { return envelope.value(QLatin1String("result")); }
};

} // namespace

class TestPracticePortal : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void listensOnLoopback();
    void tokenSuccess();
    void tokenWrongSecret();
    void tokenMissingField_data();
    void tokenMissingField();
    void tokenOtherGrantType();
    void tokenMultipart();
    void refreshSuccess();
    void refreshRevokedOrUnknown();
    void accessTokenExpires();
    void expireAllAccessTokens();
    void missingUserAgent();
    void bearerChecks_data();
    void bearerChecks();
    void unknownPathOrMethod();
    void productList();
    void productInfoShapes();
    void productInfoIdsExactAndDistinct();
    void productInfoErrors_data();
    void productInfoErrors();
    void partnerList();
    void billingContacts();
    void wrappedListShape();
    void hundredThousandSubordinates();
    void seedBodiesAcceptedByteForByte();
    void orderValidation_data();
    void orderValidation();
    void orderForACustomerWithPoNumber();
    void orderPagePaging();
    void orderPageRejectsBadParameters_data();
    void orderPageRejectsBadParameters();
    void orderGetByIdAndOrderNo();
    void pendingOrderPaidLater();
    void instancesPagedPerProduct();
    void instanceMixIsPlausible();
    void instanceDetailsCodeAndModel();
    void instanceErrors_data();
    void instanceErrors();
    void ordersCreateOrExtendInstances();
    void instanceScale();
    void introspection();
    void latency();
    void faultDelay();
    void faultHttpError();
    void faultPortalError();
    void faultMalformedJson();
    void faultTruncatedBody();
    void faultHtmlPage();
    void faultDropConnection();
    void faultNoAnswer();
    void faultExpiredToken();
    void faultEmptyList();
    void faultTimesCounting();
    void orderSaveStoresThenFails_data();
    void orderSaveStoresThenFails();

private:
    QNetworkRequest request(const QString &path, const QString &token = QString(),
                            const QUrlQuery &query = QUrlQuery()) const;
    Response send(const QByteArray &verb, const QNetworkRequest &request,
                  const QByteArray &body = QByteArray(), QHttpMultiPart *multiPart = nullptr);
    Response get(const QString &path, const QString &token, const QUrlQuery &query = QUrlQuery());
    Response postForm(const QList<QPair<QString, QString>> &fields);
    Response postOrder(const QString &token, const QByteArray &body,
                       const QByteArray &contentType = "application/json");
    QString signIn();
    static void verifyEnvelope(const Response &response, int status, const QString &code);

    std::unique_ptr<PracticePortal> m_portal;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

void TestPracticePortal::init()
{
    m_portal = std::make_unique<PracticePortal>();
    QVERIFY(m_portal->listen());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_nam->setProxy(QNetworkProxy::NoProxy);
}

void TestPracticePortal::cleanup()
{
    m_nam.reset();
    m_portal.reset();
}

QNetworkRequest TestPracticePortal::request(const QString &path, const QString &token,
                                            const QUrlQuery &query) const
{
    QUrl url = m_portal->baseUrl();
    url.setPath(path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("OpenAPI"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    return request;
}

Response TestPracticePortal::send(const QByteArray &verb, const QNetworkRequest &request,
                                  const QByteArray &body, QHttpMultiPart *multiPart)
{
    Response response;
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply
        = multiPart ? m_nam->post(request, multiPart) : m_nam->sendCustomRequest(request, verb, body);
    if (multiPart)
        multiPart->setParent(reply);
    QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, [&response, &timer] {
        if (response.headersMs < 0)
            response.headersMs = timer.elapsed();
    });
    // QSignalSpy::wait returns as soon as the reply finishes (QTest::qWaitFor would poll
    // every 10 ms); the event loop keeps turning for the portal in the meantime.
    QSignalSpy finishedSpy(reply, &QNetworkReply::finished);
    response.finished = reply->isFinished() || finishedSpy.wait(kWaitMs);
    response.elapsedMs = timer.elapsed();
    response.error = reply->error();
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.contentType = reply->rawHeader("Content-Type");
    if (reply->isOpen())
        response.body = reply->readAll();
    response.envelope = QJsonDocument::fromJson(response.body).object();
    reply->deleteLater();
    return response;
}

Response TestPracticePortal::get(const QString &path, const QString &token, const QUrlQuery &query)
{
    return send("GET", request(path, token, query));
}

Response TestPracticePortal::postForm(const QList<QPair<QString, QString>> &fields)
{
    QUrlQuery form;
    for (const auto &field : fields)
        form.addQueryItem(field.first, QString::fromLatin1(QUrl::toPercentEncoding(field.second)));
    QNetworkRequest token = request(QStringLiteral("/auth/openapi/v1/oauth/token"));
    token.setHeader(QNetworkRequest::ContentTypeHeader,
                    QByteArrayLiteral("application/x-www-form-urlencoded"));
    return send("POST", token, form.toString(QUrl::FullyEncoded).toUtf8());
}

Response TestPracticePortal::postOrder(const QString &token, const QByteArray &body,
                                       const QByteArray &contentType)
{
    QNetworkRequest save = request(QStringLiteral("/order/openapi/order/v1/save"), token);
    if (!contentType.isEmpty())
        save.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    return send("POST", save, body);
}

QString TestPracticePortal::signIn()
{
    const Response response
        = postForm({{QStringLiteral("grant_type"), QStringLiteral("pp_credentials")},
                    {QStringLiteral("client_id"), PracticePortal::practiceClientId()},
                    {QStringLiteral("client_secret"), PracticePortal::practiceClientSecret()}});
    return response.result().toObject().value(QLatin1String("token")).toString();
}

void TestPracticePortal::verifyEnvelope(const Response &response, int status, const QString &code)
{
    QVERIFY2(response.finished, "no answer");
    QCOMPARE(response.status, status);
    QCOMPARE(response.contentType, QByteArray("application/json"));
    QCOMPARE(response.code(), code);
    QCOMPARE(response.envelope.value(QLatin1String("status")).toInteger(), status);
    QVERIFY(response.envelope.contains(QLatin1String("result")));
    QVERIFY(response.envelope.value(QLatin1String("detailMessage")).isString());
    static const QRegularExpression requestId(QStringLiteral("^[0-9a-f]{32}$"));
    QVERIFY(requestId.match(response.envelope.value(QLatin1String("requestId")).toString()).hasMatch());
    if (code == QLatin1String("success"))
        QCOMPARE(response.detail(), QString());
    else
        QVERIFY(!response.detail().isEmpty());
}

// ---- tokens and headers ----------------------------------------------------------------

void TestPracticePortal::listensOnLoopback()
{
    QVERIFY(m_portal->port() != 0);
    QCOMPARE(m_portal->baseUrl(), QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_portal->port())));
    PracticePortal second;
    QVERIFY(second.listen());
    QVERIFY(second.port() != m_portal->port());
}

void TestPracticePortal::tokenSuccess()
{
    const Response first
        = postForm({{QStringLiteral("grant_type"), QStringLiteral("pp_credentials")},
                    {QStringLiteral("client_id"), QStringLiteral("practice-client-id")},
                    {QStringLiteral("client_secret"), QStringLiteral("practice-client-secret")}});
    verifyEnvelope(first, 200, QStringLiteral("success"));
    const QJsonObject result = first.result().toObject();
    QCOMPARE(result.value(QLatin1String("expiresIn")), QJsonValue(QStringLiteral("1800")));
    QCOMPARE(result.value(QLatin1String("tokenHead")), QJsonValue(QStringLiteral("Bearer ")));
    QVERIFY(!result.value(QLatin1String("token")).toString().isEmpty());
    QVERIFY(!result.value(QLatin1String("refreshToken")).toString().isEmpty());
    QCOMPARE(m_portal->tokenRequestCount(QStringLiteral("pp_credentials")), 1);

    const QString second = signIn();
    QVERIFY(!second.isEmpty());
    QVERIFY(second != result.value(QLatin1String("token")).toString());
    // Both work.
    QCOMPARE(get(QStringLiteral("/pricing/openapi/purchase/v1/product_list"),
                 result.value(QLatin1String("token")).toString())
                 .status,
             200);
    QCOMPARE(get(QStringLiteral("/pricing/openapi/purchase/v1/product_list"), second).status, 200);
}

void TestPracticePortal::tokenWrongSecret()
{
    const Response response = postForm({{QStringLiteral("grant_type"), QStringLiteral("pp_credentials")},
                                        {QStringLiteral("client_id"), PracticePortal::practiceClientId()},
                                        {QStringLiteral("client_secret"), QStringLiteral("wrong")}});
    verifyEnvelope(response, 401, QStringLiteral("invalid_client"));
    QCOMPARE(response.detail(), QStringLiteral("Client ID or client secret is incorrect"));

    // The credentials are configurable.
    m_portal->setClientSecret(QStringLiteral("s3cr3t+/=&"));
    QVERIFY(signIn().isEmpty());
    const Response configured = postForm({{QStringLiteral("grant_type"), QStringLiteral("pp_credentials")},
                                          {QStringLiteral("client_id"), PracticePortal::practiceClientId()},
                                          {QStringLiteral("client_secret"), QStringLiteral("s3cr3t+/=&")}});
    verifyEnvelope(configured, 200, QStringLiteral("success"));
}

void TestPracticePortal::tokenMissingField_data()
{
    QTest::addColumn<QString>("omitted");
    QTest::newRow("grant_type") << QStringLiteral("grant_type");
    QTest::newRow("client_id") << QStringLiteral("client_id");
    QTest::newRow("client_secret") << QStringLiteral("client_secret");
}

void TestPracticePortal::tokenMissingField()
{
    QFETCH(QString, omitted);
    QList<QPair<QString, QString>> fields{
        {QStringLiteral("grant_type"), QStringLiteral("pp_credentials")},
        {QStringLiteral("client_id"), PracticePortal::practiceClientId()},
        {QStringLiteral("client_secret"), PracticePortal::practiceClientSecret()}};
    fields.removeIf([&omitted](const auto &field) { return field.first == omitted; });
    const Response response = postForm(fields);
    verifyEnvelope(response, 400, QStringLiteral("parameter_validation_failed"));
    QCOMPARE(response.result().toObject().value(QLatin1String("field")).toString(), omitted);
    QVERIFY(response.detail().contains(omitted));
}

void TestPracticePortal::tokenOtherGrantType()
{
    const Response response
        = postForm({{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                    {QStringLiteral("client_id"), PracticePortal::practiceClientId()},
                    {QStringLiteral("client_secret"), PracticePortal::practiceClientSecret()}});
    verifyEnvelope(response, 400, QStringLiteral("parameter_validation_failed"));

    QNetworkRequest json = request(QStringLiteral("/auth/openapi/v1/oauth/token"));
    json.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    verifyEnvelope(send("POST", json, "{\"grant_type\":\"pp_credentials\"}"), 400,
                   QStringLiteral("parameter_validation_failed"));
}

void TestPracticePortal::tokenMultipart()
{
    auto *multiPart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    const QList<QPair<QByteArray, QByteArray>> fields{{"grant_type", "pp_credentials"},
                                                      {"client_id", "practice-client-id"},
                                                      {"client_secret", "practice-client-secret"}};
    for (const auto &field : fields) {
        QHttpPart part;
        part.setHeader(QNetworkRequest::ContentDispositionHeader,
                       QByteArray("form-data; name=\"" + field.first + '"'));
        part.setBody(field.second);
        multiPart->append(part);
    }
    const Response response
        = send("POST", request(QStringLiteral("/auth/openapi/v1/oauth/token")), {}, multiPart);
    verifyEnvelope(response, 200, QStringLiteral("success"));
    QVERIFY(!response.result().toObject().value(QLatin1String("token")).toString().isEmpty());
}

void TestPracticePortal::refreshSuccess()
{
    const Response signedIn
        = postForm({{QStringLiteral("grant_type"), QStringLiteral("pp_credentials")},
                    {QStringLiteral("client_id"), PracticePortal::practiceClientId()},
                    {QStringLiteral("client_secret"), PracticePortal::practiceClientSecret()}});
    const QString refreshToken = signedIn.result().toObject().value(QLatin1String("refreshToken")).toString();
    const QString oldToken = signedIn.result().toObject().value(QLatin1String("token")).toString();

    const Response refreshed = postForm({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                         {QStringLiteral("refresh_token"), refreshToken},
                                         {QStringLiteral("client_id"), PracticePortal::practiceClientId()}});
    verifyEnvelope(refreshed, 200, QStringLiteral("success"));
    const QJsonObject result = refreshed.result().toObject();
    QCOMPARE(result.value(QLatin1String("refreshToken")).toString(), refreshToken);
    QCOMPARE(result.value(QLatin1String("tokenHead")).toString(), QStringLiteral("Bearer "));
    QCOMPARE(result.value(QLatin1String("expiresIn")).toString(), QStringLiteral("1800"));
    const QString newToken = result.value(QLatin1String("token")).toString();
    QVERIFY(!newToken.isEmpty());
    QVERIFY(newToken != oldToken);
    QCOMPARE(get(QStringLiteral("/pricing/openapi/purchase/v1/product_list"), newToken).status, 200);
    QCOMPARE(m_portal->tokenRequestCount(QStringLiteral("refresh_token")), 1);
    QCOMPARE(m_portal->tokenRequestCount(QStringLiteral("pp_credentials")), 1);
    QCOMPARE(m_portal->requestCount(Route::Token), 2);

    // The refresh token stays valid.
    const Response again = postForm({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                     {QStringLiteral("refresh_token"), refreshToken},
                                     {QStringLiteral("client_id"), PracticePortal::practiceClientId()}});
    verifyEnvelope(again, 200, QStringLiteral("success"));
}

void TestPracticePortal::refreshRevokedOrUnknown()
{
    const Response signedIn
        = postForm({{QStringLiteral("grant_type"), QStringLiteral("pp_credentials")},
                    {QStringLiteral("client_id"), PracticePortal::practiceClientId()},
                    {QStringLiteral("client_secret"), PracticePortal::practiceClientSecret()}});
    const QString refreshToken = signedIn.result().toObject().value(QLatin1String("refreshToken")).toString();

    const Response unknown = postForm({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                       {QStringLiteral("refresh_token"), QStringLiteral("made-up")},
                                       {QStringLiteral("client_id"), PracticePortal::practiceClientId()}});
    verifyEnvelope(unknown, 401, QStringLiteral("invalid_grant"));
    QCOMPARE(unknown.detail(), QStringLiteral("The refresh token is invalid or expired"));

    m_portal->revokeRefreshTokens();
    const Response revoked = postForm({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                       {QStringLiteral("refresh_token"), refreshToken},
                                       {QStringLiteral("client_id"), PracticePortal::practiceClientId()}});
    verifyEnvelope(revoked, 401, QStringLiteral("invalid_grant"));

    const Response missing = postForm({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                       {QStringLiteral("client_id"), PracticePortal::practiceClientId()}});
    verifyEnvelope(missing, 400, QStringLiteral("parameter_validation_failed"));
    QCOMPARE(missing.result().toObject().value(QLatin1String("field")).toString(),
             QStringLiteral("refresh_token"));
}

void TestPracticePortal::accessTokenExpires()
{
    m_portal->setAccessTokenLifetime(300ms);
    const Response signedIn
        = postForm({{QStringLiteral("grant_type"), QStringLiteral("pp_credentials")},
                    {QStringLiteral("client_id"), PracticePortal::practiceClientId()},
                    {QStringLiteral("client_secret"), PracticePortal::practiceClientSecret()}});
    QCOMPARE(signedIn.result().toObject().value(QLatin1String("expiresIn")).toString(), QStringLiteral("1"));
    const QString token = signedIn.result().toObject().value(QLatin1String("token")).toString();
    QCOMPARE(get(QStringLiteral("/pricing/openapi/purchase/v1/product_list"), token).status, 200);

    QTest::qWait(500); // keeps the event loop turning
    const Response expired = get(QStringLiteral("/pricing/openapi/purchase/v1/product_list"), token);
    verifyEnvelope(expired, 401, QStringLiteral("invalid_token"));
    QCOMPARE(expired.detail(), QStringLiteral("The access token is missing, invalid or expired"));
    QCOMPARE(expired.error, QNetworkReply::AuthenticationRequiredError);

    m_portal->setAccessTokenLifetime(2500ms);
    const Response rounded
        = postForm({{QStringLiteral("grant_type"), QStringLiteral("pp_credentials")},
                    {QStringLiteral("client_id"), PracticePortal::practiceClientId()},
                    {QStringLiteral("client_secret"), PracticePortal::practiceClientSecret()}});
    QCOMPARE(rounded.result().toObject().value(QLatin1String("expiresIn")).toString(), QStringLiteral("3"));
}

void TestPracticePortal::expireAllAccessTokens()
{
    const QString first = signIn();
    const QString second = signIn();
    m_portal->expireAllAccessTokens();
    verifyEnvelope(get(QStringLiteral("/pricing/openapi/purchase/v1/product_list"), first), 401,
                   QStringLiteral("invalid_token"));
    verifyEnvelope(get(QStringLiteral("/user/openapi/user/v1/client/partner_list"), second), 401,
                   QStringLiteral("invalid_token"));
    QCOMPARE(get(QStringLiteral("/pricing/openapi/purchase/v1/product_list"), signIn()).status, 200);
}

void TestPracticePortal::missingUserAgent()
{
    // QNetworkAccessManager adds a User-Agent of its own, so this one speaks raw HTTP.
    const QString token = signIn();
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_portal->port());
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::ConnectedState, kWaitMs);
    socket.write("GET /pricing/openapi/purchase/v1/product_list HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                 "Authorization: Bearer "
                 + token.toUtf8() + "\r\n\r\n");
    QByteArray raw;
    QTRY_VERIFY_WITH_TIMEOUT((raw += socket.readAll()).contains("}"), kWaitMs);
    QVERIFY2(raw.startsWith("HTTP/1.1 400"), raw.constData());
    const QJsonObject envelope = QJsonDocument::fromJson(raw.mid(raw.indexOf("\r\n\r\n") + 4)).object();
    QCOMPARE(envelope.value(QLatin1String("code")).toString(), QStringLiteral("parameter_validation_failed"));
    QCOMPARE(envelope.value(QLatin1String("detailMessage")).toString(),
             QStringLiteral("User-Agent header is required"));
    QCOMPARE(envelope.value(QLatin1String("status")).toInt(), 400);

    // The token route needs it too.
    QTcpSocket tokenSocket;
    tokenSocket.connectToHost(QHostAddress::LocalHost, m_portal->port());
    QTRY_COMPARE_WITH_TIMEOUT(tokenSocket.state(), QAbstractSocket::ConnectedState, kWaitMs);
    const QByteArray form
        = "grant_type=pp_credentials&client_id=practice-client-id&client_secret=practice-client-secret";
    tokenSocket.write("POST /auth/openapi/v1/oauth/token HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                      "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                      + QByteArray::number(form.size()) + "\r\n\r\n" + form);
    QByteArray tokenRaw;
    QTRY_VERIFY_WITH_TIMEOUT((tokenRaw += tokenSocket.readAll()).contains("}"), kWaitMs);
    QVERIFY2(tokenRaw.startsWith("HTTP/1.1 400"), tokenRaw.constData());
}

void TestPracticePortal::bearerChecks_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("valid") << QByteArray("Bearer {token}") << true;
    QTest::newRow("missing") << QByteArray() << false;
    QTest::newRow("garbage token") << QByteArray("Bearer not-a-token") << false;
    QTest::newRow("no scheme") << QByteArray("{token}") << false;
    QTest::newRow("lower-case scheme") << QByteArray("bearer {token}") << false;
    QTest::newRow("two spaces") << QByteArray("Bearer  {token}") << false;
    QTest::newRow("empty token") << QByteArray("Bearer ") << false;
    QTest::newRow("basic") << QByteArray("Basic cHJhY3RpY2U6c2VjcmV0") << false;
}

void TestPracticePortal::bearerChecks()
{
    QFETCH(QByteArray, authorization);
    QFETCH(bool, accepted);
    const QString token = signIn();
    QNetworkRequest list = request(QStringLiteral("/user/openapi/user/v1/client/billing_contact_list"));
    if (!authorization.isEmpty())
        list.setRawHeader("Authorization", authorization.replace("{token}", token.toUtf8()));
    const Response response = send("GET", list);
    if (accepted) {
        verifyEnvelope(response, 200, QStringLiteral("success"));
    } else {
        verifyEnvelope(response, 401, QStringLiteral("invalid_token"));
        QCOMPARE(response.detail(), QStringLiteral("The access token is missing, invalid or expired"));
        QCOMPARE(response.result(), QJsonValue(QJsonValue::Null));
    }
}

void TestPracticePortal::unknownPathOrMethod()
{
    const QString token = signIn();
    verifyEnvelope(get(QStringLiteral("/pricing/openapi/purchase/v1/nothing_here"), token), 404,
                   QStringLiteral("not_found"));
    verifyEnvelope(
        send("POST", request(QStringLiteral("/pricing/openapi/purchase/v1/product_list"), token), "{}"), 404,
        QStringLiteral("not_found"));
    verifyEnvelope(get(QStringLiteral("/order/openapi/order/v1/save"), token), 404,
                   QStringLiteral("not_found"));
    verifyEnvelope(get(QStringLiteral("/auth/openapi/v1/oauth/token"), QString()), 404,
                   QStringLiteral("not_found"));
    QCOMPARE(m_portal->requestCount(Route::Unknown), 4);
}

// ---- catalogue and lists ---------------------------------------------------------------

void TestPracticePortal::productList()
{
    const Response response = get(QStringLiteral("/pricing/openapi/purchase/v1/product_list"), signIn());
    verifyEnvelope(response, 200, QStringLiteral("success"));
    const QJsonArray products = response.result().toArray();
    const QList<QPair<int, QString>> expected{{9, QStringLiteral("Linkus Cloud Service")},
                                              {11, QStringLiteral("P-Series Plan for Appliance Edition")},
                                              {12, QStringLiteral("Software PBX (PSE Self-hosted)")},
                                              {13, QStringLiteral("Cloud PBX (PCE Instance)")},
                                              {14, QStringLiteral("P-Series Turnkey Package")},
                                              {15, QStringLiteral("Remote Management")},
                                              {19, QStringLiteral("Add-on Service")},
                                              {20, QStringLiteral("Remote Management Premium")},
                                              {21, QStringLiteral("RM Premium")}};
    QCOMPARE(products.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QJsonObject product = products.at(i).toObject();
        QCOMPARE(product.value(QLatin1String("productId")).toVariant().typeId(), int(QMetaType::LongLong));
        QCOMPARE(product.value(QLatin1String("productId")).toInteger(), expected.at(i).first);
        QCOMPARE(product.value(QLatin1String("name")).toString(), expected.at(i).second);
    }
}

void TestPracticePortal::productInfoShapes()
{
    const QString token = signIn();
    const Response turnkey = get(QStringLiteral("/pricing/openapi/purchase/v1/purchase_product_info"), token,
                                 QUrlQuery(QStringLiteral("productId=14")));
    verifyEnvelope(turnkey, 200, QStringLiteral("success"));
    // The raw text: the plan ID as bare digits, the service ID as a string of digits.
    QVERIFY(turnkey.body.contains(QByteArray("\"planId\":" + kTurnkeyPlanId + ',')));
    QVERIFY(turnkey.body.contains(QByteArray("\"serviceId\":\"" + kRecordingMinutesId + '"')));
    const QJsonObject info = turnkey.result().toObject();
    QCOMPARE(info.value(QLatin1String("productId")).toInteger(), 14);
    QCOMPARE(info.value(QLatin1String("productName")).toString(), QStringLiteral("P-Series Turnkey Package"));
    QCOMPARE(info.value(QLatin1String("offeringId")).toString().size(), 19);
    const QJsonObject plan = info.value(QLatin1String("productPlans")).toArray().at(0).toObject();
    QCOMPARE(QByteArray::number(plan.value(QLatin1String("planId")).toInteger()), kTurnkeyPlanId);
    QCOMPARE(plan.value(QLatin1String("planName")).toString(), QStringLiteral("P-Series Turnkey Package"));
    QCOMPARE(plan.value(QLatin1String("purchaseType")).toString(), QStringLiteral("purchase"));
    QCOMPARE(plan.value(QLatin1String("billingModel")).toString(), QStringLiteral("recurring"));
    QCOMPARE(plan.value(QLatin1String("billingCycleList")).toArray(),
             QJsonArray{QStringLiteral("annually")});
    QCOMPARE(plan.value(QLatin1String("multiCycleList")).toArray(), QJsonArray{0});
    QCOMPARE(plan.value(QLatin1String("minQuantity")).toInt(), 1);
    QCOMPARE(plan.value(QLatin1String("maxQuantity")).toInt(), 1000);
    QCOMPARE(plan.value(QLatin1String("quantityUnit")).toString(), QStringLiteral("extensions"));
    QCOMPARE(plan.value(QLatin1String("currencyCode")).toString(), QStringLiteral("USD"));
    QVERIFY(QRegularExpression(QStringLiteral("^\\d+\\.\\d\\d$"))
                .match(plan.value(QLatin1String("unitPrice")).toString())
                .hasMatch());
    const QJsonArray services = info.value(QLatin1String("productServices")).toArray();
    QVERIFY(services.size() >= 2);
    const QJsonObject minutes = services.at(0).toObject();
    QCOMPARE(minutes.value(QLatin1String("serviceId")).toString(), QString::fromLatin1(kRecordingMinutesId));
    QCOMPARE(minutes.value(QLatin1String("serviceName")).toString(), QStringLiteral("Recording Minutes"));
    QCOMPARE(minutes.value(QLatin1String("planRequired")), QJsonValue(false));
    QCOMPARE(minutes.value(QLatin1String("minQuantity")).toInt(), 100);
    QCOMPARE(minutes.value(QLatin1String("maxQuantity")).toInt(), 100000);
    QVERIFY(services.at(1).toObject().value(QLatin1String("planRequired")).toBool());

    const Response premium = get(QStringLiteral("/pricing/openapi/purchase/v1/purchase_product_info"), token,
                                 QUrlQuery(QStringLiteral("productId=20")));
    verifyEnvelope(premium, 200, QStringLiteral("success"));
    QVERIFY(premium.body.contains("\"serviceId\":3375818821640175616,"));
    QCOMPARE(premium.result().toObject().value(QLatin1String("productPlans")).toArray().size(), 0);

    const Response cloud = get(QStringLiteral("/pricing/openapi/purchase/v1/purchase_product_info"), token,
                               QUrlQuery(QStringLiteral("productId=13")));
    const QJsonArray cloudPlans = cloud.result().toObject().value(QLatin1String("productPlans")).toArray();
    QCOMPARE(cloudPlans.size(), 3);
    QCOMPARE(cloudPlans.at(0).toObject().value(QLatin1String("billingCycleList")).toArray(),
             (QJsonArray{QStringLiteral("monthly"), QStringLiteral("annually")}));

    const Response linkus = get(QStringLiteral("/pricing/openapi/purchase/v1/purchase_product_info"), token,
                                QUrlQuery(QStringLiteral("productId=9&productNo=3651E1234567")));
    verifyEnvelope(linkus, 200, QStringLiteral("success"));
    QVERIFY(linkus.body.contains("\"planId\":3048918321840570368,"));
    QVERIFY(linkus.body.contains("\"planId\":3048918719332507648,"));
    const QJsonObject linkusPlan
        = linkus.result().toObject().value(QLatin1String("productPlans")).toArray().at(0).toObject();
    QCOMPARE(linkusPlan.value(QLatin1String("multiCycleList")).toArray(), (QJsonArray{1, 2, 3, 4, 5}));
}

void TestPracticePortal::productInfoIdsExactAndDistinct()
{
    const QString token = signIn();
    QSet<QString> ids;
    int items = 0;
    static const QRegularExpression bareId(QStringLiteral("\"(?:planId|serviceId)\":(\\d+)[,}]"));
    static const QRegularExpression quotedId(QStringLiteral("\"(?:planId|serviceId)\":\"(\\d+)\""));
    for (const int productId : {9, 11, 12, 13, 14, 15, 19, 20, 21}) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("productId"), QString::number(productId));
        query.addQueryItem(QStringLiteral("productNo"), QStringLiteral("3651E1234567"));
        const Response response
            = get(QStringLiteral("/pricing/openapi/purchase/v1/purchase_product_info"), token, query);
        verifyEnvelope(response, 200, QStringLiteral("success"));
        const QString text = QString::fromUtf8(response.body);
        QVERIFY2(productId == 14 || !text.contains(quotedId), "only product 14 quotes its service IDs");
        for (const QRegularExpression *pattern : {&bareId, &quotedId}) {
            for (auto it = pattern->globalMatch(text); it.hasNext();) {
                const QString digits = it.next().captured(1);
                ++items;
                QCOMPARE(digits.size(), 19);
                QVERIFY(digits >= QStringLiteral("3000000000000000000")
                        && digits < QStringLiteral("3400000000000000000"));
                ids.insert(digits);
            }
        }
    }
    QVERIFY(items >= 20);
    QCOMPARE(ids.size(), items);
}

void TestPracticePortal::productInfoErrors_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("detail");
    QTest::newRow("missing productId")
        << QString() << QStringLiteral("productId") << QStringLiteral("productId is required");
    QTest::newRow("not an integer") << QStringLiteral("productId=abc") << QStringLiteral("productId")
                                    << QStringLiteral("productId must be an integer");
    QTest::newRow("unknown") << QStringLiteral("productId=99") << QStringLiteral("productId")
                             << QStringLiteral("productId 99 does not exist");
    QTest::newRow("9 without productNo") << QStringLiteral("productId=9") << QStringLiteral("productNo")
                                         << QStringLiteral("productNo is required for this product");
    QTest::newRow("11 without productNo") << QStringLiteral("productId=11") << QStringLiteral("productNo")
                                          << QStringLiteral("productNo is required for this product");
}

void TestPracticePortal::productInfoErrors()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    QFETCH(QString, detail);
    const Response response = get(QStringLiteral("/pricing/openapi/purchase/v1/purchase_product_info"),
                                  signIn(), QUrlQuery(query));
    verifyEnvelope(response, 400, QStringLiteral("parameter_validation_failed"));
    QCOMPARE(response.result().toObject().value(QLatin1String("field")).toString(), field);
    QVERIFY2(response.detail().startsWith(detail), qPrintable(response.detail()));
}

void TestPracticePortal::partnerList()
{
    const Response response = get(QStringLiteral("/user/openapi/user/v1/client/partner_list"), signIn());
    verifyEnvelope(response, 200, QStringLiteral("success"));
    const QJsonArray partners = response.result().toArray();
    QCOMPARE(partners.size(), 8);
    const QStringList keys{
        QStringLiteral("city"), QStringLiteral("company"), QStringLiteral("country"),
        QStringLiteral("email"), QStringLiteral("firstName"), QStringLiteral("lastName"),
        QStringLiteral("partnerId"), QStringLiteral("phoneNumber"), QStringLiteral("remark"),
        QStringLiteral("stateProvince"), QStringLiteral("street"), QStringLiteral("taxNum"),
        QStringLiteral("userType"), QStringLiteral("zipCode")};
    QSet<QString> companies;
    QSet<QString> ids;
    for (const QJsonValue &value : partners) {
        const QJsonObject partner = value.toObject();
        QCOMPARE(partner.keys(), keys);
        for (const QString &key : keys)
            QVERIFY2(partner.value(key).isString(), qPrintable(key));
        QCOMPARE(partner.value(QLatin1String("userType")).toString(), QStringLiteral("Enduser"));
        QCOMPARE(partner.value(QLatin1String("partnerId")).toString().size(), 19);
        companies.insert(partner.value(QLatin1String("company")).toString());
        ids.insert(partner.value(QLatin1String("partnerId")).toString());
    }
    QCOMPARE(ids.size(), 8);
    QVERIFY(ids.contains(QStringLiteral("3201877455120978121")));
    QVERIFY(companies.contains(QStringLiteral("Müller Bürotechnik GmbH")));
    QVERIFY(companies.contains(QStringLiteral("北京远航科技有限公司")));
    QVERIFY(companies.contains(QStringLiteral("Société Générale de Téléphonie")));

    m_portal->setSubordinateCount(0);
    const Response empty = get(QStringLiteral("/user/openapi/user/v1/client/partner_list"), signIn());
    verifyEnvelope(empty, 200, QStringLiteral("success"));
    QVERIFY(empty.result().isArray());
    QCOMPARE(empty.result().toArray().size(), 0);
}

void TestPracticePortal::billingContacts()
{
    const QString token = signIn();
    const Response response = get(QStringLiteral("/user/openapi/user/v1/client/billing_contact_list"), token);
    verifyEnvelope(response, 200, QStringLiteral("success"));
    const QJsonArray contacts = response.result().toArray();
    QCOMPARE(contacts.size(), 3);
    const QJsonObject seed = contacts.at(0).toObject();
    QCOMPARE(seed.value(QLatin1String("billingContactId")).toString(), QString::fromLatin1(kSeedBillingId));
    QCOMPARE(seed.value(QLatin1String("firstName")).toString(), QStringLiteral("Sanne"));
    QCOMPARE(seed.value(QLatin1String("lastName")).toString(), QStringLiteral("de Vries"));
    QCOMPARE(seed.value(QLatin1String("company")).toString(), QStringLiteral("Example Reseller B.V."));
    QCOMPARE(seed.value(QLatin1String("emailAddress")).toString(),
             QStringLiteral("invoices@reseller.example"));
    QCOMPARE(seed.keys().size(), 13);
    for (const QJsonValue &value : contacts) {
        for (const QJsonValue &field : value.toObject())
            QVERIFY(field.isString());
    }

    m_portal->setBillingContactCount(0);
    QCOMPARE(get(QStringLiteral("/user/openapi/user/v1/client/billing_contact_list"), token)
                 .result()
                 .toArray()
                 .size(),
             0);
    m_portal->setBillingContactCount(1);
    const QJsonArray one
        = get(QStringLiteral("/user/openapi/user/v1/client/billing_contact_list"), token).result().toArray();
    QCOMPARE(one.size(), 1);
    QCOMPARE(one.at(0).toObject().value(QLatin1String("billingContactId")).toString(),
             QString::fromLatin1(kSeedBillingId));
    m_portal->setBillingContactCount(6);
    const QJsonArray six
        = get(QStringLiteral("/user/openapi/user/v1/client/billing_contact_list"), token).result().toArray();
    QCOMPARE(six.size(), 6);
    QSet<QString> ids;
    for (const QJsonValue &value : six)
        ids.insert(value.toObject().value(QLatin1String("billingContactId")).toString());
    QCOMPARE(ids.size(), 6);
}

void TestPracticePortal::wrappedListShape()
{
    m_portal->setListShape(PracticePortal::ListShape::Wrapped);
    const QString token = signIn();
    const Response partners = get(QStringLiteral("/user/openapi/user/v1/client/partner_list"), token);
    verifyEnvelope(partners, 200, QStringLiteral("success"));
    QCOMPARE(partners.result().toObject().value(QLatin1String("total")).toInteger(), 8);
    QCOMPARE(partners.result().toObject().value(QLatin1String("list")).toArray().size(), 8);
    const Response contacts = get(QStringLiteral("/user/openapi/user/v1/client/billing_contact_list"), token);
    QCOMPARE(contacts.result().toObject().value(QLatin1String("total")).toInteger(), 3);
    QCOMPARE(contacts.result().toObject().value(QLatin1String("list")).toArray().size(), 3);
    // Other lists keep their shape.
    QVERIFY(get(QStringLiteral("/pricing/openapi/purchase/v1/product_list"), token).result().isArray());
}

void TestPracticePortal::hundredThousandSubordinates()
{
    QElapsedTimer timer;
    timer.start();
    m_portal->setSubordinateCount(100000);
    const qint64 generationMs = timer.elapsed();
    const QString token = signIn();
    const Response response = get(QStringLiteral("/user/openapi/user/v1/client/partner_list"), token);
    qInfo("100,000 subordinates: generated in %lld ms, headers after %lld ms, all %lld bytes after %lld ms",
          generationMs, response.headersMs, qint64(response.body.size()), response.elapsedMs);
    verifyEnvelope(response, 200, QStringLiteral("success"));
    // The portal answers from its cache at once; most of the total is the client reading 35 MB.
    QVERIFY2(response.headersMs >= 0 && response.headersMs < 500, "the portal must answer at once");
    QVERIFY2(response.elapsedMs < 2000, "100,000 subordinates must arrive quickly");
    QVERIFY2(generationMs < 1000, "generating 100,000 subordinates must be quick");
    const QJsonArray partners = response.result().toArray();
    QCOMPARE(partners.size(), 100000);
    QSet<QString> ids;
    ids.reserve(100000);
    for (const QJsonValue &value : partners)
        ids.insert(value.toObject().value(QLatin1String("partnerId")).toString());
    QCOMPARE(ids.size(), 100000);
    QCOMPARE(partners.at(3).toObject().value(QLatin1String("partnerId")).toString(),
             QStringLiteral("3201877455120978121"));
    const QJsonObject last = partners.at(99999).toObject();
    QCOMPARE(last.keys().size(), 14);
    QCOMPARE(last.value(QLatin1String("userType")).toString(), QStringLiteral("Enduser"));
    QCOMPARE(last.value(QLatin1String("partnerId")).toString().size(), 19);
    QVERIFY(!last.value(QLatin1String("company")).toString().isEmpty());

    // The generated IDs are real: an order can be placed for the last one.
    const QByteArray body
        = replaced(premiumSeed(), "\"productId\": 20,",
                   "\"productId\": 20, \"partnerId\": "
                       + last.value(QLatin1String("partnerId")).toString().toLatin1() + ",");
    verifyEnvelope(postOrder(token, body), 200, QStringLiteral("success"));

    // A second request is answered from the cache as well.
    const Response again = get(QStringLiteral("/user/openapi/user/v1/client/partner_list"), token);
    QCOMPARE(again.body.size(), response.body.size());
}

// ---- orders ----------------------------------------------------------------------------

void TestPracticePortal::seedBodiesAcceptedByteForByte()
{
    const QString token = signIn();
    const QList<QByteArray> bodies{turnkeySeed(), premiumSeed()};
    QStringList orderIds;
    for (const QByteArray &body : bodies) {
        const Response response = postOrder(token, body);
        verifyEnvelope(response, 200, QStringLiteral("success"));
        const QJsonObject result = response.result().toObject();
        QCOMPARE(result.keys(),
                 (QStringList{QStringLiteral("instanceId"), QStringLiteral("orderId"),
                              QStringLiteral("orderNo"), QStringLiteral("orderStatus"),
                              QStringLiteral("productNo"), QStringLiteral("transactionNo")}));
        for (const QJsonValue &value : result)
            QVERIFY(value.isString());
        QVERIFY(QRegularExpression(QStringLiteral("^\\d{7}$"))
                    .match(result.value(QLatin1String("instanceId")).toString())
                    .hasMatch());
        QVERIFY(QRegularExpression(QStringLiteral("^\\d{7}$"))
                    .match(result.value(QLatin1String("orderId")).toString())
                    .hasMatch());
        QVERIFY(QRegularExpression(QStringLiteral("^[A-Z]{2}\\d{19}$"))
                    .match(result.value(QLatin1String("orderNo")).toString())
                    .hasMatch());
        QVERIFY(QRegularExpression(QStringLiteral("^[A-Z]{2}\\d{19}$"))
                    .match(result.value(QLatin1String("transactionNo")).toString())
                    .hasMatch());
        QVERIFY(QRegularExpression(QStringLiteral("^\\d{19}$"))
                    .match(result.value(QLatin1String("productNo")).toString())
                    .hasMatch());
        QCOMPARE(result.value(QLatin1String("orderStatus")).toString(), QStringLiteral("succeed"));
        orderIds.append(result.value(QLatin1String("orderId")).toString());
    }
    QVERIFY(orderIds.at(1).toLongLong() > orderIds.at(0).toLongLong());
    QCOMPARE(m_portal->receivedOrderBodies(), bodies);
    QCOMPARE(m_portal->acceptedOrderCount(), 2);
    QCOMPARE(m_portal->orderCount(), 2);
}

void TestPracticePortal::orderValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("detail"); // a part of the detailMessage

    const QByteArray json = "application/json";
    const QByteArray turnkey = turnkeySeed();
    const QByteArray premium = premiumSeed();
    const QByteArray billing = "\"billingId\": 3197218168379846218";
    const QByteArray planId = "\"serviceId\": 3048941892189077504";
    const QByteArray connection = "\"connectionPlanId\": 3048941892189077504,";
    const QByteArray minutes = "\"quantity\": 10000";

    QTest::newRow("billingId as a string")
        << replaced(turnkey, billing, "\"billingId\": \"3197218168379846218\"") << json
        << QStringLiteral("billingId") << QStringLiteral("type") << QStringLiteral("does not exist");
    QTest::newRow("billingId rounded through a double")
        << replaced(turnkey, billing, "\"billingId\": 3197218168379846144") << json
        << QStringLiteral("billingId") << QStringLiteral("exists")
        << QStringLiteral("billingId 3197218168379846144 does not exist");
    QTest::newRow("billingId written as a double")
        << replaced(turnkey, billing, "\"billingId\": 3.197218168379846218e18") << json
        << QStringLiteral("billingId") << QStringLiteral("exists") << QStringLiteral("does not exist");
    QTest::newRow("billingId missing")
        << replaced(turnkey, billing + ',', QByteArray()) << json << QStringLiteral("billingId")
        << QStringLiteral("required") << QStringLiteral("billingId is required");
    QTest::newRow("unknown serviceId") << replaced(turnkey, planId, "\"serviceId\": 3048941892189077505")
                                       << json << QStringLiteral("serviceList[0].serviceId")
                                       << QStringLiteral("exists") << QStringLiteral("does not exist");
    QTest::newRow("serviceId as a string")
        << replaced(premium, "\"serviceId\": 3375818821640175616", "\"serviceId\": \"3375818821640175616\"")
        << json << QStringLiteral("serviceList[0].serviceId") << QStringLiteral("type")
        << QStringLiteral("bare JSON integer");
    QTest::newRow("plan of another product")
        << replaced(replaced(turnkey, planId, "\"serviceId\": 3052260447906144256"), connection,
                    "\"connectionPlanId\": 3052260447906144256,")
        << json << QStringLiteral("serviceList[0].serviceId") << QStringLiteral("exists")
        << QStringLiteral("belongs to product 12");
    QTest::newRow("service sent as a plan") << replaced(turnkey, planId, "\"serviceId\": 3049032352364388352")
                                            << json << QStringLiteral("serviceList[0].serviceId")
                                            << QStringLiteral("exists") << QStringLiteral("not as a plan");
    const QByteArray swapped
        = "{\"operationType\":\"purchase_plan\",\"productId\":14,\"billingId\":3197218168379846218,"
          "\"serviceList\":[{\"connectionPlanId\":3048941892189077504,\"serviceType\":\"service\","
          "\"serviceId\":3049032352364388352,\"quantity\":10000,\"purchaseType\":\"purchase\","
          "\"billingModel\":\"recurring\",\"billingCycle\":\"annually\",\"multiCycle\":0},"
          "{\"serviceType\":\"plan\",\"serviceId\":3048941892189077504,\"quantity\":100,"
          "\"purchaseType\":\"purchase\",\"billingModel\":\"recurring\",\"billingCycle\":\"annually\","
          "\"multiCycle\":0}]}";
    QTest::newRow("plan not first") << swapped << json << QStringLiteral("serviceList[1].serviceType")
                                    << QStringLiteral("first") << QStringLiteral("first item");
    QTest::newRow("two plans") << QByteArray(
        "{\"operationType\":\"purchase_plan\",\"productId\":12,\"billingId\":3197218168379846218,"
        "\"serviceList\":[{\"serviceType\":\"plan\",\"serviceId\":3052260447906144256,\"quantity\":10,"
        "\"purchaseType\":\"purchase\",\"billingModel\":\"recurring\",\"billingCycle\":\"annually\","
        "\"multiCycle\":1},{\"serviceType\":\"plan\",\"serviceId\":3052260698545168384,\"quantity\":10,"
        "\"purchaseType\":\"purchase\",\"billingModel\":\"recurring\",\"billingCycle\":\"annually\","
        "\"multiCycle\":1}]}") << json
                               << QStringLiteral("serviceList[1].serviceType") << QStringLiteral("max")
                               << QStringLiteral("at most one plan");
    QTest::newRow("purchase_service with a plan")
        << replaced(turnkey, "\"purchase_plan\"", "\"purchase_service\"") << json
        << QStringLiteral("operationType") << QStringLiteral("eq") << QStringLiteral("purchase_plan, renew_plan");
    QTest::newRow("purchase_plan without a plan")
        << replaced(premium, "\"purchase_service\"", "\"purchase_plan\"") << json
        << QStringLiteral("operationType") << QStringLiteral("eq") << QStringLiteral("requires a plan");
    QTest::newRow("unsupported operationType")
        << replaced(turnkey, "\"purchase_plan\"", "\"switchTrial_plan\"") << json << QStringLiteral("operationType")
        << QStringLiteral("oneof")
        << QStringLiteral("operationType switchTrial_plan is not supported by the practice portal");
    QTest::newRow("unknown operationType")
        << replaced(turnkey, "\"purchase_plan\"", "\"buy\"") << json << QStringLiteral("operationType")
        << QStringLiteral("oneof") << QStringLiteral("not a valid operation type");
    QTest::newRow("missing connectionPlanId with a plan")
        << replaced(turnkey, connection, QByteArray()) << json
        << QStringLiteral("serviceList[1].connectionPlanId") << QStringLiteral("required")
        << QStringLiteral("is required when the order contains a plan");
    QTest::newRow("wrong connectionPlanId")
        << replaced(turnkey, connection, "\"connectionPlanId\": 3048941892189077505,") << json
        << QStringLiteral("serviceList[1].connectionPlanId") << QStringLiteral("eqfield")
        << QStringLiteral("must equal the plan's serviceId 3048941892189077504");
    QTest::newRow("connectionPlanId as a string")
        << replaced(turnkey, connection, "\"connectionPlanId\": \"3048941892189077504\",") << json
        << QStringLiteral("serviceList[1].connectionPlanId") << QStringLiteral("type")
        << QStringLiteral("bare JSON integer");
    QTest::newRow("connectionPlanId not a plan of the product")
        << replaced(premium, "\"serviceType\": \"service\",",
                    "\"serviceType\": \"service\", \"connectionPlanId\": 3048941892189077504,")
        << json << QStringLiteral("serviceList[0].connectionPlanId") << QStringLiteral("exists")
        << QStringLiteral("is not a plan of product 20");
    QTest::newRow("quantity 0") << replaced(turnkey, "\"quantity\": 100,", "\"quantity\": 0,") << json
                                << QStringLiteral("serviceList[0].quantity") << QStringLiteral("gt")
                                << QStringLiteral("greater than 0");
    QTest::newRow("quantity above max") << replaced(turnkey, "\"quantity\": 100,", "\"quantity\": 1001,")
                                        << json << QStringLiteral("serviceList[0].quantity")
                                        << QStringLiteral("max") << QStringLiteral("maximum of 1000");
    QTest::newRow("quantity below min")
        << replaced(turnkey, minutes, "\"quantity\": 50") << json << QStringLiteral("serviceList[1].quantity")
        << QStringLiteral("min") << QStringLiteral("minimum of 100");
    QTest::newRow("quantity not an integer")
        << replaced(turnkey, "\"quantity\": 100,", "\"quantity\": \"100\",") << json
        << QStringLiteral("serviceList[0].quantity") << QStringLiteral("type")
        << QStringLiteral("an integer");
    QTest::newRow("wrong billingCycle")
        << replaced(premium, "\"billingCycle\": \"annually\"", "\"billingCycle\": \"monthly\"") << json
        << QStringLiteral("serviceList[0].billingCycle") << QStringLiteral("oneof")
        << QStringLiteral("monthly");
    QTest::newRow("wrong multiCycle") << replaced(premium, "\"multiCycle\": 0", "\"multiCycle\": 3") << json
                                      << QStringLiteral("serviceList[0].multiCycle")
                                      << QStringLiteral("oneof") << QStringLiteral("allowed: 0");
    QTest::newRow("wrong purchaseType")
        << replaced(premium, "\"purchaseType\": \"purchase\"", "\"purchaseType\": \"trial\"") << json
        << QStringLiteral("serviceList[0].purchaseType") << QStringLiteral("oneof")
        << QStringLiteral("trial");
    QTest::newRow("wrong billingModel")
        << replaced(premium, "\"billingModel\": \"recurring\"", "\"billingModel\": \"once\"") << json
        << QStringLiteral("serviceList[0].billingModel") << QStringLiteral("oneof") << QStringLiteral("once");
    QTest::newRow("partnerId not a customer")
        << replaced(premium, "\"productId\": 20,", "\"productId\": 20, \"partnerId\": 3201877455120978999,")
        << json << QStringLiteral("partnerId") << QStringLiteral("exists")
        << QStringLiteral("partnerId 3201877455120978999 is not one of your subordinate users");
    QTest::newRow("partnerId as a string")
        << replaced(premium, "\"productId\": 20,", "\"productId\": 20, \"partnerId\": \"3201877455120978121\",")
        << json << QStringLiteral("partnerId") << QStringLiteral("type") << QStringLiteral("bare JSON integer");
    QTest::newRow("customer only as assignId")
        << replaced(premium, "\"productId\": 20,", "\"productId\": 20, \"assignId\": \"3201877455120978121\",")
        << json << QStringLiteral("partnerId") << QStringLiteral("required")
        << QStringLiteral("assignId only names who receives the activation e-mail");
    QTest::newRow("unknown assignId beside partnerId")
        << replaced(premium, "\"productId\": 20,",
                    "\"productId\": 20, \"partnerId\": 3201877455120978121, \"assignId\": \"3201877455120978999\",")
        << json << QStringLiteral("assignId") << QStringLiteral("exists")
        << QStringLiteral("assignId \"3201877455120978999\" is not one of your subordinate users");
    QTest::newRow("planRequired service alone")
        << replaced(replaced(replaced(premium, "\"productId\": 20", "\"productId\": 14"),
                             "\"serviceId\": 3375818821640175616", "\"serviceId\": 3049032689062051840"),
                    "\"quantity\": 10", "\"quantity\": 1")
        << json << QStringLiteral("serviceList[0].serviceId") << QStringLiteral("plan_required")
        << QStringLiteral("Hot Standby");
    QTest::newRow("unknown productId")
        << replaced(premium, "\"productId\": 20", "\"productId\": 99") << json << QStringLiteral("productId")
        << QStringLiteral("exists") << QStringLiteral("productId 99 does not exist");
    QTest::newRow("productNo missing for product 9")
        << QByteArray(
               "{\"operationType\":\"purchase_plan\",\"productId\":9,\"billingId\":3197218168379846218,"
               "\"serviceList\":[{\"serviceType\":\"plan\",\"serviceId\":3048918321840570368,\"quantity\":1,"
               "\"purchaseType\":\"purchase\",\"billingModel\":\"recurring\",\"billingCycle\":\"annually\","
               "\"multiCycle\":1}]}")
        << json << QStringLiteral("productNo") << QStringLiteral("required")
        << QStringLiteral("productNo is required for this product");
    QTest::newRow("empty serviceList")
        << QByteArray("{\"operationType\":\"purchase_service\",\"productId\":20,"
                      "\"billingId\":3197218168379846218,\"serviceList\":[]}")
        << json << QStringLiteral("serviceList") << QStringLiteral("min") << QStringLiteral("at least one");
    QTest::newRow("wrong content type")
        << premium << QByteArray("text/plain") << QStringLiteral("Content-Type")
        << QStringLiteral("content_type") << QStringLiteral("application/json");
    QTest::newRow("form content type")
        << premium << QByteArray("application/x-www-form-urlencoded") << QStringLiteral("Content-Type")
        << QStringLiteral("content_type") << QStringLiteral("application/json");
    QTest::newRow("malformed JSON") << premium.left(premium.size() / 2) << json << QStringLiteral("body")
                                    << QStringLiteral("json") << QStringLiteral("not valid JSON");
    QTest::newRow("JSON array") << QByteArray("[1,2,3]") << json << QStringLiteral("body")
                                << QStringLiteral("json") << QStringLiteral("must be a JSON object");
    QTest::newRow("empty body") << QByteArray() << json << QStringLiteral("body") << QStringLiteral("json")
                                << QStringLiteral("not valid JSON");
}

void TestPracticePortal::orderValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, field);
    QFETCH(QString, tag);
    QFETCH(QString, detail);
    const Response response = postOrder(signIn(), body, contentType);
    verifyEnvelope(response, 400, QStringLiteral("parameter_validation_failed"));
    const QJsonObject result = response.result().toObject();
    QCOMPARE(result.value(QLatin1String("field")).toString(), field);
    QCOMPARE(result.value(QLatin1String("tag")).toString(), tag);
    QVERIFY2(response.detail().contains(detail), qPrintable(response.detail()));
    QCOMPARE(m_portal->acceptedOrderCount(), 0);
    QCOMPARE(m_portal->orderCount(), 0);
    QCOMPARE(m_portal->receivedOrderBodies(), QList<QByteArray>{body});
}

void TestPracticePortal::orderForACustomerWithPoNumber()
{
    const QString token = signIn();
    // partnerId (for whom) is a bare integer; poNumber becomes the customReferenceNo; an
    // assignId beside it (who gets the activation e-mail) is accepted.
    const QByteArray forCustomer = replaced(premiumSeed(), "\"productId\": 20,",
                                            "\"productId\": 20, \"partnerId\": 3201877455120978121, "
                                            "\"poNumber\": \"ACME-PO-7781\",");
    const Response first = postOrder(token, forCustomer);
    verifyEnvelope(first, 200, QStringLiteral("success"));
    const QByteArray withAssignee = replaced(premiumSeed(), "\"productId\": 20,",
                                             "\"productId\": 20, \"partnerId\": 3201877455120978121, "
                                             "\"assignId\": \"3201877455120978186\",");
    verifyEnvelope(postOrder(token, withAssignee), 200, QStringLiteral("success"));
    // productNo makes a planRequired service acceptable on its own (an existing device).
    const QByteArray hotStandby
        = replaced(replaced(replaced(premiumSeed(), "\"productId\": 20",
                                     "\"productId\": 14, \"productNo\": \"3076913644890832896\""),
                            "\"serviceId\": 3375818821640175616", "\"serviceId\": 3049032689062051840"),
                   "\"quantity\": 10", "\"quantity\": 1");
    const Response existing = postOrder(token, hotStandby);
    verifyEnvelope(existing, 200, QStringLiteral("success"));
    QCOMPARE(existing.result().toObject().value(QLatin1String("productNo")).toString(),
             QStringLiteral("3076913644890832896"));
    QCOMPARE(m_portal->acceptedOrderCount(), 3);

    const QString orderNo = first.result().toObject().value(QLatin1String("orderNo")).toString();
    const Response details = get(QStringLiteral("/order/openapi/order/v1/get/") + orderNo, token);
    verifyEnvelope(details, 200, QStringLiteral("success"));
    const QJsonObject information
        = details.result().toObject().value(QLatin1String("orderInformation")).toObject();
    QCOMPARE(information.value(QLatin1String("partnerId")).toString(), QStringLiteral("3201877455120978121"));
    QVERIFY(!information.contains(QLatin1String("assignId")));
    QCOMPARE(information.value(QLatin1String("customReferenceNo")).toString(),
             QStringLiteral("ACME-PO-7781"));
    QCOMPARE(information.value(QLatin1String("operationType")).toString(),
             QStringLiteral("purchase_service"));
}

void TestPracticePortal::orderPagePaging()
{
    m_portal->addHistoricalOrders(250);
    QCOMPARE(m_portal->orderCount(), 250);
    QCOMPARE(m_portal->acceptedOrderCount(), 0);
    const QString token = signIn();

    const Response defaults = get(QStringLiteral("/order/openapi/order/v1/page"), token);
    verifyEnvelope(defaults, 200, QStringLiteral("success"));
    const QJsonObject page = defaults.result().toObject();
    QCOMPARE(page.value(QLatin1String("count")).toInteger(), 250);
    QCOMPARE(page.value(QLatin1String("total")).toInteger(), 250);
    QCOMPARE(page.value(QLatin1String("pageNo")).toInteger(), 1);
    QCOMPARE(page.value(QLatin1String("pageSize")).toInteger(), 25);
    QCOMPARE(page.value(QLatin1String("totalPage")).toInteger(), 10);
    QCOMPARE(page.value(QLatin1String("results")).toArray().size(), 25);

    QSet<QString> ids;
    QSet<QString> statuses;
    qint64 previous = std::numeric_limits<qint64>::max();
    const QList<int> expectedSizes{100, 100, 50, 0};
    for (int pageNo = 1; pageNo <= 4; ++pageNo) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("pageNo"), QString::number(pageNo));
        query.addQueryItem(QStringLiteral("pageSize"), QStringLiteral("100"));
        query.addQueryItem(QStringLiteral("sort"), QStringLiteral("id"));
        const Response response = get(QStringLiteral("/order/openapi/order/v1/page"), token, query);
        verifyEnvelope(response, 200, QStringLiteral("success"));
        QCOMPARE(response.result().toObject().value(QLatin1String("totalPage")).toInteger(), 3);
        const QJsonArray results = response.result().toObject().value(QLatin1String("results")).toArray();
        QCOMPARE(results.size(), expectedSizes.at(pageNo - 1));
        for (const QJsonValue &value : results) {
            const QJsonObject order = value.toObject();
            QCOMPARE(order.value(QLatin1String("createTime")).toVariant().typeId(), int(QMetaType::LongLong));
            const qint64 createTime = order.value(QLatin1String("createTime")).toInteger();
            QVERIFY(createTime <= previous);
            previous = createTime;
            QCOMPARE(order.value(QLatin1String("id")).toString().size(), 19);
            QCOMPARE(order.value(QLatin1String("currencyCode")).toString(), QStringLiteral("USD"));
            QVERIFY(order.value(QLatin1String("customReferenceNo")).isString());
            QVERIFY(order.value(QLatin1String("totalAmount")).isString());
            const QString status = order.value(QLatin1String("orderStatus")).toString();
            QCOMPARE(order.value(QLatin1String("invoiceNo")).toString().startsWith(QLatin1String("INV")),
                     status == QLatin1String("succeed") || status == QLatin1String("refunded"));
            statuses.insert(status);
            ids.insert(order.value(QLatin1String("id")).toString());
        }
    }
    QCOMPARE(ids.size(), 250);
    QVERIFY(statuses.contains(QStringLiteral("succeed")) && statuses.contains(QStringLiteral("pending"))
            && statuses.contains(QStringLiteral("cancelled")));
    // Spread over months.
    const qint64 spanDays = (QDateTime::currentMSecsSinceEpoch() - previous) / 86400000;
    QVERIFY2(spanDays >= 60, qPrintable(QString::number(spanDays)));

    // A new order appears at the top.
    const Response placed = postOrder(token, turnkeySeed());
    const QJsonObject top = get(QStringLiteral("/order/openapi/order/v1/page"), token)
                                .result()
                                .toObject()
                                .value(QLatin1String("results"))
                                .toArray()
                                .at(0)
                                .toObject();
    QCOMPARE(top.value(QLatin1String("orderNo")).toString(),
             placed.result().toObject().value(QLatin1String("orderNo")).toString());
    QCOMPARE(top.value(QLatin1String("productId")).toInteger(), 14);
    QCOMPARE(top.value(QLatin1String("totalAmount")).toString(),
             QStringLiteral("700.00")); // 100 × 6.00 + 10,000 × 0.01
}

void TestPracticePortal::orderPageRejectsBadParameters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");
    QTest::newRow("pageSize 0") << QStringLiteral("pageSize=0") << QStringLiteral("pageSize");
    QTest::newRow("pageSize 101") << QStringLiteral("pageSize=101") << QStringLiteral("pageSize");
    QTest::newRow("pageSize text") << QStringLiteral("pageSize=ten") << QStringLiteral("pageSize");
    QTest::newRow("pageNo 0") << QStringLiteral("pageNo=0") << QStringLiteral("pageNo");
    QTest::newRow("pageNo negative") << QStringLiteral("pageNo=-1") << QStringLiteral("pageNo");
}

void TestPracticePortal::orderPageRejectsBadParameters()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    const Response response = get(QStringLiteral("/order/openapi/order/v1/page"), signIn(), QUrlQuery(query));
    verifyEnvelope(response, 400, QStringLiteral("parameter_validation_failed"));
    QCOMPARE(response.result().toObject().value(QLatin1String("field")).toString(), field);
}

void TestPracticePortal::orderGetByIdAndOrderNo()
{
    const QString token = signIn();
    const Response placed = postOrder(token, turnkeySeed());
    const QString orderNo = placed.result().toObject().value(QLatin1String("orderNo")).toString();
    const QJsonObject listed = get(QStringLiteral("/order/openapi/order/v1/page"), token)
                                   .result()
                                   .toObject()
                                   .value(QLatin1String("results"))
                                   .toArray()
                                   .at(0)
                                   .toObject();
    const QString id = listed.value(QLatin1String("id")).toString();
    QCOMPARE(listed.value(QLatin1String("orderNo")).toString(), orderNo);

    const Response byId = get(QStringLiteral("/order/openapi/order/v1/get/") + id, token);
    const Response byOrderNo = get(QStringLiteral("/order/openapi/order/v1/get/") + orderNo, token);
    verifyEnvelope(byId, 200, QStringLiteral("success"));
    verifyEnvelope(byOrderNo, 200, QStringLiteral("success"));
    QCOMPARE(byId.result(), byOrderNo.result());

    const QJsonObject details = byId.result().toObject();
    const QJsonObject basic = details.value(QLatin1String("basicInformation")).toObject();
    QCOMPARE(basic.value(QLatin1String("productId")), QJsonValue(QStringLiteral("14")));
    QCOMPARE(basic.value(QLatin1String("productName")).toString(),
             QStringLiteral("P-Series Turnkey Package"));
    QCOMPARE(basic.value(QLatin1String("productNo")).toString(),
             placed.result().toObject().value(QLatin1String("productNo")).toString());
    const QJsonObject billing = details.value(QLatin1String("billingInformation")).toObject();
    QCOMPARE(billing.value(QLatin1String("billingContactId")).toString(),
             QString::fromLatin1(kSeedBillingId));
    QCOMPARE(billing.value(QLatin1String("emailAddress")).toString(),
             QStringLiteral("invoices@reseller.example"));
    const QJsonObject information = details.value(QLatin1String("orderInformation")).toObject();
    QCOMPARE(information.value(QLatin1String("id")).toString(), id);
    QCOMPARE(information.value(QLatin1String("orderNo")).toString(), orderNo);
    QCOMPARE(information.value(QLatin1String("operationType")).toString(), QStringLiteral("purchase_plan"));
    QCOMPARE(information.value(QLatin1String("paymentMethod")).toString(), QStringLiteral("Balance"));
    QVERIFY(!information.contains(QLatin1String("assignId")));
    const QJsonObject summary = details.value(QLatin1String("orderSummary")).toObject();
    const QJsonArray items = summary.value(QLatin1String("items")).toArray();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0).toObject().value(QLatin1String("serviceId")),
             QJsonValue(QString::fromLatin1(kTurnkeyPlanId)));
    QCOMPARE(items.at(1).toObject().value(QLatin1String("serviceId")),
             QJsonValue(QString::fromLatin1(kRecordingMinutesId)));
    QCOMPARE(items.at(1).toObject().value(QLatin1String("quantity")).toInt(), 10000);
    QCOMPARE(items.at(1).toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("Recording Minutes"));
    QCOMPARE(summary.value(QLatin1String("totalAmount")).toString(), QStringLiteral("700.00"));
    QCOMPARE(summary.value(QLatin1String("currencyCode")).toString(), QStringLiteral("USD"));

    const Response unknown = get(QStringLiteral("/order/openapi/order/v1/get/3214599999999999999"), token);
    verifyEnvelope(unknown, 404, QStringLiteral("order_not_found"));
}

void TestPracticePortal::pendingOrderPaidLater()
{
    m_portal->setNextOrderStatus(QStringLiteral("pending"));
    const QString token = signIn();
    const Response placed = postOrder(token, premiumSeed());
    verifyEnvelope(placed, 200, QStringLiteral("success"));
    QCOMPARE(placed.result().toObject().value(QLatin1String("orderStatus")).toString(),
             QStringLiteral("pending"));
    const QString orderNo = placed.result().toObject().value(QLatin1String("orderNo")).toString();
    const QJsonObject before = get(QStringLiteral("/order/openapi/order/v1/get/") + orderNo, token)
                                   .result()
                                   .toObject()
                                   .value(QLatin1String("orderInformation"))
                                   .toObject();
    QCOMPARE(before.value(QLatin1String("orderStatus")).toString(), QStringLiteral("pending"));
    QCOMPARE(before.value(QLatin1String("invoiceNo")).toString(), QString());

    QVERIFY(m_portal->setOrderStatus(orderNo, QStringLiteral("succeed")));
    QVERIFY(!m_portal->setOrderStatus(QStringLiteral("XX0000000000000000000"), QStringLiteral("succeed")));
    const QJsonObject after = get(QStringLiteral("/order/openapi/order/v1/get/") + orderNo, token)
                                  .result()
                                  .toObject()
                                  .value(QLatin1String("orderInformation"))
                                  .toObject();
    QCOMPARE(after.value(QLatin1String("orderStatus")).toString(), QStringLiteral("succeed"));
    QVERIFY(after.value(QLatin1String("invoiceNo")).toString().startsWith(QLatin1String("INV")));
    const QJsonObject listed = get(QStringLiteral("/order/openapi/order/v1/page"), token)
                                   .result()
                                   .toObject()
                                   .value(QLatin1String("results"))
                                   .toArray()
                                   .at(0)
                                   .toObject();
    QCOMPARE(listed.value(QLatin1String("orderStatus")).toString(), QStringLiteral("succeed"));
}

void TestPracticePortal::introspection()
{
    QSignalSpy spy(m_portal.get(), &PracticePortal::requestReceived);
    const QString token = signIn();
    QCOMPARE(get(QStringLiteral("/pricing/openapi/purchase/v1/product_list"), token).status, 200);
    QCOMPARE(spy.size(), 2);
    QCOMPARE(spy.at(0).at(0).value<PracticePortal::Route>(), Route::Token);
    QCOMPARE(spy.at(1).at(0).value<PracticePortal::Route>(), Route::ProductList);
    QCOMPARE(m_portal->requestCount(Route::ProductList), 1);
    QCOMPARE(m_portal->requestCount(), 2);

    const std::optional<PracticeRequest> last = m_portal->lastRequest(Route::ProductList);
    QVERIFY(last.has_value());
    QCOMPARE(last->method, QByteArray("GET"));
    QCOMPARE(last->header("authorization"), "Bearer " + token.toUtf8());
    QCOMPARE(last->header("User-Agent"), QByteArray("OpenAPI"));
    bool sawUserAgent = false;
    for (const auto &header : m_portal->lastRequestHeaders(Route::ProductList))
        sawUserAgent
            |= header.first.compare("user-agent", Qt::CaseInsensitive) == 0 && header.second == "OpenAPI";
    QVERIFY(sawUserAgent);
    QCOMPARE(m_portal->receivedRequests().size(), 2);
    QCOMPARE(m_portal->lastRequest(Route::Token)->body.contains("grant_type=pp_credentials"), true);
}

// ---- faults ----------------------------------------------------------------------------

void TestPracticePortal::latency()
{
    const QString token = signIn();
    m_portal->setLatency(250ms);
    bool timerFired = false;
    QTimer::singleShot(50, this, [&timerFired] { timerFired = true; });
    const Response response = get(QStringLiteral("/pricing/openapi/purchase/v1/product_list"), token);
    verifyEnvelope(response, 200, QStringLiteral("success"));
    QVERIFY2(response.elapsedMs >= 240, qPrintable(QString::number(response.elapsedMs)));
    QVERIFY(timerFired); // the event loop kept turning while the portal waited
    m_portal->setLatency(0ms);
    QVERIFY(get(QStringLiteral("/pricing/openapi/purchase/v1/product_list"), token).elapsedMs < 240);
}

void TestPracticePortal::faultDelay()
{
    const QString token = signIn();
    m_portal->injectFault(Route::ProductList, PracticeFault::delayed(1500ms), 1);
    m_nam->setTransferTimeout(200);
    const Response timedOut = get(QStringLiteral("/pricing/openapi/purchase/v1/product_list"), token);
    QVERIFY(timedOut.finished);
    QCOMPARE(timedOut.error, QNetworkReply::OperationCanceledError);
    QVERIFY(timedOut.elapsedMs < 1400);
    // Only once; a longer patience sees a delayed but normal answer.
    m_nam->setTransferTimeout(5000);
    m_portal->injectFault(Route::ProductList, PracticeFault::delayed(300ms), 1);
    const Response delayed = get(QStringLiteral("/pricing/openapi/purchase/v1/product_list"), token);
    verifyEnvelope(delayed, 200, QStringLiteral("success"));
    QVERIFY(delayed.elapsedMs >= 290);
    QVERIFY(get(QStringLiteral("/pricing/openapi/purchase/v1/product_list"), token).elapsedMs < 290);
}

void TestPracticePortal::faultHttpError()
{
    const QString token = signIn();
    for (const int status : {500, 502, 503}) {
        m_portal->injectFault(Route::BillingContactList, PracticeFault::httpError(status), 1);
        const Response response
            = get(QStringLiteral("/user/openapi/user/v1/client/billing_contact_list"), token);
        verifyEnvelope(response, status, QStringLiteral("internal_error"));
        QVERIFY(response.error != QNetworkReply::NoError);
    }
    QCOMPARE(get(QStringLiteral("/user/openapi/user/v1/client/billing_contact_list"), token).status, 200);
}

void TestPracticePortal::faultPortalError()
{
    const QString token = signIn();
    m_portal->injectFault(
        Route::PartnerList,
        PracticeFault::portalError(QStringLiteral("api_disabled"), QStringLiteral("API access is off")), 1);
    const Response response = get(QStringLiteral("/user/openapi/user/v1/client/partner_list"), token);
    verifyEnvelope(response, 200, QStringLiteral("api_disabled"));
    QCOMPARE(response.error, QNetworkReply::NoError);
    QCOMPARE(response.detail(), QStringLiteral("API access is off"));
    QCOMPARE(response.result(), QJsonValue(QJsonValue::Null));
}

void TestPracticePortal::faultMalformedJson()
{
    const QString token = signIn();
    m_portal->injectFault(Route::ProductList, Kind::MalformedJson, 1);
    const Response response = get(QStringLiteral("/pricing/openapi/purchase/v1/product_list"), token);
    QCOMPARE(response.error, QNetworkReply::NoError);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.contentType, QByteArray("application/json"));
    QJsonParseError error;
    QJsonDocument::fromJson(response.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
}

void TestPracticePortal::faultTruncatedBody()
{
    const QString token = signIn();
    m_portal->injectFault(Route::ProductList, Kind::TruncatedBody, 1);
    const Response response = get(QStringLiteral("/pricing/openapi/purchase/v1/product_list"), token);
    QVERIFY(response.finished);
    QVERIFY2(response.error != QNetworkReply::NoError, "a truncated body must not look like a clean success");
    QCOMPARE(response.error, QNetworkReply::RemoteHostClosedError);
    QVERIFY(get(QStringLiteral("/pricing/openapi/purchase/v1/product_list"), token).error
            == QNetworkReply::NoError);
}

void TestPracticePortal::faultHtmlPage()
{
    const QString token = signIn();
    m_portal->injectFault(Route::Any, Kind::HtmlPage, 1);
    const Response response = get(QStringLiteral("/pricing/openapi/purchase/v1/product_list"), token);
    QCOMPARE(response.status, 502);
    QCOMPARE(response.contentType, QByteArray("text/html"));
    QVERIFY(response.body.contains("<h1>502 Bad Gateway</h1>"));
    QVERIFY(response.error != QNetworkReply::NoError);
}

void TestPracticePortal::faultDropConnection()
{
    const QString token = signIn();
    // QNetworkAccessManager silently re-sends a request whose connection closed before any
    // answer (once, on Qt 6.4), so a single drop is invisible: drop every attempt.
    m_portal->injectFault(Route::ProductList, Kind::DropConnection);
    const Response response = get(QStringLiteral("/pricing/openapi/purchase/v1/product_list"), token);
    QVERIFY(response.finished);
    QCOMPARE(response.status, 0);
    QVERIFY2(response.error == QNetworkReply::RemoteHostClosedError
                 || response.error == QNetworkReply::ConnectionRefusedError,
             qPrintable(QString::number(response.error)));
    qInfo("a dropped GET was tried %d times", m_portal->requestCount(Route::ProductList));
    QVERIFY(m_portal->requestCount(Route::ProductList) >= 1);
    m_portal->clearFaults();
    QCOMPARE(get(QStringLiteral("/pricing/openapi/purchase/v1/product_list"), token).status, 200);
}

void TestPracticePortal::faultNoAnswer()
{
    const QString token = signIn();
    m_portal->injectFault(Route::OrderPage, Kind::NoAnswer, 1);
    m_nam->setTransferTimeout(300);
    QSignalSpy arrived(m_portal.get(), &PracticePortal::requestReceived);
    const Response response = get(QStringLiteral("/order/openapi/order/v1/page"), token);
    QVERIFY(response.finished);
    QCOMPARE(response.error, QNetworkReply::OperationCanceledError);
    QVERIFY(response.elapsedMs >= 250);
    QCOMPARE(arrived.size(), 1);
    QCOMPARE(get(QStringLiteral("/order/openapi/order/v1/page"), token).status, 200);
}

void TestPracticePortal::faultExpiredToken()
{
    const QString token = signIn();
    const QString other = signIn();
    m_portal->injectFault(Route::Any, Kind::ExpiredToken, 1);
    verifyEnvelope(get(QStringLiteral("/pricing/openapi/purchase/v1/product_list"), token), 401,
                   QStringLiteral("invalid_token"));
    // The presented token is really gone; another one still works.
    verifyEnvelope(get(QStringLiteral("/pricing/openapi/purchase/v1/product_list"), token), 401,
                   QStringLiteral("invalid_token"));
    QCOMPARE(get(QStringLiteral("/pricing/openapi/purchase/v1/product_list"), other).status, 200);
    QCOMPARE(get(QStringLiteral("/pricing/openapi/purchase/v1/product_list"), signIn()).status, 200);
}

void TestPracticePortal::faultEmptyList()
{
    const QString token = signIn();
    m_portal->injectFault(Route::Any, Kind::EmptyList, 5);
    const Response products = get(QStringLiteral("/pricing/openapi/purchase/v1/product_list"), token);
    verifyEnvelope(products, 200, QStringLiteral("success"));
    QCOMPARE(products.result(), QJsonValue(QJsonArray()));
    QCOMPARE(get(QStringLiteral("/user/openapi/user/v1/client/partner_list"), token).result(),
             QJsonValue(QJsonArray()));
    QCOMPARE(get(QStringLiteral("/user/openapi/user/v1/client/billing_contact_list"), token).result(),
             QJsonValue(QJsonArray()));
    const QJsonObject info = get(QStringLiteral("/pricing/openapi/purchase/v1/purchase_product_info"), token,
                                 QUrlQuery(QStringLiteral("productId=14")))
                                 .result()
                                 .toObject();
    QCOMPARE(info.value(QLatin1String("productPlans")).toArray().size(), 0);
    QCOMPARE(info.value(QLatin1String("productServices")).toArray().size(), 0);
    QCOMPARE(info.value(QLatin1String("productId")).toInteger(), 14);
    const QJsonObject page = get(QStringLiteral("/order/openapi/order/v1/page"), token).result().toObject();
    QCOMPARE(page.value(QLatin1String("results")).toArray().size(), 0);
    QCOMPARE(page.value(QLatin1String("total")).toInteger(), 0);
    // Used up.
    QCOMPARE(
        get(QStringLiteral("/pricing/openapi/purchase/v1/product_list"), token).result().toArray().size(), 9);
}

void TestPracticePortal::faultTimesCounting()
{
    const QString token = signIn();
    m_portal->injectFault(Route::ProductList, PracticeFault::httpError(503), 2);
    QCOMPARE(get(QStringLiteral("/pricing/openapi/purchase/v1/product_list"), token).status, 503);
    // Another route is not affected.
    QCOMPARE(get(QStringLiteral("/user/openapi/user/v1/client/partner_list"), token).status, 200);
    QCOMPARE(get(QStringLiteral("/pricing/openapi/purchase/v1/product_list"), token).status, 503);
    QCOMPARE(get(QStringLiteral("/pricing/openapi/purchase/v1/product_list"), token).status, 200);

    // times = -1: until clearFaults(), on every route with Any.
    m_portal->injectFault(Route::Any, PracticeFault::httpError(500));
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(get(QStringLiteral("/pricing/openapi/purchase/v1/product_list"), token).status, 500);
        QCOMPARE(get(QStringLiteral("/user/openapi/user/v1/client/partner_list"), token).status, 500);
    }
    m_portal->clearFaults();
    QCOMPARE(get(QStringLiteral("/pricing/openapi/purchase/v1/product_list"), token).status, 200);

    // The first injected fault that matches wins; a used-up one makes way for the next.
    m_portal->injectFault(Route::ProductList, PracticeFault::httpError(502), 1);
    m_portal->injectFault(Route::Any, PracticeFault::httpError(503), 1);
    QCOMPARE(get(QStringLiteral("/pricing/openapi/purchase/v1/product_list"), token).status, 502);
    QCOMPARE(get(QStringLiteral("/pricing/openapi/purchase/v1/product_list"), token).status, 503);
    QCOMPARE(get(QStringLiteral("/pricing/openapi/purchase/v1/product_list"), token).status, 200);
}

void TestPracticePortal::orderSaveStoresThenFails_data()
{
    QTest::addColumn<PracticeFault>("fault");
    QTest::addColumn<int>("transferTimeoutMs");
    QTest::addColumn<bool>("stored");
    QTest::addColumn<int>("expectedStatus"); // 0: no HTTP answer
    QTest::newRow("http 500") << PracticeFault::httpError(500) << 0 << true << 500;
    QTest::newRow("malformed") << PracticeFault(Kind::MalformedJson) << 0 << true << 200;
    QTest::newRow("truncated") << PracticeFault(Kind::TruncatedBody) << 0 << true << 200;
    QTest::newRow("html") << PracticeFault(Kind::HtmlPage) << 0 << true << 502;
    QTest::newRow("drop") << PracticeFault(Kind::DropConnection) << 0 << true << 0;
    QTest::newRow("no answer") << PracticeFault(Kind::NoAnswer) << 300 << true << 0;
    QTest::newRow("delay beyond timeout") << PracticeFault::delayed(2000ms) << 300 << true << 0;
    QTest::newRow("portal error") << PracticeFault::portalError(QStringLiteral("parameter_validation_failed"),
                                                                QStringLiteral("billingId is required"))
                                  << 0 << false << 200;
    QTest::newRow("expired token") << PracticeFault(Kind::ExpiredToken) << 0 << false << 401;
}

void TestPracticePortal::orderSaveStoresThenFails()
{
    QFETCH(PracticeFault, fault);
    QFETCH(int, transferTimeoutMs);
    QFETCH(bool, stored);
    QFETCH(int, expectedStatus);
    const QString token = signIn();
    m_portal->injectFault(Route::OrderSave, fault, 1);
    if (transferTimeoutMs > 0)
        m_nam->setTransferTimeout(transferTimeoutMs);
    const QByteArray body = turnkeySeed();
    const Response response = postOrder(token, body);
    QVERIFY(response.finished);
    QVERIFY(!m_portal->receivedOrderBodies().isEmpty());
    for (const QByteArray &received : m_portal->receivedOrderBodies())
        QCOMPARE(received, body);
    if (fault.kind() == Kind::DropConnection) {
        // The connection was dropped once, after the order was stored. QNetworkAccessManager
        // then sent the same body again on its own, and that attempt was answered: the
        // portal holds two orders. (A client that must never send an order twice needs
        // to know this.)
        QCOMPARE(m_portal->receivedOrderBodies().size(), 2);
        QCOMPARE(m_portal->acceptedOrderCount(), 2);
        QCOMPARE(response.error, QNetworkReply::NoError);
        QCOMPARE(response.status, 200);
        return;
    }
    QCOMPARE(response.status, expectedStatus);
    QCOMPARE(m_portal->acceptedOrderCount(), stored ? 1 : 0);
    QCOMPARE(m_portal->receivedOrderBodies().size(), 1);
    if (stored) {
        QVERIFY(response.error != QNetworkReply::NoError || expectedStatus == 200);
        // The order exists although the reply was lost.
        const QJsonArray results = get(QStringLiteral("/order/openapi/order/v1/page"), signIn())
                                       .result()
                                       .toObject()
                                       .value(QLatin1String("results"))
                                       .toArray();
        QCOMPARE(results.size(), 1);
    }
}

// ---- purchased products (instances) ------------------------------------------------------

namespace {

const QString kInstanceList = QStringLiteral("/product/openapi/instance_product/v1/client/instance_product_list");
const QString kInstanceDetail = QStringLiteral("/product/openapi/instance_product/v1/detail");

QUrlQuery instanceQuery(int productId, const QString &productNo = QString())
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("productId"), QString::number(productId));
    if (!productNo.isEmpty())
        query.addQueryItem(QStringLiteral("productNo"), productNo);
    return query;
}

} // namespace

void TestPracticePortal::instancesPagedPerProduct()
{
    const QString token = signIn();
    const QList<PracticeInstance> all = m_portal->instances();
    QCOMPARE(all.size(), m_portal->instanceCount());
    int listed = 0;
    QSet<QString> seen;
    const QJsonArray products = get(QStringLiteral("/pricing/openapi/purchase/v1/product_list"), token)
                                    .result()
                                    .toArray();
    QCOMPARE(products.size(), 9);
    for (const QJsonValue &product : products) {
        const int productId = int(product.toObject().value(QLatin1String("productId")).toInteger());
        const qsizetype expected
            = std::count_if(all.cbegin(), all.cend(), [productId](const PracticeInstance &i) { return i.productId == productId; });
        QVERIFY2(expected > 0, "every catalogue product has instances");
        const Response first = get(kInstanceList, token, instanceQuery(productId));
        verifyEnvelope(first, 200, QStringLiteral("success"));
        const QJsonObject page = first.result().toObject();
        QCOMPARE(page.value(QLatin1String("pageSize")).toInteger(), 25); // the documented default
        QCOMPARE(page.value(QLatin1String("total")).toInteger(), expected);
        QCOMPARE(page.value(QLatin1String("count")).toInteger(), expected);
        QCOMPARE(page.value(QLatin1String("totalPage")).toInteger(), (expected + 24) / 25);
        QVERIFY(page.value(QLatin1String("_guess_")).toString().startsWith(QLatin1String("Practice portal:")));
        for (int pageNo = 1; pageNo <= page.value(QLatin1String("totalPage")).toInteger(); ++pageNo) {
            QUrlQuery query = instanceQuery(productId);
            query.addQueryItem(QStringLiteral("pageNo"), QString::number(pageNo));
            const QJsonArray rows
                = get(kInstanceList, token, query).result().toObject().value(QLatin1String("results")).toArray();
            QVERIFY(rows.size() <= 25);
            for (const QJsonValue &value : rows) {
                const QJsonObject row = value.toObject();
                QCOMPARE(row.value(QLatin1String("productId")).toInteger(), productId);
                for (const char *documented : {"activationCode", "activationStatus", "comment"})
                    QVERIFY2(row.value(QLatin1String(documented)).isString(), documented);
                const QString productNo = row.value(QLatin1String("productNo")).toString();
                QVERIFY(!productNo.isEmpty());
                QVERIFY2(!seen.contains(QString::number(productId) + productNo), qPrintable(productNo));
                seen.insert(QString::number(productId) + productNo);
                ++listed;
            }
        }
    }
    QCOMPARE(listed, all.size());
    // Cloud PBX fills more than one page.
    QCOMPARE(get(kInstanceList, token, instanceQuery(13)).result().toObject().value(QLatin1String("totalPage")).toInteger(), 2);
}

void TestPracticePortal::instanceMixIsPlausible()
{
    const QDate today = QDate::currentDate();
    int expired = 0;
    int expiring = 0;
    int forCustomers = 0;
    for (const PracticeInstance &instance : m_portal->instances()) {
        const qint64 days = today.daysTo(instance.expiresAt.date());
        expired += days < 0;
        expiring += days >= 0 && days <= 30;
        forCustomers += !instance.partnerId.isEmpty();
        // Devices have serial numbers; account-bound products an ID of their own.
        const bool device = instance.productId == 9 || instance.productId == 11 || instance.productId == 12
            || instance.productId == 13;
        static const QRegularExpression serial(QStringLiteral("^36[0-9]{2}[A-Z][0-9]{7}$"));
        static const QRegularExpression id(QStringLiteral("^[0-9]{19}$"));
        QVERIFY2((device ? serial : id).match(instance.productNo).hasMatch(), qPrintable(instance.productNo));
        QCOMPARE(instance.activationCode.isEmpty(), instance.productId != 12);
    }
    QVERIFY(expired >= 5);
    QVERIFY(expiring >= 5);
    QVERIFY(forCustomers >= m_portal->instanceCount() / 2);
    QVERIFY(expired + expiring < m_portal->instanceCount() / 2);
}

void TestPracticePortal::instanceDetailsCodeAndModel()
{
    const QString token = signIn();
    const QList<PracticeInstance> all = m_portal->instances();
    const auto pse = std::find_if(all.cbegin(), all.cend(), [](const PracticeInstance &i) { return i.productId == 12; });
    QVERIFY(pse != all.cend());

    const Response detail = get(kInstanceDetail, token, instanceQuery(12, pse->productNo));
    verifyEnvelope(detail, 200, QStringLiteral("success"));
    const QJsonObject fields = detail.result().toObject();
    QCOMPARE(fields.value(QLatin1String("productNo")).toString(), pse->productNo);
    QCOMPARE(fields.value(QLatin1String("activationCode")).toString(), pse->activationCode);
    QVERIFY(fields.value(QLatin1String("serviceList")).isArray());
    QVERIFY(fields.value(QLatin1String("_guess_")).toString().contains(QLatin1String("our assumption")));
    // The plan's ID is a bare JSON integer, written exactly.
    QVERIFY(detail.body.contains(QByteArray("\"planId\":" + QByteArray::number(pse->planId))));
    QVERIFY(pse->planId > (qint64(1) << 53));

    const Response code = get(QStringLiteral("/product/openapi/instance_product/v1/activation_code"), token,
                              instanceQuery(12, pse->productNo));
    verifyEnvelope(code, 200, QStringLiteral("success"));
    QCOMPARE(code.result().toObject().value(QLatin1String("code")).toString(), pse->activationCode);
    QVERIFY(code.result().toObject().value(QLatin1String("generateTime")).toInteger() > 0);

    const auto appliance
        = std::find_if(all.cbegin(), all.cend(), [](const PracticeInstance &i) { return i.productId == 11; });
    const Response model = get(QStringLiteral("/product/openapi/instance/v1/product_model"), token,
                               instanceQuery(11, appliance->productNo));
    verifyEnvelope(model, 200, QStringLiteral("success"));
    QCOMPARE(model.result().toObject().value(QLatin1String("productModel")).toString(), appliance->productModel);
    QVERIFY(appliance->productModel.startsWith(QLatin1Char('P')));
}

void TestPracticePortal::instanceErrors_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QString code = QStringLiteral("/product/openapi/instance_product/v1/activation_code");
    const QString model = QStringLiteral("/product/openapi/instance/v1/product_model");
    QTest::newRow("list without productId") << kInstanceList << QString() << 400 << "parameter_validation_failed";
    QTest::newRow("list, unknown product") << kInstanceList << "productId=7" << 400 << "parameter_validation_failed";
    QTest::newRow("list, page size 0") << kInstanceList << "productId=12&pageSize=0" << 400
                                       << "parameter_validation_failed";
    QTest::newRow("detail without productNo") << kInstanceDetail << "productId=12" << 400
                                              << "parameter_validation_failed";
    QTest::newRow("detail, unknown productNo") << kInstanceDetail << "productId=12&productNo=3651E0000000" << 404
                                               << "product_not_found";
    QTest::newRow("code for another product") << code << "productId=13&productNo=3681C0000000" << 400
                                              << "parameter_validation_failed";
    QTest::newRow("model for a software PBX") << model << "productId=12&productNo=3651E0000000" << 400
                                              << "parameter_validation_failed";
}

void TestPracticePortal::instanceErrors()
{
    QFETCH(QString, path);
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(QString, code);
    const Response response = get(path, signIn(), QUrlQuery(query));
    verifyEnvelope(response, status, code);
}

void TestPracticePortal::ordersCreateOrExtendInstances()
{
    const QString token = signIn();
    const int before = m_portal->instanceCount();
    auto ownPremium = [this] {
        for (const PracticeInstance &instance : m_portal->instances()) {
            if (instance.productId == 20 && instance.partnerId.isEmpty())
                return std::optional<PracticeInstance>(instance);
        }
        return std::optional<PracticeInstance>();
    };
    const std::optional<PracticeInstance> premium = ownPremium();
    QVERIFY(premium);

    // Remote Management Premium for the partner's own account: the one it has is extended.
    verifyEnvelope(postOrder(token, premiumSeed()), 200, QStringLiteral("success"));
    QCOMPARE(m_portal->instanceCount(), before);
    const QDateTime from = std::max(premium->expiresAt, QDateTime::currentDateTime());
    QVERIFY(std::abs(ownPremium()->expiresAt.secsTo(from.addYears(1))) < 60);

    // For a customer who has none: a new one, listed with its customer.
    const QByteArray forCustomer = replaced(premiumSeed(), "\"productId\": 20,",
                                            "\"productId\": 20, \"partnerId\": 3201877455120978315,");
    QVERIFY(std::none_of(m_portal->instances().cbegin(), m_portal->instances().cend(),
                         [](const PracticeInstance &i) { return i.productId == 20 && i.partnerId.endsWith(QLatin1String("8315")); }));
    const Response placed = postOrder(token, forCustomer);
    verifyEnvelope(placed, 200, QStringLiteral("success"));
    QCOMPARE(m_portal->instanceCount(), before + 1);
    const QString productNo = placed.result().toObject().value(QLatin1String("productNo")).toString();
    const QJsonObject detail = get(kInstanceDetail, token, instanceQuery(20, productNo)).result().toObject();
    QCOMPARE(detail.value(QLatin1String("partnerId")).toString(), QStringLiteral("3201877455120978315"));
    QCOMPARE(detail.value(QLatin1String("companyName")).toString(),
             QStringLiteral("Kangaroo Valley Veterinary Clinic Pty Ltd"));
    QCOMPARE(detail.value(QLatin1String("instanceId")).toString(),
             placed.result().toObject().value(QLatin1String("instanceId")).toString());
    QCOMPARE(detail.value(QLatin1String("quantity")).toInteger(), 10);
    QVERIFY(detail.value(QLatin1String("currentPlanExpireDate"))
                .toString()
                .startsWith(QDate::currentDate().addYears(1).toString(Qt::ISODate)));
    // … and in the list, as the last row of its product.
    const QJsonArray rows = get(kInstanceList, token, instanceQuery(20)).result().toObject().value(QLatin1String("results")).toArray();
    QCOMPARE(rows.last().toObject().value(QLatin1String("productNo")).toString(), productNo);
}

void TestPracticePortal::instanceScale()
{
    m_portal->setInstanceScale(5000, 10);
    QCOMPARE(m_portal->instanceCount(), 5000);
    const QString token = signIn();
    const QJsonArray products = get(QStringLiteral("/pricing/openapi/purchase/v1/product_list"), token)
                                    .result()
                                    .toArray();
    QCOMPARE(products.size(), 10);
    for (const QJsonValue &product : products) {
        const QJsonObject page = get(kInstanceList, token,
                                     instanceQuery(int(product.toObject().value(QLatin1String("productId")).toInteger())))
                                     .result()
                                     .toObject();
        QCOMPARE(page.value(QLatin1String("total")).toInteger(), 500);
        QCOMPARE(page.value(QLatin1String("totalPage")).toInteger(), 20);
    }
}

QTEST_GUILESS_MAIN(TestPracticePortal)
#include "tst_practiceportal.moc"
