#include "MainWindow.h"

#include "AutoRenewalDialog.h"
#include "BatchWindow.h"
#include "DiagnosticsExport.h"
#include "FollowUpActions.h"
#include "KeychainWaitPanel.h"
#include "PracticeBanner.h"
#include "ProductsWindow.h"
#include "PurchaseWizard.h"
#include "SaveFileDialog.h"
#include "SettingsDialog.h"
#include "SignInDialog.h"
#include "AppServices.h"
#include "UiLog.h"
#include "auth/KeychainNotice.h"
#include "products/InstanceDetailsLoader.h"
#include "settings/AppSettings.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QSaveFile>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

MainWindow::MainWindow(AppServices &services, const Options &options, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_options(options)
    , m_wizard(new PurchaseWizard(&services.purchase, &services.products, &services.subordinates,
                                  &services.offering, &services.billingContacts, &services.terms))
    , m_accountLabel(new QLabel(this))
    , m_keychainWarning(new QLabel(this))
    , m_keychainWait(new KeychainWaitPanel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(options.practiceMode ? tr("Partner Purchase — practice mode") : tr("Partner Purchase"));
    resize(900, 640);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    if (options.practiceMode)
        layout->addWidget(new PracticeBanner(central));
    m_keychainWait->setParent(central);
    layout->addWidget(m_keychainWait);
    m_wizard->setWindowFlags(Qt::Widget);
    m_wizard->setParent(central);
    layout->addWidget(m_wizard, 1);
    setCentralWidget(central);
    m_wizard->setEnabled(false);

    m_accountLabel->setObjectName(QStringLiteral("accountStatusLabel"));
    m_keychainWarning->setObjectName(QStringLiteral("keychainWarningLabel"));
    m_keychainWarning->setWordWrap(true);
    m_keychainWarning->hide();
    statusBar()->addWidget(m_accountLabel);
    statusBar()->addWidget(m_keychainWarning, 1);
    createMenus();

    connect(m_wizard, &PurchaseWizard::batchStarted, this, [this] {
        BatchWindow *window = batchWindow();
        window->showRunning();
        window->show();
        window->raise();
    });
    connect(&m_services.session, &SessionController::signedIn, this, &MainWindow::onSignedIn);
    connect(&m_services.session, &SessionController::signedOut, this, &MainWindow::onSignedOut);
    connect(&m_services.session, &SessionController::needsSignIn, this,
            [this](const Account &account, const ApiError &reason, const QString &keychainProblem) {
        openSignIn(account, reason, keychainProblem);
    });
    connect(&m_services.session, &SessionController::keychainWaitChanged, this, &MainWindow::onKeychainWaitChanged);
    connect(m_keychainWait, &KeychainWaitPanel::signInWithoutKeychainRequested, &m_services.session,
            &SessionController::signInWithoutKeychain);
    // The notice says what happened to the secret, once the keychain has answered.
    connect(&m_services.vault, &CredentialVault::saveStarted, this, [this] {
        m_keychainWarning->setText(KeychainNotice::saving());
        m_keychainWarning->show();
    });
    connect(&m_services.vault, &CredentialVault::saveFinished, this,
            [this](const Account &, bool, const QString &problem) { showKeychainNotice(problem); });
    connect(&m_services.vault, &CredentialVault::forgetFailed, this,
            [this](const Account &, const QString &problem) { showKeychainNotice(problem); });

    if (m_options.settings) {
        // Where and how big the window was last time (Qt keeps it on a screen that exists).
        if (!restoreGeometry(m_options.settings->windowGeometry()))
            qCDebug(lcUi) << "no usable window geometry saved; using the default size";
        restoreState(m_options.settings->windowState());
        applySettings();
        // File > Quit ends the app without closing the window: save then too.
        connect(qApp, &QCoreApplication::aboutToQuit, this, &MainWindow::saveWindowState);
    }
}

void MainWindow::showKeychainNotice(const QString &text)
{
    m_keychainWarning->setText(text);
    m_keychainWarning->setVisible(!text.isEmpty());
    if (m_signIn)
        m_signIn->showNotice(text);
}

void MainWindow::onKeychainWaitChanged(bool waiting)
{
    m_keychainWait->setWaiting(waiting);
    if (waiting)
        m_accountLabel->setText(KeychainNotice::waiting());
    else if (m_services.session.isBusy())
        m_accountLabel->setText(tr("Signing in…"));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Quitting now would leave the order's outcome unknown: its answer is seconds away.
    if (m_services.batches.isBusy()) {
        statusBar()->showMessage(tr("Orders for several customers are being sent. Stop them, and wait for the "
                                    "order on its way, before closing."));
        // Where Stop is, even when its window was closed.
        BatchWindow *window = batchWindow();
        window->show();
        window->raise();
        event->ignore();
        return;
    }
    if (m_wizard->isSendingOrder()) {
        statusBar()->showMessage(tr("The order is being sent. Wait for the Partner Portal's answer before "
                                    "closing."));
        event->ignore();
        return;
    }
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveWindowState()
{
    if (!m_options.settings)
        return;
    m_options.settings->setWindowGeometry(saveGeometry());
    m_options.settings->setWindowState(saveState());
    m_options.settings->sync();
}

// What takes effect at once; the language waits for the next start.
void MainWindow::applySettings()
{
    if (!m_options.settings)
        return;
    m_services.apply(*m_options.settings);
    if (m_signIn && !m_options.practiceMode)
        m_signIn->setNewAccountDefaults(newAccountBaseUrl(), m_options.settings->rememberSecrets());
}

QUrl MainWindow::newAccountBaseUrl() const
{
    if (m_options.baseUrl.isValid())
        return m_options.baseUrl;
    return m_options.settings ? m_options.settings->baseUrl() : QUrl();
}

void MainWindow::openSettings()
{
    if (m_settingsDialog) {
        m_settingsDialog->raise();
        m_settingsDialog->activateWindow();
        return;
    }
    if (!m_options.settings)
        return;
    m_settingsDialog = new SettingsDialog(m_options.settings, this);
    m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_settingsDialog, &SettingsDialog::settingsSaved, this, &MainWindow::applySettings);
    m_settingsDialog->open(); // window-modal, no nested event loop
}

SettingsDialog *MainWindow::settingsDialog() const
{
    return m_settingsDialog;
}

SignInDialog *MainWindow::signInDialog() const
{
    return m_signIn;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newPurchase = file->addAction(tr("&New purchase"), m_wizard, &PurchaseWizard::startNewPurchase);
    newPurchase->setShortcut(QKeySequence::New);
    newPurchase->setObjectName(QStringLiteral("newPurchaseAction"));
    // Receipts, portal orders and purchased products: File menu and a toolbar
    // (FollowUpActions owns the windows).
    auto *followUp = new FollowUpActions(&m_services.receipts, &m_services.statusRefresher, &m_services.orders,
                                         &m_services.orderDetails, &m_services.purchasedProducts,
                                         &m_services.purchasedProductDetails, &m_services.session, this);
    m_followUp = followUp;
    connect(followUp, &FollowUpActions::operationRequested, this, &MainWindow::startOperation);
    connect(followUp, &FollowUpActions::autoRenewalRequested, this, &MainWindow::openAutoRenewal);
    connect(followUp, &FollowUpActions::renewalsRequested, this, &MainWindow::startRenewals);
    connect(m_wizard, &PurchaseWizard::productsWindowRequested, followUp, &FollowUpActions::showProducts);
    const QList<QAction *> followUpActions{followUp->receiptsAction(), followUp->ordersAction(),
                                           followUp->productsAction()};
    file->addActions(followUpActions);
    //: name of the toolbar (shown when the toolbar area is right-clicked)
    QToolBar *toolBar = addToolBar(tr("Orders"));
    toolBar->setObjectName(QStringLiteral("ordersToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addActions(followUpActions);
    file->addSeparator();
    QAction *settings = file->addAction(tr("Se&ttings…"), this, &MainWindow::openSettings);
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcuts(QKeySequence::Preferences);
    if (settings->shortcuts().isEmpty()) // most Linux desktops name none: GNOME's Ctrl+,
        settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    settings->setEnabled(m_options.settings != nullptr);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("quitAction"));

    QMenu *account = menuBar()->addMenu(tr("&Account"));
    QAction *switchAccount = account->addAction(tr("&Switch account…"), this, [this] {
        openSignIn(m_services.session.account(), ApiError());
    });
    switchAccount->setObjectName(QStringLiteral("switchAccountAction"));
    QAction *signOut = account->addAction(tr("Sign &out and forget the secret"), &m_services.session,
                                          &SessionController::signOut);
    signOut->setObjectName(QStringLiteral("signOutAction"));

    // While an order is on its way (the wizard's, or a batch's being sent or looked up),
    // nothing may take the user (or the session) away from it.
    const auto orderOnItsWay = [this, newPurchase, quit, switchAccount, signOut] {
        const bool sending = m_wizard->isSendingOrder();
        newPurchase->setEnabled(!sending);
        for (QAction *action : {quit, switchAccount, signOut})
            action->setEnabled(!sending && !m_services.batches.isBusy());
    };
    connect(m_wizard, &PurchaseWizard::sendingOrderChanged, this, orderOnItsWay);
    connect(&m_services.batches, &BatchRunner::stateChanged, this, orderOnItsWay);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    auto *diagnostics = new DiagnosticsExport(
        &m_services.diagnostics, [client = &m_services.client] { return client->baseUrl().toString(); }, this);
    help->addAction(diagnostics->action());
    connect(diagnostics, &DiagnosticsExport::finished, this,
            [this](const QString &, bool, const QString &message) { statusBar()->showMessage(message, 15000); });
}

void MainWindow::setPracticeAccount(const Account &account, const QString &secret)
{
    m_options.practiceAccount = account;
    m_options.practiceSecret = secret;
}

void MainWindow::start()
{
    if (m_options.practiceMode)
        qCInfo(lcUi).noquote() << "window shown in practice mode; practice portal at"
                               << m_options.practiceAccount.baseUrl.toString();
    else
        qCInfo(lcUi) << "window shown; resuming the last account";
    if (m_options.practiceMode) {
        openSignIn(m_options.practiceAccount, ApiError());
        return;
    }
    m_accountLabel->setText(tr("Signing in…"));
    m_services.session.resumeLastAccount();
}

void MainWindow::openSignIn(const Account &prefill, const ApiError &reason, const QString &keychainProblem)
{
    if (m_signIn) {
        m_signIn->raise();
        return;
    }
    m_accountLabel->setText(tr("Not signed in"));
    m_signIn = new SignInDialog(&m_services.session, m_services.accounts.accounts(), m_options.practiceMode, this);
    m_signIn->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_options.practiceMode && m_options.settings)
        m_signIn->setNewAccountDefaults(newAccountBaseUrl(), m_options.settings->rememberSecrets());
    else if (!m_options.practiceMode && m_options.baseUrl.isValid())
        m_signIn->setNewAccountDefaults(m_options.baseUrl, true);
    if (m_options.practiceMode)
        m_signIn->prefill(m_options.practiceAccount, m_options.practiceSecret);
    else if (prefill.isValid())
        m_signIn->prefill(prefill);
    if (reason.isError())
        m_signIn->showError(reason);
    if (!keychainProblem.isEmpty())
        m_signIn->showNotice(keychainProblem);
    else if (m_keychainWarning->isVisibleTo(this))
        m_signIn->showNotice(m_keychainWarning->text());
    m_signIn->open(); // window-modal, no nested event loop
}

void MainWindow::onSignedIn(const Account &account)
{
    // AppServices has opened the account's receipts and started loading its lists.
    m_accountLabel->setText(tr("Signed in as %1").arg(account.displayName()));
    m_wizard->setEnabled(true);
    m_wizard->startNewPurchase();
    forgetBatchWindow(); // another account's batch, if one was shown
    // A batch an earlier run left unfinished: shown, resumed only when the user says so.
    if (!m_services.batches.isBusy()) {
        const QList<BatchJournal::Batch> unfinished = m_services.batchJournal.unfinished(m_services.storeAccountId());
        if (!unfinished.isEmpty()) {
            BatchWindow *window = batchWindow();
            window->showUnfinished(unfinished.last());
            window->show();
        }
    }
}

void MainWindow::forgetBatchWindow()
{
    // The batch it shows (or offers to resume) was set aside with its account.
    if (m_batchWindow && !m_services.batches.isBusy()) {
        m_batchWindow->hide();
        m_batchWindow->deleteLater();
        m_batchWindow = nullptr;
    }
}

BatchWindow *MainWindow::batchWindow()
{
    if (!m_batchWindow)
        m_batchWindow = new BatchWindow(&m_services.batches, this);
    return m_batchWindow;
}

void MainWindow::onSignedOut()
{
    forgetBatchWindow();
    m_wizard->startNewPurchase();
    m_wizard->setEnabled(false);
    openSignIn(Account(), ApiError());
}

void MainWindow::startRenewals(const QList<ProductInstance> &instances, const QStringList &productNames)
{
    // Not while an order is on its way: its answer belongs to the draft on screen.
    if (!m_wizard->startRenewals(instances, productNames)) {
        statusBar()->showMessage(tr("An order is on its way; wait for its answer, then try again."), 10000);
        return;
    }
    activateWindow();
    raise();
}

void MainWindow::startOperation(OrderOperation operation, const CurrentSubscription &product)
{
    // Not while an order is on its way: its answer belongs to the draft on screen.
    if (!m_wizard->startOperation(operation, product)) {
        statusBar()->showMessage(tr("An order is on its way; wait for its answer, then try again."), 10000);
        return;
    }
    activateWindow();
    raise();
}

void MainWindow::openAutoRenewal(const CurrentSubscription &product)
{
    if (!m_services.autoRenewal.setProduct(product)) {
        statusBar()->showMessage(tr("Auto-renewal is being turned on for another product; wait for its answer."),
                                 10000);
        return;
    }
    auto *dialog = new AutoRenewalDialog(&m_services.autoRenewal, m_followUp->productsWindow() ? static_cast<QWidget *>(m_followUp->productsWindow()) : this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AutoRenewalDialog::saveRequested, dialog, [dialog](const QString &text) {
        QFileDialog *files = openSaveFileDialog(dialog, QStringLiteral("saveAutoRenewalFileDialog"),
                                                tr("Save the outcome"), QStringLiteral("auto-renewal.txt"),
                                                tr("Text files (*.txt)"), QStringLiteral("txt"));
        connect(files, &QFileDialog::fileSelected, dialog, [dialog, text](const QString &path) {
            QSaveFile file(path);
            if (file.open(QIODevice::WriteOnly))
                file.write(text.toUtf8());
            const bool saved = file.commit();
            if (!saved)
                qCWarning(lcUi) << "auto-renewal outcome not saved to" << path << file.errorString();
            dialog->showSaved(path, saved ? QString() : file.errorString());
        });
    });
    // Its details say so from now on: show them again.
    connect(&m_services.autoRenewal, &AutoRenewal::stateChanged, dialog, [this](AutoRenewal::State state) {
        InstanceDetailsLoader *details = &m_services.purchasedProductDetails;
        if (state == AutoRenewal::State::On && details->instance()) {
            const ProductInstance shown = *details->instance(); // show() forgets the one it holds
            details->show(shown);
        }
    });
    dialog->open();
}
