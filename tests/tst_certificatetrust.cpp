// A portal whose certificate this computer does not trust: the practice portal served over
// TLS with a self-signed certificate made for the test (openssl), signed in to through the
// real sign-in dialog. The message names the cause and what to do, Details describe the
// certificate, nothing is sent, and nothing offers to go on anyway. With SSL_CERT_FILE or
// SSL_CERT_DIR naming the certificate, as OpenSSL's own tools honour them, it signs in.
#include "AppServices.h"
#include "MainWindow.h"
#include "PurchaseWizard.h"
#include "SignInDialog.h"
#include "api/CertificateTrust.h"
#include "auth/MemorySecretStore.h"
#include "practice/PracticePortal.h"

#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

constexpr int kWaitMs = 20000;

// The environment variable set for one test, and unset again.
class ScopedEnvironment
{
public:
    ScopedEnvironment(const char *name, const QByteArray &value)
        : m_name(name)
    {
        qputenv(m_name, value);
    }
    ~ScopedEnvironment() { qunsetenv(m_name); }

private:
    const char *m_name;
};

// One run of the app in practice mode, prefilled for `portal`.
struct AppRun
{
    AppRun(PracticePortal &portal, const QString &folder)
        : services(&keychain, folder + QStringLiteral("/accounts.ini"), folder + QStringLiteral("/receipts"), true)
        , window(services, options(portal))
    {
        window.show();
        window.start();
    }

    static MainWindow::Options options(PracticePortal &portal)
    {
        MainWindow::Options options;
        options.practiceMode = true;
        options.practiceAccount = Account{QStringLiteral("TLS portal"), portal.baseUrl(), PracticePortal::practiceClientId()};
        options.practiceSecret = PracticePortal::practiceClientSecret();
        return options;
    }

    SignInDialog *dialog() const { return window.signInDialog(); }
    template <typename T>
    T *inDialog(const QString &name) const
    {
        return dialog()->findChild<T *>(name);
    }
    void pressSignIn() const
    {
        QTest::mouseClick(inDialog<QAbstractButton>(QStringLiteral("signInButton")), Qt::LeftButton);
    }

    MemorySecretStore keychain;
    AppServices services;
    MainWindow window;
};

} // namespace

class TestCertificateTrust : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void untrustedCertificateIsExplained();
    void sslCertFileIsTrusted();
    void sslCertDirIsTrusted();
    void environmentAddsToTheSystemStore();

private:
    QString certificatePath() const { return m_certificates.filePath(QStringLiteral("portal.pem")); }

    QTemporaryDir m_certificates;
    QSslCertificate m_certificate;
    QSslKey m_key;
    std::unique_ptr<PracticePortal> m_portal;
    std::unique_ptr<QTemporaryDir> m_folder;
};

void TestCertificateTrust::initTestCase()
{
    QVERIFY(m_certificates.isValid());
    // A certificate for 127.0.0.1 that no authority signed, made now so that it never expires
    // between runs.
    QProcess openssl;
    openssl.setWorkingDirectory(m_certificates.path());
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                   QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), QStringLiteral("portal.key"), QStringLiteral("-out"),
                   QStringLiteral("portal.pem"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=Partner Purchase test portal/O=Partner Purchase tests"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost")});
    QVERIFY2(openssl.waitForFinished(60000), "openssl did not finish (scripts/install-deps.sh installs it)");
    QVERIFY2(openssl.exitStatus() == QProcess::NormalExit && openssl.exitCode() == 0,
             openssl.readAllStandardError().constData());
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(certificatePath());
    QCOMPARE(certificates.size(), 1);
    m_certificate = certificates.first();
    QFile keyFile(m_certificates.filePath(QStringLiteral("portal.key")));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    m_key = QSslKey(&keyFile, QSsl::Ec);
    QVERIFY(!m_key.isNull());
}

void TestCertificateTrust::init()
{
    qunsetenv("SSL_CERT_FILE");
    qunsetenv("SSL_CERT_DIR");
    m_folder = std::make_unique<QTemporaryDir>();
    m_portal = std::make_unique<PracticePortal>();
    m_portal->useTls(m_certificate, m_key);
    QVERIFY(m_portal->listen());
    QCOMPARE(m_portal->baseUrl().scheme(), QStringLiteral("https"));
}

