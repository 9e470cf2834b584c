#pragma once

#include "api/ApiError.h"
#include "api/ProductInstance.h"
#include "auth/Account.h"

#include "order/CurrentSubscription.h"
#include "order/OrderOperation.h"

#include <QMainWindow>
#include <QPointer>

class AppServices;
class AppSettings;
class FollowUpActions;
class BatchWindow;
class KeychainWaitPanel;
class PurchaseWizard;
class QLabel;
class SettingsDialog;
class SignInDialog;

// The window: the purchase wizard in the middle, the account and actions in the menus,
// the practice banner on top in practice mode. It shows the sign-in dialog and hands each
// window and page the objects of `services` it shows.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    struct Options
    {
        bool practiceMode = false;
        Account practiceAccount; // prefilled in practice mode
        QString practiceSecret;
        // Preferences and the window's size and place; null (tests): built-in defaults.
        AppSettings *settings = nullptr;
        QUrl baseUrl; // --base-url: the portal address for new accounts in this run
    };

    MainWindow(AppServices &services, const Options &options, QWidget *parent = nullptr);

    // Practice mode: the account to prefill, once the practice portal listens. main()
    // starts the portal after the window is built, so it may arrive after construction;
    // it must arrive before start().
    void setPracticeAccount(const Account &account, const QString &secret);
    // Silent sign-in from the keychain, or the sign-in dialog.
    void start();
    PurchaseWizard *wizard() const { return m_wizard; }
    SignInDialog *signInDialog() const;
    // Preferences (non-blocking); null until opened, and again once closed.
    void openSettings();
    SettingsDialog *settingsDialog() const;
    // Orders for several customers: running, finished, or found unfinished at sign-in.
    BatchWindow *batchWindow();
    void forgetBatchWindow();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void openSignIn(const Account &prefill, const ApiError &reason, const QString &keychainProblem = QString());
    void showKeychainNotice(const QString &text);
    void onKeychainWaitChanged(bool waiting);
    void onSignedIn(const Account &account);
    void onSignedOut();
    void createMenus();
    void startOperation(OrderOperation operation, const CurrentSubscription &product);
    void startRenewals(const QList<ProductInstance> &instances, const QStringList &productNames);
    void openAutoRenewal(const CurrentSubscription &product);
    void applySettings();
    void saveWindowState();
    QUrl newAccountBaseUrl() const;

    AppServices &m_services;
    Options m_options;
    PurchaseWizard *m_wizard;
    QLabel *m_accountLabel;
    QLabel *m_keychainWarning;
    KeychainWaitPanel *m_keychainWait;
    QPointer<SignInDialog> m_signIn;
    QPointer<SettingsDialog> m_settingsDialog;
    FollowUpActions *m_followUp = nullptr;
    BatchWindow *m_batchWindow = nullptr;
};
