#pragma once

#include "Account.h"
#include "api/ApiError.h"

#include <QObject>
#include <QString>

class AccountStore;
class CredentialVault;
class PortalClient;
class TokenSession;

// The sign-in story in one place: sign in with typed credentials (and remember them),
// resume the last account silently from the keychain, switch accounts, sign out (and
// forget the secret). It drives the TokenSession (which only starts, renews, expires and
// stops a token); the windows connect to this one and show what it reports.
//
// Nothing waits for the keychain: while a start waits for it (the user may be asked to
// unlock it, and may never answer), signInWithoutKeychain() goes on without it, and a
// late answer is then ignored.
class SessionController : public QObject
{
    Q_OBJECT

public:
    SessionController(PortalClient *client, TokenSession *tokens, CredentialVault *vault,
                      AccountStore *accounts, QObject *parent = nullptr);

    // Validates the base URL first; reports signInFailed() without a request if it is refused.
    void signIn(const Account &account, const QString &clientSecret, bool remember);
    // Tries the last used account from stored secrets; emits signedIn() or
    // needsSignIn() (with the reason when there was one).
    void resumeLastAccount();
    void resume(const Account &account);
    // Stops waiting for the keychain and asks for the secret now (needsSignIn()).
    void signInWithoutKeychain();
    // Signs out and forgets the account's stored secrets.
    void signOut();

    bool isBusy() const { return m_busy; }
    const Account &account() const { return m_account; }

signals:
    void signedIn(const Account &account);
    void signInFailed(const ApiError &error);
    // No usable stored credentials: show the sign-in dialog (prefilled with `account`).
    // `reason`: the portal's answer, if it refused; `keychainProblem`: why the saved
    // secret could not be read (a translated sentence), if it could not.
    void needsSignIn(const Account &account, const ApiError &reason, const QString &keychainProblem);
    void signedOut();
    // A start is waiting for the system keychain's answer (or stopped waiting).
    void keychainWaitChanged(bool waiting);

private:
    void onTokenStarted();
    void onTokenRefused(const ApiError &error);
    void setWaitingForKeychain(bool waiting);

    PortalClient *m_client;
    TokenSession *m_tokens;
    CredentialVault *m_vault;
    AccountStore *m_accounts;
    Account m_account;
    QString m_pendingSecret;      // saved once the portal accepted it, then cleared
    quint64 m_loadGeneration = 0; // a keychain answer for an older attempt is ignored
    bool m_resuming = false;
    bool m_busy = false;
    bool m_waitingForKeychain = false;
};
