#pragma once

#include "api/AccessTokenProvider.h"
#include "api/ApiError.h"
#include "api/TokenDetails.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

class PortalClient;

// Owns the access token of one API client: starts with the client ID and secret (or a
// refresh token), keeps the 30-minute token in memory, renews it before it expires
// (refresh token first, then the secret) and hands it to PortalClient, which asks it
// before every authenticated request. Requests that need a token while a renewal is
// running wait for that one renewal, so ten concurrent requests cause one refresh, not ten.
//
// Its words are the token's: it starts, renews, expires and stops. Signing in and out —
// accounts, the keychain, what the user sees — is SessionController's business; the
// windows listen to that one.
class TokenSession : public QObject, public AccessTokenProvider
{
    Q_OBJECT

public:
    explicit TokenSession(PortalClient *client, QObject *parent = nullptr);
    ~TokenSession() override;

    // Gets a first access token: with the refresh token when there is one (a stored one),
    // else, or when it is refused, with the client secret. Emits started() or startFailed().
    void start(const QString &clientId, const QString &clientSecret, const QString &refreshToken = QString());
    // Forgets every credential and fails requests waiting for a token; emits stopped().
    void stop();

    // True from started() until it expires or stops.
    bool isActive() const { return !m_clientId.isEmpty() && m_active; }
    QString clientId() const { return m_clientId; }
    QString refreshToken() const { return m_refreshToken; }

    void withAccessToken(TokenCallback callback) override;
    void reportRejectedToken(const QByteArray &authorization) override;

signals:
    // The first access token arrived.
    void started();
    // No first token: the portal refused the credentials, or could not be asked.
    void startFailed(const ApiError &error);
    // Renewal failed with both the refresh token and the secret: a new start is needed.
    void expired(const ApiError &error);
    // A new refresh token arrived (store it); empty once stopped or expired.
    void refreshTokenChanged(const QString &refreshToken);
    void stopped();

private:
    enum class Purpose { Start,
                         Renewal };

    void startRenewal(Purpose purpose);
    void renewWithSecret(Purpose purpose, const ApiError &refreshError);
    void applyToken(const TokenDetails &details, Purpose purpose);
    void fail(const ApiError &error, Purpose purpose);
    void failTransiently(const ApiError &error);
    bool hasUsableToken() const;

    PortalClient *m_client;
    QString m_clientId;
    QString m_clientSecret; // in memory only; needed to sign in again
    QString m_refreshToken;
    QByteArray m_authorization;
    QDeadlineTimer m_renewAt{QDeadlineTimer::Forever};
    QTimer m_proactiveRenewal;
    QList<TokenCallback> m_waiting;
    bool m_renewing = false;
    bool m_active = false;
    quint64 m_generation = 0; // bumps on stop() so late answers are ignored
};
