// A LOCKED GNOME Keyring, with every unlock prompt answered by the test.
//
// The ctest entry runs this under its own dbus-run-session: the test owns the system
// prompter's name (MockSystemPrompter, gcr's prompter protocol) and starts its own
// gnome-keyring-daemon (PrivateGnomeKeyring), so each prompt is counted and answered —
// Cancel or Unlock — deterministically and without a display. The app is the real one:
// AppServices with the real KeychainSecretStore, the real MainWindow and sign-in dialog,
// the practice portal over real HTTP.
//
// What must hold: one prompt per sign-in and one per start; what the window says about the
// secret always matches what the keychain holds; a start never waits for an unanswered
// prompt; "Sign out and forget" never leaves a secret behind silently.
//
// The test answers a prompt as a person does, once the app waits for it: when every keychain
// request the app runs waits for the user (its unlock's Prompt call answered). Answered while
// another unlock was still on its way to its Prompt call, gnome-keyring 42 aborts (see
// PrivateGnomeKeyring); a person who takes a second to answer never meets that moment.
#include "AppServices.h"
#include "MainWindow.h"
#include "MockSystemPrompter.h"
#include "PrivateGnomeKeyring.h"
#include "PurchaseWizard.h"
#include "SignInDialog.h"
#include "auth/AccountStore.h"
#include "auth/KeychainNotice.h"
#include "auth/KeychainSecretStore.h"
#include "practice/PracticePortal.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMutex>
#include <QPointer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <optional>

namespace {

using Answer = MockSystemPrompter::Answer;
using Status = SecretStore::Status;

const QByteArray kKeyringPassword = QByteArrayLiteral("keyring-password");
// Generous: the machine running the suite may be loaded.
constexpr int kWaitMs = 20000;

// pp.auth lines, captured while a test runs.
QMutex g_logMutex;
QStringList g_authLog;
QtMessageHandler g_previousHandler = nullptr;
// Told when a request starts or ends, since its answer gate counts the running requests.
QPointer<MockSystemPrompter> g_prompter;

void captureAuthLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && qstrcmp(context.category, "pp.auth") == 0) {
        {
            const QMutexLocker lock(&g_logMutex);
            g_authLog << message;
        }
        if (g_prompter) {
            QMetaObject::invokeMethod(
                g_prompter.data(), [prompter = g_prompter] {
                    if (prompter)
                        prompter->answerGateChanged();
                },
                Qt::QueuedConnection);
        }
    }
    g_previousHandler(type, context, message);
}

QStringList authLog()
{
    const QMutexLocker lock(&g_logMutex);
    return g_authLog;
}

// The keychain store logs every request and its outcome: the requests not answered yet.
qsizetype keychainRequestsRunning()
{
    const QStringList lines = authLog();
    const auto count = [&lines](const QString &word) {
        return std::count_if(lines.cbegin(), lines.cend(), [&word](const QString &line) {
            return line.startsWith(QLatin1String("keychain ")) && line.contains(word);
        });
    };
    return count(QStringLiteral(" requested")) - count(QStringLiteral(" answered "));
}

// No job still running or queued.
bool keychainIdle()
{
    return keychainRequestsRunning() == 0;
}

Answer answerFrom(const QString &name)
{
    return name == QLatin1String("unlock") ? Answer::Unlock : Answer::Cancel;
}

// One run of the app: what main.cpp builds, with the real keychain, in the test's folders.
struct AppRun
{
    AppRun(const QString &folder)
        : services(&keychain, folder + QStringLiteral("/accounts.ini"), folder + QStringLiteral("/receipts"))
        , window(services, {})
    {
        window.show();
    }

