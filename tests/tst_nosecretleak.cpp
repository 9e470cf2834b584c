// No secret leaks into logs or files. A full purchase runs through the real wizard
// against the practice portal with every pp.* logging category on (debug included) and
// all output captured, with the app's settings, data, cache and temporary folders under
// one temporary root. The access token expires midway, so a refresh token is sent too.
// Then the purchased products (with a software PBX's activation code) and the portal's
// orders are looked at, and Help > Save API diagnostics writes its file. Neither the
// client secret, nor any access token or refresh token the portal issued (read from the
// requests it received), nor an activation code, appears in the captured output or in
// any file under that root (settings, saved accounts, receipts, the diagnostics), in
// plain, percent-encoded or base64 form.
#include "DiagnosticsExport.h"
#include "FollowUpActions.h"
#include "OrdersWindow.h"
#include "models/OrderListModel.h"
#include "ProductsWindow.h"
#include "SeedIds.h"
#include "WizardHarness.h"
#include "OrderDetailsView.h"
#include "models/OrderDetailsLoader.h"
#include "products/InstanceDetailsLoader.h"
#include "products/ProductInstanceFilterModel.h"
#include "products/ProductInstanceModel.h"
#include "settings/AppSettings.h"

#include <QApplication>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTableView>
#include <QLoggingCategory>
#include <QMutex>
#include <QUrlQuery>

#include <algorithm>

namespace {

QMutex g_logMutex;
QString g_log;
QtMessageHandler g_previousHandler = nullptr;

// Keeps every message (with its category) and passes it on to Qt Test's own handler.
void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        const QMutexLocker lock(&g_logMutex);
        g_log += QString::fromUtf8(context.category ? context.category : "default") + QStringLiteral(": ")
            + message + QLatin1Char('\n');
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

// The forms a secret could take on its way to a file or a log line.
QList<QByteArray> encodings(const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    return {utf8, QUrl::toPercentEncoding(secret), utf8.toBase64(), utf8.toBase64(QByteArray::Base64UrlEncoding)};
}

} // namespace

class TestNoSecretLeak : public QObject
{
    Q_OBJECT

public:
    explicit TestNoSecretLeak(const QString &root)
        : m_root(root)
    {
    }

private slots:
    void initTestCase();
    void fullPurchaseLeavesNoSecretBehind();
    void cleanupTestCase();

private:
    QString m_root;
};

void TestNoSecretLeak::initTestCase()
{
    g_previousHandler = qInstallMessageHandler(captureMessage);
    // QT_LOGGING_RULES (set in main()) turned every category on, debug included.
    for (const char *name : {"pp.api", "pp.auth", "pp.order", "pp.ui"})
        QVERIFY2(QLoggingCategory(name).isDebugEnabled(), name);
}

void TestNoSecretLeak::cleanupTestCase()
{
    qInstallMessageHandler(g_previousHandler);
}

