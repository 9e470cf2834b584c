// The secret stores, the credential vault and the account list.
//
// The keychain cases talk to a REAL Secret Service: scripts/run-tests.sh runs ctest inside
// dbus-run-session with a fresh gnome-keyring. Where none answers they skip (or fail when
// PP_REQUIRE_KEYCHAIN=1, as in `make test`, so a broken keyring cannot pass silently).
// The "unavailable" cases run in the second ctest entry, tst_secretstore_nodbus, whose
// D-Bus address points nowhere; where a keychain works they skip.
#include "api/PortalClient.h"
#include "auth/AccountStore.h"
#include "auth/CredentialVault.h"
#include "auth/KeychainNotice.h"
#include "auth/KeychainSecretStore.h"
#include "auth/MemorySecretStore.h"
#include "auth/SessionController.h"
#include "auth/TokenSession.h"
#include "practice/PracticePortal.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>
#include <optional>

namespace {

// gnome-keyring answers in milliseconds; this only bounds a hung job (a locked keyring
// waiting for a prompt that never comes).
constexpr int kKeychainTimeoutMs = 10000;
// Without a D-Bus session QtKeychain fails within milliseconds; "quickly" means well
// before a user would wonder why the sign-in button does nothing.
constexpr qint64 kUnavailableWithinMs = 2000;

using Status = SecretStore::Status;
using Result = SecretStore::Result;

// Runs one store call and waits (processing events) for its single answer.
template <typename Start>
Result await(Start start, int timeoutMs = kKeychainTimeoutMs)
{
    QObject context; // destroyed on return: a late answer is then never delivered
    std::optional<Result> answer;
    start(&context, [&answer](const Result &result) { answer = result; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, timeoutMs))
        return Result{Status::Failed, QString(), QStringLiteral("no answer within %1 ms").arg(timeoutMs)};
    return *answer;
}

Result readSecret(SecretStore &store, const SecretKey &key)
{
    return await([&](QObject *context, SecretStore::Callback done) { store.read(key, context, done); });
}

Result writeSecret(SecretStore &store, const SecretKey &key, const QString &secret)
{
    return await([&](QObject *context, SecretStore::Callback done) {
        store.write(key, secret, context, done);
    });
}

Result removeSecret(SecretStore &store, const SecretKey &key)
{
    return await([&](QObject *context, SecretStore::Callback done) { store.remove(key, context, done); });
}

std::optional<CredentialVault::Loaded> loadSecrets(CredentialVault &vault, const Account &account)
{
    QObject context;
    std::optional<CredentialVault::Loaded> answer;
    vault.load(account, &context, [&answer](const CredentialVault::Loaded &loaded) { answer = loaded; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, kKeychainTimeoutMs))
        return std::nullopt;
    return answer;
}

std::optional<Result> forgetSecrets(CredentialVault &vault, const Account &account)
{
    QObject context;
    std::optional<Result> answer;
    vault.forget(account, &context, [&answer](const Result &result) { answer = result; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, kKeychainTimeoutMs))
        return std::nullopt;
    return answer;
}

// Every run uses its own client IDs, so a developer's real keychain never sees a clash
// with an earlier (or concurrent) run, and cleanup() removes exactly what this run wrote.
QString uniqueClientId(const char *name)
{
    return QString::fromLatin1(name) + QLatin1Char('-')
        + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
}

Account makeAccount(const QString &clientId, const char *baseUrl, const char *label = "")
{
    return Account{QString::fromLatin1(label), QUrl(QString::fromLatin1(baseUrl)), clientId};
}

SecretKey keyOf(const Account &account, SecretKey::Kind kind)
{
    return SecretKey{account.baseUrl, account.clientId, kind};
}

bool keychainRequired()
{
    return qEnvironmentVariableIntValue("PP_REQUIRE_KEYCHAIN") == 1;
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    // Both stores, same contract (rows "memory" and "keychain").
    void writeReadOverwriteDelete_data();
    void writeReadOverwriteDelete();
    void missingKeyIsNotFound_data();
    void missingKeyIsNotFound();
    void sameClientOnTwoPortalsDoesNotCollide_data();
    void sameClientOnTwoPortalsDoesNotCollide();
    void deletingMissingEntryIsOk_data();
    void deletingMissingEntryIsOk();

    // CredentialVault: one entry per account (rows "memory" and "keychain").
    void vaultKeepsOneEntryPerAccount_data();
    void vaultKeepsOneEntryPerAccount();
    void vaultMovesOlderEntriesIntoOne_data();
    void vaultMovesOlderEntriesIntoOne();
    void vaultForgetRemovesEveryEntry_data();
    void vaultForgetRemovesEveryEntry();
    void vaultRememberOffKeepsSecretsInMemoryOnly();

    // Without a D-Bus session (the tst_secretstore_nodbus entry).
    void unavailableKeychainAnswersQuickly();
    void unavailableKeychainFallsBackToMemory();

    void accountStoreSaveUpdateRemove();
    void accountStoreKeepsOnlyOnePortal();
    void accountStoreRemembersLastUsed();
    void accountStoreNeverHoldsSecrets();

private:
    // Stores (and skips, or fails under PP_REQUIRE_KEYCHAIN) for the named store.
    bool useStore(const QString &which, std::unique_ptr<SecretStore> &store);
    bool keychainUsable() const { return m_probe.status == Status::Ok; }
    void rememberForCleanup(const Account &account);

    Result m_probe;
    QList<Account> m_written; // keychain entries to remove after each test
};

void TestSecretStore::initTestCase()
{
    // One write + delete decides whether this machine has a usable Secret Service.
    KeychainSecretStore keychain;
    const SecretKey probe{QUrl(QStringLiteral("https://probe.invalid")), uniqueClientId("probe"),
                          SecretKey::Kind::ClientSecret};
    QElapsedTimer clock;
    clock.start();
    m_probe = writeSecret(keychain, probe, QStringLiteral("probe"));
    if (m_probe.status == Status::Ok)
        QCOMPARE(removeSecret(keychain, probe).status, Status::Ok);
    qInfo("keychain probe: %s after %lld ms %s",
          QMetaEnum::fromType<Status>().valueToKey(int(m_probe.status)), clock.elapsed(),
          qPrintable(m_probe.errorText));
}

void TestSecretStore::cleanup()
{
    if (!keychainUsable())
        return;
    KeychainSecretStore keychain;
    for (const Account &account : std::as_const(m_written)) {
        for (const auto kind : {SecretKey::Kind::Account, SecretKey::Kind::ClientSecret, SecretKey::Kind::RefreshToken})
            removeSecret(keychain, keyOf(account, kind));
    }
    m_written.clear();
}

void TestSecretStore::rememberForCleanup(const Account &account)
{
    m_written.append(account);
}

bool TestSecretStore::useStore(const QString &which, std::unique_ptr<SecretStore> &store)
{
    if (which == QLatin1String("memory")) {
        store = std::make_unique<MemorySecretStore>();
        return true;
    }
    if (!keychainUsable()) {
        const QByteArray why = "no usable Secret Service (probe status "
            + QByteArray(QMetaEnum::fromType<Status>().valueToKey(int(m_probe.status))) + ": "
            + m_probe.errorText.toUtf8()
            + "); run through scripts/run-tests.sh for a real gnome-keyring";
        if (keychainRequired())
            QTest::qFail(why.constData(), __FILE__, __LINE__);
        else
            QTest::qSkip(why.constData(), __FILE__, __LINE__);
        return false;
    }
    store = std::make_unique<KeychainSecretStore>();
    return true;
}

// QSKIP/QFAIL inside a helper only mark the test; the caller must also return.
#define USE_STORE(which, store)      \
    do {                             \
        if (!useStore(which, store)) \
            return;                  \
    } while (false)

#define REQUIRE_KEYCHAIN()                        \
    std::unique_ptr<SecretStore> keychainForTest; \
    USE_STORE(QStringLiteral("keychain"), keychainForTest)

static void addStoreRows()
{
    QTest::addColumn<QString>("store");
    QTest::newRow("memory") << QStringLiteral("memory");
    QTest::newRow("keychain") << QStringLiteral("keychain");
}

void TestSecretStore::writeReadOverwriteDelete_data()
{
    addStoreRows();
}

void TestSecretStore::writeReadOverwriteDelete()
{
    QFETCH(QString, store);
    std::unique_ptr<SecretStore> secrets;
    USE_STORE(store, secrets);
    const Account account = makeAccount(uniqueClientId("rw"), "https://openapi.partner.yeastar.com");
    rememberForCleanup(account);
    const SecretKey key = keyOf(account, SecretKey::Kind::ClientSecret);

    Result result = writeSecret(*secrets, key, QStringLiteral("first sécret ✓"));
    QCOMPARE(result.status, Status::Ok);
    result = readSecret(*secrets, key);
    QCOMPARE(result.status, Status::Ok);
    QCOMPARE(result.secret, QStringLiteral("first sécret ✓"));

    QCOMPARE(writeSecret(*secrets, key, QStringLiteral("second")).status, Status::Ok);
    result = readSecret(*secrets, key);
    QCOMPARE(result.status, Status::Ok);
    QCOMPARE(result.secret, QStringLiteral("second"));

    QCOMPARE(removeSecret(*secrets, key).status, Status::Ok);
    result = readSecret(*secrets, key);
    QCOMPARE(result.status, Status::NotFound);
    QVERIFY(result.secret.isEmpty());
}

void TestSecretStore::missingKeyIsNotFound_data()
{
    addStoreRows();
}

void TestSecretStore::missingKeyIsNotFound()
{
    QFETCH(QString, store);
    std::unique_ptr<SecretStore> secrets;
    USE_STORE(store, secrets);
    const Account account = makeAccount(uniqueClientId("missing"), "https://openapi.partner.yeastar.com");
    const Result result = readSecret(*secrets, keyOf(account, SecretKey::Kind::RefreshToken));
    QCOMPARE(result.status, Status::NotFound);
    QVERIFY(result.secret.isEmpty());
    QVERIFY2(result.errorText.isEmpty(), qPrintable(result.errorText)); // not an error to show
}

void TestSecretStore::sameClientOnTwoPortalsDoesNotCollide_data()
{
    addStoreRows();
}

void TestSecretStore::sameClientOnTwoPortalsDoesNotCollide()
{
    QFETCH(QString, store);
    std::unique_ptr<SecretStore> secrets;
    USE_STORE(store, secrets);
    const QString clientId = uniqueClientId("shared");
    const Account real = makeAccount(clientId, "https://openapi.partner.yeastar.com");
    const Account practice = makeAccount(clientId, "http://127.0.0.1:8123");
    rememberForCleanup(real);
    rememberForCleanup(practice);

    QCOMPARE(writeSecret(*secrets, keyOf(real, SecretKey::Kind::ClientSecret), QStringLiteral("real")).status,
             Status::Ok);
    QCOMPARE(writeSecret(*secrets, keyOf(practice, SecretKey::Kind::ClientSecret), QStringLiteral("practice")).status,
             Status::Ok);
    QCOMPARE(writeSecret(*secrets, keyOf(real, SecretKey::Kind::RefreshToken), QStringLiteral("real-refresh")).status,
             Status::Ok);

    QCOMPARE(readSecret(*secrets, keyOf(real, SecretKey::Kind::ClientSecret)).secret, QStringLiteral("real"));
    QCOMPARE(readSecret(*secrets, keyOf(practice, SecretKey::Kind::ClientSecret)).secret, QStringLiteral("practice"));
    QCOMPARE(readSecret(*secrets, keyOf(real, SecretKey::Kind::RefreshToken)).secret, QStringLiteral("real-refresh"));
    QCOMPARE(readSecret(*secrets, keyOf(practice, SecretKey::Kind::RefreshToken)).status, Status::NotFound);

    // A trailing slash is the same portal, not a third account.
    const SecretKey slashed{QUrl(QStringLiteral("https://openapi.partner.yeastar.com/")), clientId,
                            SecretKey::Kind::ClientSecret};
    QCOMPARE(readSecret(*secrets, slashed).secret, QStringLiteral("real"));

    // Removing one leaves the other.
    QCOMPARE(removeSecret(*secrets, keyOf(practice, SecretKey::Kind::ClientSecret)).status, Status::Ok);
    QCOMPARE(readSecret(*secrets, keyOf(real, SecretKey::Kind::ClientSecret)).secret, QStringLiteral("real"));
}

void TestSecretStore::deletingMissingEntryIsOk_data()
{
    addStoreRows();
}

void TestSecretStore::deletingMissingEntryIsOk()
{
    QFETCH(QString, store);
    std::unique_ptr<SecretStore> secrets;
    USE_STORE(store, secrets);
    const Account account = makeAccount(uniqueClientId("never-written"), "https://openapi.partner.yeastar.com");
    const Result result = removeSecret(*secrets, keyOf(account, SecretKey::Kind::ClientSecret));
    QCOMPARE(result.status, Status::Ok);
    QVERIFY2(result.errorText.isEmpty(), qPrintable(result.errorText));
}

void TestSecretStore::vaultKeepsOneEntryPerAccount_data()
{
    addStoreRows();
}

void TestSecretStore::vaultKeepsOneEntryPerAccount()
{
    QFETCH(QString, store);
    std::unique_ptr<SecretStore> keychain;
    USE_STORE(store, keychain);
    const Account account = makeAccount(uniqueClientId("vault"), "https://openapi.partner.yeastar.com");
    rememberForCleanup(account);

    {
        CredentialVault vault(keychain.get());
        QSignalSpy started(&vault, &CredentialVault::saveStarted);
        QSignalSpy finished(&vault, &CredentialVault::saveFinished);
        vault.save(account, AccountSecrets{QStringLiteral("s3cret ✓"), QStringLiteral("refresh-1")});
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kKeychainTimeoutMs);
        QCOMPARE(started.count(), 1);
        QVERIFY2(finished.at(0).at(1).toBool(), "the secrets should have gone to the keychain");
        QCOMPARE(finished.at(0).at(2).toString(), QString()); // nothing to tell the user
        QVERIFY(vault.keychainWorks());
    }

