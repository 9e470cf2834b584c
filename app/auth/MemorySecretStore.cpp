#include "MemorySecretStore.h"

#include <QPointer>
#include <QTimer>

void MemorySecretStore::answerLater(QObject *context, Callback callback, Result result)
{
    // Answer asynchronously like the real keychain, so callers cannot come to rely on a
    // synchronous answer that the product never gives.
    QTimer::singleShot(0, context, [callback = std::move(callback), result] { callback(result); });
}

void MemorySecretStore::read(const SecretKey &key, QObject *context, Callback callback)
{
    const auto it = m_secrets.constFind(key.storageKey());
    Result result;
    result.status = it == m_secrets.constEnd() ? Status::NotFound : Status::Ok;
    if (it != m_secrets.constEnd())
        result.secret = *it;
    answerLater(context, std::move(callback), result);
}

void MemorySecretStore::write(const SecretKey &key, const QString &secret, QObject *context,
                              Callback callback)
{
    m_secrets.insert(key.storageKey(), secret);
    answerLater(context, std::move(callback), Result{Status::Ok, QString(), QString()});
}

void MemorySecretStore::remove(const SecretKey &key, QObject *context, Callback callback)
{
    m_secrets.remove(key.storageKey());
    answerLater(context, std::move(callback), Result{Status::Ok, QString(), QString()});
}
