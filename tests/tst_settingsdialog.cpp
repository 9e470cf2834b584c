// The settings dialog and what the main window does with the settings: values shown and
// saved, the portal address checked as it is typed, Cancel and Restore Defaults, labels
// with mnemonics and accessible names; File > Settings… opens it without blocking; the
// timeout reaches PortalClient, "remember" the vault and the sign-in dialog, the address
// the sign-in dialog of a new account; the window's size survives a restart.
#include "AppServices.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "SignInDialog.h"
#include "auth/MemorySecretStore.h"
#include "settings/AppSettings.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

namespace {

// A whole app, not in practice mode, in temporary folders, with an in-memory keychain.
struct App
{
    explicit App(AppSettings *settings, const QUrl &commandLineBaseUrl = QUrl())
        : services(&keychain, directory.filePath(QStringLiteral("accounts.ini")),
                   directory.filePath(QStringLiteral("receipts")))
    {
        MainWindow::Options options;
        options.settings = settings;
        options.baseUrl = commandLineBaseUrl;
        window = std::make_unique<MainWindow>(services, options);
    }

    QTemporaryDir directory;
    MemorySecretStore keychain;
    AppServices services;
    std::unique_ptr<MainWindow> window;
};

QPushButton *okButton(QDialog *dialog)
{
    return dialog->findChild<QDialogButtonBox *>(QStringLiteral("settingsDialogButtonBox"))
        ->button(QDialogButtonBox::Ok);
}

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void showsAndSavesTheValues();
    void refusesAPlainHttpAddressInline();
    void cancelAndRestoreDefaults();
    void labelsHaveMnemonicsAndAccessibleNames();
    void mainWindowOpensItAndAppliesIt();
    void commandLineAddressWinsForThisRun();
    void windowSizeAndPlaceAreRemembered();

private:
    QString file() const { return m_directory.filePath(QStringLiteral("settings.ini")); }
    QTemporaryDir m_directory;
};

void TestSettingsDialog::init()
{
    QFile::remove(file());
}

void TestSettingsDialog::showsAndSavesTheValues()
{
    AppSettings settings(file());
    QVERIFY(!settings.setBaseUrl(QUrl(QStringLiteral("https://portal.example.com"))).isError());
    settings.setRequestTimeout(20s);
    settings.setLanguage(QStringLiteral("de"));
    settings.setRememberSecrets(true);

    SettingsDialog dialog(&settings);
    QSignalSpy saved(&dialog, &SettingsDialog::settingsSaved);
    dialog.open();
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.windowModality(), Qt::WindowModal); // open(): no nested event loop
    auto *address = dialog.findChild<QLineEdit *>(QStringLiteral("defaultBaseUrlLineEdit"));
    auto *timeout = dialog.findChild<QSpinBox *>(QStringLiteral("requestTimeoutSpinBox"));
    auto *language = dialog.findChild<QComboBox *>(QStringLiteral("languageComboBox"));
    auto *remember = dialog.findChild<QCheckBox *>(QStringLiteral("rememberSecretsCheckBox"));
    auto *restartNote = dialog.findChild<QLabel *>(QStringLiteral("languageRestartLabel"));
    QCOMPARE(address->text(), QStringLiteral("https://portal.example.com"));
    QCOMPARE(timeout->value(), 20);
    QCOMPARE(language->currentData().toString(), QStringLiteral("de"));
    QVERIFY(remember->isChecked());
    QVERIFY(!restartNote->isVisible());

    // The system language first, then every translation the app ships.
    QCOMPARE(language->itemData(0).toString(), QString());
    QVERIFY(language->findData(QStringLiteral("zh_CN")) > 0);
    QVERIFY(language->findData(QStringLiteral("en")) > 0);

    address->clear();
    QTest::keyClicks(address, QStringLiteral("other.example.com")); // no scheme means https
    timeout->setValue(90);
    language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
    QVERIFY(restartNote->isVisible()); // the language changes at the next start
    remember->setChecked(false);
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);

    QCOMPARE(saved.count(), 1);
    QVERIFY(!dialog.isVisible());
    const AppSettings reread(file());
    QCOMPARE(reread.baseUrl(), QUrl(QStringLiteral("https://other.example.com")));
    QCOMPARE(reread.requestTimeout(), 90s);
    QCOMPARE(reread.language(), QStringLiteral("zh_CN"));
    QVERIFY(!reread.rememberSecrets());
}

void TestSettingsDialog::refusesAPlainHttpAddressInline()
{
    AppSettings settings(file());
    SettingsDialog dialog(&settings);
    dialog.open();
    auto *address = dialog.findChild<QLineEdit *>(QStringLiteral("defaultBaseUrlLineEdit"));
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("baseUrlErrorLabel"));
    QVERIFY(address->text().isEmpty()); // empty: the standard portal
    QVERIFY(!error->isVisible());
    QVERIFY(okButton(&dialog)->isEnabled());

    QTest::keyClicks(address, QStringLiteral("http://portal.example.com"));
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QLatin1String("https://")));
    QVERIFY(!okButton(&dialog)->isEnabled());
    QTest::keyClick(address, Qt::Key_Return); // Enter does not save a refused address
    QVERIFY(dialog.isVisible());

    address->setText(QStringLiteral("http://127.0.0.1:8080")); // loopback: the practice portal
    QVERIFY(!error->isVisible());
    QVERIFY(okButton(&dialog)->isEnabled());
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    QCOMPARE(AppSettings(file()).baseUrl(), QUrl(QStringLiteral("http://127.0.0.1:8080")));
}