    template <typename T>
    T *find(const QString &name) const
    {
        return window.findChild<T *>(name);
    }
    QString notice() const
    {
        auto *label = find<QLabel>(QStringLiteral("keychainWarningLabel"));
        return label->isVisibleTo(&window) ? label->text() : QString();
    }
    QString dialogNotice() const
    {
        auto *label = window.signInDialog()->findChild<QLabel *>(QStringLiteral("signInNoticeLabel"));
        return label->isVisibleTo(window.signInDialog()) ? label->text() : QString();
    }
    bool waitPanelShown() const { return find<QWidget>(QStringLiteral("keychainWaitFrame"))->isVisible(); }

    KeychainSecretStore keychain;
    AppServices services;
    MainWindow window;
};

} // namespace

class TestKeychainPrompts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void answersAtSignInAndStart_data();
    void answersAtSignInAndStart();
    void unansweredPromptHoldsNothingBack_data();
    void unansweredPromptHoldsNothingBack();
    void stuckReadHoldsBackNoOtherRequest();
    void olderEntriesMoveWithOnePrompt();
    void signOutUnlocksToForget_data();
    void signOutUnlocksToForget();

private:
    Account account() const;
    // Types the account into the open sign-in dialog and presses Sign in.
    void signInThroughDialog(AppRun &run, bool remember = true);
    // What the keychain holds for the account, read with the keychain unlocked for the
    // purpose (the prompts this takes are not counted); the keychain is locked again after.
    std::optional<QString> stored(SecretKey::Kind kind);
    std::optional<AccountSecrets> stored();
    // Writes an entry as an earlier run would have, and makes the account the last used.
    void seed(SecretKey::Kind kind, const QString &value);
    // Prompts the user would have seen (the test's own looks not counted).
    int prompts() const { return m_prompter.promptCount() - m_promptsOfTheTest; }
    bool waitForPrompt()
    {
        return QTest::qWaitFor([this] { return m_prompter.isPromptOpen(); }, kWaitMs);
    }
    void lockKeyring();

    std::unique_ptr<QTemporaryDir> m_folder;
    MockSystemPrompter m_prompter{kKeyringPassword};
    PrivateGnomeKeyring m_keyring{kKeyringPassword};
    PracticePortal m_portal;
    int m_promptsOfTheTest = 0;
    bool m_ready = false;
};

void TestKeychainPrompts::initTestCase()
{
    QString error;
    // The prompter first: gnome-keyring must never find the name free (D-Bus would start
    // gcr's own prompter, which needs a display).
    m_ready = m_prompter.start(&error) && m_keyring.start(&error);
    if (!m_ready) {
        const QByteArray why = "no private GNOME Keyring with a test prompter: " + error.toUtf8()
            + " (the ctest entry runs this under dbus-run-session; gnome-keyring must be installed)";
        if (qEnvironmentVariableIntValue("PP_REQUIRE_KEYCHAIN") == 1)
            QFAIL(why.constData());
        QSKIP(why.constData());
    }
    QVERIFY(m_portal.listen());
    // A request that has not reached its prompt may still start an unlock.
    m_prompter.setAnswerGate([this] {
        return m_keyring.unlocksBeforePrompt() == 0 && keychainRequestsRunning() == m_keyring.unlocksAtPrompt();
    });
    m_keyring.setUnlockObserver([this] { m_prompter.answerGateChanged(); });
    g_prompter = &m_prompter;
    QLoggingCategory::setFilterRules(QStringLiteral("pp.auth.info=true"));
    g_previousHandler = qInstallMessageHandler(captureAuthLog);
}

void TestKeychainPrompts::init()
{
    if (!m_ready)
        QSKIP("no private GNOME Keyring");
    m_folder = std::make_unique<QTemporaryDir>();
    QVERIFY(m_folder->isValid());
    m_prompter.setAutoAnswer(std::nullopt);
    m_promptsOfTheTest = m_prompter.promptCount();
    lockKeyring();
    const QMutexLocker lock(&g_logMutex);
    g_authLog.clear();
}

