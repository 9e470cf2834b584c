// TokenSession with the real PortalClient and the practice portal: the start, proactive and
// reactive renewal, the fall-backs when renewal fails, one refresh for many waiting
// requests, the order replay rules, and the stop.
#include "PortalTestHelpers.h"
#include "api/PortalClient.h"
#include "auth/TokenSession.h"
#include "practice/PracticePortal.h"

#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTimer>

#include <functional>
#include <memory>

using namespace PortalTest;
using namespace std::chrono_literals;
using Kind = ApiError::Kind;
using Route = PracticePortal::Route;
using Fault = PracticeFault;

Q_DECLARE_METATYPE(PracticeFault)
Q_DECLARE_METATYPE(ApiError::Kind)

namespace {

const QString kPasswordGrant = QStringLiteral("pp_credentials");
const QString kRefreshGrant = QStringLiteral("refresh_token");

bool looksLikeRequestId(const QString &id)
{
    static const QRegularExpression hex32(QStringLiteral("^[0-9a-f]{32}$"));
    return hex32.match(id).hasMatch();
}

} // namespace

class TestTokenSession : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void startGivesAnAccessToken();
    void wrongSecretFailsTheStart();
    void resumeUsesTheRefreshTokenFirst();
    void proactiveRefreshBeforeExpiry();
    void reactiveRefreshReplaysOnce();
    void refreshFailureFallsBackToTheSecret();
    void bothFailingExpiresTheSession();
    void tenConcurrentRequestsShareOneRefresh();
    void orderIsReplayedOnceAfterARefusedToken();
    void orderIsNotReplayedAfterALostAnswer_data();
    void orderIsNotReplayedAfterALostAnswer();
    void stopFailsWaitingRequestsAndForgetsTheRefreshToken();

private:
    bool startSession();
    QNetworkAccessManager *network() const { return m_client->findChild<QNetworkAccessManager *>(); }
    AnswerPtr<QList<Product>> fetchProducts()
    {
        return await<QList<Product>>([this](auto done) { m_client->fetchProducts(this, done); });
    }

    std::unique_ptr<PracticePortal> m_portal;
    std::unique_ptr<PortalClient> m_client;
    std::unique_ptr<TokenSession> m_session;
};

void TestTokenSession::init()
{
    m_portal = std::make_unique<PracticePortal>();
    QVERIFY(m_portal->listen());
    m_client = std::make_unique<PortalClient>();
    QVERIFY(!m_client->setBaseUrl(m_portal->baseUrl()).isError());
    m_session = std::make_unique<TokenSession>(m_client.get());
    m_client->setAccessTokenProvider(m_session.get());
}

void TestTokenSession::cleanup()
{
    m_session.reset();
    m_client.reset();
    m_portal.reset();
}

bool TestTokenSession::startSession()
{
    QSignalSpy started(m_session.get(), &TokenSession::started);
    QSignalSpy failed(m_session.get(), &TokenSession::startFailed);
    m_session->start(PracticePortal::practiceClientId(), PracticePortal::practiceClientSecret());
    if (!started.wait(kAnswerTimeoutMs) || !failed.isEmpty())
        return false;
    return m_session->isActive();
}

void TestTokenSession::startGivesAnAccessToken()
{
    QSignalSpy started(m_session.get(), &TokenSession::started);
    QSignalSpy refreshTokenChanged(m_session.get(), &TokenSession::refreshTokenChanged);
    QVERIFY(!m_session->isActive());
    m_session->start(QStringLiteral(" %1 ").arg(PracticePortal::practiceClientId()), // pasted with spaces
                     PracticePortal::practiceClientSecret());
    QVERIFY(started.wait(kAnswerTimeoutMs));
    QCOMPARE(started.count(), 1);
    QVERIFY(m_session->isActive());
    QCOMPARE(m_session->clientId(), PracticePortal::practiceClientId());
    QCOMPARE(refreshTokenChanged.count(), 1);
    QVERIFY(!refreshTokenChanged.at(0).at(0).toString().isEmpty());
    QCOMPARE(m_session->refreshToken(), refreshTokenChanged.at(0).at(0).toString());
    QCOMPARE(m_portal->tokenRequestCount(kPasswordGrant), 1);

    const auto products = fetchProducts();
    QVERIFY2(products->result->ok(), describe(products).constData());
    const QByteArray authorization = m_portal->lastRequest(Route::ProductList)->header("Authorization");
    QVERIFY2(authorization.startsWith("Bearer ") && authorization.size() > 7, authorization.constData());
    QCOMPARE(m_portal->requestCount(Route::ProductList), 1);
    QCOMPARE(m_portal->requestCount(Route::Token), 1); // the token is reused, not renewed
}

