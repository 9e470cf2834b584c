#pragma once

#include "SecretStore.h"

#include <QHash>

// Secrets held for this run only: used by tests, and by the app when no keychain answers.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    void read(const SecretKey &key, QObject *context, Callback callback) override;
    void write(const SecretKey &key, const QString &secret, QObject *context,
               Callback callback) override;
    void remove(const SecretKey &key, QObject *context, Callback callback) override;

    int count() const { return int(m_secrets.size()); }

private:
    void answerLater(QObject *context, Callback callback, Result result);

    QHash<QString, QString> m_secrets;
};
