// AppSettings: defaults, round trips through the file, validation of the portal address
// (https, or http to loopback), the timeout range, and that a damaged or hand-edited
// file reads as defaults rather than as something unsafe.
#include "api/PortalAddress.h"
#include "settings/AppSettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

class TestAppSettings : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void valuesSurviveARestart();
    void baseUrlIsValidated_data();
    void baseUrlIsValidated();
    void timeoutStaysInRange();
    void damagedFileReadsAsDefaults();
    void storesOnlyItsOwnKeys();

private:
    QString file() const { return m_directory.filePath(QStringLiteral("settings.ini")); }
    QTemporaryDir m_directory;
};

void TestAppSettings::defaults()
{
    QFile::remove(file());
    const AppSettings settings(file());
    QCOMPARE(settings.baseUrl(), PortalAddress::defaultUrl());
    QCOMPARE(settings.requestTimeout(), AppSettings::kDefaultTimeout);
    QCOMPARE(settings.language(), QString());
    QVERIFY(settings.rememberSecrets());
    QVERIFY(settings.windowGeometry().isEmpty());
    QVERIFY(settings.windowState().isEmpty());
}

void TestAppSettings::valuesSurviveARestart()
{
    QFile::remove(file());
    {
        AppSettings settings(file());
        QVERIFY(!settings.setBaseUrl(QUrl(QStringLiteral("https://openapi.example.com/"))).isError());
        settings.setRequestTimeout(45s);
        settings.setLanguage(QStringLiteral("zh_CN"));
        settings.setRememberSecrets(false);
        settings.setWindowGeometry(QByteArrayLiteral("\x01\x02geometry"));
        settings.setWindowState(QByteArrayLiteral("\x00state"));
        settings.sync();
    }
    AppSettings reread(file());
    QCOMPARE(reread.baseUrl(), QUrl(QStringLiteral("https://openapi.example.com")));
    QCOMPARE(reread.requestTimeout(), 45s);
    QCOMPARE(reread.language(), QStringLiteral("zh_CN"));
    QVERIFY(!reread.rememberSecrets());
    QCOMPARE(reread.windowGeometry(), QByteArrayLiteral("\x01\x02geometry"));
    QCOMPARE(reread.windowState(), QByteArrayLiteral("\x00state"));

    // Back to the defaults: the keys go away, so a changed default is followed.
    QVERIFY(!reread.setBaseUrl(PortalAddress::defaultUrl()).isError());
    reread.setLanguage(QString());
    reread.sync();
    const QSettings raw(file(), QSettings::IniFormat);
    QVERIFY(!raw.contains(QStringLiteral("portal/baseUrl")));
    QVERIFY(!raw.contains(QStringLiteral("interface/language")));
}

void TestAppSettings::baseUrlIsValidated_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("https") << QStringLiteral("https://openapi.partner.yeastar.com") << true;
    QTest::newRow("https with port") << QStringLiteral("https://portal.example.com:8443") << true;
    QTest::newRow("http loopback v4") << QStringLiteral("http://127.0.0.1:8080") << true;
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:8080") << true;
    QTest::newRow("http loopback v6") << QStringLiteral("http://[::1]:8080") << true;
    QTest::newRow("http remote") << QStringLiteral("http://example.com") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://example.com") << false;
    QTest::newRow("no host") << QStringLiteral("https://") << false;
    QTest::newRow("user info") << QStringLiteral("https://user:pw@example.com") << false;
    QTest::newRow("garbage") << QStringLiteral("not a url") << false;
}

void TestAppSettings::baseUrlIsValidated()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    QFile::remove(file());
    AppSettings settings(file());
    const QUrl before(QStringLiteral("https://before.example.com"));
    QVERIFY(!settings.setBaseUrl(before).isError());
    const ApiError error = settings.setBaseUrl(QUrl(url));
    QCOMPARE(!error.isError(), accepted);
    if (accepted) {
        QCOMPARE(settings.baseUrl(), QUrl(url));
    } else {
        QCOMPARE(error.kind(), ApiError::Kind::InvalidBaseUrl);
        QCOMPARE(settings.baseUrl(), before); // the old value is kept
    }
}

void TestAppSettings::timeoutStaysInRange()
{
    QFile::remove(file());
    AppSettings settings(file());
    settings.setRequestTimeout(1s);
    QCOMPARE(settings.requestTimeout(), AppSettings::kMinimumTimeout);
    settings.setRequestTimeout(1h);
    QCOMPARE(settings.requestTimeout(), AppSettings::kMaximumTimeout);
    settings.setRequestTimeout(60s);
    QCOMPARE(settings.requestTimeout(), 60s);
}

void TestAppSettings::damagedFileReadsAsDefaults()
{
    QFile::remove(file());
    {
        QSettings raw(file(), QSettings::IniFormat);
        raw.setValue(QStringLiteral("portal/baseUrl"), QStringLiteral("http://evil.example.com"));
        raw.setValue(QStringLiteral("network/requestTimeoutSeconds"), QStringLiteral("soon"));
        raw.setValue(QStringLiteral("security/rememberSecretsInKeychain"), QStringLiteral("false"));
    }
    AppSettings settings(file());
    // A plain-http address from a hand-edited file must not downgrade the connection.
    QCOMPARE(settings.baseUrl(), PortalAddress::defaultUrl());
    QCOMPARE(settings.requestTimeout(), AppSettings::kDefaultTimeout);
    QVERIFY(!settings.rememberSecrets());

    {
        QSettings raw(file(), QSettings::IniFormat);
        raw.setValue(QStringLiteral("network/requestTimeoutSeconds"), 100000);
    }
    QCOMPARE(AppSettings(file()).requestTimeout(), AppSettings::kMaximumTimeout);
}

void TestAppSettings::storesOnlyItsOwnKeys()
{
    QFile::remove(file());
    {
        AppSettings settings(file());
        QVERIFY(!settings.setBaseUrl(QUrl(QStringLiteral("https://portal.example.com"))).isError());
        settings.setRequestTimeout(20s);
        settings.setLanguage(QStringLiteral("de"));
        settings.setRememberSecrets(true);
        settings.setWindowGeometry("g");
        settings.setWindowState("s");
        settings.sync();
        QCOMPARE(settings.location(), file());
    }
    const QSettings raw(file(), QSettings::IniFormat);
    QStringList keys = raw.allKeys();
    keys.sort();
    QCOMPARE(keys, QStringList({QStringLiteral("interface/language"), QStringLiteral("network/requestTimeoutSeconds"), QStringLiteral("portal/baseUrl"), QStringLiteral("security/rememberSecretsInKeychain"), QStringLiteral("window/geometry"), QStringLiteral("window/state")}));
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
