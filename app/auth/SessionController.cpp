#include "SessionController.h"

#include "AccountStore.h"
#include "AuthLog.h"
#include "CredentialVault.h"
#include "TokenSession.h"
#include "api/PortalClient.h"

SessionController::SessionController(PortalClient *client, TokenSession *session,
                                     CredentialVault *vault, AccountStore *accounts, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_session(session)
    , m_vault(vault)
    , m_accounts(accounts)
{
    connect(m_session, &TokenSession::signedIn, this, &SessionController::onSignedIn);
    connect(m_session, &TokenSession::signInFailed, this, &SessionController::onSignInFailed);
    connect(m_session, &TokenSession::refreshTokenChanged, this, [this](const QString &token) {
        if (!token.isEmpty() && m_account.isValid())
            m_vault->store(m_account, SecretKey::Kind::RefreshToken, token);
    });
    connect(m_session, &TokenSession::sessionExpired, this, [this](const ApiError &error) {
        emit needsSignIn(m_account, error);
    });
}

void SessionController::signIn(const Account &account, const QString &clientSecret, bool remember)
{
    if (const ApiError urlError = m_client->setBaseUrl(account.baseUrl); urlError.isError()) {
        emit signInFailed(urlError);
        return;
    }
    m_account = account;
    m_pendingSecret = clientSecret;
    m_resuming = false;
    m_busy = true;
    m_vault->setRememberInKeychain(remember);
    m_session->signIn(account.clientId, clientSecret);
}

void SessionController::resumeLastAccount()
{
    const auto last = m_accounts->lastUsed();
    if (!last) {
        emit needsSignIn(Account(), ApiError());
        return;
    }
    resume(*last);
}

void SessionController::resume(const Account &account)
{
    if (m_client->setBaseUrl(account.baseUrl).isError()) {
        emit needsSignIn(account, ApiError(ApiError::Kind::InvalidBaseUrl));
        return;
    }
    m_account = account;
    m_busy = true;
    m_vault->load(account, this, [this, account](const CredentialVault::Secrets &secrets) {
        if (secrets.clientSecret.isEmpty()) {
            m_busy = false;
            emit needsSignIn(account, ApiError());
            return;
        }
        m_resuming = true;
        m_pendingSecret.clear();
        m_session->resume(account.clientId, secrets.clientSecret, secrets.refreshToken);
    });
}

void SessionController::onSignedIn()
{
    m_busy = false;
    if (!m_pendingSecret.isEmpty()) {
        m_vault->store(m_account, SecretKey::Kind::ClientSecret, m_pendingSecret);
        m_pendingSecret.clear();
    }
    // The refresh token was stored when it arrived (refreshTokenChanged).
    m_accounts->save(m_account);
    m_accounts->setLastUsed(m_account);
    qCInfo(lcAuth) << "signed in as" << m_account.displayName();
    emit signedIn(m_account);
}

void SessionController::onSignInFailed(const ApiError &error)
{
    m_busy = false;
    m_pendingSecret.clear();
    if (m_resuming) {
        m_resuming = false;
        emit needsSignIn(m_account, error);
        return;
    }
    emit signInFailed(error);
}

void SessionController::signOut()
{
    const Account account = m_account;
    m_client->cancelAll();
    m_session->signOut();
    m_accounts->clearLastUsed();
    if (account.isValid())
        m_vault->forget(account, this, [](const SecretStore::Result &) { });
    m_account = Account();
    emit signedOut();
}