void TestTokenSession::wrongSecretFailsTheStart()
{
    QSignalSpy started(m_session.get(), &TokenSession::started);
    QSignalSpy failed(m_session.get(), &TokenSession::startFailed);
    m_session->start(PracticePortal::practiceClientId(), QStringLiteral("not-the-secret"));
    QVERIFY(failed.wait(kAnswerTimeoutMs));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(started.count(), 0);
    const ApiError error = failed.at(0).at(0).value<ApiError>();
    QCOMPARE(error.kind(), Kind::Portal);
    QCOMPARE(error.code(), QStringLiteral("invalid_client"));
    QCOMPARE(error.httpStatus(), 401);
    QVERIFY(looksLikeRequestId(error.requestId()));
    QVERIFY(!error.userMessage().isEmpty());
    QVERIFY(!m_session->isActive());

    // Requests now fail on the spot, without reaching the portal.
    const int requestsBefore = m_portal->requestCount();
    const auto products = fetchProducts();
    QCOMPARE(products->result->error.kind(), Kind::SignInRequired);
    QVERIFY(!products->result->error.userMessage().isEmpty());
    QCOMPARE(m_portal->requestCount(), requestsBefore);
    QCOMPARE(m_portal->tokenRequestCount(kPasswordGrant), 1); // no second try with a wrong secret
}

void TestTokenSession::resumeUsesTheRefreshTokenFirst()
{
    QVERIFY(startSession());
    const QString refreshToken = m_session->refreshToken();
    // A later run of the app: a new session resumes from the stored secrets.
    m_session = std::make_unique<TokenSession>(m_client.get());
    m_client->setAccessTokenProvider(m_session.get());
    QSignalSpy started(m_session.get(), &TokenSession::started);
    m_session->start(PracticePortal::practiceClientId(), PracticePortal::practiceClientSecret(), refreshToken);
    QVERIFY(started.wait(kAnswerTimeoutMs));
    QCOMPARE(m_portal->tokenRequestCount(kRefreshGrant), 1);
    QCOMPARE(m_portal->tokenRequestCount(kPasswordGrant), 1); // only the first run's
    QVERIFY2(fetchProducts()->result->ok(), "the refreshed token works");
}

void TestTokenSession::proactiveRefreshBeforeExpiry()
{
    m_portal->setAccessTokenLifetime(2s);
    QVERIFY(startSession());

    // Keep asking for products, one request after another, for 5 seconds: across two
    // expiries of the 2-second token.
    int sent = 0;
    int succeeded = 0;
    QList<QByteArray> failures;
    bool finished = false;
    QDeadlineTimer until(5s);
    std::function<void()> sendNext = [&] {
        ++sent;
        m_client->fetchProducts(this, [&](const ApiResult<QList<Product>> &result) {
            if (result.ok())
                ++succeeded;
            else
                failures << result.error.title().toUtf8() + ' ' + result.error.referenceLine().toUtf8();
            if (until.hasExpired())
                finished = true;
            else
                QTimer::singleShot(50ms, this, sendNext);
        });
    };
    sendNext();
    QTRY_VERIFY_WITH_TIMEOUT(finished, 20000);
    QVERIFY2(failures.isEmpty(), failures.join('\n').constData());
    QCOMPARE(succeeded, sent);
    // No request was refused and replayed: each one reached the portal once.
    QCOMPARE(m_portal->requestCount(Route::ProductList), sent);
    QCOMPARE(m_portal->tokenRequestCount(kPasswordGrant), 1);
    QVERIFY2(m_portal->tokenRequestCount(kRefreshGrant) >= 2,
             qPrintable(QString::number(m_portal->tokenRequestCount(kRefreshGrant))));

    // Each renewal came before the token it replaced expired.
    QList<QDateTime> issued;
    const QList<PracticeRequest> requests = m_portal->receivedRequests();
    for (const PracticeRequest &request : requests) {
        if (request.route == Route::Token)
            issued << request.receivedAt;
    }
    for (qsizetype i = 1; i < issued.size(); ++i) {
        const qint64 gap = issued.at(i - 1).msecsTo(issued.at(i));
        QVERIFY2(gap < 2000, qPrintable(QStringLiteral("renewal %1 came %2 ms after the previous token").arg(i).arg(gap)));
        QVERIFY2(gap > 1000, qPrintable(QStringLiteral("renewal %1 came only %2 ms after the previous token").arg(i).arg(gap)));
    }
    const auto lastRefresh = m_portal->lastRequest(Route::Token);
    QVERIFY(lastRefresh->body.contains("grant_type=refresh_token"));
}