void TestKeychainPrompts::cleanup()
{
    if (!m_ready)
        return;
    // Leave the keychain empty for the next test; the prompts this takes do not count.
    m_prompter.setAutoAnswer(Answer::Unlock);
    KeychainSecretStore keychain;
    for (const auto kind : {SecretKey::Kind::Account, SecretKey::Kind::ClientSecret, SecretKey::Kind::RefreshToken}) {
        bool done = false;
        QObject context;
        keychain.remove(SecretKey{account().baseUrl, account().clientId, kind}, &context,
                        [&done](const SecretStore::Result &) { done = true; });
        QVERIFY(QTest::qWaitFor([&done] { return done; }, kWaitMs));
    }
    m_prompter.setAutoAnswer(std::nullopt);
}

Account TestKeychainPrompts::account() const
{
    return Account{QString(), m_portal.baseUrl(), PracticePortal::practiceClientId()};
}

void TestKeychainPrompts::lockKeyring()
{
    QString error;
    QVERIFY2(m_keyring.lock(&error), qPrintable(error));
}

void TestKeychainPrompts::signInThroughDialog(AppRun &run, bool remember)
{
    QVERIFY(QTest::qWaitFor([&run] { return run.window.signInDialog() != nullptr; }, kWaitMs));
    SignInDialog *dialog = run.window.signInDialog();
    dialog->findChild<QLineEdit *>(QStringLiteral("baseUrlLineEdit"))->setText(m_portal.baseUrl().toString());
    auto *clientId = dialog->findChild<QLineEdit *>(QStringLiteral("clientIdLineEdit"));
    clientId->setText(PracticePortal::practiceClientId());
    auto *secret = dialog->findChild<QLineEdit *>(QStringLiteral("clientSecretLineEdit"));
    secret->clear();
    QTest::keyClicks(secret, PracticePortal::practiceClientSecret());
    dialog->findChild<QCheckBox *>(QStringLiteral("rememberCheckBox"))->setChecked(remember);
    QTest::mouseClick(dialog->findChild<QAbstractButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&run] { return run.window.wizard()->isEnabled(); }, kWaitMs));
}

std::optional<QString> TestKeychainPrompts::stored(SecretKey::Kind kind)
{
    const int promptsBefore = m_prompter.promptCount();
    m_prompter.setAutoAnswer(Answer::Unlock);
    KeychainSecretStore keychain;
    QObject context;
    std::optional<SecretStore::Result> answer;
    keychain.read(SecretKey{account().baseUrl, account().clientId, kind}, &context,
                  [&answer](const SecretStore::Result &result) { answer = result; });
    const bool answered = QTest::qWaitFor([&answer] { return answer.has_value(); }, kWaitMs);
    m_prompter.setAutoAnswer(std::nullopt);
    m_promptsOfTheTest += m_prompter.promptCount() - promptsBefore;
    QString error;
    if (!m_keyring.lock(&error))
        qWarning("%s", qPrintable(error));
    if (!answered || answer->status != Status::Ok)
        return std::nullopt;
    return answer->secret;
}

std::optional<AccountSecrets> TestKeychainPrompts::stored()
{
    const std::optional<QString> text = stored(SecretKey::Kind::Account);
    return text ? AccountSecrets::fromStoredText(*text) : std::nullopt;
}

void TestKeychainPrompts::seed(SecretKey::Kind kind, const QString &value)
{
    const int promptsBefore = m_prompter.promptCount();
    m_prompter.setAutoAnswer(Answer::Unlock);
    KeychainSecretStore keychain;
    QObject context;
    std::optional<SecretStore::Result> answer;
    keychain.write(SecretKey{account().baseUrl, account().clientId, kind}, value, &context,
                   [&answer](const SecretStore::Result &result) { answer = result; });
    QVERIFY(QTest::qWaitFor([&answer] { return answer.has_value(); }, kWaitMs));
    QCOMPARE(answer->status, Status::Ok);
    m_prompter.setAutoAnswer(std::nullopt);
    m_promptsOfTheTest += m_prompter.promptCount() - promptsBefore;
    AccountStore accounts(m_folder->filePath(QStringLiteral("accounts.ini")));
    accounts.save(account());
    accounts.setLastUsed(account());
    lockKeyring();
    const QMutexLocker lock(&g_logMutex);
    g_authLog.clear(); // the app's story starts here
}