    // One entry holds both; the two older kinds of entry are not written any more.
    const Result entry = readSecret(*keychain, keyOf(account, SecretKey::Kind::Account));
    QCOMPARE(entry.status, Status::Ok);
    QCOMPARE(AccountSecrets::fromStoredText(entry.secret),
             std::optional<AccountSecrets>(AccountSecrets{QStringLiteral("s3cret ✓"), QStringLiteral("refresh-1")}));
    QCOMPARE(readSecret(*keychain, keyOf(account, SecretKey::Kind::ClientSecret)).status, Status::NotFound);
    QCOMPARE(readSecret(*keychain, keyOf(account, SecretKey::Kind::RefreshToken)).status, Status::NotFound);

    // A new vault (a later run of the app) finds both.
    CredentialVault nextRun(keychain.get());
    const auto loaded = loadSecrets(nextRun, account);
    QVERIFY(loaded);
    QCOMPARE(loaded->outcome.status, Status::Ok);
    QCOMPARE(loaded->secrets.clientSecret, QStringLiteral("s3cret ✓"));
    QCOMPARE(loaded->secrets.refreshToken, QStringLiteral("refresh-1"));

    // A renewed refresh token rewrites the entry, secret included.
    nextRun.updateRefreshToken(account, QStringLiteral("refresh-2"));
    QTRY_COMPARE_WITH_TIMEOUT(
        AccountSecrets::fromStoredText(readSecret(*keychain, keyOf(account, SecretKey::Kind::Account)).secret)
            .value_or(AccountSecrets())
            .refreshToken,
        QStringLiteral("refresh-2"), kKeychainTimeoutMs);
    QCOMPARE(AccountSecrets::fromStoredText(readSecret(*keychain, keyOf(account, SecretKey::Kind::Account)).secret)
                 ->clientSecret,
             QStringLiteral("s3cret ✓"));
}

