#pragma once

#include <QString>

#include <optional>

// An account's secrets as one keychain entry: one entry means one keychain request, so a
// locked keychain asks the user once per sign-in and once per start, not once per secret.
// Stored as a small JSON object; the access token never goes there (it lives in memory).
struct AccountSecrets
{
    QString clientSecret;
    QString refreshToken; // may be empty

    bool isEmpty() const { return clientSecret.isEmpty(); }

    QString toStoredText() const;
    // std::nullopt when `text` is not what toStoredText() writes.
    static std::optional<AccountSecrets> fromStoredText(const QString &text);

    friend bool operator==(const AccountSecrets &a, const AccountSecrets &b)
    {
        return a.clientSecret == b.clientSecret && a.refreshToken == b.refreshToken;
    }
};
