// pp-bench: runs the benchmarks, prints a table of the figures and writes them as JSON.
//   pp-bench [--only startup,ready,large,products,idle,batch] [--json FILE] [--runs N] [--repeat N]
// Every scenario except start-up runs in a child process of its own (pp-bench --scenario
// …), so that each peak-memory figure is that scenario's alone. --repeat N runs the whole
// set N times and prints each figure as the first run's value with the range over all.
#include "BatchBenchmark.h"
#include "BenchReport.h"
#include "IdleFootprintBenchmark.h"
#include "LargeListBenchmark.h"
#include "ProductOverviewBenchmark.h"
#include "StartupBenchmark.h"
#include "TimeToReadyBenchmark.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QProcess>

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace {

int runScenario(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption scenario(QStringLiteral("scenario"), QString(), QStringLiteral("name"));
    const QCommandLineOption count(QStringLiteral("count"), QString(), QStringLiteral("n"), QStringLiteral("20000"));
    parser.addOptions({scenario, count});
    parser.process(app);
    BenchReport report;
    const QString name = parser.value(scenario);
    if (name == QLatin1String("ready"))
        TimeToReadyBenchmark::run(report);
    else if (name == QLatin1String("large"))
        LargeListBenchmark::run(report, parser.value(count).toInt());
    else if (name == QLatin1String("products"))
        ProductOverviewBenchmark::run(report, parser.value(count).toInt());
    else if (name == QLatin1String("idle"))
        IdleFootprintBenchmark::run(report);
    else if (name == QLatin1String("batch"))
        BatchBenchmark::run(report, parser.value(count).toInt());
    else
        return 2;
    report.emitForParent();
    return 0;
}

bool runChild(BenchReport &report, const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess child;
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), arguments);
    child.waitForFinished(-1);
    const bool ok = child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0
        && report.addFromChildOutput(child.readAllStandardOutput());
    if (!ok)
        std::fprintf(stderr, "pp-bench: %s failed\n", qPrintable(arguments.join(QLatin1Char(' '))));
    return ok;
}

double peakRssMiB(const BenchReport &report, const QString &scenario)
{
    for (const BenchMetric &metric : report.metrics()) {
        if (metric.scenario == scenario && metric.name == QLatin1String("peak RSS"))
            return metric.value;
    }
    return -1;
}

// What each customer beyond the 20,000th adds to the peak: the baseline (Qt, the window)
// cancels out.
void addBytesPerCustomer(BenchReport &report)
{
    const double small = peakRssMiB(report, QStringLiteral("%L1 customers").arg(20000));
    const double large = peakRssMiB(report, QStringLiteral("%L1 customers").arg(100000));
    if (small < 0 || large < 0)
        return;
    report.add(QStringLiteral("%L1 customers").arg(100000), QStringLiteral("peak RSS per customer (100,000 vs 20,000)"),
               (large - small) * 1024 * 1024 / 80000, QStringLiteral("B"));
}

// One pass over the chosen scenarios.
bool runOnce(BenchReport &report, const QStringList &chosen, int startupRuns)
{
    bool ok = true;
    if (chosen.contains(QLatin1String("startup"))) {
        StartupBenchmark::run(report, QStringLiteral(PP_APP_PATH), QStringLiteral(PP_BASELINE_PATH),
                              QStringLiteral(PP_WIDGETS_BASELINE_PATH), startupRuns);
    }
    if (chosen.contains(QLatin1String("ready")))
        ok &= runChild(report, {QStringLiteral("--scenario"), QStringLiteral("ready")});
    if (chosen.contains(QLatin1String("large"))) {
        for (const char *count : {"20000", "100000"}) {
            ok &= runChild(report, {QStringLiteral("--scenario"), QStringLiteral("large"), QStringLiteral("--count"), QString::fromLatin1(count)});
        }
        addBytesPerCustomer(report);
    }
    if (chosen.contains(QLatin1String("products"))) {
        // A reseller's realistic count (5,000 over 10 products), and a large one.
        for (const char *count : {"5000", "20000"}) {
            ok &= runChild(report, {QStringLiteral("--scenario"), QStringLiteral("products"), QStringLiteral("--count"), QString::fromLatin1(count)});
        }
    }
    if (chosen.contains(QLatin1String("idle")))
        ok &= runChild(report, {QStringLiteral("--scenario"), QStringLiteral("idle")});
    if (chosen.contains(QLatin1String("batch"))) {
        ok &= runChild(report, {QStringLiteral("--scenario"), QStringLiteral("batch"), QStringLiteral("--count"), QStringLiteral("1000")});
    }
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--scenario") == 0)
            return runScenario(argc, argv);
    }

    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Partner Purchase benchmarks"));
    parser.addHelpOption();
    const QCommandLineOption only(QStringLiteral("only"), QStringLiteral("Comma-separated: startup, ready, large, products, idle, batch (not run by default: 1,000 orders take about three minutes)."),
                                  QStringLiteral("list"), QStringLiteral("startup,ready,large,products,idle"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Where to write the figures."),
                                  QStringLiteral("file"), QStringLiteral("bench-results.json"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Start-up runs of each program."),
                                  QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"),
                                          QStringLiteral("Run everything N times; the table gives the first run's "
                                                         "figures and the range over all runs."),
                                          QStringLiteral("n"), QStringLiteral("1"));
    parser.addOptions({only, json, runs, repeatOption});
    parser.process(app);
    const QStringList chosen = parser.value(only).split(QLatin1Char(','));

    const int repeat = std::max(1, parser.value(repeatOption).toInt());
    QList<BenchReport> reports;
    bool ok = true;
    for (int run = 0; run < repeat; ++run) {
        BenchReport report;
        report.noteLoadAverage();
        ok &= runOnce(report, chosen, parser.value(runs).toInt());
        report.noteLoadAverage();
        reports << report;
        if (repeat > 1)
            std::fprintf(stderr, "pp-bench: run %d of %d done\n", run + 1, repeat);
    }
    const BenchReport &report = reports.constFirst();
    const QString table = BenchReport::table(reports);
    std::fputs(qPrintable(table), stdout);
    const QString path = QDir::current().absoluteFilePath(parser.value(json));
    if (!BenchReport::writeJson(reports, path, QCoreApplication::arguments().join(QLatin1Char(' ')))) {
        std::fprintf(stderr, "pp-bench: cannot write %s\n", qPrintable(path));
        return 1;
    }
    std::printf("\nFigures written to %s%s\n", qPrintable(path),
                report.allGoalsMet() ? "" : " — some goals were MISSED");
    return ok ? 0 : 1;
}