void TestSecretStore::vaultMovesOlderEntriesIntoOne_data()
{
    addStoreRows();
}

void TestSecretStore::vaultMovesOlderEntriesIntoOne()
{
    QFETCH(QString, store);
    std::unique_ptr<SecretStore> keychain;
    USE_STORE(store, keychain);
    const Account account = makeAccount(uniqueClientId("older"), "https://openapi.partner.yeastar.com");
    rememberForCleanup(account);
    // What earlier versions wrote: two entries.
    QCOMPARE(writeSecret(*keychain, keyOf(account, SecretKey::Kind::ClientSecret), QStringLiteral("old-secret")).status,
             Status::Ok);
    QCOMPARE(writeSecret(*keychain, keyOf(account, SecretKey::Kind::RefreshToken), QStringLiteral("old-refresh")).status,
             Status::Ok);

    CredentialVault vault(keychain.get());
    const auto loaded = loadSecrets(vault, account);
    QVERIFY(loaded);
    QCOMPARE(loaded->outcome.status, Status::Ok);
    QCOMPARE(loaded->secrets, (AccountSecrets{QStringLiteral("old-secret"), QStringLiteral("old-refresh")}));

    // Moved into one entry, and the two older ones deleted.
    QTRY_COMPARE_WITH_TIMEOUT(readSecret(*keychain, keyOf(account, SecretKey::Kind::RefreshToken)).status,
                              Status::NotFound, kKeychainTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(readSecret(*keychain, keyOf(account, SecretKey::Kind::ClientSecret)).status,
                              Status::NotFound, kKeychainTimeoutMs);
    QCOMPARE(AccountSecrets::fromStoredText(readSecret(*keychain, keyOf(account, SecretKey::Kind::Account)).secret),
             std::optional<AccountSecrets>(AccountSecrets{QStringLiteral("old-secret"), QStringLiteral("old-refresh")}));

    // The next run reads the one entry.
    CredentialVault nextRun(keychain.get());
    const auto again = loadSecrets(nextRun, account);
    QVERIFY(again);
    QCOMPARE(again->secrets, (AccountSecrets{QStringLiteral("old-secret"), QStringLiteral("old-refresh")}));
}

void TestSecretStore::vaultForgetRemovesEveryEntry_data()
{
    addStoreRows();
}

void TestSecretStore::vaultForgetRemovesEveryEntry()
{
    QFETCH(QString, store);
    std::unique_ptr<SecretStore> keychain;
    USE_STORE(store, keychain);
    const Account account = makeAccount(uniqueClientId("forget"), "https://openapi.partner.yeastar.com");
    const Account other = makeAccount(uniqueClientId("keep"), "https://openapi.partner.yeastar.com");
    rememberForCleanup(account);
    rememberForCleanup(other);

    CredentialVault vault(keychain.get());
    QSignalSpy finished(&vault, &CredentialVault::saveFinished);
    QSignalSpy forgetFailed(&vault, &CredentialVault::forgetFailed);
    vault.save(account, AccountSecrets{QStringLiteral("s3cret"), QStringLiteral("refresh")});
    vault.save(other, AccountSecrets{QStringLiteral("other"), QString()});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, kKeychainTimeoutMs);
    // A leftover of an earlier version too.
    QCOMPARE(writeSecret(*keychain, keyOf(account, SecretKey::Kind::ClientSecret), QStringLiteral("old")).status,
             Status::Ok);

    const auto forgotten = forgetSecrets(vault, account);
    QVERIFY(forgotten);
    QCOMPARE(forgotten->status, Status::Ok);
    QCOMPARE(forgetFailed.count(), 0);

    // Gone from the keychain and from this run's memory.
    for (const auto kind : {SecretKey::Kind::Account, SecretKey::Kind::ClientSecret, SecretKey::Kind::RefreshToken})
        QCOMPARE(readSecret(*keychain, keyOf(account, kind)).status, Status::NotFound);
    const auto loaded = loadSecrets(vault, account);
    QVERIFY(loaded);
    QCOMPARE(loaded->outcome.status, Status::NotFound);
    QVERIFY(loaded->secrets.isEmpty());

    // The other account is untouched.
    QCOMPARE(AccountSecrets::fromStoredText(readSecret(*keychain, keyOf(other, SecretKey::Kind::Account)).secret)
                 ->clientSecret,
             QStringLiteral("other"));
}

