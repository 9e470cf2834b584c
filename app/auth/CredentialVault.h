#pragma once

#include "Account.h"
#include "MemorySecretStore.h"
#include "SecretStore.h"

#include <QObject>

#include <functional>

// Keeps an account's client secret and refresh token: in the OS keychain when the user
// asked to be remembered and a keychain answers, otherwise in memory for this run only
// (and says so through keychainUnavailable()). Never writes a secret anywhere else.
class CredentialVault : public QObject
{
    Q_OBJECT

public:
    // `keychain` may be null (no keychain wanted at all); the vault does not own it.
    explicit CredentialVault(SecretStore *keychain, QObject *parent = nullptr);

    struct Secrets
    {
        QString clientSecret;
        QString refreshToken;
        SecretStore::Status status = SecretStore::Status::NotFound; // of the client secret
        QString errorText;
    };

    void setRememberInKeychain(bool remember) { m_remember = remember; }
    bool remembersInKeychain() const { return m_remember && m_keychain && m_keychainWorks; }
    bool keychainWorks() const { return m_keychainWorks; }

    void store(const Account &account, SecretKey::Kind kind, const QString &secret);
    void load(const Account &account, QObject *context, std::function<void(const Secrets &)> callback);
    // Deletes both secrets from the keychain and from memory.
    void forget(const Account &account, QObject *context, std::function<void(const SecretStore::Result &)> callback);

signals:
    // The keychain could not be used; `explanation` is a translated sentence for the user.
    void keychainUnavailable(const QString &explanation);
    // A secret was written (to the keychain or, after a failure, to memory).
    void stored(SecretKey::Kind kind, bool inKeychain);

private:
    static SecretKey keyFor(const Account &account, SecretKey::Kind kind);
    void reportKeychainProblem(const SecretStore::Result &result);

    SecretStore *m_keychain;
    MemorySecretStore m_session;
    bool m_remember = true;
    bool m_keychainWorks = true;
};
