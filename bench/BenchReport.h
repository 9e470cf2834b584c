#pragma once

#include "BenchMetric.h"

#include <QList>
#include <QString>
#include <QStringList>

// The figures of one `pp-bench` run: printed as a table, written as JSON. A scenario run
// in a child process hands its figures back as one "PPBENCH {json}" line on stdout.
class BenchReport
{
public:
    void add(const BenchMetric &metric) { m_metrics << metric; }
    void add(const QString &scenario, const QString &name, double value, const QString &unit,
             std::optional<double> goalAtMost = std::nullopt);
    const QList<BenchMetric> &metrics() const { return m_metrics; }
    bool allGoalsMet() const;

    // "PPBENCH {…}" for the parent process.
    void emitForParent() const;
    // Reads the figures from a child's stdout; false when it had none.
    bool addFromChildOutput(const QByteArray &output);

    // The machine's load average (1, 5, 15 minutes), noted at the start and end of a run:
    // on a shared machine the timings mean little without it.
    void noteLoadAverage();
    const QStringList &loadAverages() const { return m_loadAverages; }

    // The figures of one or more runs of the same scenarios: each as the first run's
    // value, with the range over all runs when there were several.
    static QString table(const QList<BenchReport> &runs);
    static bool writeJson(const QList<BenchReport> &runs, const QString &path, const QString &command);

private:
    QList<BenchMetric> m_metrics;
    QStringList m_loadAverages;
};
