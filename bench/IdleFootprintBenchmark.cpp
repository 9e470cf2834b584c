#include "IdleFootprintBenchmark.h"

#include "BenchApp.h"
#include "BenchPortalProcess.h"
#include "BenchReport.h"
#include "EventLoop.h"
#include "ProcessMemory.h"

void IdleFootprintBenchmark::run(BenchReport &report)
{
    const QString scenario = QStringLiteral("idle footprint");
    BenchPortalProcess portal({});
    if (!portal.isRunning())
        qFatal("pp-practice-portal did not start");
    BenchApp app(portal.baseUrl());
    if (!app.pressSignIn() || !EventLoop::waitUntil([&] { return app.listsReady(); }, 20000))
        qFatal("idle footprint: sign-in did not complete");
    // At rest: nothing pending, a moment for deferred deletes and caches to settle.
    EventLoop::settle();
    EventLoop::waitUntil([] { return false; }, 2000);
    report.add(scenario, QStringLiteral("RSS, signed in, at rest"), ProcessMemory::residentMiB(),
               QStringLiteral("MiB"), 80);
}
