#pragma once

#include <QString>

class BenchReport;

// Process start → window shown and the event loop idle (offscreen), for the app (with and
// without practice mode) and for two baselines that show an empty QWizard: one with the
// same Qt modules linked, one with QtWidgets only. Median of `runs` each, run alternately
// so that all see the same machine.
class StartupBenchmark
{
public:
    static void run(BenchReport &report, const QString &appPath, const QString &baselinePath,
                    const QString &widgetsBaselinePath, int runs = 20);
};
