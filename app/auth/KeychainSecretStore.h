#pragma once

#include "SecretStore.h"

namespace QKeychain {
class Job;
}

// The OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS,
// Credential Manager on Windows). QtKeychain's insecure plain-text fallback is never
// enabled: when no keychain answers, the caller is told so and decides.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    void read(const SecretKey &key, QObject *context, Callback callback) override;
    void write(const SecretKey &key, const QString &secret, QObject *context,
               Callback callback) override;
    void remove(const SecretKey &key, QObject *context, Callback callback) override;

private:
    void run(QKeychain::Job *job, QObject *context, Callback callback);
};
