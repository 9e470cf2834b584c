#pragma once

#include "SecretServiceLockProbe.h"
#include "SecretStore.h"

namespace QKeychain {
class Job;
}

// The OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS,
// Credential Manager on Windows). QtKeychain's insecure plain-text fallback is never
// enabled: when no keychain answers, the caller is told so and decides.
//
// Requests run side by side: a read waiting for the user to unlock the keychain holds
// back no other request (QtKeychain alone would run one at a time; see runJob()).
//
// Every request and its outcome is logged to pp.auth (the entry's name, never a secret).
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(QObject *parent = nullptr);

    void read(const SecretKey &key, QObject *context, Callback callback) override;
    void write(const SecretKey &key, const QString &secret, QObject *context,
               Callback callback) override;
    // An entry in a locked keychain is unlocked first (the user is asked), since deleting
    // it while locked would silently leave it there.
    void remove(const SecretKey &key, QObject *context, Callback callback) override;

private:
    void runJob(QKeychain::Job *job, Callback done);
    void readEntry(const SecretKey &key, Callback done);
    void removeEntry(const SecretKey &key, bool unlockedAlready, Callback done);
    // Logs the request now and its outcome later; answers `callback` unless `context` died.
    Callback logged(const char *operation, const SecretKey &key, QObject *context, Callback callback);

    SecretServiceLockProbe m_probe;
};