void TestTokenSession::reactiveRefreshReplaysOnce()
{
    QVERIFY(startSession());
    QSignalSpy expired(m_session.get(), &TokenSession::expired);
    m_portal->expireAllAccessTokens(); // the session still believes its token is good
    const auto products = fetchProducts();
    QVERIFY2(products->result->ok(), describe(products).constData());
    QCOMPARE(products->calls, 1);
    QCOMPARE(m_portal->requestCount(Route::ProductList), 2); // refused once, replayed once
    QCOMPARE(m_portal->tokenRequestCount(kRefreshGrant), 1);
    QCOMPARE(m_portal->tokenRequestCount(kPasswordGrant), 1);
    QCOMPARE(expired.count(), 0);

    // The new token is used from now on, without further renewals.
    QVERIFY(fetchProducts()->result->ok());
    QCOMPARE(m_portal->requestCount(Route::ProductList), 3);
    QCOMPARE(m_portal->requestCount(Route::Token), 2);
}

void TestTokenSession::refreshFailureFallsBackToTheSecret()
{
    QVERIFY(startSession());
    QSignalSpy expired(m_session.get(), &TokenSession::expired);
    QSignalSpy refreshTokenChanged(m_session.get(), &TokenSession::refreshTokenChanged);
    const QString oldRefreshToken = m_session->refreshToken();
    m_portal->revokeRefreshTokens();
    m_portal->expireAllAccessTokens();

    const auto products = fetchProducts();
    QVERIFY2(products->result->ok(), describe(products).constData());
    QCOMPARE(m_portal->tokenRequestCount(kRefreshGrant), 1);
    QCOMPARE(m_portal->tokenRequestCount(kPasswordGrant), 2); // the start, then the fall-back
    QCOMPARE(expired.count(), 0);
    QVERIFY(m_session->isActive());
    // The new refresh token replaces the revoked one (to be stored by the vault).
    QCOMPARE(refreshTokenChanged.count(), 1);
    QVERIFY(m_session->refreshToken() != oldRefreshToken);
}

