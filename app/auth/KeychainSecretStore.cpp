#include "KeychainSecretStore.h"

#include "AuthLog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMetaEnum>
#include <QPointer>
#include <qt6keychain/keychain.h>

#include <memory>

namespace {

// Marks the finished() that only lets a job out of QtKeychain's queue.
constexpr char kLetOut[] = "pp_letOutOfQueue";

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
    case QKeychain::AccessDenied:
        // What QtKeychain's libsecret backend reports for a locked collection whose unlock
        // prompt was cancelled (and its KWallet backend for a wallet that was not opened).
        return SecretStore::Status::Locked;
    case QKeychain::AccessDeniedByUser:
        return SecretStore::Status::AccessDenied;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        // Without a D-Bus session QtKeychain reports OtherError within milliseconds;
        // for the user that is "no keychain", not a broken one.
        return SecretStore::Status::Unavailable;
    }
    return SecretStore::Status::Failed;
}

SecretStore::Result lockedEntry()
{
    //: the system keychain's state, shown under the explanation (details)
    return SecretStore::Result{SecretStore::Status::Locked, QString(),
                               QCoreApplication::translate("KeychainSecretStore", "The keychain is locked.")};
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : SecretStore(parent)
{
}

SecretStore::Callback KeychainSecretStore::logged(const char *operation, const SecretKey &key, QObject *context,
                                                  Callback callback)
{
    const QString name = key.storageKey();
    qCInfo(lcAuth).noquote() << "keychain" << operation << name << "requested";
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    const QPointer<QObject> guard(context);
    return [operation, name, clock, guard, callback](const Result &result) {
        const char *status = QMetaEnum::fromType<Status>().valueToKey(int(result.status));
        if (result.status == Status::Ok || result.status == Status::NotFound)
            qCInfo(lcAuth).noquote() << "keychain" << operation << name << "answered" << status << "after"
                                     << clock->elapsed() << "ms";
        else
            qCWarning(lcAuth).noquote() << "keychain" << operation << name << "answered" << status << "after"
                                        << clock->elapsed() << "ms:" << result.errorText;
        if (guard)
            callback(result);
    };
}

void KeychainSecretStore::runJob(QKeychain::Job *job, Callback done)
{
    // Never deleted while running: QtKeychain's libsecret backend calls back into it.
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *finished) {
        if (finished->property(kLetOut).toBool())
            return; // not finished: only let out of QtKeychain's queue (below)
        Result result;
        result.status = statusOf(finished->error());
        if (result.status == Status::NotFound && qobject_cast<QKeychain::DeletePasswordJob *>(finished))
            result.status = Status::Ok; // deleting what is not there leaves it not there
        if (result.status == Status::Ok) {
            if (auto *reader = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                result.secret = reader->textData();
        } else if (result.status != Status::NotFound) {
            result.errorText = finished->errorString();
        }
        done(result);
    });
    job->start();
    // QtKeychain runs one job at a time, and a job that waits for the user to unlock the
    // keychain would hold back every later one — reading another account's entry, saving
    // a secret typed meanwhile — for as long as the prompt stays open. Its queue moves on
    // when a job announces finished(): announce it as soon as the job has started (start()
    // queues the start, so this runs just after it), and ignore that announcement above.
    // The backends take requests side by side; two requests that need the same unlock
    // still cause one prompt (GNOME Keyring asks once, then answers both).
    const QPointer<QKeychain::Job> started(job);
    QMetaObject::invokeMethod(
        this, [started] {
            if (!started)
                return;
            started->setProperty(kLetOut, true);
            emit started->finished(started);
            started->setProperty(kLetOut, false);
        },
        Qt::QueuedConnection);
}

void KeychainSecretStore::readEntry(const SecretKey &key, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setKey(key.storageKey());
    runJob(job, [this, key, done](const Result &result) {
        if (result.status != Status::NotFound) {
            done(result);
            return;
        }
        // "Not found" also after a cancelled unlock: look whether it is there, locked.
        m_probe.findLockedEntry(serviceName(), key.storageKey(), this, [done, result](bool locked) {
            done(locked ? lockedEntry() : result);
        });
    });
}

void KeychainSecretStore::read(const SecretKey &key, QObject *context, Callback callback)
{
    readEntry(key, logged("read", key, context, std::move(callback)));
}

void KeychainSecretStore::write(const SecretKey &key, const QString &secret, QObject *context,
                                Callback callback)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setKey(key.storageKey());
    job->setTextData(secret);
    runJob(job, logged("write", key, context, std::move(callback)));
}

void KeychainSecretStore::removeEntry(const SecretKey &key, bool unlockedAlready, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setKey(key.storageKey());
    runJob(job, [this, key, unlockedAlready, done](const Result &removed) {
        if (removed.status != Status::Ok) {
            done(removed);
            return;
        }
        m_probe.findLockedEntry(serviceName(), key.storageKey(), this,
                                [this, key, unlockedAlready, done, removed](bool locked) {
            if (!locked) {
                done(removed);
                return;
            }
            if (unlockedAlready) { // locked again meanwhile: do not ask in a loop
                done(lockedEntry());
                return;
            }
            // A read asks the user to unlock; then the entry can really be deleted.
            readEntry(key, [this, key, done](const Result &unlocking) {
                if (unlocking.status == Status::Ok || unlocking.status == Status::NotFound)
                    removeEntry(key, true, done);
                else
                    done(unlocking);
            });
        });
    });
}

void KeychainSecretStore::remove(const SecretKey &key, QObject *context, Callback callback)
{
    removeEntry(key, false, logged("delete", key, context, std::move(callback)));
}
