#include "BatchBenchmark.h"

#include "BenchApp.h"
#include "BenchPortalProcess.h"
#include "BenchReport.h"
#include "EventLoop.h"
#include "EventLoopStallProbe.h"
#include "Statistics.h"
#include "order/BatchPlanner.h"
#include "order/OrderBodyBuilder.h"

#include <QElapsedTimer>

using namespace std::chrono_literals;

namespace {

constexpr auto kLatency = 150ms;

// Remote Management Premium × 10 with the practice billing contact (the first seed).
OrderDraft package(const AppServices &services)
{
    OrderDraft draft;
    for (int row = 0; row < services.products.rowCount(); ++row) {
        if (services.products.at(row).productId == 20)
            draft.product = services.products.at(row);
    }
    OfferingItem item;
    item.kind = OfferingItem::Kind::Service;
    item.id = EntityId::fromString(QStringLiteral("3375818821640175616"));
    item.name = QStringLiteral("Remote Management Premium");
    item.maxQuantity = 100000;
    OrderLine line = OrderLine::defaultsFor(item);
    line.quantity = 10;
    draft.services << line;
    draft.billingContact = services.billingContacts.at(0);
    return draft;
}

double msSince(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

} // namespace

void BatchBenchmark::run(BenchReport &report, int count)
{
    const QString scenario = QStringLiteral("batch of %L1").arg(count);
    BenchPortalProcess portal({kLatency, count});
    if (!portal.isRunning())
        qFatal("pp-practice-portal did not start");
    BenchApp app(portal.baseUrl());
    AppServices &services = app.services();
    app.pressSignIn();
    if (!EventLoop::waitUntil([&] { return app.listsReady() && services.subordinates.rowCount() == count; }, 180000))
        qFatal("batch: the lists did not load");
    EventLoop::settle();
    const OrderDraft draft = package(services);

    // One order's round trip through the same client, for yourself: the unit of the ratio.
    QList<double> roundTrips;
    const OrderRequest single = *OrderBodyBuilder::build(draft).request;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer clock;
        clock.start();
        bool answered = false;
        services.client.placeOrder(single, &services.client, [&](const ApiResult<OrderReceipt> &) { answered = true; });
        EventLoop::waitUntil([&] { return answered; }, 60000);
        roundTrips << msSince(clock);
    }
    const double roundTrip = Statistics::median(roundTrips);

    QList<Subordinate> customers;
    for (int row = 0; row < services.subordinates.rowCount(); ++row)
        customers << services.subordinates.at(row);
    const BatchPlanner::Plan plan
        = BatchPlanner::forCustomers(draft, customers, services.storeAccountId(), QStringLiteral("Practice"));
    if (plan.orders.size() != count)
        qFatal("batch: %s", qPrintable(plan.problems.join(QLatin1Char(' '))));

    // Where the time goes: each body's time at the portal (sent → answered) and the
    // time between an answer and the next body (journal sync, receipts, hand-over).
    EventLoopStallProbe probe;
    QElapsedTimer clock;
    QList<double> atPortal;
    QList<double> between;
    double sentAt = -1;
    double answeredAt = -1;
    QObject::connect(&services.batchSubmitter, &OrderSubmitter::stateChanged, &services.batchSubmitter,
                     [&](OrderSubmitter::State state) {
        const double now = msSince(clock);
        if (state == OrderSubmitter::State::Sending) {
            if (answeredAt >= 0)
                between << now - answeredAt;
            sentAt = now;
        } else if (state != OrderSubmitter::State::Idle && sentAt >= 0) {
            atPortal << now - sentAt;
            answeredAt = now;
        }
    });
    probe.start();
    clock.start();
    if (!services.batches.start(services.storeAccountId(), QStringLiteral("Practice"), plan.orders))
        qFatal("batch: not started");
    if (!EventLoop::waitUntil([&] { return services.batches.state() == BatchRunner::State::Finished; }, 3600000))
        qFatal("batch: not finished");
    const double totalMs = msSince(clock);
    probe.stop();
    if (services.batches.count(BatchOrder::State::Placed) != count)
        qFatal("batch: %d of %d placed", services.batches.count(BatchOrder::State::Placed), count);

    report.add(scenario, QStringLiteral("one order's round trip (p50 of 5)"), roundTrip, QStringLiteral("ms"));
    report.add(scenario, QStringLiteral("whole batch"), totalMs / 1000, QStringLiteral("s"));
    report.add(scenario, QStringLiteral("sent → answered, p50"), Statistics::median(atPortal), QStringLiteral("ms"));
    report.add(scenario, QStringLiteral("sent → answered, p95"), Statistics::percentile(atPortal, 0.95), QStringLiteral("ms"));
    report.add(scenario, QStringLiteral("answer → next body, p50"), Statistics::median(between), QStringLiteral("ms"));
    report.add(scenario, QStringLiteral("answer → next body, p95"), Statistics::percentile(between, 0.95), QStringLiteral("ms"));
    report.add(scenario, QStringLiteral("batch ÷ (%L1 × round trip)").arg(count), totalMs / (count * roundTrip),
               QStringLiteral("×"), 1.10);
    // With the share of it the GUI thread waited for a core: on a loaded machine, most of it.
    probe.addTo(report, scenario, QStringLiteral("during the batch"), 50);
}