void TestSecretStore::vaultRememberOffKeepsSecretsInMemoryOnly()
{
    REQUIRE_KEYCHAIN();
    KeychainSecretStore keychain;
    const Account account = makeAccount(uniqueClientId("no-remember"), "https://openapi.partner.yeastar.com");
    rememberForCleanup(account);

    CredentialVault vault(&keychain);
    vault.setRememberInKeychain(false);
    QVERIFY(!vault.remembersInKeychain());
    QSignalSpy started(&vault, &CredentialVault::saveStarted);
    QSignalSpy finished(&vault, &CredentialVault::saveFinished);
    vault.save(account, AccountSecrets{QStringLiteral("s3cret"), QStringLiteral("refresh")});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kKeychainTimeoutMs);
    QCOMPARE(started.count(), 0);
    QVERIFY2(!finished.at(0).at(1).toBool(), "remember off must not write to the keychain");
    // Not asked to remember: nothing to warn about.
    QCOMPARE(finished.at(0).at(2).toString(), QString());

    // This run still has them…
    const auto loaded = loadSecrets(vault, account);
    QVERIFY(loaded);
    QCOMPARE(loaded->secrets, (AccountSecrets{QStringLiteral("s3cret"), QStringLiteral("refresh")}));
    // …the keychain has nothing.
    QCOMPARE(readSecret(keychain, keyOf(account, SecretKey::Kind::Account)).status, Status::NotFound);
    // And a later run finds nothing to resume from, and nothing to complain about.
    CredentialVault nextRun(&keychain);
    const auto later = loadSecrets(nextRun, account);
    QVERIFY(later);
    QCOMPARE(later->outcome.status, Status::NotFound);
    QVERIFY(later->secrets.isEmpty());
    QCOMPARE(KeychainNotice::readFailed(later->outcome), QString());
}