void TestTokenSession::bothFailingExpiresTheSession()
{
    QVERIFY(startSession());
    QSignalSpy expired(m_session.get(), &TokenSession::expired);
    m_portal->setClientSecret(QStringLiteral("reset-in-the-portal"));
    m_portal->revokeRefreshTokens();
    m_portal->expireAllAccessTokens();

    const auto products = fetchProducts();
    QVERIFY(products->arrived());
    QCOMPARE(products->calls, 1);
    const ApiError &error = products->result->error;
    QCOMPARE(error.kind(), Kind::SignInRequired);
    // The portal's reason travels with it, for the sign-in dialog and for support.
    QCOMPARE(error.code(), QStringLiteral("invalid_client"));
    QVERIFY(!error.detailMessage().isEmpty());
    QVERIFY(looksLikeRequestId(error.requestId()));
    QCOMPARE(products->result->requestId, error.requestId());
    QVERIFY(!error.userMessage().isEmpty());
    QVERIFY(error.userMessage().contains(error.detailMessage()));

    QCOMPARE(expired.count(), 1);
    const ApiError reason = expired.at(0).at(0).value<ApiError>();
    QCOMPARE(reason.kind(), Kind::SignInRequired);
    QCOMPARE(reason.code(), QStringLiteral("invalid_client"));
    QVERIFY(!m_session->isActive());
    QCOMPARE(m_portal->tokenRequestCount(kRefreshGrant), 1);
    QCOMPARE(m_portal->tokenRequestCount(kPasswordGrant), 2);

    // Until the user signs in again, later requests (a page's Retry) fail on the spot:
    // the known-bad secret is not sent again and again, and no start "fails".
    QSignalSpy startFailed(m_session.get(), &TokenSession::startFailed);
    const int requestsBefore = m_portal->requestCount();
    const auto retry = fetchProducts();
    QVERIFY(retry->arrived());
    QCOMPARE(retry->result->error.kind(), Kind::SignInRequired);
    QCOMPARE(m_portal->requestCount(), requestsBefore);
    QCOMPARE(startFailed.count(), 0);
    QCOMPARE(expired.count(), 1);

    // A start with the new secret begins afresh.
    m_portal->setClientSecret(PracticePortal::practiceClientSecret());
    QVERIFY(startSession());
    QVERIFY2(fetchProducts()->result->ok(), "started again");
}

void TestTokenSession::tenConcurrentRequestsShareOneRefresh()
{
    QVERIFY(startSession());
    m_portal->expireAllAccessTokens();
    QList<AnswerPtr<QList<Product>>> products;
    QList<AnswerPtr<SubordinateTable>> subordinates;
    for (int i = 0; i < 5; ++i) {
        products << newAnswer<QList<Product>>();
        m_client->fetchProducts(this, recordInto(products.last()));
        subordinates << newAnswer<SubordinateTable>();
        m_client->fetchSubordinates(this, recordInto(subordinates.last()));
    }
    auto allArrived = [&] {
        return std::all_of(products.cbegin(), products.cend(), [](const auto &a) { return a->arrived(); })
            && std::all_of(subordinates.cbegin(), subordinates.cend(), [](const auto &a) { return a->arrived(); });
    };
    QTRY_VERIFY_WITH_TIMEOUT(allArrived(), kAnswerTimeoutMs);
    for (const auto &answer : std::as_const(products)) {
        QVERIFY2(answer->result->ok(), describe(answer).constData());
        QCOMPARE(answer->calls, 1);
    }
    for (const auto &answer : std::as_const(subordinates)) {
        QVERIFY2(answer->result->ok(), describe(answer).constData());
        QCOMPARE(answer->calls, 1);
    }
    QCOMPARE(m_portal->tokenRequestCount(kRefreshGrant), 1);
    QCOMPARE(m_portal->tokenRequestCount(kPasswordGrant), 1);
    QCOMPARE(m_portal->requestCount(Route::ProductList) + m_portal->requestCount(Route::PartnerList), 20);
}

void TestTokenSession::orderIsReplayedOnceAfterARefusedToken()
{
    QVERIFY(startSession());
    m_portal->injectFault(Route::OrderSave, Fault::Kind::ExpiredToken, 1);
    const auto request = orderFor(remoteManagementPremiumSeed());
    QVERIFY(request);
    const auto placed = await<OrderReceipt>([&](auto done) { m_client->placeOrder(*request, this, done); });
    QVERIFY2(placed->result->ok(), describe(placed).constData());
    QCOMPARE(placed->calls, 1);
    QCOMPARE(m_portal->acceptedOrderCount(), 1);
    QCOMPARE(m_portal->receivedOrderBodies().size(), 2); // refused unread, then accepted
    QCOMPARE(m_portal->receivedOrderBodies().at(0), m_portal->receivedOrderBodies().at(1));
    QCOMPARE(m_portal->tokenRequestCount(kRefreshGrant), 1);

    // Refused on the replay too: no third copy.
    m_portal->injectFault(Route::OrderSave, Fault::Kind::ExpiredToken, 2);
    const auto refused = await<OrderReceipt>([&](auto done) { m_client->placeOrder(*request, this, done); });
    QCOMPARE(refused->result->error.kind(), Kind::Portal);
    QVERIFY(refused->result->error.provesRequestNotApplied());
    QCOMPARE(m_portal->receivedOrderBodies().size(), 4);
    QCOMPARE(m_portal->acceptedOrderCount(), 1);
}

