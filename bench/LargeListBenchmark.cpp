#include "LargeListBenchmark.h"

#include "BenchApp.h"
#include "BenchPortalProcess.h"
#include "BenchReport.h"
#include "EventLoop.h"
#include "EventLoopStallProbe.h"
#include "ProcessMemory.h"
#include "PurchaseWizard.h"
#include "Statistics.h"
#include "SubordinateCompleter.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QRadioButton>
#include <QTest>

#include <algorithm>

#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#else
#define CALLGRIND_START_INSTRUMENTATION
#define CALLGRIND_STOP_INSTRUMENTATION
#define CALLGRIND_DUMP_STATS_AT(name)
#define CALLGRIND_ZERO_STATS
#endif

namespace {

// Six-letter surnames of the practice portal's generated customers (one in ten each).
const QStringList kTypedNames{QStringLiteral("tanaka"), QStringLiteral("keller"), QStringLiteral("okafor")};

double msSince(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

} // namespace

void LargeListBenchmark::run(BenchReport &report, int count)
{
    const QString scenario = QStringLiteral("%L1 customers").arg(count);
    // The memory goals: 150 MiB at 20,000 customers, 200 MiB at 100,000.
    const double rssGoal = count <= 20000 ? 150 : 200;
    BenchPortalProcess portal({std::chrono::milliseconds(0), count});
    if (!portal.isRunning())
        qFatal("pp-practice-portal did not start");
    BenchApp app(portal.baseUrl());
    SubordinateListModel &customers = app.services().subordinates;
    EventLoop::settle();

    // 1. Sign in: the list loads while the product page is shown.
    EventLoopStallProbe probe;
    QElapsedTimer clock;
    double loadStartedMs = -1;
    QObject::connect(&customers, &RemoteListModel::stateChanged, &customers, [&](RemoteListModel::State state) {
        if (state == RemoteListModel::State::Loading && loadStartedMs < 0)
            loadStartedMs = msSince(clock);
    });
    probe.start();
    clock.start();
    app.pressSignIn();
    if (!EventLoop::waitUntil([&] { return app.listsReady() && customers.rowCount() == count; }, 180000))
        qFatal("large list: %d customers did not load", count);
    EventLoop::settle();
    const double loadMs = msSince(clock) - loadStartedMs;
    probe.stop();
    report.add(scenario, QStringLiteral("load at sign-in (request → shown)"), loadMs, QStringLiteral("ms"));
    probe.addTo(report, scenario, QStringLiteral("during load"), 50);

    // 2. Show them: product chosen, Next, "for a customer".
    PurchaseWizard *wizard = app.window().wizard();
    auto *products = wizard->findChild<QComboBox *>(QStringLiteral("productComboBox"));
    products->setCurrentIndex(products->findText(QStringLiteral("Remote Management Premium")));
    EventLoop::settle();
    probe.start();
    clock.restart();
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    auto *forCustomer = wizard->findChild<QRadioButton *>(QStringLiteral("customerRadioButton"));
    QTest::mouseClick(forCustomer, Qt::LeftButton, {}, QPoint(4, 4));
    EventLoop::settle();
    const double showMs = msSince(clock);
    probe.stop();
    report.add(scenario, QStringLiteral("open customer page"), showMs, QStringLiteral("ms"));
    probe.addTo(report, scenario, QStringLiteral("opening the page"), 50);
    auto *combo = wizard->findChild<QComboBox *>(QStringLiteral("subordinateComboBox"));
    if (wizard->currentId() != PurchaseWizard::RecipientPageId || combo->count() != count)
        qFatal("large list: the customer page does not show %d customers", count);

    // 3. Type a name, one key at a time: key press → filtered, popup laid out and painted.
    // Three different names (a name typed again would be answered from caches).
    QList<double> keystrokes;
    QList<double> keystrokesCpu; // the GUI thread's own work: what a busy machine does not add
    auto *completer = qobject_cast<SubordinateCompleter *>(combo->completer());
    if (!completer)
        qFatal("large list: the customer field has no SubordinateCompleter");
    const bool verbose = qEnvironmentVariableIsSet("PP_BENCH_VERBOSE");
    // Under `valgrind --tool=callgrind --instr-atstart=no --separate-threads=yes`, the keys
    // of the first name are counted, each (key press → settled) dumped on its own: counts
    // of instructions hold on a loaded machine. The pop-up's warm-up, which the user's
    // pause after opening the page covers, is awaited first: valgrind is that slow.
    const bool countKeys = qEnvironmentVariableIsSet("PP_BENCH_CALLGRIND_KEYS");
    if (verbose)
        qDebug("pop-up warmed up before the first key: %s", completer->isWarmedUp() ? "yes" : "no");
    if (countKeys)
        EventLoop::waitUntil([&] { return completer->isWarmedUp(); }, 600000);
    int matches = 0;
    EventLoopStallProbe typingProbe;
    for (const QString &name : kTypedNames) {
        combo->lineEdit()->setFocus();
        typingProbe.start();
        for (const QChar letter : name) {
            clock.restart();
            const qint64 cpuBefore = EventLoopStallProbe::threadCpuNs();
            const bool counted = countKeys && name == kTypedNames.first();
            if (counted) {
                CALLGRIND_START_INSTRUMENTATION;
                CALLGRIND_ZERO_STATS;
            }
            QTest::keyClick(combo->lineEdit(), letter.toLatin1());
            const double handled = msSince(clock);
            EventLoop::settle();
            if (counted) {
                CALLGRIND_DUMP_STATS_AT(qPrintable(QStringLiteral("key %1 of %2").arg(letter).arg(name)));
                CALLGRIND_STOP_INSTRUMENTATION;
            }
            keystrokes << msSince(clock);
            keystrokesCpu << double(EventLoopStallProbe::threadCpuNs() - cpuBefore) / 1e6;
            if (verbose) {
                qDebug("key '%c' of %s: %.1f ms (%.1f in the key event), GUI thread CPU %.1f ms", letter.toLatin1(),
                       qPrintable(name), keystrokes.last(), handled, keystrokesCpu.last());
            }
        }
        typingProbe.stop();
        const int found = completer->matchCount(); // the pop-up shows the first of them
        if (found <= 0 || found >= count || !completer->popup()->isVisible())
            qFatal("large list: typing \"%s\" did not filter (%d matches)", qPrintable(name), found);
        if (name == kTypedNames.first())
            matches = found;
        QTest::keyClick(completer->popup(), Qt::Key_Escape);
        combo->lineEdit()->clear();
        EventLoop::settle();
    }
    report.add(scenario, QStringLiteral("keystroke p50 (%1)").arg(kTypedNames.join(QStringLiteral(", "))),
               Statistics::median(keystrokes), QStringLiteral("ms"));
    report.add(scenario, QStringLiteral("keystroke p95"), Statistics::percentile(keystrokes, 0.95),
               QStringLiteral("ms"), 16);
    report.add(scenario, QStringLiteral("keystroke max"), Statistics::maximum(keystrokes), QStringLiteral("ms"));
    report.add(scenario, QStringLiteral("… p95 of the GUI thread's CPU time per keystroke"),
               Statistics::percentile(keystrokesCpu, 0.95), QStringLiteral("ms"));
    typingProbe.addTo(report, scenario, QStringLiteral("while typing"), 50);
    report.add(scenario, QStringLiteral("matches for \"%1\"").arg(kTypedNames.first()), matches, QString());

    // 4. Reload (Retry) while the list is on screen, a few customers having changed in the
    // portal meanwhile (three gone, three renamed).
    if (!portal.setSubordinateRevision(1))
        qFatal("large list: the portal did not change its customers");
    probe.start();
    clock.restart();
    customers.load();
    EventLoop::waitUntil([&] { return customers.state() == RemoteListModel::State::Ready; }, 180000);
    if (customers.rowCount() != count - 3)
        qFatal("large list: the reload shows %d customers, not %d", customers.rowCount(), count - 3);
    EventLoop::settle();
    const double reloadMs = msSince(clock);
    probe.stop();

    report.add(scenario, QStringLiteral("reload while shown (3 removed, 3 renamed)"), reloadMs, QStringLiteral("ms"));
    // A reload that changes a few rows is applied within one frame.
    probe.addTo(report, scenario, QStringLiteral("during reload"), 16);
    report.add(scenario, QStringLiteral("peak RSS"), ProcessMemory::peakResidentMiB(), QStringLiteral("MiB"),
               rssGoal);
}
