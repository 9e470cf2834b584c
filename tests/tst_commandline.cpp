// The command line of the real executable (its path comes from CMake): --version and
// --help answer on stdout with exit code 0; a bad option or value gives a clear message
// on stderr and exit code 2 (an unknown --lang lists the languages there are, a plain
// http:// --base-url is refused, an unknown option or a stray argument too); --lang
// changes the language of the help text. All of that works without any display (no
// DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM), as over ssh, also next to Qt's own
// options (-platform, -style…). --practice starts the window.
#include "TestPaths.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Outcome
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void version();
    void help();
    void helpInTheChosenLanguage_data();
    void helpInTheChosenLanguage();
    void badValuesExitWithTwo_data();
    void badValuesExitWithTwo();
    void practiceModeStarts();

private:
    // Without a display unless `withPlatform` (then the offscreen platform).
    Outcome run(const QStringList &arguments, bool withPlatform = false);
    QTemporaryDir m_home; // settings and data of the runs, not the user's
};

void TestCommandLine::initTestCase()
{
    QVERIFY(QFile::exists(testPath("partner-purchase")));
}

Outcome TestCommandLine::run(const QStringList &arguments, bool withPlatform)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("DISPLAY"),
                                QStringLiteral("WAYLAND_DISPLAY")})
        environment.remove(name);
    if (withPlatform)
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(environment);
    process.start(testPath("partner-purchase"), arguments);
    Outcome outcome;
    if (!process.waitForFinished(20000)) {
        process.kill();
        process.waitForFinished();
        return outcome;
    }
    outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    outcome.out = QString::fromUtf8(process.readAllStandardOutput());
    outcome.err = QString::fromUtf8(process.readAllStandardError());
    return outcome;
}

void TestCommandLine::version()
{
    const Outcome outcome = run({QStringLiteral("--version")});
    QCOMPARE(outcome.exitCode, 0);
    QCOMPARE(outcome.out.trimmed(), QStringLiteral("partner-purchase " PP_VERSION));
    QVERIFY2(outcome.err.isEmpty(), qPrintable(outcome.err)); // no Qt complaint about a display

    // Qt's own options are Qt's: they do not make --version fail.
    const Outcome besideQt = run({QStringLiteral("-platform"), QStringLiteral("xcb"), QStringLiteral("-reverse"),
                                  QStringLiteral("--style=fusion"), QStringLiteral("--version")});
    QCOMPARE(besideQt.exitCode, 0);
    QCOMPARE(besideQt.out.trimmed(), QStringLiteral("partner-purchase " PP_VERSION));
}

void TestCommandLine::help()
{
    const Outcome outcome = run({QStringLiteral("--help")});
    QCOMPARE(outcome.exitCode, 0);
    for (const char *option : {"--practice", "--base-url", "--lang", "--version", "--help"})
        QVERIFY2(outcome.out.contains(QLatin1String(option)), option);
    QVERIFY(outcome.out.contains(QLatin1String("en, de, zh_CN"))); // the languages there are
}

void TestCommandLine::helpInTheChosenLanguage_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("english");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Use the built-in practice portal");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("Use the built-in practice portal");
}

// The help is the first text the app shows: --lang applies to it already.
void TestCommandLine::helpInTheChosenLanguage()
{
    QFETCH(QString, code);
    QFETCH(QString, english);
    const Outcome outcome = run({QStringLiteral("--lang"), code, QStringLiteral("--help")});
    QCOMPARE(outcome.exitCode, 0);
    QVERIFY(outcome.out.contains(QLatin1String("--practice")));
    QVERIFY2(!outcome.out.contains(english), qPrintable(outcome.out));
}

void TestCommandLine::badValuesExitWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("messageParts");
    QTest::addColumn<bool>("withPlatform");
    QTest::newRow("unknown language")
        << QStringList{QStringLiteral("--lang"), QStringLiteral("xx")}
        << QStringList{QStringLiteral("xx"), QStringLiteral("en, de, zh_CN")} << false;
    QTest::newRow("unsupported Chinese")
        << QStringList{QStringLiteral("--lang=zh_TW")} << QStringList{QStringLiteral("zh_TW")} << false;
    QTest::newRow("missing language") << QStringList{QStringLiteral("--lang")}
                                      << QStringList{QStringLiteral("lang")} << false;
    QTest::newRow("plain http address")
        << QStringList{QStringLiteral("--base-url"), QStringLiteral("http://example.com")}
        << QStringList{QStringLiteral("https")} << false;
    QTest::newRow("not an address")
        << QStringList{QStringLiteral("--base-url"), QStringLiteral("::nonsense")} << QStringList{} << false;
    QTest::newRow("bad value with a Qt option")
        << QStringList{QStringLiteral("-platform"), QStringLiteral("offscreen"), QStringLiteral("--lang"),
                       QStringLiteral("xx")}
        << QStringList{QStringLiteral("xx")} << false;
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")}
                                    << QStringList{QStringLiteral("frobnicate")} << false;
    QTest::newRow("stray argument") << QStringList{QStringLiteral("order.json")}
                                    << QStringList{QStringLiteral("order.json")} << false;
    QTest::newRow("unknown option beside Qt's")
        << QStringList{QStringLiteral("-style"), QStringLiteral("fusion"), QStringLiteral("--frobnicate")}
        << QStringList{QStringLiteral("frobnicate")} << false;
    QTest::newRow("unknown option with a display")
        << QStringList{QStringLiteral("--frobnicate")} << QStringList{QStringLiteral("frobnicate")} << true;
}

void TestCommandLine::badValuesExitWithTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, messageParts);
    QFETCH(bool, withPlatform);
    const Outcome outcome = run(arguments, withPlatform);
    QCOMPARE(outcome.exitCode, 2);
    QVERIFY(outcome.out.isEmpty());
    QVERIFY(!outcome.err.trimmed().isEmpty());
    for (const QString &part : std::as_const(messageParts))
        QVERIFY2(outcome.err.contains(part), qPrintable(outcome.err));
    QVERIFY2(outcome.err.contains(QLatin1String("--help")), qPrintable(outcome.err)); // where to look next
}

// --practice starts the window and the practice portal; the app keeps running until it
// is told to stop. pp.ui logs when the window is shown, which is the signal waited for.
void TestCommandLine::practiceModeStarts()
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("pp.ui.info=true"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("TMPDIR"), m_home.path());
    process.setProcessEnvironment(environment);
    process.start(testPath("partner-purchase"), {QStringLiteral("--practice")});
    QVERIFY(process.waitForStarted());
    QString err;
    QTRY_VERIFY_WITH_TIMEOUT((err += QString::fromUtf8(process.readAllStandardError()),
                              err.contains(QLatin1String("window shown"))),
                             20000);
    QVERIFY2(err.contains(QLatin1String("practice mode")), qPrintable(err));
    QCOMPARE(process.state(), QProcess::Running);
    process.terminate();
    QVERIFY(process.waitForFinished(10000));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
