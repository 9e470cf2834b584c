#pragma once

#include "auth/Account.h"
#include "api/ApiError.h"

#include <QDialog>
#include <QList>

class ErrorDetails;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class SessionController;

// Sign in to a Partner Portal account: base URL, client ID, client secret (masked, with a
// show toggle), a label, and "remember in the keychain". Saved accounts can be picked;
// for a saved account an empty secret field means "use the stored secret". Errors show
// inline and nothing typed is lost.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    SignInDialog(SessionController *session, const QList<Account> &savedAccounts, bool practiceMode,
                 QWidget *parent = nullptr);

    // Fills the fields (the practice portal, or the account that needs a new sign-in).
    void prefill(const Account &account, const QString &clientSecret = QString());
    void showError(const ApiError &error);
    // What happened with the system keychain (the saved secret could not be read, or was
    // not saved); empty hides it.
    void showNotice(const QString &text);
    // What a new account starts with (from the settings): the portal address and whether
    // "remember in the keychain" is ticked. Call before prefill().
    void setNewAccountDefaults(const QUrl &baseUrl, bool remember);

private:
    void accountPicked(int index);
    void submit();
    void setBusy(bool busy);

    SessionController *m_session;
    QList<Account> m_saved;
    QComboBox *m_accounts;
    QLineEdit *m_baseUrl;
    QLineEdit *m_clientId;
    QLineEdit *m_secret;
    QCheckBox *m_showSecret;
    QLineEdit *m_label;
    QCheckBox *m_remember;
    QLabel *m_error;
    QLabel *m_reference;
    ErrorDetails *m_details;
    QLabel *m_notice;
    QProgressBar *m_busy;
    QPushButton *m_signIn;
    QUrl m_defaultBaseUrl;             // invalid: PortalAddress::defaultUrl()
    bool m_waitingForKeychain = false; // a saved secret is being read for a sign-in from here
};