void TestCertificateTrust::untrustedCertificateIsExplained()
{
    AppRun run(*m_portal, m_folder->path());
    QTRY_VERIFY_WITH_TIMEOUT(run.dialog(), kWaitMs);
    run.pressSignIn();
    auto *error = run.inDialog<QLabel>(QStringLiteral("signInErrorLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), kWaitMs);

    // The cause first, in plain words, then what to do.
    const QString message = error->text();
    QVERIFY2(message.startsWith(QLatin1String("This computer does not trust the certificate")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("portal address is right")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("company's root certificate")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("update-ca-certificates")), qPrintable(message));

    // Details: subject, issuer and SHA-256 fingerprint, as IT would compare them.
    auto *detailsButton = run.inDialog<QAbstractButton>(QStringLiteral("signInDetailsButton"));
    auto *details = run.inDialog<QLabel>(QStringLiteral("signInDetailsLabel"));
    QVERIFY(detailsButton->isVisible());
    QVERIFY(!details->isVisible());
    QTest::mouseClick(detailsButton, Qt::LeftButton);
    QVERIFY(details->isVisible());
    const QString described = details->text();
    const QString fingerprint = QString::fromLatin1(m_certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
    QVERIFY2(described.contains(QStringLiteral("SHA-256 fingerprint: ") + fingerprint), qPrintable(described));
    QVERIFY2(described.contains(QLatin1String("Subject: CN=Partner Purchase test portal, O=Partner Purchase tests")),
             qPrintable(described));
    QVERIFY2(described.contains(QLatin1String("Issuer: CN=Partner Purchase test portal")), qPrintable(described));
    QVERIFY2(described.contains(QLatin1String("Problem: The certificate is self-signed, and untrusted")),
             qPrintable(described));

    // Nothing reached the portal, the fields are kept, and no button offers to go on anyway.
    QCOMPARE(m_portal->requestCount(), 0);
    QVERIFY(!run.window.wizard()->isEnabled());
    QCOMPARE(run.inDialog<QLineEdit>(QStringLiteral("clientSecretLineEdit"))->text(),
             PracticePortal::practiceClientSecret());
    const QList<QAbstractButton *> buttons = run.dialog()->findChildren<QAbstractButton *>();
    for (const QAbstractButton *button : buttons) {
        QVERIFY2(!button->text().contains(QLatin1String("gnore"), Qt::CaseInsensitive), qPrintable(button->text()));
        QVERIFY2(!button->text().contains(QLatin1String("anyway"), Qt::CaseInsensitive), qPrintable(button->text()));
    }
}

void TestCertificateTrust::sslCertFileIsTrusted()
{
    const ScopedEnvironment trust("SSL_CERT_FILE", certificatePath().toLocal8Bit());
    AppRun run(*m_portal, m_folder->path());
    QTRY_VERIFY_WITH_TIMEOUT(run.dialog(), kWaitMs);
    run.pressSignIn();
    QTRY_VERIFY_WITH_TIMEOUT(run.window.wizard()->isEnabled(), kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(run.services.products.state(), RemoteListModel::State::Ready, kWaitMs);
    QVERIFY(m_portal->requestCount() > 0);
}

void TestCertificateTrust::sslCertDirIsTrusted()
{
    // Like OpenSSL: folders separated by ':'; one that does not exist is passed over.
    QTemporaryDir folder;
    QVERIFY(QFile::copy(certificatePath(), folder.filePath(QStringLiteral("company-root.pem"))));
    const ScopedEnvironment trust("SSL_CERT_DIR", "/nonexistent/certs:" + folder.path().toLocal8Bit());
    AppRun run(*m_portal, m_folder->path());
    QTRY_VERIFY_WITH_TIMEOUT(run.dialog(), kWaitMs);
    run.pressSignIn();
    QTRY_VERIFY_WITH_TIMEOUT(run.window.wizard()->isEnabled(), kWaitMs);
}

void TestCertificateTrust::environmentAddsToTheSystemStore()
{
    QVERIFY(!CertificateTrust::configurationAdding({})); // nothing added: Qt's default untouched
    {
        // Pointing at the system's own store (as many environments do) adds nothing.
        const ScopedEnvironment file("SSL_CERT_FILE", "/etc/ssl/certs/ca-certificates.crt");
        const ScopedEnvironment folder("SSL_CERT_DIR", "/etc/ssl/certs");
        QCOMPARE(CertificateTrust::fromEnvironment(), QList<QSslCertificate>());
    }
    const ScopedEnvironment trust("SSL_CERT_FILE", certificatePath().toLocal8Bit());
    QCOMPARE(CertificateTrust::fromEnvironment(), QList<QSslCertificate>{m_certificate});
    const CertificateTrust::Configuration trusted = CertificateTrust::configurationAdding({m_certificate});
    QVERIFY(trusted);
    const QList<QSslCertificate> authorities = trusted->caCertificates();
    QVERIFY(authorities.contains(m_certificate));
    // Added to the system's store, not instead of it.
    for (const QSslCertificate &system : QSslConfiguration::systemCaCertificates())
        QVERIFY(authorities.contains(system));
}

QTEST_MAIN(TestCertificateTrust)
#include "tst_certificatetrust.moc"