void TestNoSecretLeak::fullPurchaseLeavesNoSecretBehind()
{
    AppSettings settings; // the app's own QSettings file, under the temporary root
    QVERIFY2(settings.location().startsWith(m_root), qPrintable(settings.location()));
    {
        WizardHarness app(&settings);
        QVERIFY(app.directory.path().startsWith(m_root)); // accounts and receipts too

        // Sign in with "remember" ticked, so the secrets go to the (in-memory) keychain.
        app.window->start();
        SignInDialog *signIn = app.window->signInDialog();
        QVERIFY(signIn);
        signIn->findChild<QCheckBox *>(QStringLiteral("rememberCheckBox"))->setChecked(true);
        QTest::mouseClick(signIn->findChild<QAbstractButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
        QTRY_VERIFY(app.wizard()->isEnabled());
        QVERIFY(app.listsReady());

        // The access token stops working midway: the session renews it with the refresh token.
        app.portal.expireAllAccessTokens();
        app.chooseProduct(QStringLiteral("Remote Management Premium"));
        app.clickNext();
        app.clickNext();
        QTRY_VERIFY(app.find<QCheckBox>(QStringLiteral("service%1CheckBox").arg(kRmpService)));
        app.tick(QStringLiteral("service%1CheckBox").arg(kRmpService));
        app.setQuantity(QStringLiteral("service%1QuantitySpinBox").arg(kRmpService), 10);
        app.clickNext();
        app.chooseBillingContact(kSeedBillingContact);
        app.clickNext();
        QCOMPARE(app.wizard()->currentId(), int(PurchaseWizard::ReviewPageId));
        app.tick(QStringLiteral("confirmCheckBox"));
        app.clickNext();
        QTRY_COMPARE(app.wizard()->currentId(), int(PurchaseWizard::ReceiptPageId));
        QCOMPARE(app.portal.acceptedOrderCount(), 1);
        QCOMPARE(app.portal.tokenRequestCount(QStringLiteral("refresh_token")), 1);

        // The purchased products, a software PBX in full with its activation code.
        auto *followUp = app.window->findChild<FollowUpActions *>();
        followUp->productsAction()->trigger();
        ProductsWindow *products = followUp->productsWindow();
        QTRY_VERIFY(products->model()->state() == RemoteListModel::State::Ready);
        int pseRow = -1;
        for (int row = 0; row < products->filterModel()->rowCount() && pseRow < 0; ++row) {
            if (products->model()->at(products->filterModel()->sourceRow(row)).productId == 12)
                pseRow = row;
        }
        QVERIFY(pseRow >= 0);
        products->tableView()->setCurrentIndex(products->tableView()->model()->index(pseRow, 0));
        using Part = InstanceDetailsLoader::Part;
        QTRY_VERIFY(products->detailsLoader()->state(Part::Details) == InstanceDetailsLoader::State::Ready
                    && products->detailsLoader()->state(Part::ActivationCode) == InstanceDetailsLoader::State::Ready);
        // The portal's orders, one in full.
        followUp->ordersAction()->trigger();
        OrdersWindow *orders = followUp->ordersWindow();
        QTRY_VERIFY(orders->model()->rowCount() > 0);
        orders->tableView()->selectRow(0);
        QTRY_COMPARE(orders->detailsView()->loader()->state(), OrderDetailsLoader::State::Ready);

        // Help > Save API diagnostics.
        auto *diagnostics = app.window->findChild<DiagnosticsExport *>();
        QSignalSpy saved(diagnostics, &DiagnosticsExport::finished);
        const QString diagnosticsFile = app.directory.filePath(QStringLiteral("api-diagnostics.json"));
        diagnostics->saveTo(diagnosticsFile);
        QVERIFY(saved.wait(15000));
        QVERIFY(saved.first().at(1).toBool());
        {
            QFile file(diagnosticsFile);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QJsonArray answers = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("answers")).toArray();
            QStringList endpoints;
            for (const QJsonValue &answer : answers)
                endpoints << answer.toObject().value(QLatin1String("endpoint")).toString();
            for (const char *endpoint : {"/pricing/openapi/purchase/v1/product_list",
                                         "/pricing/openapi/purchase/v1/purchase_product_info",
                                         "/product/openapi/instance_product/v1/client/instance_product_list",
                                         "/product/openapi/instance_product/v1/detail", "/order/openapi/order/v1/page"})
                QVERIFY2(endpoints.contains(QLatin1String(endpoint)), endpoint);
            QVERIFY(!endpoints.filter(QStringLiteral("/order/openapi/order/v1/get/")).isEmpty());
        }
        app.window->close(); // saves the window geometry into the settings

        // Every secret the portal saw.
        QStringList secrets{PracticePortal::practiceClientSecret()};
        int accessTokens = 0;
        int refreshTokens = 0;
        const QList<PracticeRequest> requests = app.portal.receivedRequests();
        for (const PracticeRequest &request : requests) {
            const QByteArray authorization = request.header("Authorization");
            if (authorization.startsWith("Bearer ")) {
                const QString token = QString::fromLatin1(authorization.mid(7));
                if (!secrets.contains(token)) {
                    secrets << token;
                    ++accessTokens;
                }
            }
            const QUrlQuery form(QString::fromUtf8(request.body));
            if (form.queryItemValue(QStringLiteral("grant_type")) == QLatin1String("refresh_token")) {
                secrets << form.queryItemValue(QStringLiteral("refresh_token"), QUrl::FullyDecoded);
                ++refreshTokens;
            }
            if (form.hasQueryItem(QStringLiteral("client_secret")))
                QCOMPARE(form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded),
                         PracticePortal::practiceClientSecret());
        }
        QVERIFY2(accessTokens >= 2, "the first access token and the renewed one");
        QCOMPARE(refreshTokens, 1);
        // A software PBX's activation code is a licence: kept out of files and logs too.
        int activationCodes = 0;
        for (const PracticeInstance &instance : app.portal.instances()) {
            if (!instance.activationCode.isEmpty()) {
                secrets << instance.activationCode;
                ++activationCodes;
            }
        }
        QVERIFY(activationCodes > 0);
        for (const QString &secret : std::as_const(secrets))
            QVERIFY(secret.size() >= 16); // long enough that a match is not chance

        // The logs were really on: each module said something.
        QString log;
        {
            const QMutexLocker lock(&g_logMutex);
            log = g_log;
        }
        for (const char *category : {"pp.api: ", "pp.auth: ", "pp.order: ", "pp.ui: "})
            QVERIFY2(log.contains(QLatin1String(category)), category);

        // Files were really written: settings, saved accounts, the receipt.
        settings.sync();
        QStringList files;
        QDirIterator it(m_root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        QVERIFY(files.contains(settings.location()));
        QVERIFY(files.contains(app.directory.filePath(QStringLiteral("accounts.ini"))));
        QVERIFY(std::any_of(files.cbegin(), files.cend(), [&app](const QString &path) {
            return path.startsWith(app.directory.filePath(QStringLiteral("receipts")));
        }));
        QVERIFY(files.contains(diagnosticsFile));

        const QByteArray logBytes = log.toUtf8();
        for (const QString &secret : std::as_const(secrets)) {
            for (const QByteArray &form : encodings(secret)) {
                QVERIFY2(!logBytes.contains(form), qPrintable(QStringLiteral("a secret is in the log: ") + secret));
                for (const QString &path : std::as_const(files)) {
                    QFile file(path);
                    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
                    QVERIFY2(!file.readAll().contains(form),
                             qPrintable(QStringLiteral("a secret is in %1: %2").arg(path, secret)));
                }
            }
        }
        qInfo("checked %lld secrets against %lld log bytes and %lld files", qint64(secrets.size()),
              qint64(logBytes.size()), qint64(files.size()));
    }
}