void TestSecretStore::unavailableKeychainAnswersQuickly()
{
    if (m_probe.status != Status::Unavailable)
        QSKIP("a keychain answers here; the tst_secretstore_nodbus ctest entry runs this without D-Bus");
    KeychainSecretStore keychain;
    const Account account = makeAccount(uniqueClientId("nodbus"), "https://openapi.partner.yeastar.com");
    const SecretKey key = keyOf(account, SecretKey::Kind::ClientSecret);

    QElapsedTimer clock;
    clock.start();
    const Result written = writeSecret(keychain, key, QStringLiteral("s3cret"));
    QCOMPARE(written.status, Status::Unavailable);
    QVERIFY2(!written.errorText.isEmpty(), "the backend's words belong in the details line");
    QCOMPARE(readSecret(keychain, key).status, Status::Unavailable);
    QCOMPARE(removeSecret(keychain, key).status, Status::Unavailable);
    QVERIFY2(clock.elapsed() < 3 * kUnavailableWithinMs,
             qPrintable(QStringLiteral("three failing jobs took %1 ms").arg(clock.elapsed())));
}

void TestSecretStore::unavailableKeychainFallsBackToMemory()
{
    if (m_probe.status != Status::Unavailable)
        QSKIP("a keychain answers here; the tst_secretstore_nodbus ctest entry runs this without D-Bus");
    KeychainSecretStore keychain;
    const Account account = makeAccount(uniqueClientId("nodbus"), "https://openapi.partner.yeastar.com");

    CredentialVault vault(&keychain);
    QVERIFY(vault.remembersInKeychain()); // it cannot know before trying
    QSignalSpy finished(&vault, &CredentialVault::saveFinished);
    QElapsedTimer clock;
    clock.start();
    vault.save(account, AccountSecrets{QStringLiteral("s3cret"), QStringLiteral("refresh")});
    QVERIFY(finished.wait(int(kUnavailableWithinMs)));
    QVERIFY2(clock.elapsed() < kUnavailableWithinMs, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(1).toBool(), false);
    const QString explanation = finished.at(0).at(2).toString();
    QVERIFY2(explanation.contains(QLatin1String("No system keychain answers")), qPrintable(explanation));
    QVERIFY(!vault.keychainWorks());
    QVERIFY(!vault.remembersInKeychain());

    // This run keeps them; a forget empties it.
    vault.updateRefreshToken(account, QStringLiteral("refresh-2"));
    const auto loaded = loadSecrets(vault, account);
    QVERIFY(loaded);
    QCOMPARE(loaded->outcome.status, Status::Ok);
    QCOMPARE(loaded->secrets, (AccountSecrets{QStringLiteral("s3cret"), QStringLiteral("refresh-2")}));
    const auto forgotten = forgetSecrets(vault, account);
    QVERIFY(forgotten);
    QCOMPARE(forgotten->status, Status::Ok);
    QVERIFY(loadSecrets(vault, account)->secrets.isEmpty());

    // A vault that first tries to READ (resuming at start-up) says why nothing was read.
    CredentialVault atStartUp(&keychain);
    const auto nothing = loadSecrets(atStartUp, account);
    QVERIFY(nothing);
    QVERIFY(nothing->secrets.isEmpty());
    QCOMPARE(nothing->outcome.status, Status::Unavailable);
    QVERIFY(!KeychainNotice::readFailed(nothing->outcome).isEmpty());
}

