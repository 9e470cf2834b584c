#include "BenchApp.h"

#include "PurchaseWizard.h"
#include "SignInDialog.h"
#include "practice/PracticePortal.h"

#include <QAbstractButton>
#include <QTest>

BenchApp::BenchApp(const QUrl &portalUrl)
{
    m_services = std::make_unique<AppServices>(&m_keychain, m_directory.filePath(QStringLiteral("accounts.ini")),
                                               m_directory.filePath(QStringLiteral("receipts")), true);
    MainWindow::Options options;
    options.practiceMode = true;
    options.practiceAccount.baseUrl = portalUrl;
    options.practiceAccount.clientId = PracticePortal::practiceClientId();
    options.practiceAccount.label = QStringLiteral("Benchmark");
    options.practiceSecret = PracticePortal::practiceClientSecret();
    m_window = std::make_unique<MainWindow>(*m_services, options);
    m_window->resize(900, 680);
    m_window->show();
}

BenchApp::~BenchApp()
{
    m_window.reset(); // the pages first: they hold pointers into the services
}

bool BenchApp::pressSignIn()
{
    m_window->start();
    SignInDialog *dialog = m_window->signInDialog();
    auto *button = dialog ? dialog->findChild<QAbstractButton *>(QStringLiteral("signInButton")) : nullptr;
    if (!button)
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

bool BenchApp::isSignedIn() const
{
    return m_window->wizard()->isEnabled();
}

bool BenchApp::listsReady() const
{
    return m_services->products.state() == RemoteListModel::State::Ready
        && m_services->subordinates.state() == RemoteListModel::State::Ready
        && m_services->billingContacts.state() == RemoteListModel::State::Ready;
}