void TestKeychainPrompts::answersAtSignInAndStart_data()
{
    // How the user answers the unlock prompt at the first sign-in, at the next start (only
    // asked when something was saved) and at the sign-in that follows a start without one.
    QTest::addColumn<QString>("atSignIn");
    QTest::addColumn<QString>("atStart");
    QTest::addColumn<QString>("atSignInAgain");
    QTest::newRow("cancel, (no prompt), cancel") << "cancel"
                                                 << ""
                                                 << "cancel";
    QTest::newRow("cancel, (no prompt), unlock") << "cancel"
                                                 << ""
                                                 << "unlock";
    QTest::newRow("unlock, unlock") << "unlock"
                                    << "unlock"
                                    << "";
    QTest::newRow("unlock, cancel, cancel") << "unlock"
                                            << "cancel"
                                            << "cancel";
    QTest::newRow("unlock, cancel, unlock") << "unlock"
                                            << "cancel"
                                            << "unlock";
}

void TestKeychainPrompts::answersAtSignInAndStart()
{
    QFETCH(QString, atSignIn);
    QFETCH(QString, atStart);
    QFETCH(QString, atSignInAgain);
    const QString folder = m_folder->path();
    const QString secret = PracticePortal::practiceClientSecret();
    std::optional<AccountSecrets> expected; // what the keychain must hold
    const QString notSavedLocked = KeychainNotice::notSaved(SecretStore::Result{Status::Locked, {}, {}});

    // 1. First run: sign in with "Remember" ticked. One entry, so one prompt.
    {
        AppRun run(folder);
        run.window.start();
        signInThroughDialog(run);
        QVERIFY(waitForPrompt());
        QCOMPARE(prompts(), 1);
        QCOMPARE(run.notice(), KeychainNotice::saving()); // nothing claimed before the answer
        QVERIFY(m_prompter.answer(answerFrom(atSignIn)));
        QTRY_VERIFY_WITH_TIMEOUT(run.notice() != KeychainNotice::saving(), kWaitMs);
        if (atSignIn == QLatin1String("unlock")) {
            QCOMPARE(run.notice(), QString());
            expected = AccountSecrets{secret, run.services.tokens.refreshToken()};
        } else {
            QCOMPARE(run.notice(), notSavedLocked);
        }
        QTRY_VERIFY_WITH_TIMEOUT(keychainIdle(), kWaitMs);
        QCOMPARE(prompts(), 1); // nothing else asked
        QCOMPARE(stored(), expected);
    }

    // 2. The next start, with the keychain locked again.
    AppRun run(folder);
    run.window.start();
    auto *status = run.find<QLabel>(QStringLiteral("accountStatusLabel"));
    if (expected) {
        QVERIFY(waitForPrompt());
        QCOMPARE(prompts(), 2);
        QCOMPARE(status->text(), KeychainNotice::waiting());
        QTRY_VERIFY_WITH_TIMEOUT(run.waitPanelShown(), kWaitMs);
        QVERIFY(!run.window.wizard()->isEnabled());
        QVERIFY(!run.window.signInDialog());
        QVERIFY(m_prompter.answer(answerFrom(atStart)));
        if (atStart == QLatin1String("unlock")) {
            // Signed in silently; the renewed refresh token rewrites the entry, unasked.
            QTRY_VERIFY_WITH_TIMEOUT(run.window.wizard()->isEnabled(), kWaitMs);
            QVERIFY(!run.window.signInDialog());
            QVERIFY(!run.waitPanelShown());
            QTRY_VERIFY_WITH_TIMEOUT(keychainIdle(), kWaitMs);
            QCOMPARE(prompts(), 2);
            QCOMPARE(run.notice(), QString());
            expected->refreshToken = run.services.tokens.refreshToken();
            QCOMPARE(stored(), expected);
            return;
        }
        // The dialog says why the saved secret was not used.
        QTRY_VERIFY_WITH_TIMEOUT(run.window.signInDialog(), kWaitMs);
        QVERIFY(!run.waitPanelShown());
        QCOMPARE(run.dialogNotice(), KeychainNotice::readFailed(SecretStore::Result{Status::Locked, {}, {}}));
        QVERIFY(run.dialogNotice().contains(QLatin1String("locked")));
    } else {
        // Nothing was saved: nothing to unlock, no prompt, and nothing to explain.
        QTRY_VERIFY_WITH_TIMEOUT(run.window.signInDialog(), kWaitMs);
        QCOMPARE(prompts(), 1);
        QCOMPARE(run.dialogNotice(), QString());
    }
    const int promptsBefore = prompts();

    // 3. Sign in by typing the secret, "Remember" ticked: one more prompt.
    signInThroughDialog(run);
    QVERIFY(waitForPrompt());
    QCOMPARE(prompts(), promptsBefore + 1);
    QVERIFY(m_prompter.answer(answerFrom(atSignInAgain)));
    QTRY_VERIFY_WITH_TIMEOUT(run.notice() != KeychainNotice::saving(), kWaitMs);
    if (atSignInAgain == QLatin1String("unlock")) {
        QCOMPARE(run.notice(), QString());
        expected = AccountSecrets{secret, run.services.tokens.refreshToken()};
    } else {
        // Not saved, and indeed the entry is what it was (an older refresh token, or none).
        QCOMPARE(run.notice(), notSavedLocked);
    }
    QTRY_VERIFY_WITH_TIMEOUT(keychainIdle(), kWaitMs);
    QCOMPARE(prompts(), promptsBefore + 1);
    QCOMPARE(stored(), expected);
}

