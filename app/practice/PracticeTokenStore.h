#pragma once

#include <QHash>
#include <QSet>
#include <QString>

#include <chrono>
#include <optional>

// The access and refresh tokens the practice portal has issued. Access tokens are checked
// against their real expiry time; refresh tokens live until revoked.
class PracticeTokenStore
{
public:
    struct Grant
    {
        QString accessToken;
        QString refreshToken;
        QString expiresIn; // whole seconds, rounded up, at least "1" (the portal sends a string)
    };

    void setLifetime(std::chrono::milliseconds lifetime) { m_lifetime = lifetime; }
    std::chrono::milliseconds lifetime() const { return m_lifetime; }

    // pp_credentials: a new access token and a new refresh token.
    Grant issue();
    // refresh_token: a new access token; the refresh token stays valid and comes back.
    std::optional<Grant> refresh(const QString &refreshToken);

    bool isValid(const QString &accessToken) const;
    void invalidate(const QString &accessToken) { m_accessTokens.remove(accessToken); }
    void revoke(const QString &refreshToken) { m_refreshTokens.remove(refreshToken); }
    void expireAll() { m_accessTokens.clear(); }
    void revokeAllRefreshTokens() { m_refreshTokens.clear(); }

private:
    using Clock = std::chrono::steady_clock;

    QString newToken(const char *prefix);
    Grant grant(const QString &refreshToken);

    std::chrono::milliseconds m_lifetime = std::chrono::seconds(1800);
    QHash<QString, Clock::time_point> m_accessTokens; // token → expiry
    QSet<QString> m_refreshTokens;
    quint64 m_serial = 0;
};
