#include "TimeToReadyBenchmark.h"

#include "BenchApp.h"
#include "BenchPortalProcess.h"
#include "BenchReport.h"
#include "EventLoop.h"
#include "Statistics.h"
#include "api/PortalClient.h"
#include "auth/TokenSession.h"
#include "practice/PracticePortal.h"

#include <QElapsedTimer>

using namespace std::chrono_literals;

namespace {

constexpr auto kLatency = 150ms;
const QString kScenario = QStringLiteral("time to ready (L = 150 ms)");

double msSince(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

// One request on its own: how long its answer takes to arrive and be parsed.
template <typename Fetch>
double roundTrip(Fetch fetch)
{
    QElapsedTimer clock;
    double elapsed = -1;
    QObject context;
    clock.start();
    fetch(&context, [&] { elapsed = msSince(clock); });
    EventLoop::waitUntil([&] { return elapsed >= 0; }, 10000);
    return elapsed;
}

// Token round trip + the slowest list's round trip, each sent alone on a fresh client.
double idealMs(const QUrl &portal)
{
    PortalClient client;
    client.setBaseUrl(portal);
    TokenSession tokens(&client);
    client.setAccessTokenProvider(&tokens);
    QElapsedTimer clock;
    double tokenMs = -1;
    QObject::connect(&tokens, &TokenSession::started, [&] { tokenMs = msSince(clock); });
    clock.start();
    tokens.start(PracticePortal::practiceClientId(), PracticePortal::practiceClientSecret());
    if (!EventLoop::waitUntil([&] { return tokenMs >= 0; }, 10000))
        return -1;
    const double products = roundTrip([&](QObject *context, auto done) {
        client.fetchProducts(context, [done](const auto &) { done(); });
    });
    const double subordinates = roundTrip([&](QObject *context, auto done) {
        client.fetchSubordinates(context, [done](const auto &) { done(); });
    });
    const double contacts = roundTrip([&](QObject *context, auto done) {
        client.fetchBillingContacts(context, [done](const auto &) { done(); });
    });
    return tokenMs + std::max({products, subordinates, contacts});
}

// The real thing: Sign in pressed in the dialog → all three lists Ready.
double wizardMs(const QUrl &portal)
{
    BenchApp app(portal);
    EventLoop::settle();
    QElapsedTimer clock;
    double readyMs = -1;
    auto check = [&] {
        if (readyMs < 0 && app.listsReady())
            readyMs = msSince(clock);
    };
    for (RemoteListModel *model : std::initializer_list<RemoteListModel *>{
             &app.services().products, &app.services().subordinates, &app.services().billingContacts})
        QObject::connect(model, &RemoteListModel::stateChanged, model, check);
    clock.start();
    if (!app.pressSignIn())
        return -1;
    EventLoop::waitUntil([&] { return readyMs >= 0; }, 20000);
    return readyMs;
}

} // namespace

void TimeToReadyBenchmark::run(BenchReport &report, int repetitions)
{
    BenchPortalProcess portal({kLatency, -1});
    if (!portal.isRunning())
        qFatal("pp-practice-portal did not start");
    QList<double> ratios;
    QList<double> actual;
    QList<double> ideal;
    for (int i = 0; i < repetitions; ++i) {
        const double idealRun = idealMs(portal.baseUrl());
        const double actualRun = wizardMs(portal.baseUrl());
        if (idealRun <= 0 || actualRun <= 0)
            qFatal("time to ready: a request did not complete");
        ideal << idealRun;
        actual << actualRun;
        ratios << actualRun / idealRun;
    }
    report.add(kScenario, QStringLiteral("sign in → lists filled (median)"), Statistics::median(actual),
               QStringLiteral("ms"));
    report.add(kScenario, QStringLiteral("ideal: token + slowest list (median)"), Statistics::median(ideal),
               QStringLiteral("ms"));
    report.add(kScenario, QStringLiteral("ratio (median of %1)").arg(repetitions), Statistics::median(ratios),
               QString(), 1.2);
}
