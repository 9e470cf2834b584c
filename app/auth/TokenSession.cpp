#include "TokenSession.h"

#include "AuthLog.h"
#include "api/PortalClient.h"

#include <algorithm>
#include <limits>
#include <utility>

namespace {

// Renew this long before the portal's expiry: a fifth of the lifetime, at most 5 minutes,
// so a request never leaves with a token that dies on the way.
qint64 renewalMarginMs(qint64 lifetimeMs)
{
    return std::min<qint64>(5 * 60 * 1000, lifetimeMs / 5);
}

ApiError signInRequiredBecause(const ApiError &cause)
{
    ApiError error(ApiError::Kind::SignInRequired);
    error.setCode(cause.code())
        .setDetailMessage(cause.detailMessage().isEmpty() ? cause.title() : cause.detailMessage())
        .setRequestId(cause.requestId())
        .setHttpStatus(cause.httpStatus());
    return error;
}

} // namespace

TokenSession::TokenSession(PortalClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_proactiveRenewal.setSingleShot(true);
    m_proactiveRenewal.setTimerType(Qt::CoarseTimer);
    connect(&m_proactiveRenewal, &QTimer::timeout, this, [this] {
        if (m_active)
            startRenewal(Purpose::Renewal);
    });
}

TokenSession::~TokenSession()
{
    // The client may outlive us: it must not ask a deleted session for tokens (unless a
    // newer session has taken over already).
    if (m_client->accessTokenProvider() == this)
        m_client->setAccessTokenProvider(nullptr);
}

void TokenSession::start(const QString &clientId, const QString &clientSecret, const QString &refreshToken)
{
    stop();
    m_clientId = clientId.trimmed();
    m_clientSecret = clientSecret;
    m_refreshToken = refreshToken;
    startRenewal(Purpose::Start);
}

void TokenSession::stop()
{
    const bool wasActive = !m_clientId.isEmpty();
    ++m_generation;
    m_proactiveRenewal.stop();
    m_clientId.clear();
    m_clientSecret.clear();
    m_authorization.clear();
    m_renewAt = QDeadlineTimer(QDeadlineTimer::Forever);
    m_renewing = false;
    m_active = false;
    if (!m_refreshToken.isEmpty()) {
        m_refreshToken.clear();
        emit refreshTokenChanged(QString());
    }
    fail(ApiError(ApiError::Kind::SignInRequired), Purpose::Renewal);
    if (wasActive)
        emit stopped();
}

bool TokenSession::hasUsableToken() const
{
    return !m_authorization.isEmpty() && !m_renewAt.hasExpired();
}

void TokenSession::withAccessToken(TokenCallback callback)
{
    if (m_clientId.isEmpty()) {
        callback(QByteArray(), ApiError(ApiError::Kind::SignInRequired));
        return;
    }
    if (hasUsableToken() && !m_renewing) {
        callback(m_authorization, ApiError());
        return;
    }
    m_waiting.append(std::move(callback));
    startRenewal(m_active ? Purpose::Renewal : Purpose::Start);
}

void TokenSession::reportRejectedToken(const QByteArray &authorization)
{
    // Ten requests refused with the same token report it ten times; only the first one
    // (while it is still current) makes it stale.
    if (!authorization.isEmpty() && authorization == m_authorization) {
        qCInfo(lcAuth) << "access token refused by the portal; it will be renewed";
        m_authorization.clear();
        m_renewAt = QDeadlineTimer(0);
    }
}

void TokenSession::startRenewal(Purpose purpose)
{
    if (m_renewing)
        return;
    m_renewing = true;
    m_proactiveRenewal.stop();
    if (m_refreshToken.isEmpty()) {
        renewWithSecret(purpose, ApiError());
        return;
    }
    const quint64 generation = m_generation;
    m_client->refreshToken(m_clientId, m_refreshToken, this,
                           [this, generation, purpose](const ApiResult<TokenDetails> &result) {
        if (generation != m_generation)
            return;
        if (result.ok()) {
            applyToken(*result.value, purpose);
            return;
        }
        qCInfo(lcAuth) << "refresh failed, asking with the client secret; requestId"
                       << result.error.requestId();
        renewWithSecret(purpose, result.error);
    });
}

void TokenSession::renewWithSecret(Purpose purpose, const ApiError &refreshError)
{
    if (m_clientSecret.isEmpty()) {
        fail(signInRequiredBecause(refreshError), purpose);
        return;
    }
    const quint64 generation = m_generation;
    m_client->requestToken(m_clientId, m_clientSecret, this,
                           [this, generation, purpose](const ApiResult<TokenDetails> &result) {
        if (generation != m_generation)
            return;
        if (result.ok())
            applyToken(*result.value, purpose);
        else if (purpose == Purpose::Renewal && result.error.kind() != ApiError::Kind::Portal
                 && !result.error.isAuthenticationFailure())
            failTransiently(result.error); // the portal is unreachable, not unwilling
        else
            fail(purpose == Purpose::Start ? result.error : signInRequiredBecause(result.error), purpose);
    });
}

void TokenSession::applyToken(const TokenDetails &details, Purpose purpose)
{
    const qint64 lifetimeMs = details.expiresInSeconds * 1000;
    const qint64 renewInMs = std::max<qint64>(0, lifetimeMs - renewalMarginMs(lifetimeMs));
    m_authorization = details.authorizationHeader();
    m_renewAt = QDeadlineTimer(renewInMs);
    m_proactiveRenewal.start(int(std::min<qint64>(renewInMs, std::numeric_limits<int>::max())));
    m_renewing = false;
    const bool firstToken = !m_active;
    m_active = true;
    if (!details.refreshToken.isEmpty() && details.refreshToken != m_refreshToken) {
        m_refreshToken = details.refreshToken;
        emit refreshTokenChanged(m_refreshToken);
    }
    if (firstToken || purpose == Purpose::Start)
        emit started();

    const QList<TokenCallback> waiting = std::exchange(m_waiting, {});
    for (const TokenCallback &callback : waiting)
        callback(m_authorization, ApiError());
}

void TokenSession::failTransiently(const ApiError &error)
{
    // Keep the credentials: the next request tries again.
    m_renewing = false;
    const QList<TokenCallback> waiting = std::exchange(m_waiting, {});
    for (const TokenCallback &callback : waiting)
        callback(QByteArray(), error);
}

void TokenSession::fail(const ApiError &error, Purpose purpose)
{
    m_renewing = false;
    const QList<TokenCallback> waiting = std::exchange(m_waiting, {});
    if (error.isError() && !m_clientId.isEmpty()) {
        qCWarning(lcAuth) << "no access token:" << error.code() << "requestId" << error.requestId();
        if (purpose == Purpose::Start && !m_active) {
            m_clientSecret.clear();
            m_clientId.clear();
            emit startFailed(error);
        } else {
            // The portal refused the refresh token and the secret. Keep neither: otherwise
            // the next request (a page's Retry) sends the refused secret again and ends in
            // a startFailed() nobody asked for. Until the next start(), requests fail
            // with SignInRequired without reaching the portal.
            m_active = false;
            m_authorization.clear();
            m_clientId.clear();
            m_clientSecret.clear();
            m_proactiveRenewal.stop();
            if (!m_refreshToken.isEmpty()) {
                m_refreshToken.clear();
                emit refreshTokenChanged(QString());
            }
            emit expired(error);
        }
    }
    for (const TokenCallback &callback : waiting)
        callback(QByteArray(), error);
}
