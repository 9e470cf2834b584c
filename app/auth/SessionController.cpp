#include "SessionController.h"

#include "AccountStore.h"
#include "AuthLog.h"
#include "CredentialVault.h"
#include "KeychainNotice.h"
#include "TokenSession.h"
#include "api/PortalClient.h"

SessionController::SessionController(PortalClient *client, TokenSession *tokens,
                                     CredentialVault *vault, AccountStore *accounts, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_tokens(tokens)
    , m_vault(vault)
    , m_accounts(accounts)
{
    connect(m_tokens, &TokenSession::started, this, &SessionController::onTokenStarted);
    connect(m_tokens, &TokenSession::startFailed, this, &SessionController::onTokenRefused);
    connect(m_tokens, &TokenSession::refreshTokenChanged, this, [this](const QString &token) {
        // During a sign-in the token is saved with the secret, in one keychain write.
        if (!m_busy && !token.isEmpty() && m_account.isValid())
            m_vault->updateRefreshToken(m_account, token);
    });
    connect(m_tokens, &TokenSession::expired, this, [this](const ApiError &error) {
        emit needsSignIn(m_account, error, QString());
    });
}

void SessionController::setWaitingForKeychain(bool waiting)
{
    if (m_waitingForKeychain == waiting)
        return;
    m_waitingForKeychain = waiting;
    emit keychainWaitChanged(waiting);
}

void SessionController::signIn(const Account &account, const QString &clientSecret, bool remember)
{
    if (const ApiError urlError = m_client->setBaseUrl(account.baseUrl); urlError.isError()) {
        emit signInFailed(urlError);
        return;
    }
    ++m_loadGeneration; // typed while the keychain was still being asked: the typed one wins
    setWaitingForKeychain(false);
    m_account = account;
    m_pendingSecret = clientSecret;
    m_resuming = false;
    m_busy = true;
    m_vault->setRememberInKeychain(remember);
    m_tokens->start(account.clientId, clientSecret);
}

void SessionController::resumeLastAccount()
{
    const auto last = m_accounts->lastUsed();
    if (!last) {
        emit needsSignIn(Account(), ApiError(), QString());
        return;
    }
    resume(*last);
}

void SessionController::resume(const Account &account)
{
    if (m_client->setBaseUrl(account.baseUrl).isError()) {
        emit needsSignIn(account, ApiError(ApiError::Kind::InvalidBaseUrl), QString());
        return;
    }
    m_account = account;
    m_busy = true;
    const quint64 generation = ++m_loadGeneration;
    setWaitingForKeychain(true);
    m_vault->load(account, this, [this, account, generation](const CredentialVault::Loaded &loaded) {
        if (generation != m_loadGeneration)
            return; // the user went on without the keychain
        setWaitingForKeychain(false);
        if (loaded.secrets.isEmpty()) {
            m_busy = false;
            emit needsSignIn(account, ApiError(), KeychainNotice::readFailed(loaded.outcome));
            return;
        }
        m_resuming = true;
        m_pendingSecret.clear();
        m_tokens->start(account.clientId, loaded.secrets.clientSecret, loaded.secrets.refreshToken);
    });
}

void SessionController::signInWithoutKeychain()
{
    if (!m_waitingForKeychain)
        return;
    qCInfo(lcAuth) << "going on without waiting for the keychain";
    ++m_loadGeneration;
    setWaitingForKeychain(false);
    m_busy = false;
    emit needsSignIn(m_account, ApiError(), QString());
}

void SessionController::onTokenStarted()
{
    m_busy = false;
    if (!m_pendingSecret.isEmpty()) {
        // One keychain entry for the secret and the refresh token: one write, one prompt.
        m_vault->save(m_account, AccountSecrets{m_pendingSecret, m_tokens->refreshToken()});
        m_pendingSecret.clear();
    } else {
        m_vault->updateRefreshToken(m_account, m_tokens->refreshToken());
    }
    m_resuming = false;
    m_accounts->save(m_account);
    m_accounts->setLastUsed(m_account);
    qCInfo(lcAuth) << "signed in as" << m_account.displayName();
    emit signedIn(m_account);
}

void SessionController::onTokenRefused(const ApiError &error)
{
    m_busy = false;
    m_pendingSecret.clear();
    if (m_resuming) {
        m_resuming = false;
        emit needsSignIn(m_account, error, QString());
        return;
    }
    emit signInFailed(error);
}

void SessionController::signOut()
{
    const Account account = m_account;
    ++m_loadGeneration;
    setWaitingForKeychain(false);
    m_client->cancelAll();
    m_tokens->stop();
    m_accounts->clearLastUsed();
    if (account.isValid())
        m_vault->forget(account, this, [](const SecretStore::Result &) {});
    m_account = Account();
    emit signedOut();
}
