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

// Owns the access token: signs in with the client ID and secret, keeps the 30-minute
// token in memory, renews it before it expires (refresh token first, then the secret),
// and hands it to PortalClient. Requests that need a token while a renewal is running
// wait for that one renewal, so ten concurrent requests cause one refresh, not ten.
class TokenSession : public QObject, public AccessTokenProvider
{
    Q_OBJECT

public:
    explicit TokenSession(PortalClient *client, QObject *parent = nullptr);
    ~TokenSession() override;

    // Explicit sign-in: emits signedIn() or signInFailed().
    void signIn(const QString &clientId, const QString &clientSecret);
    // Silent start from stored secrets: tries the refresh token (if any) and falls back
    // to the client secret. Emits signedIn() or signInFailed().
    void resume(const QString &clientId, const QString &clientSecret, const QString &refreshToken);
    // Forgets every credential and fails requests waiting for a token.
    void signOut();

    bool isSignedIn() const { return !m_clientId.isEmpty() && m_signedIn; }
    QString clientId() const { return m_clientId; }
    QString refreshToken() const { return m_refreshToken; }
    // When the current access token stops being handed out without renewal.
    QDeadlineTimer renewalDeadline() const { return m_renewAt; }

    void withAccessToken(TokenCallback callback) override;
    void reportRejectedToken(const QByteArray &authorization) override;

signals:
    void signedIn();
    void signInFailed(const ApiError &error);
    // Renewal failed with both the refresh token and the secret: the user must sign in.
    void sessionExpired(const ApiError &error);
    // A new refresh token arrived (store it); empty after sign-out.
    void refreshTokenChanged(const QString &refreshToken);
    void signedOut();

private:
    enum class Purpose { SignIn, Renewal };

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
    bool m_signedIn = false;
    quint64 m_generation = 0; // bumps on sign-out so late answers are ignored
};
