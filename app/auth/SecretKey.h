#pragma once

#include <QString>
#include <QUrl>

// Names one secret of one account. Secrets are scoped by base URL and client ID, so two
// accounts (or the practice portal and the real one) never overwrite each other.
struct SecretKey
{
    enum class Kind { ClientSecret, RefreshToken };

    QUrl baseUrl;
    QString clientId;
    Kind kind = Kind::ClientSecret;

    // The key inside the keychain service, e.g. "client-secret:abc@https://host".
    QString storageKey() const
    {
        const QLatin1String prefix = kind == Kind::ClientSecret ? QLatin1String("client-secret")
                                                                : QLatin1String("refresh-token");
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
