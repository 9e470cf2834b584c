#include "StartupBenchmark.h"

#include "BenchReport.h"
#include "Statistics.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

namespace {

// One start, in fresh settings folders: ms until the process printed "pp-idle".
double startOnce(const QString &program, const QStringList &arguments, const QString &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("PP_EXIT_WHEN_IDLE"), QStringLiteral("1"));
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    double idleMs = -1;
    while (idleMs < 0 && process.waitForReadyRead(30000)) {
        while (process.canReadLine()) {
            if (process.readLine().trimmed() == "pp-idle") {
                idleMs = double(clock.nsecsElapsed()) / 1e6;
                break;
            }
        }
    }
    if (!process.waitForFinished(10000))
        process.kill();
    if (idleMs < 0)
        qFatal("%s never reported idle", qPrintable(program));
    return idleMs;
}

} // namespace

void StartupBenchmark::run(BenchReport &report, const QString &appPath, const QString &baselinePath,
                           const QString &widgetsBaselinePath, int runs)
{
    const QString scenario = QStringLiteral("start-up (offscreen)");
    QTemporaryDir home;
    const QStringList normal;                                 // the sign-in dialog over the wizard
    const QStringList practice{QStringLiteral("--practice")}; // the same, plus the practice portal
    // One start of each first, not counted: loads the libraries into the page cache.
    startOnce(appPath, normal, home.path());
    startOnce(appPath, practice, home.path());
    startOnce(baselinePath, {}, home.path());
    startOnce(widgetsBaselinePath, {}, home.path());
    QList<double> app;
    QList<double> appPractice;
    QList<double> baseline;
    QList<double> widgetsBaseline;
    for (int i = 0; i < runs; ++i) {
        app << startOnce(appPath, normal, home.path());
        appPractice << startOnce(appPath, practice, home.path());
        baseline << startOnce(baselinePath, {}, home.path());
        widgetsBaseline << startOnce(widgetsBaselinePath, {}, home.path());
    }
    const double base = Statistics::median(baseline);
    const double widgetsBase = Statistics::median(widgetsBaseline);
    report.add(scenario, QStringLiteral("empty QWizard, QtWidgets only (median of %1)").arg(runs), widgetsBase,
               QStringLiteral("ms"));
    report.add(scenario, QStringLiteral("empty QWizard baseline, the app's Qt modules (median of %1)").arg(runs), base,
               QStringLiteral("ms"));
    report.add(scenario, QStringLiteral("app: start → wizard idle (median of %1)").arg(runs), Statistics::median(app),
               QStringLiteral("ms"));
    report.add(scenario, QStringLiteral("app ÷ baseline"), Statistics::median(app) / base, QString(), 1.3);
    report.add(scenario, QStringLiteral("app ÷ QtWidgets-only baseline"), Statistics::median(app) / widgetsBase,
               QString(), 1.5);
    report.add(scenario, QStringLiteral("app --practice (median of %1)").arg(runs), Statistics::median(appPractice),
               QStringLiteral("ms"));
    report.add(scenario, QStringLiteral("app --practice ÷ baseline"), Statistics::median(appPractice) / base,
               QString(), 1.3);
}