void TestSecretStore::accountStoreSaveUpdateRemove()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString ini = dir.filePath(QStringLiteral("settings.ini"));
    const Account real = makeAccount(QStringLiteral("client-a"), "https://openapi.partner.yeastar.com", "Office");
    const Account practice = makeAccount(QStringLiteral("client-a"), "http://127.0.0.1:8123", "Practice");
    const Account other = makeAccount(QStringLiteral("client-b"), "https://openapi.partner.yeastar.com");
    {
        AccountStore store(ini);
        QVERIFY(store.accounts().isEmpty());
        store.save(real);
        store.save(practice); // same client ID on another portal: another account
        store.save(other);
        QCOMPARE(store.accounts(), (QList<Account>{real, practice, other}));
    }
    {
        // Persisted, and an update keeps the order.
        AccountStore store(ini);
        QCOMPARE(store.accounts(), (QList<Account>{real, practice, other}));
        Account renamed = real;
        renamed.label = QStringLiteral("Head office");
        renamed.baseUrl = QUrl(QStringLiteral("https://openapi.partner.yeastar.com/")); // same portal
        store.save(renamed);
        QCOMPARE(store.accounts().size(), 3);
        QCOMPARE(store.accounts().at(0).label, QStringLiteral("Head office"));

        store.remove(practice);
        QCOMPARE(store.accounts().size(), 2);
        QCOMPARE(store.accounts().at(0).label, QStringLiteral("Head office"));
        QCOMPARE(store.accounts().at(1), other);
        store.remove(practice); // removing what is gone is harmless
        QCOMPARE(store.accounts().size(), 2);
    }
    AccountStore reopened(ini);
    QCOMPARE(reopened.accounts().size(), 2);
    QCOMPARE(reopened.accounts().at(1).clientId, QStringLiteral("client-b"));
}

