#pragma once

#include <QString>

class BenchReport;

// Process start → window shown and the event loop idle (offscreen), for the app in
// practice mode and for a baseline that shows an empty QWizard with the same Qt modules
// linked. Median of `runs` each, run alternately so that both see the same machine.
class StartupBenchmark
{
public:
    static void run(BenchReport &report, const QString &appPath, const QString &baselinePath, int runs = 20);
};
