#include "BenchReport.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSysInfo>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace {
const QByteArray kMarker = "PPBENCH ";
}

void BenchReport::add(const QString &scenario, const QString &name, double value, const QString &unit,
                      std::optional<double> goalAtMost)
{
    m_metrics << BenchMetric{scenario, name, value, unit, goalAtMost};
}

bool BenchReport::allGoalsMet() const
{
    for (const BenchMetric &metric : m_metrics) {
        if (!metric.meetsGoal())
            return false;
    }
    return true;
}

void BenchReport::emitForParent() const
{
    QJsonArray array;
    for (const BenchMetric &metric : m_metrics)
        array.append(metric.toJson());
    const QByteArray line = kMarker + QJsonDocument(array).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
}

bool BenchReport::addFromChildOutput(const QByteArray &output)
{
    bool found = false;
    for (const QByteArray &line : output.split('\n')) {
        if (!line.startsWith(kMarker))
            continue;
        const QJsonArray array = QJsonDocument::fromJson(line.mid(kMarker.size())).array();
        for (const QJsonValue &value : array)
            add(BenchMetric::fromJson(value.toObject()));
        found = !array.isEmpty();
    }
    return found;
}

void BenchReport::noteLoadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (file.open(QIODevice::ReadOnly))
        m_loadAverages << QString::fromLatin1(file.readLine()).section(QLatin1Char(' '), 0, 2);
}

namespace {

QString number(double value)
{
    return std::abs(value) >= 100 ? QString::number(value, 'f', 0) : QString::number(value, 'f', 2);
}

// The same figure in every run, in the order of the first run: found by scenario, name and
// how many figures of that scenario and name came before it ("… of it" rows repeat a name).
QList<const BenchMetric *> sameFigure(const QList<BenchReport> &runs, const BenchMetric &first)
{
    const auto isNamedLike = [&first](const BenchMetric &metric) {
        return metric.scenario == first.scenario && metric.name == first.name;
    };
    const QList<BenchMetric> &firstRun = runs.constFirst().metrics();
    int occurrence = 0;
    for (const BenchMetric &metric : firstRun) {
        if (&metric == &first)
            break;
        occurrence += isNamedLike(metric) ? 1 : 0;
    }
    QList<const BenchMetric *> found;
    for (const BenchReport &run : runs) {
        int seen = 0;
        for (const BenchMetric &metric : run.metrics()) {
            if (isNamedLike(metric) && seen++ == occurrence) {
                found << &metric;
                break;
            }
        }
    }
    return found;
}

} // namespace

QString BenchReport::table(const QList<BenchReport> &runs)
{
    if (runs.isEmpty())
        return QString();
    const bool spread = runs.size() > 1;
    QString text;
    QStringList loads;
    for (const BenchReport &run : runs)
        loads << run.loadAverages().join(QStringLiteral(" → "));
    text += QStringLiteral("Load average (1, 5, 15 min) at the start → end of each run: %1\n\n")
                .arg(loads.join(QStringLiteral("; ")));
    text += spread ? QStringLiteral("| Scenario | Figure | First run | Range over %1 runs | Goal | |\n|---|---|---:|---:|---:|---|\n")
                         .arg(runs.size())
                   : QStringLiteral("| Scenario | Figure | Measured | Goal | |\n|---|---|---:|---:|---|\n");
    for (const BenchMetric &metric : runs.constFirst().metrics()) {
        const QString unit = metric.unit.isEmpty() ? QString() : QLatin1Char(' ') + metric.unit;
        const QList<const BenchMetric *> all = sameFigure(runs, metric);
        double low = metric.value;
        double high = metric.value;
        int met = 0;
        for (const BenchMetric *each : all) {
            low = std::min(low, each->value);
            high = std::max(high, each->value);
            met += each->meetsGoal() ? 1 : 0;
        }
        QString verdict;
        if (metric.goalAtMost) {
            verdict = metric.meetsGoal() ? QStringLiteral("ok") : QStringLiteral("MISSED");
            if (spread)
                verdict += QStringLiteral(" (met in %1 of %2)").arg(met).arg(all.size());
        }
        const QString goal = metric.goalAtMost ? QStringLiteral("≤ ") + number(*metric.goalAtMost) + unit : QString();
        const QString range = number(low) + QStringLiteral("–") + number(high);
        text += spread ? QStringLiteral("| %1 | %2 | %3%4 | %5 | %6 | %7 |\n")
                             .arg(metric.scenario, metric.name, number(metric.value), unit, range, goal, verdict)
                       : QStringLiteral("| %1 | %2 | %3%4 | %5 | %6 |\n")
                             .arg(metric.scenario, metric.name, number(metric.value), unit, goal, verdict);
    }
    return text;
}

bool BenchReport::writeJson(const QList<BenchReport> &runs, const QString &path, const QString &command)
{
    QJsonArray runArray;
    for (const BenchReport &run : runs) {
        QJsonArray array;
        for (const BenchMetric &metric : run.metrics())
            array.append(metric.toJson());
        runArray.append(QJsonObject{{QStringLiteral("loadAverage"), QJsonArray::fromStringList(run.loadAverages())},
                                    {QStringLiteral("metrics"), array}});
    }
    const QJsonObject root{
        {QStringLiteral("command"), command},
        {QStringLiteral("when"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("machine"), QStringLiteral("%1, %2 cores").arg(QSysInfo::prettyProductName()).arg(QThread::idealThreadCount())},
        {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("allGoalsMet"), !runs.isEmpty() && runs.constFirst().allGoalsMet()},
        // The first run's figures, and every run's.
        {QStringLiteral("metrics"), runArray.isEmpty() ? QJsonArray() : runArray.first().toObject().value(QLatin1String("metrics")).toArray()},
        {QStringLiteral("runs"), runArray},
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    return file.commit();
}
