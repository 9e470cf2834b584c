#include "BenchReport.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSysInfo>
#include <QThread>

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

QString BenchReport::table() const
{
    auto number = [](double value) {
        return std::abs(value) >= 100 ? QString::number(value, 'f', 0) : QString::number(value, 'f', 2);
    };
    QString text = QStringLiteral("| Scenario | Figure | Measured | Goal | |\n|---|---|---:|---:|---|\n");
    for (const BenchMetric &metric : m_metrics) {
        const QString unit = metric.unit.isEmpty() ? QString() : QLatin1Char(' ') + metric.unit;
        text += QStringLiteral("| %1 | %2 | %3%4 | %5 | %6 |\n")
                    .arg(metric.scenario, metric.name, number(metric.value), unit,
                         metric.goalAtMost ? QStringLiteral("≤ ") + number(*metric.goalAtMost) + unit : QString(),
                         metric.goalAtMost ? (metric.meetsGoal() ? QStringLiteral("ok") : QStringLiteral("MISSED"))
                                           : QString());
    }
    return text;
}

bool BenchReport::writeJson(const QString &path, const QString &command) const
{
    QJsonArray array;
    for (const BenchMetric &metric : m_metrics)
        array.append(metric.toJson());
    const QJsonObject root{
        {QStringLiteral("command"), command},
        {QStringLiteral("when"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("machine"), QStringLiteral("%1, %2 cores").arg(QSysInfo::prettyProductName()).arg(QThread::idealThreadCount())},
        {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("allGoalsMet"), allGoalsMet()},
        {QStringLiteral("metrics"), array},
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    return file.commit();
}
