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
#include "products/ProductInstanceFilterModel.h"
#include "products/ProductInstanceModel.h"

#include <QAbstractButton>
#include <QAction>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace std::chrono_literals;

namespace {

constexpr auto kLatency = 150ms;
constexpr int kProducts = 10;
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

void ProductOverviewBenchmark::run(BenchReport &report, int instances)
{
    const QString scenario = QStringLiteral("%L1 purchased products (L = %2 ms)").arg(instances).arg(kLatency.count());
    BenchPortalProcess::Options options;
    options.latency = kLatency;
    options.instances = instances;
    options.instanceProducts = kProducts;
    BenchPortalProcess portal(options);
    if (!portal.isRunning())
        qFatal("pp-practice-portal did not start");

    // The floors: pages of the product with the most, and all pages four at a time.
    const int pagesPerProduct = int(std::ceil(double(instances) / kProducts / InstanceLoader::kPageSize));
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
    if (!EventLoop::waitUntil([&] { return model->state() == RemoteListModel::State::Ready; }, 300000)
        || model->rowCount() != instances)
        qFatal("products: %d of %d purchased products loaded", model->rowCount(), instances);
    EventLoop::settle();
    const double loadMs = msSince(clock);
    probe.stop();
    report.add(scenario, QStringLiteral("page round trip alone (median of 5)"), roundTrip, QStringLiteral("ms"));
    report.add(scenario, QStringLiteral("load: File > Products… → all shown"), loadMs, QStringLiteral("ms"));
    report.add(scenario, QStringLiteral("floor: longest chain, %1 pages of one product").arg(pagesPerProduct),
               chainFloor, QStringLiteral("ms"));
    report.add(scenario, QStringLiteral("load ÷ longest chain"), loadMs / chainFloor, QString());
    report.add(scenario,
               QStringLiteral("floor: %1 requests, %2 at a time").arg(allRequests).arg(InstanceLoader::kMaxInFlight),
               boundFloor, QStringLiteral("ms"));
    report.add(scenario, QStringLiteral("load ÷ four-at-a-time floor"), loadMs / boundFloor, QString());
    probe.addTo(report, scenario, QStringLiteral("during load"), 50);

    // 2. Filter, one key at a time: key press → filtered, sorted, table redrawn.
    auto *search = window->findChild<QLineEdit *>(QStringLiteral("productSearchLineEdit"));
    QTableView *table = window->tableView();
    QList<double> keystrokes;
    QList<double> keystrokesCpu; // the GUI thread's own work: what a busy machine does not add
    EventLoopStallProbe typingProbe;
    int matches = -1;
    for (const QString &text : kTyped) {
        search->setFocus();
        typingProbe.start();
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
        typingProbe.stop();
        const int shown = table->model()->rowCount();
        if (shown <= 0 || shown >= instances)
            qFatal("products: typing \"%s\" did not filter (%d rows)", qPrintable(text), shown);
        if (matches < 0)
            matches = shown;
        search->clear();
        EventLoop::settle();
    }

    report.add(scenario, QStringLiteral("filter keystroke p50 (%1 keys: %2)").arg(keystrokes.size()).arg(kTyped.join(QStringLiteral(", "))),
               Statistics::median(keystrokes), QStringLiteral("ms"));
    report.add(scenario, QStringLiteral("filter keystroke p95"), Statistics::percentile(keystrokes, 0.95),
               QStringLiteral("ms"), 16);
    report.add(scenario, QStringLiteral("filter keystroke max"), Statistics::maximum(keystrokes),
               QStringLiteral("ms"));
    report.add(scenario, QStringLiteral("… p95 of the GUI thread's CPU time per keystroke"),
               Statistics::percentile(keystrokesCpu, 0.95), QStringLiteral("ms"));
    typingProbe.addTo(report, scenario, QStringLiteral("while typing"), 50);
    report.add(scenario, QStringLiteral("rows for \"%1\"").arg(kTyped.first()), matches, QString());

    // 3. Reload while shown, a row selected and a filter typed: the same products again.
    search->setText(kTyped.at(1));
    EventLoop::settle();
    table->selectRow(0);
    const QString selectedKey = model->at(window->filterModel()->sourceRow(0)).key();
    const int shownBefore = table->model()->rowCount();
    auto *reload = window->findChild<QAbstractButton *>(QStringLiteral("reloadProductsButton"));
    EventLoop::settle();
    probe.start();
    clock.restart();
    QTest::mouseClick(reload, Qt::LeftButton);
    if (!EventLoop::waitUntil([&] { return model->state() == RemoteListModel::State::Ready; }, 300000)
        || model->rowCount() != instances)
        qFatal("products: the reload shows %d of %d purchased products", model->rowCount(), instances);
    EventLoop::settle();
    const double reloadMs = msSince(clock);
    probe.stop();
    const QModelIndex current = table->selectionModel()->currentIndex();
    const bool selectionKept = current.isValid()
        && model->at(window->filterModel()->sourceRow(current.row())).key() == selectedKey;
    report.add(scenario, QStringLiteral("reload while shown (nothing changed)"), reloadMs, QStringLiteral("ms"));
    report.add(scenario, QStringLiteral("reload ÷ four-at-a-time floor"), reloadMs / boundFloor, QString());
    probe.addTo(report, scenario, QStringLiteral("during reload"), 16);
    report.add(scenario, QStringLiteral("selection and filter kept (1 = yes)"),
               selectionKept && search->text() == kTyped.at(1) && table->model()->rowCount() == shownBefore,
               QString());

    // 4. A click on a column header sorts every row by it (no filter), a row selected:
    // text columns, then back to the days left; the selection follows its row.
    search->clear();
    EventLoop::settle();
    table->selectRow(table->model()->rowCount() / 2);
    const QString sortedKey = model->at(window->filterModel()->sourceRow(table->model()->rowCount() / 2)).key();
    QHeaderView *header = table->horizontalHeader();
    EventLoop::settle();
    EventLoopStallProbe sortProbe;
    sortProbe.start();
    for (const int column : {ProductInstanceModel::CustomerColumn, ProductInstanceModel::ProductNoColumn,
                             ProductInstanceModel::ProductColumn, ProductInstanceModel::DaysLeftColumn}) {
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                                 header->height() / 2));
        // Sorted in the background: until the new order is shown.
        if (!EventLoop::waitUntil([&] { return !window->filterModel()->isSorting(); }, 30000))
            qFatal("products: the sort by column %d did not finish", column);
        EventLoop::settle();
        if (header->sortIndicatorSection() != column)
            qFatal("products: a click on header %d did not sort by it", column);
    }
    sortProbe.stop();
    const QModelIndex sortedCurrent = table->selectionModel()->currentIndex();
    const bool sortKeptSelection = sortedCurrent.isValid()
        && table->selectionModel()->selectedRows().size() == 1
        && model->at(window->filterModel()->sourceRow(sortedCurrent.row())).key() == sortedKey;
    sortProbe.addTo(report, scenario, QStringLiteral("when a header is clicked to sort (4 columns, all rows)"), 16);
    report.add(scenario, QStringLiteral("selection kept through the sorts (1 = yes)"), sortKeptSelection, QString());
    report.add(scenario, QStringLiteral("peak RSS"), ProcessMemory::peakResidentMiB(), QStringLiteral("MiB"));
}