int main(int argc, char *argv[])
{
    // One root for everything the app may write: settings, data, cache, temporary files.
    QTemporaryDir root;
    if (!root.isValid())
        return 1;
    const QString base = root.path();
    for (const char *folder : {"config", "data", "cache", "state", "tmp", "home", "runtime"})
        QDir(base).mkpath(QString::fromLatin1(folder));
    QFile::setPermissions(base + QStringLiteral("/runtime"), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    qputenv("XDG_CONFIG_HOME", (base + QStringLiteral("/config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", (base + QStringLiteral("/data")).toLocal8Bit());
    qputenv("XDG_CACHE_HOME", (base + QStringLiteral("/cache")).toLocal8Bit());
    qputenv("XDG_STATE_HOME", (base + QStringLiteral("/state")).toLocal8Bit());
    qputenv("XDG_RUNTIME_DIR", (base + QStringLiteral("/runtime")).toLocal8Bit());
    qputenv("TMPDIR", (base + QStringLiteral("/tmp")).toLocal8Bit());
    qputenv("HOME", (base + QStringLiteral("/home")).toLocal8Bit());
    qputenv("QT_LOGGING_RULES", "pp.*=true");

    QApplication app(argc, argv);
    // As main.cpp names the app, so QSettings and QStandardPaths pick the same places.
    QApplication::setApplicationName(QStringLiteral("partner-purchase"));
    QApplication::setOrganizationName(QStringLiteral("partner-purchase"));
    TestNoSecretLeak test(base);
    return QTest::qExec(&test, argc, argv);
}

#include "tst_nosecretleak.moc"