void TestTokenSession::orderIsNotReplayedAfterALostAnswer_data()
{
    QTest::addColumn<PracticeFault>("fault");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::newRow("no answer") << Fault(Fault::Kind::NoAnswer) << Kind::Timeout;
    QTest::newRow("dropped connection") << Fault(Fault::Kind::DropConnection) << Kind::ConnectionLost;
}

void TestTokenSession::orderIsNotReplayedAfterALostAnswer()
{
    QFETCH(PracticeFault, fault);
    QFETCH(ApiError::Kind, kind);
    QVERIFY(startSession());
    m_client->setTransferTimeout(300ms);
    m_portal->injectFault(Route::OrderSave, fault);
    const auto request = orderFor(remoteManagementPremiumSeed());
    QVERIFY(request);
    const auto placed = await<OrderReceipt>([&](auto done) { m_client->placeOrder(*request, this, done); });
    QVERIFY(placed->arrived());
    QCOMPARE(placed->calls, 1);
    QCOMPARE(placed->result->error.kind(), kind);
    QVERIFY(!placed->result->error.provesRequestNotApplied()); // outcome unknown
    QVERIFY(placed->result->error.requestId().isEmpty());      // a lost answer has none

    // One more round trip so that any second copy would have arrived by now.
    m_client->setTransferTimeout(std::chrono::milliseconds(kAnswerTimeoutMs));
    QVERIFY(fetchProducts()->result->ok());
    QCOMPARE(m_portal->receivedOrderBodies().size(), 1);
    QCOMPARE(m_portal->tokenRequestCount(kRefreshGrant), 0); // no renewal either
    QVERIFY(m_session->isActive());
}

void TestTokenSession::stopFailsWaitingRequestsAndForgetsTheRefreshToken()
{
    QVERIFY(startSession());
    QSignalSpy refreshTokenChanged(m_session.get(), &TokenSession::refreshTokenChanged);
    QSignalSpy stopped(m_session.get(), &TokenSession::stopped);
    QSignalSpy started(m_session.get(), &TokenSession::started);
    QSignalSpy finished(network(), &QNetworkAccessManager::finished);

    // A request refused for its token waits for the (slow) refresh…
    m_portal->expireAllAccessTokens();
    m_portal->setLatency(300ms);
    const auto products = newAnswer<QList<Product>>();
    m_client->fetchProducts(this, recordInto(products));
    QTRY_COMPARE_WITH_TIMEOUT(m_portal->tokenRequestCount(kRefreshGrant), 1, kAnswerTimeoutMs);
    QVERIFY(!products->arrived());

    // …and the session is stopped meanwhile (the user signs out).
    m_session->stop();
    QVERIFY(products->arrived()); // failed at once, not when the refresh comes back
    QCOMPARE(products->calls, 1);
    QCOMPARE(products->result->error.kind(), Kind::SignInRequired);
    QCOMPARE(stopped.count(), 1);
    QVERIFY(!m_session->isActive());
    QVERIFY(m_session->refreshToken().isEmpty());
    QCOMPARE(refreshTokenChanged.count(), 1);
    QVERIFY(refreshTokenChanged.at(0).at(0).toString().isEmpty()); // the vault forgets it

    // The refresh answer that arrives later is ignored: still stopped.
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, kAnswerTimeoutMs); // the 401 and the refresh
    QCOMPARE(started.count(), 0);
    QVERIFY(!m_session->isActive());
    QCOMPARE(products->calls, 1);
    const int requestsBefore = m_portal->requestCount();
    QCOMPARE(fetchProducts()->result->error.kind(), Kind::SignInRequired);
    QCOMPARE(m_portal->requestCount(), requestsBefore);
}

QTEST_GUILESS_MAIN(TestTokenSession)
#include "tst_tokensession.moc"