void TestSecretStore::accountStoreKeepsOnlyOnePortal()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString ini = dir.filePath(QStringLiteral("practice.ini"));
    const Account earlierRun = makeAccount(QStringLiteral("practice"), "http://127.0.0.1:40001", "Practice");
    const Account otherEarlierRun = makeAccount(QStringLiteral("practice"), "http://127.0.0.1:40002", "Practice");
    const Account thisRun = makeAccount(QStringLiteral("practice"), "http://127.0.0.1:40003", "Practice");
    AccountStore store(ini);
    store.save(earlierRun);
    store.save(thisRun);
    store.save(otherEarlierRun);
    store.setLastUsed(earlierRun);

    store.removeAllOffPortal(QUrl(QStringLiteral("http://127.0.0.1:40003/")));
    QCOMPARE(store.accounts(), QList<Account>{thisRun});
    QVERIFY(!store.lastUsed());
    store.removeAllOffPortal(QUrl(QStringLiteral("http://127.0.0.1:40004")));
    QVERIFY(AccountStore(ini).accounts().isEmpty());
}

void TestSecretStore::accountStoreRemembersLastUsed()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString ini = dir.filePath(QStringLiteral("settings.ini"));
    const Account real = makeAccount(QStringLiteral("client-a"), "https://openapi.partner.yeastar.com");
    const Account practice = makeAccount(QStringLiteral("client-a"), "http://127.0.0.1:8123");
    {
        AccountStore store(ini);
        QVERIFY(!store.lastUsed());
        store.save(real);
        store.save(practice);
        store.setLastUsed(practice);
        QCOMPARE(store.lastUsed()->id(), practice.id());
    }
    AccountStore store(ini);
    QVERIFY(store.lastUsed());
    QCOMPARE(store.lastUsed()->id(), practice.id());
    QCOMPARE(store.lastUsed()->baseUrl, practice.baseUrl);

    store.clearLastUsed();
    QVERIFY(!store.lastUsed());
    store.setLastUsed(real);
    store.remove(practice);
    QCOMPARE(store.lastUsed()->id(), real.id()); // removing another account keeps it
    store.remove(real);
    QVERIFY(!store.lastUsed()); // removing the last used one forgets it
    store.save(real);
    QVERIFY2(!store.lastUsed(), "a re-added account must not silently become the last used one");
}

