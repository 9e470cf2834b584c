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
// forget the secret). The UI only shows what this reports.
class SessionController : public QObject
{
    Q_OBJECT

public:
    SessionController(PortalClient *client, TokenSession *session, CredentialVault *vault,
                      AccountStore *accounts, QObject *parent = nullptr);

    // Validates the base URL first; reports signInFailed() without a request if it is refused.
    void signIn(const Account &account, const QString &clientSecret, bool remember);
    // Tries the last used account from stored secrets; emits signedIn() or
    // needsSignIn() (with the reason when there was one).
    void resumeLastAccount();
    void resume(const Account &account);
    // Signs out and forgets the account's stored secrets.
    void signOut();

    bool isBusy() const { return m_busy; }
    const Account &account() const { return m_account; }

signals:
    void signedIn(const Account &account);
    void signInFailed(const ApiError &error);
    // No usable stored credentials: show the sign-in dialog (prefilled with `account`).
    void needsSignIn(const Account &account, const ApiError &reason);
    void signedOut();

private:
    void onSignedIn();
    void onSignInFailed(const ApiError &error);

    PortalClient *m_client;
    TokenSession *m_session;
    CredentialVault *m_vault;
    AccountStore *m_accounts;
    Account m_account;
    QString m_pendingSecret; // stored once the portal accepted it, then cleared
    bool m_resuming = false;
    bool m_busy = false;
};
