#pragma once

#include <QString>
#include <QUrl>

// Names one keychain entry of one account. Entries are scoped by base URL and client ID,
// so two accounts (or the practice portal and the real one) never overwrite each other.
struct SecretKey
{
    enum class Kind {
        Account,      // the client secret and the refresh token together (AccountSecrets)
        ClientSecret, // older versions: the client secret alone, read once and migrated
        RefreshToken, // older versions: the refresh token alone, read once and migrated
    };

    QUrl baseUrl;
    QString clientId;
    Kind kind = Kind::Account;

    // The key inside the keychain service, e.g. "account:abc@https://host". Not secret.
    QString storageKey() const
    {
        QLatin1String prefix("account");
        if (kind == Kind::ClientSecret)
            prefix = QLatin1String("client-secret");
        else if (kind == Kind::RefreshToken)
            prefix = QLatin1String("refresh-token");
        return prefix + QLatin1Char(':') + clientId + QLatin1Char('@') + portalIdentity(baseUrl);
    }

    // The base URL as the name of a portal: "https://host", "https://host/" and
    // "https://HOST" are one portal. StripTrailingSlash alone keeps a lone "/" path, which
    // made "https://host/" a second account whose secrets were never found.
    static QString portalIdentity(const QUrl &baseUrl)
    {
        QUrl url = baseUrl.adjusted(QUrl::StripTrailingSlash);
        if (url.path() == QLatin1String("/"))
            url.setPath(QString());
        return url.toString();
    }
};
