#include "ProductOverviewBenchmark.h"

#include "BenchApp.h"
#include "BenchPortalProcess.h"
#include "BenchReport.h"
#include "EventLoop.h"
#include "EventLoopStallProbe.h"
#include "FollowUpActions.h"
#include "ProcessMemory.h"
#include "ProductsWindow.h"
#include "Statistics.h"
#include "api/PortalClient.h"
#include "auth/TokenSession.h"
#include "practice/PracticePortal.h"
#include "products/InstanceLoader.h"
#include "products/ProductInstanceModel.h"

#include <QAction>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace std::chrono_literals;

namespace {

constexpr auto kLatency = 150ms;
constexpr int kInstances = 5000;
constexpr int kProducts = 10;
const QString kScenario = QStringLiteral("5,000 purchased products (L = 150 ms)");
// Typed one key at a time (36 keystrokes, so that the 95th percentile is not simply the
// slowest): serial-number prefixes, customers, products, a plan.
const QStringList kTyped{QStringLiteral("3681c1"), QStringLiteral("custom"), QStringLiteral("turnke"),
                         QStringLiteral("3651e1"), QStringLiteral("ultima"), QStringLiteral("linkus")};

double msSince(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

// One page request alone, as the loader sends it: its round trip (median of five).
double pageRoundTripMs(const QUrl &portal)
{
    PortalClient client;
    client.setBaseUrl(portal);
    TokenSession tokens(&client);
    client.setAccessTokenProvider(&tokens);
    bool signedIn = false;
    QObject::connect(&tokens, &TokenSession::started, [&] { signedIn = true; });
    tokens.start(PracticePortal::practiceClientId(), PracticePortal::practiceClientSecret());
    if (!EventLoop::waitUntil([&] { return signedIn; }, 10000))
        return -1;
    QList<double> samples;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer clock;
        double elapsed = -1;
        QObject context;
        clock.start();
        client.fetchInstancePage(12, 2, InstanceLoader::kPageSize, &context,
                                 [&](const ApiResult<InstancePage> &) { elapsed = msSince(clock); });
        EventLoop::waitUntil([&] { return elapsed >= 0; }, 10000);
        samples << elapsed;
    }
    return Statistics::median(samples);
}

} // namespace

