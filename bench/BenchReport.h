#pragma once

#include "BenchMetric.h"

#include <QList>
#include <QString>

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

    QString table() const;
    bool writeJson(const QString &path, const QString &command) const;

private:
    QList<BenchMetric> m_metrics;
};