void TestSecretStore::accountStoreNeverHoldsSecrets()
{
    // A real sign-in with "remember me", through SessionController and the practice
    // portal: the account lands in the INI file, the secrets only in the keychain.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString ini = dir.filePath(QStringLiteral("settings.ini"));
    const QString secret = QStringLiteral("TopSecretValue-7f3a");
    PracticePortal portal;
    QVERIFY(portal.listen());
    portal.setClientSecret(secret);

    PortalClient client;
    TokenSession session(&client);
    client.setAccessTokenProvider(&session);
    MemorySecretStore keychain;
    CredentialVault vault(&keychain);
    AccountStore accounts(ini);
    SessionController controller(&client, &session, &vault, &accounts);
    QSignalSpy signedIn(&controller, &SessionController::signedIn);
    const Account account{QStringLiteral("Office"), portal.baseUrl(), PracticePortal::practiceClientId()};
    controller.signIn(account, secret, true);
    QVERIFY(signedIn.wait(kKeychainTimeoutMs));
    QTRY_COMPARE_WITH_TIMEOUT(keychain.count(), 1, kKeychainTimeoutMs); // one entry: secret + refresh token
    const QString refreshToken = session.refreshToken();
    QVERIFY(!refreshToken.isEmpty());
    QCOMPARE(accounts.lastUsed()->id(), account.id());

    QFile file(ini);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray contents = file.readAll();
    QVERIFY2(contents.contains(PracticePortal::practiceClientId().toUtf8()), contents.constData());
    QVERIFY2(!contents.contains(secret.toUtf8()), contents.constData());
    QVERIFY2(!contents.contains(refreshToken.toUtf8()), contents.constData());
    QVERIFY2(!contents.toLower().contains("secret"), contents.constData());
    QVERIFY2(!contents.toLower().contains("token"), contents.constData());

    // Signing out forgets the secrets and the last account, keeps the account itself.
    controller.signOut();
    QTRY_COMPARE_WITH_TIMEOUT(keychain.count(), 0, kKeychainTimeoutMs);
    QVERIFY(!accounts.lastUsed());
    QCOMPARE(accounts.accounts().size(), 1);
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