void TestSettingsDialog::cancelAndRestoreDefaults()
{
    AppSettings settings(file());
    settings.setRequestTimeout(120s);
    settings.setRememberSecrets(false);
    settings.setLanguage(QStringLiteral("de"));
    {
        SettingsDialog dialog(&settings);
        dialog.open();
        dialog.findChild<QSpinBox *>(QStringLiteral("requestTimeoutSpinBox"))->setValue(10);
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(settings.requestTimeout(), 120s);
    }
    SettingsDialog dialog(&settings);
    dialog.open();
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::RestoreDefaults)->click();
    QCOMPARE(settings.requestTimeout(), 120s); // nothing is saved before OK
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    QCOMPARE(settings.requestTimeout(), AppSettings::kDefaultTimeout);
    QVERIFY(settings.rememberSecrets());
    QCOMPARE(settings.language(), QString());
}

void TestSettingsDialog::labelsHaveMnemonicsAndAccessibleNames()
{
    AppSettings settings(file());
    SettingsDialog dialog(&settings);
    dialog.open();
    const QList<QWidget *> inputs{dialog.findChild<QLineEdit *>(QStringLiteral("defaultBaseUrlLineEdit")),
                                  dialog.findChild<QSpinBox *>(QStringLiteral("requestTimeoutSpinBox")),
                                  dialog.findChild<QComboBox *>(QStringLiteral("languageComboBox")),
                                  dialog.findChild<QCheckBox *>(QStringLiteral("rememberSecretsCheckBox"))};
    for (QWidget *input : inputs) {
        QVERIFY(input);
        QVERIFY2(!input->accessibleName().isEmpty(), qPrintable(input->objectName()));
        QVERIFY2(input->objectName().endsWith(QLatin1String(input->metaObject()->className()).mid(1)),
                 qPrintable(input->objectName()));
    }
    QVERIFY(dialog.findChild<QCheckBox *>(QStringLiteral("rememberSecretsCheckBox"))->text().contains(QLatin1Char('&')));
    int buddies = 0;
    const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (!label->buddy())
            continue;
        ++buddies;
        QVERIFY2(label->text().contains(QLatin1Char('&')), qPrintable(label->text()));
        QVERIFY(inputs.contains(label->buddy()));
    }
    QCOMPARE(buddies, 3);
    for (QObject *child : dialog.findChildren<QWidget *>()) {
        if (!child->objectName().isEmpty() && !child->objectName().startsWith(QLatin1String("qt_")))
            QVERIFY2(child->objectName().endsWith(QLatin1String(child->metaObject()->className()).mid(1)),
                     qPrintable(child->objectName()));
    }
}

void TestSettingsDialog::mainWindowOpensItAndAppliesIt()
{
    AppSettings settings(file());
    settings.setRequestTimeout(25s);
    App app(&settings);
    QCOMPARE(app.services.client.transferTimeout(), 25s); // applied at start
    QVERIFY(app.services.vault.remembersInKeychain());
    app.window->show();

    auto *action = app.window->findChild<QAction *>(QStringLiteral("settingsAction"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    const QList<QKeySequence> standard = QKeySequence::keyBindings(QKeySequence::Preferences);
    QCOMPARE(action->shortcuts(), standard.isEmpty() ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Comma)} : standard);
    QCOMPARE(action->menuRole(), QAction::PreferencesRole);
    action->trigger();
    SettingsDialog *dialog = app.window->settingsDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    action->trigger(); // a second time raises the same dialog
    QCOMPARE(app.window->settingsDialog(), dialog);

    dialog->findChild<QSpinBox *>(QStringLiteral("requestTimeoutSpinBox"))->setValue(42);
    dialog->findChild<QCheckBox *>(QStringLiteral("rememberSecretsCheckBox"))->setChecked(false);
    dialog->findChild<QLineEdit *>(QStringLiteral("defaultBaseUrlLineEdit"))
        ->setText(QStringLiteral("https://portal.example.com"));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_VERIFY(!app.window->settingsDialog()); // closed and deleted

    QCOMPARE(app.services.client.transferTimeout(), 42s);
    QVERIFY(!app.services.vault.remembersInKeychain());

    // A new account starts with the address and the "remember" choice from the settings.
    app.window->start(); // no saved account: the sign-in dialog
    SignInDialog *signIn = app.window->signInDialog();
    QVERIFY(signIn);
    QCOMPARE(signIn->findChild<QLineEdit *>(QStringLiteral("baseUrlLineEdit"))->text(),
             QStringLiteral("https://portal.example.com"));
    QVERIFY(!signIn->findChild<QCheckBox *>(QStringLiteral("rememberCheckBox"))->isChecked());
}

void TestSettingsDialog::commandLineAddressWinsForThisRun()
{
    AppSettings settings(file());
    QVERIFY(!settings.setBaseUrl(QUrl(QStringLiteral("https://portal.example.com"))).isError());
    App app(&settings, QUrl(QStringLiteral("https://cli.example.com")));
    app.window->show();
    app.window->start();
    SignInDialog *signIn = app.window->signInDialog();
    QVERIFY(signIn);
    QCOMPARE(signIn->findChild<QLineEdit *>(QStringLiteral("baseUrlLineEdit"))->text(),
             QStringLiteral("https://cli.example.com"));
    QVERIFY(signIn->findChild<QCheckBox *>(QStringLiteral("rememberCheckBox"))->isChecked());
}

void TestSettingsDialog::windowSizeAndPlaceAreRemembered()
{
    AppSettings settings(file());
    {
        App app(&settings);
        app.window->show();
        app.window->resize(1010, 707);
        QTRY_COMPARE(app.window->size(), QSize(1010, 707));
        app.window->close();
    }
    QVERIFY(!settings.windowGeometry().isEmpty());
    QVERIFY(!settings.windowState().isEmpty());
    App again(&settings);
    again.window->show();
    QCOMPARE(again.window->size(), QSize(1010, 707));
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
