#include "CredentialVault.h"

#include "AuthLog.h"
#include "KeychainNotice.h"

#include <QPointer>

using Status = SecretStore::Status;
using Result = SecretStore::Result;

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

void CredentialVault::noteKeychainAnswer(const Result &result)
{
    // Without a keychain service every later request would fail the same way: stop asking.
    if (result.status == Status::Unavailable && m_keychainWorks) {
        m_keychainWorks = false;
        qCWarning(lcAuth) << "no keychain answers; secrets are kept in memory for this run";
    }
}

void CredentialVault::save(const Account &account, const AccountSecrets &secrets)
{
    m_thisRun.insert(account.id(), secrets);
    if (!m_remember || !m_keychain) {
        m_inKeychain.remove(account.id());
        emit saveFinished(account, false, QString());
        return;
    }
    if (!m_keychainWorks) {
        m_inKeychain.remove(account.id());
        emit saveFinished(account, false, KeychainNotice::notSaved(Result{Status::Unavailable, {}, {}}));
        return;
    }
    emit saveStarted(account);
    m_keychain->write(keyFor(account), secrets.toStoredText(), this, [this, account](const Result &result) {
        noteKeychainAnswer(result);
        const bool saved = result.status == Status::Ok;
        if (saved)
            m_inKeychain.insert(account.id());
        else
            m_inKeychain.remove(account.id());
        emit saveFinished(account, saved, KeychainNotice::notSaved(result));
    });
}

void CredentialVault::updateRefreshToken(const Account &account, const QString &refreshToken)
{
    const auto known = m_thisRun.find(account.id());
    if (known == m_thisRun.end() || refreshToken.isEmpty() || known->refreshToken == refreshToken)
        return;
    known->refreshToken = refreshToken;
    if (!m_keychain || !m_keychainWorks || !m_inKeychain.contains(account.id()))
        return;
    m_keychain->write(keyFor(account), known->toStoredText(), this, [this](const Result &result) {
        noteKeychainAnswer(result); // the store logged the failure; the older entry still signs in
    });
}

void CredentialVault::load(const Account &account, QObject *context, std::function<void(const Loaded &)> callback)
{
    const QPointer<QObject> guard(context);
    auto answer = [guard, callback](const Loaded &loaded) {
        if (guard)
            callback(loaded);
    };
    const auto known = m_thisRun.constFind(account.id());
    if (known != m_thisRun.constEnd() || !m_keychain || !m_keychainWorks) {
        Loaded loaded;
        loaded.outcome.status = Status::NotFound;
        if (known != m_thisRun.constEnd()) {
            loaded.secrets = *known;
            loaded.outcome.status = Status::Ok;
        } else if (m_keychain) {
            loaded.outcome.status = Status::Unavailable;
        }
        QMetaObject::invokeMethod(
            this, [answer, loaded] { answer(loaded); }, Qt::QueuedConnection);
        return;
    }
    readEntry(account, [this, account, answer](const Loaded &loaded) {
        noteKeychainAnswer(loaded.outcome);
        if (loaded.outcome.status == Status::Ok) {
            m_thisRun.insert(account.id(), loaded.secrets);
            m_inKeychain.insert(account.id());
        }
        answer(loaded);
    });
}

void CredentialVault::readEntry(const Account &account, std::function<void(const Loaded &)> done)
{
    m_keychain->read(keyFor(account), this, [this, account, done](const Result &result) {
        Loaded loaded;
        loaded.outcome = result;
        loaded.outcome.secret.clear();
        if (result.status == Status::NotFound) {
            migrateOlderEntries(account, done);
            return;
        }
        if (result.status == Status::Ok) {
            if (const auto secrets = AccountSecrets::fromStoredText(result.secret)) {
                loaded.secrets = *secrets;
            } else {
                loaded.outcome.status = Status::Failed;
                //: the system keychain's entry for the account is not what this app writes
                loaded.outcome.errorText = tr("The saved entry is damaged.");
            }
        }
        done(loaded);
    });
}

void CredentialVault::migrateOlderEntries(const Account &account, std::function<void(const Loaded &)> done)
{
    // Earlier versions kept the secret and the refresh token in two entries. Only an
    // account found that way is moved; for any other the first read says "not found"
    // without asking the user anything (a locked keychain asks only for an existing entry).
    m_keychain->read(keyFor(account, SecretKey::Kind::ClientSecret), this,
                     [this, account, done](const Result &secret) {
        Loaded loaded;
        loaded.outcome = secret;
        loaded.outcome.secret.clear();
        if (secret.status != Status::Ok || secret.secret.isEmpty()) {
            done(loaded);
            return;
        }
        m_keychain->read(keyFor(account, SecretKey::Kind::RefreshToken), this,
                         [this, account, done, loaded, secret](const Result &token) mutable {
            loaded.secrets.clientSecret = secret.secret;
            if (token.status == Status::Ok)
                loaded.secrets.refreshToken = token.secret;
            qCInfo(lcAuth) << "moving the secrets of" << account.id() << "into one keychain entry";
            m_keychain->write(keyFor(account), loaded.secrets.toStoredText(), this,
                              [this, account](const Result &written) {
                if (written.status != Status::Ok)
                    return; // the older entries stay, and are read again next time
                for (const auto kind : {SecretKey::Kind::ClientSecret, SecretKey::Kind::RefreshToken})
                    m_keychain->remove(keyFor(account, kind), this, [](const Result &) {});
            });
            done(loaded);
        });
    });
}

void CredentialVault::forget(const Account &account, QObject *context,
                             std::function<void(const Result &)> callback)
{
    const QPointer<QObject> guard(context);
    m_thisRun.remove(account.id());
    m_inKeychain.remove(account.id());
    if (!m_keychain || !m_keychainWorks) {
        QMetaObject::invokeMethod(
            this, [guard, callback] {
                if (guard)
                    callback(Result{Status::Ok, QString(), QString()});
            },
            Qt::QueuedConnection);
        return;
    }
    auto finish = [this, account, guard, callback](const Result &result) {
        if (result.status != Status::Ok)
            emit forgetFailed(account, KeychainNotice::notRemoved(result));
        if (guard)
            callback(result);
    };
    // The entry first: removing it unlocks a locked keychain (one prompt), after which the
    // older entries go without asking.
    m_keychain->remove(keyFor(account), this, [this, account, finish](const Result &removed) {
        if (removed.status != Status::Ok) {
            finish(removed);
            return;
        }
        m_keychain->remove(keyFor(account, SecretKey::Kind::ClientSecret), this,
                           [this, account, finish](const Result &secret) {
            m_keychain->remove(keyFor(account, SecretKey::Kind::RefreshToken), this,
                               [finish, secret](const Result &token) {
                finish(secret.status == Status::Ok ? token : secret);
            });
        });
    });
}
