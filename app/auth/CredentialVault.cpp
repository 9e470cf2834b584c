#include "CredentialVault.h"

#include "AuthLog.h"

#include <QCoreApplication>
#include <QPointer>

CredentialVault::CredentialVault(SecretStore *keychain, QObject *parent)
    : QObject(parent)
    , m_keychain(keychain)
    , m_keychainWorks(keychain != nullptr)
{
}

SecretKey CredentialVault::keyFor(const Account &account, SecretKey::Kind kind)
{
    return SecretKey{account.baseUrl, account.clientId, kind};
}

void CredentialVault::reportKeychainProblem(const SecretStore::Result &result)
{
    const bool firstTime = m_keychainWorks;
    m_keychainWorks = false;
    if (!firstTime)
        return;
    const QString explanation = result.status == SecretStore::Status::AccessDenied
        ? QCoreApplication::translate("CredentialVault",
              "The system keychain refused access, so your client secret will not be remembered "
              "after you close the app. You can keep working; you will be asked to sign in next time.")
        : QCoreApplication::translate("CredentialVault",
              "No system keychain is available, so your client secret will not be remembered "
              "after you close the app. You can keep working; you will be asked to sign in next time.");
    qCWarning(lcAuth) << "keychain unavailable:" << result.status << result.errorText;
    emit keychainUnavailable(explanation);
}

void CredentialVault::store(const Account &account, SecretKey::Kind kind, const QString &secret)
{
    const SecretKey key = keyFor(account, kind);
    // Always keep this run's copy, so a keychain that fails later loses nothing.
    m_session.write(key, secret, this, [](const SecretStore::Result &) { });
    if (!remembersInKeychain()) {
        emit stored(kind, false);
        return;
    }
    m_keychain->write(key, secret, this, [this, kind](const SecretStore::Result &result) {
        if (result.status == SecretStore::Status::Ok) {
            emit stored(kind, true);
            return;
        }
        reportKeychainProblem(result);
        emit stored(kind, false);
    });
}

void CredentialVault::load(const Account &account, QObject *context,
                           std::function<void(const Secrets &)> callback)
{
    const QPointer<QObject> guard(context);
    auto secrets = std::make_shared<Secrets>();
    // Reads the refresh token after the secret, from the same store; answers once.
    auto readFrom = [this, account, guard, callback, secrets](SecretStore *store) {
        store->read(keyFor(account, SecretKey::Kind::ClientSecret), this,
                    [this, store, account, guard, callback, secrets](const SecretStore::Result &secret) {
            secrets->status = secret.status;
            secrets->errorText = secret.errorText;
            secrets->clientSecret = secret.secret;
            if (secret.status == SecretStore::Status::Unavailable
                || secret.status == SecretStore::Status::AccessDenied)
                reportKeychainProblem(secret);
            store->read(keyFor(account, SecretKey::Kind::RefreshToken), this,
                        [guard, callback, secrets](const SecretStore::Result &token) {
                if (token.status == SecretStore::Status::Ok)
                    secrets->refreshToken = token.secret;
                if (guard)
                    callback(*secrets);
            });
        });
    };

    // This run's copy first (it is current); the keychain for what earlier runs stored.
    m_session.read(keyFor(account, SecretKey::Kind::ClientSecret), this,
                   [this, readFrom, guard, callback](const SecretStore::Result &session) {
        if (session.status == SecretStore::Status::Ok || !m_keychain || !m_keychainWorks) {
            readFrom(&m_session);
            return;
        }
        readFrom(m_keychain);
    });
}

void CredentialVault::forget(const Account &account, QObject *context,
                             std::function<void(const SecretStore::Result &)> callback)
{
    const QPointer<QObject> guard(context);
    m_session.remove(keyFor(account, SecretKey::Kind::ClientSecret), this, [](const SecretStore::Result &) { });
    m_session.remove(keyFor(account, SecretKey::Kind::RefreshToken), this, [](const SecretStore::Result &) { });
    if (!m_keychain || !m_keychainWorks) {
        QMetaObject::invokeMethod(this, [guard, callback] {
            if (guard)
                callback(SecretStore::Result{SecretStore::Status::Ok, QString(), QString()});
        }, Qt::QueuedConnection);
        return;
    }
    m_keychain->remove(keyFor(account, SecretKey::Kind::ClientSecret), this,
                       [this, account, guard, callback](const SecretStore::Result &first) {
        m_keychain->remove(keyFor(account, SecretKey::Kind::RefreshToken), this,
                           [guard, callback, first](const SecretStore::Result &second) {
            if (guard)
                callback(first.status == SecretStore::Status::Ok ? second : first);
        });
    });
}
