#include "KeychainSecretStore.h"

#include "AuthLog.h"

#include <QPointer>
#include <qt6keychain/keychain.h>

namespace {

SecretStore::Status statusOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretStore::Status::Ok;
    case QKeychain::EntryNotFound:
        return SecretStore::Status::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretStore::Status::Unavailable;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return SecretStore::Status::AccessDenied;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        // Without a D-Bus session QtKeychain reports OtherError within milliseconds;
        // for the user that is "no keychain", not a broken one.
        return SecretStore::Status::Unavailable;
    }
    return SecretStore::Status::Failed;
}

} // namespace

void KeychainSecretStore::run(QKeychain::Job *job, QObject *context, Callback callback)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    const QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [guard, callback](QKeychain::Job *finished) {
        if (!guard)
            return;
        Result result;
        result.status = statusOf(finished->error());
        if (result.status == Status::NotFound && qobject_cast<QKeychain::DeletePasswordJob *>(finished))
            result.status = Status::Ok; // deleting what is not there leaves it not there
        if (result.status == Status::Ok) {
            if (auto *reader = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                result.secret = reader->textData();
        } else if (result.status != Status::NotFound) {
            result.errorText = finished->errorString();
            qCWarning(lcAuth) << "keychain job failed:" << finished->error() << result.errorText;
        }
        callback(result);
    });
    job->start();
}

void KeychainSecretStore::read(const SecretKey &key, QObject *context, Callback callback)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setKey(key.storageKey());
    run(job, context, std::move(callback));
}

void KeychainSecretStore::write(const SecretKey &key, const QString &secret, QObject *context,
                                Callback callback)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setKey(key.storageKey());
    job->setTextData(secret);
    run(job, context, std::move(callback));
}

void KeychainSecretStore::remove(const SecretKey &key, QObject *context, Callback callback)
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setKey(key.storageKey());
    run(job, context, std::move(callback));
}