void TestKeychainPrompts::unansweredPromptHoldsNothingBack_data()
{
    QTest::addColumn<QString>("lateAnswer");
    QTest::newRow("unlocked later") << "unlock";
    QTest::newRow("cancelled later") << "cancel";
}

void TestKeychainPrompts::unansweredPromptHoldsNothingBack()
{
    QFETCH(QString, lateAnswer);
    const AccountSecrets earlier{PracticePortal::practiceClientSecret(), QStringLiteral("refresh-from-an-earlier-run")};
    seed(SecretKey::Kind::Account, earlier.toStoredText());

    AppRun run(m_folder->path());
    run.window.start();
    QVERIFY(waitForPrompt());
    QTRY_VERIFY_WITH_TIMEOUT(run.waitPanelShown(), kWaitMs);
    auto *withoutKeychain = run.find<QAbstractButton>(QStringLiteral("signInWithoutKeychainButton"));
    QVERIFY(withoutKeychain->isEnabled());
    QVERIFY(!withoutKeychain->accessibleName().isEmpty());

    // The user does not answer the keychain, and goes on without it: the dialog at once.
    QTest::mouseClick(withoutKeychain, Qt::LeftButton);
    QVERIFY(run.window.signInDialog());
    QVERIFY(!run.waitPanelShown());
    QCOMPARE(run.dialogNotice(), QString()); // nothing failed: the user chose
    signInThroughDialog(run);
    QVERIFY(m_prompter.isPromptOpen()); // still unanswered…
    QTRY_COMPARE_WITH_TIMEOUT(run.services.products.state(), RemoteListModel::State::Ready, kWaitMs);
    QVERIFY(run.window.wizard()->isEnabled());        // …and the app works
    QCOMPARE(run.notice(), KeychainNotice::saving()); // the save needs the same unlock
    QCOMPARE(prompts(), 1);

    QVERIFY(m_prompter.answer(answerFrom(lateAnswer)));
    std::optional<AccountSecrets> expected = earlier;
    if (lateAnswer == QLatin1String("unlock")) {
        // The late read is ignored; the save goes through with the same unlock: no second prompt.
        QTRY_COMPARE_WITH_TIMEOUT(run.notice(), QString(), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(keychainIdle(), kWaitMs);
        QCOMPARE(prompts(), 1);
        expected = AccountSecrets{earlier.clientSecret, run.services.tokens.refreshToken()};
    } else {
        // The save is the sign-in's own request: it asks once.
        QVERIFY(waitForPrompt());
        QCOMPARE(prompts(), 2);
        QVERIFY(m_prompter.answer(Answer::Cancel));
        QTRY_COMPARE_WITH_TIMEOUT(run.notice(), KeychainNotice::notSaved(SecretStore::Result{Status::Locked, {}, {}}),
                                  kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(keychainIdle(), kWaitMs);
        QCOMPARE(prompts(), 2); // the earlier entry stays untouched, as the notice says
    }
    QVERIFY(run.window.wizard()->isEnabled());

    // pp.auth told the story: each request and its outcome, never a secret.
    const QStringList log = authLog();
    QCOMPARE(stored(), expected);
    const QString entry = SecretKey{account().baseUrl, account().clientId, SecretKey::Kind::Account}.storageKey();
    QVERIFY2(log.contains(QStringLiteral("keychain read %1 requested").arg(entry)), qPrintable(log.join(u'\n')));
    QVERIFY2(log.filter(QStringLiteral("keychain read %1 answered").arg(entry)).size() == 1,
             qPrintable(log.join(u'\n')));
    QVERIFY2(log.filter(QStringLiteral("keychain write %1 answered").arg(entry)).size() == 1,
             qPrintable(log.join(u'\n')));
    for (const QString &line : log) {
        QVERIFY2(!line.contains(PracticePortal::practiceClientSecret()), qPrintable(line));
        QVERIFY2(!line.contains(earlier.refreshToken), qPrintable(line));
    }
}

void TestKeychainPrompts::stuckReadHoldsBackNoOtherRequest()
{
    const AccountSecrets saved{PracticePortal::practiceClientSecret(), QStringLiteral("refresh")};
    seed(SecretKey::Kind::Account, saved.toStoredText());
    const SecretKey stuckKey{account().baseUrl, account().clientId, SecretKey::Kind::Account};
    const SecretKey otherKey{account().baseUrl, QStringLiteral("another-client"), SecretKey::Kind::Account};

    KeychainSecretStore keychain;
    QObject context;
    std::optional<SecretStore::Result> stuck;
    std::optional<SecretStore::Result> other;
    std::optional<SecretStore::Result> written;
    keychain.read(stuckKey, &context, [&stuck](const SecretStore::Result &result) { stuck = result; });
    QVERIFY(waitForPrompt()); // …and nobody answers it for now

    // Another account's entry, not there: answered at once.
    keychain.read(otherKey, &context, [&other](const SecretStore::Result &result) { other = result; });
    QTRY_VERIFY_WITH_TIMEOUT(other.has_value(), kWaitMs);
    QCOMPARE(other->status, Status::NotFound);

    // The keyring is unlocked elsewhere (the desktop's own unlock dialog): a save goes
    // through while the prompt is still open.
    QString error;
    QVERIFY2(m_keyring.unlock(&error), qPrintable(error));
    keychain.write(otherKey, QStringLiteral("saved meanwhile"), &context,
                   [&written](const SecretStore::Result &result) { written = result; });
    QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), kWaitMs);
    QCOMPARE(written->status, Status::Ok);
    QVERIFY(m_prompter.isPromptOpen());
    QVERIFY(!stuck);

    // The late answer still reaches the read that asked.
    QVERIFY(m_prompter.answer(Answer::Unlock));
    QTRY_VERIFY_WITH_TIMEOUT(stuck.has_value(), kWaitMs);
    QCOMPARE(stuck->status, Status::Ok);
    QCOMPARE(AccountSecrets::fromStoredText(stuck->secret), std::optional<AccountSecrets>(saved));
    QCOMPARE(prompts(), 1);

    std::optional<SecretStore::Result> removed;
    keychain.remove(otherKey, &context, [&removed](const SecretStore::Result &result) { removed = result; });
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), kWaitMs);
}

