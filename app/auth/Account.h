#pragma once

#include "SecretKey.h"

#include <QString>
#include <QUrl>

// A Partner Portal API account as the app remembers it in QSettings. Nothing secret:
// the client secret and refresh token live in the keychain under secretKey().
struct Account
{
    QString label;
    QUrl baseUrl;
    QString clientId;

    // Stable identity of the account: the same client ID on another portal is another account.
    QString id() const
    {
        return clientId + QLatin1Char('@') + SecretKey::portalIdentity(baseUrl);
    }
    QString displayName() const { return label.isEmpty() ? clientId : label; }
    bool isValid() const { return !clientId.isEmpty() && baseUrl.isValid(); }

    friend bool operator==(const Account &a, const Account &b)
    {
        return a.id() == b.id() && a.label == b.label;
    }
};
