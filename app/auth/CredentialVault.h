#pragma once

#include "Account.h"
#include "AccountSecrets.h"
#include "SecretStore.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>

// Keeps each account's client secret and refresh token: for this run in memory, and in
// the OS keychain as one entry (one keychain request, so at most one unlock prompt) when
// the user asked to be remembered and a keychain answers. Says what happened to a secret
// that should have been saved (saveFinished), so the notice always matches the keychain.
// Never writes a secret anywhere else.
class CredentialVault : public QObject
{
    Q_OBJECT

public:
    // `keychain` may be null (no keychain wanted at all); the vault does not own it.
    explicit CredentialVault(SecretStore *keychain, QObject *parent = nullptr);

    struct Loaded
    {
        AccountSecrets secrets;      // empty unless status is Ok
        SecretStore::Result outcome; // of the keychain read (Ok, NotFound, Locked, …)
    };

    void setRememberInKeychain(bool remember) { m_remember = remember; }
    bool remembersInKeychain() const { return m_remember && m_keychain && m_keychainWorks; }
    // False once no keychain answered in this run (it is not asked again).
    bool keychainWorks() const { return m_keychainWorks; }

    // After a sign-in: keeps `secrets` for this run, and writes them to the keychain when
    // remembering (saveStarted(), then saveFinished()).
    void save(const Account &account, const AccountSecrets &secrets);
    // A renewed refresh token: kept for this run and, for an account whose entry is in the
    // keychain, written there with the secret (a failure leaves the older entry, whose
    // secret still signs in).
    void updateRefreshToken(const Account &account, const QString &refreshToken);
    // This run's copy, else the keychain's entry. An entry from an older version (secret
    // and refresh token stored apart) is moved into one entry on the way.
    void load(const Account &account, QObject *context, std::function<void(const Loaded &)> callback);
    // Deletes the account's secrets from memory and the keychain (forgetFailed() if the
    // keychain kept them).
    void forget(const Account &account, QObject *context, std::function<void(const SecretStore::Result &)> callback);

signals:
    void saveStarted(const Account &account);
    // `inKeychain`: the keychain has them now. Otherwise `problem` is a translated sentence
    // saying why not (empty when remembering was not asked for).
    void saveFinished(const Account &account, bool inKeychain, const QString &problem);
    void forgetFailed(const Account &account, const QString &problem);

private:
    static SecretKey keyFor(const Account &account, SecretKey::Kind kind = SecretKey::Kind::Account);
    void noteKeychainAnswer(const SecretStore::Result &result);
    void readEntry(const Account &account, std::function<void(const Loaded &)> done);
    void migrateOlderEntries(const Account &account, std::function<void(const Loaded &)> done);

    SecretStore *m_keychain;
    QHash<QString, AccountSecrets> m_thisRun; // by Account::id()
    QSet<QString> m_inKeychain;               // accounts whose entry this run wrote or read
    bool m_remember = true;
    bool m_keychainWorks = true;
};