void TestKeychainPrompts::olderEntriesMoveWithOnePrompt()
{
    // What an earlier version left: the secret and the refresh token in two entries.
    seed(SecretKey::Kind::ClientSecret, PracticePortal::practiceClientSecret());
    seed(SecretKey::Kind::RefreshToken, QStringLiteral("refresh-of-an-older-version"));

    AppRun run(m_folder->path());
    run.window.start();
    QVERIFY(waitForPrompt());
    QVERIFY(m_prompter.answer(Answer::Unlock));
    QTRY_VERIFY_WITH_TIMEOUT(run.window.wizard()->isEnabled(), kWaitMs);
    QVERIFY(!run.window.signInDialog());
    QTRY_VERIFY_WITH_TIMEOUT(keychainIdle(), kWaitMs);
    QCOMPARE(prompts(), 1);

    // One entry now, the two older ones gone.
    QCOMPARE(stored(), std::optional<AccountSecrets>(AccountSecrets{PracticePortal::practiceClientSecret(), run.services.tokens.refreshToken()}));
    QVERIFY(!stored(SecretKey::Kind::ClientSecret));
    QVERIFY(!stored(SecretKey::Kind::RefreshToken));
}

void TestKeychainPrompts::signOutUnlocksToForget_data()
{
    QTest::addColumn<QString>("answer");
    QTest::newRow("unlock") << "unlock";
    QTest::newRow("cancel") << "cancel";
}