void ProductOverviewBenchmark::run(BenchReport &report)
{
    BenchPortalProcess::Options options;
    options.latency = kLatency;
    options.instances = kInstances;
    options.instanceProducts = kProducts;
    BenchPortalProcess portal(options);
    if (!portal.isRunning())
        qFatal("pp-bench-portal did not start");

    // The floors: pages of the product with the most, and all pages four at a time.
    const int pagesPerProduct = int(std::ceil(double(kInstances) / kProducts / InstanceLoader::kPageSize));
    const int allRequests = kProducts * pagesPerProduct + 1; // + product_list
    const double roundTrip = pageRoundTripMs(portal.baseUrl());
    const double chainFloor = pagesPerProduct * roundTrip;
    const double boundFloor = std::ceil(double(allRequests) / InstanceLoader::kMaxInFlight) * roundTrip;

    BenchApp app(portal.baseUrl());
    app.pressSignIn();
    if (!EventLoop::waitUntil([&] { return app.listsReady(); }, 30000))
        qFatal("products: sign-in did not finish");
    EventLoop::settle();

    // 1. File > Products…: every page of every product.
    auto *action = app.window().findChild<QAction *>(QStringLiteral("productsAction"));
    EventLoopStallProbe probe;
    QElapsedTimer clock;
    probe.start();
    clock.start();
    action->trigger();
    ProductsWindow *window = app.window().findChild<FollowUpActions *>()->productsWindow();
    ProductInstanceModel *model = window->model();
    if (!EventLoop::waitUntil([&] { return model->state() == RemoteListModel::State::Ready; }, 180000)
        || model->rowCount() != kInstances)
        qFatal("products: %d of %d purchased products loaded", model->rowCount(), kInstances);
    EventLoop::settle();
    const double loadMs = msSince(clock);
    probe.stop();
    const double loadStall = probe.longestGapMs();
    const double loadStallBusy = probe.longestGapBusyMs();

    // 2. Filter, one key at a time: key press → filtered, sorted, table redrawn.
    auto *search = window->findChild<QLineEdit *>(QStringLiteral("productSearchLineEdit"));
    QTableView *table = window->tableView();
    QList<double> keystrokes;
    QList<double> keystrokesCpu; // the GUI thread's own work: what a busy machine does not add
    double typingStall = 0;
    int matches = -1;
    for (const QString &text : kTyped) {
        search->setFocus();
        probe.start();
        for (const QChar letter : text) {
            clock.restart();
            const qint64 cpuBefore = EventLoopStallProbe::threadCpuNs();
            QTest::keyClick(search, letter.toLatin1());
            const double handled = msSince(clock);
            EventLoop::settle();
            keystrokes << msSince(clock);
            keystrokesCpu << double(EventLoopStallProbe::threadCpuNs() - cpuBefore) / 1e6;
            if (qEnvironmentVariableIsSet("PP_BENCH_VERBOSE"))
                qDebug("key '%c' of %s: %.1f ms (%.1f in the key event)", letter.toLatin1(), qPrintable(text),
                       keystrokes.last(), handled);
        }
        probe.stop();
        typingStall = std::max(typingStall, probe.longestGapMs());
        const int shown = table->model()->rowCount();
        if (shown <= 0 || shown >= kInstances)
            qFatal("products: typing \"%s\" did not filter (%d rows)", qPrintable(text), shown);
        if (matches < 0)
            matches = shown;
        search->clear();
        EventLoop::settle();
    }

    report.add(kScenario, QStringLiteral("page round trip alone (median of 5)"), roundTrip, QStringLiteral("ms"));
    report.add(kScenario, QStringLiteral("load: File > Products… → all shown"), loadMs, QStringLiteral("ms"));
    report.add(kScenario, QStringLiteral("floor: longest chain, %1 pages of one product").arg(pagesPerProduct),
               chainFloor, QStringLiteral("ms"));
    report.add(kScenario, QStringLiteral("load ÷ longest chain"), loadMs / chainFloor, QString());
    report.add(kScenario,
               QStringLiteral("floor: %1 requests, %2 at a time").arg(allRequests).arg(InstanceLoader::kMaxInFlight),
               boundFloor, QStringLiteral("ms"));
    report.add(kScenario, QStringLiteral("load ÷ four-at-a-time floor"), loadMs / boundFloor, QString());
    report.add(kScenario, QStringLiteral("longest stall during load"), loadStall, QStringLiteral("ms"), 50);
    report.add(kScenario, QStringLiteral("… of it, GUI thread computing"), loadStallBusy, QStringLiteral("ms"));
    report.add(kScenario, QStringLiteral("filter keystroke p50 (%1 keys: %2)").arg(keystrokes.size()).arg(kTyped.join(QStringLiteral(", "))),
               Statistics::median(keystrokes), QStringLiteral("ms"));
    report.add(kScenario, QStringLiteral("filter keystroke p95"), Statistics::percentile(keystrokes, 0.95),
               QStringLiteral("ms"), 16);
    report.add(kScenario, QStringLiteral("filter keystroke max"), Statistics::maximum(keystrokes),
               QStringLiteral("ms"));
    report.add(kScenario, QStringLiteral("… p95 of the GUI thread's CPU time per keystroke"),
               Statistics::percentile(keystrokesCpu, 0.95), QStringLiteral("ms"));
    report.add(kScenario, QStringLiteral("longest stall while typing"), typingStall, QStringLiteral("ms"), 50);
    report.add(kScenario, QStringLiteral("rows for \"%1\"").arg(kTyped.first()), matches, QString());
    report.add(kScenario, QStringLiteral("peak RSS"), ProcessMemory::peakResidentMiB(), QStringLiteral("MiB"));
}