void TestKeychainPrompts::signOutUnlocksToForget()
{
    QFETCH(QString, answer);
    seed(SecretKey::Kind::Account,
         AccountSecrets{PracticePortal::practiceClientSecret(), QStringLiteral("refresh")}.toStoredText());
    AppRun run(m_folder->path());
    run.window.start();
    QVERIFY(waitForPrompt());
    QVERIFY(m_prompter.answer(Answer::Unlock));
    QTRY_VERIFY_WITH_TIMEOUT(run.window.wizard()->isEnabled(), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(keychainIdle(), kWaitMs);
    const AccountSecrets saved{PracticePortal::practiceClientSecret(), run.services.tokens.refreshToken()};
    lockKeyring(); // e.g. by the screen locker, while the app runs

    // Deleting from a locked keyring silently deletes nothing: the app asks to unlock.
    run.find<QAction>(QStringLiteral("signOutAction"))->trigger();
    QVERIFY(waitForPrompt());
    QCOMPARE(prompts(), 2);
    QVERIFY(m_prompter.answer(answerFrom(answer)));
    QTRY_VERIFY_WITH_TIMEOUT(keychainIdle(), kWaitMs);
    QCOMPARE(prompts(), 2);
    QVERIFY(run.window.signInDialog());
    if (answer == QLatin1String("unlock")) {
        QCOMPARE(run.notice(), QString());
        QVERIFY(!stored());
    } else {
        const QString notRemoved = KeychainNotice::notRemoved(SecretStore::Result{Status::Locked, {}, {}});
        QTRY_COMPARE_WITH_TIMEOUT(run.notice(), notRemoved, kWaitMs);
        QCOMPARE(run.dialogNotice(), notRemoved);
        QCOMPARE(stored(), std::optional<AccountSecrets>(saved)); // still there, as the notice says
    }
}

QTEST_MAIN(TestKeychainPrompts)
#include "tst_keychainprompts.moc"
