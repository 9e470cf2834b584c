#include "BenchMetric.h"

QJsonObject BenchMetric::toJson() const
{
    QJsonObject object{{QStringLiteral("scenario"), scenario},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("value"), value},
                       {QStringLiteral("unit"), unit}};
    if (goalAtMost) {
        object.insert(QStringLiteral("goalAtMost"), *goalAtMost);
        object.insert(QStringLiteral("meetsGoal"), meetsGoal());
    }
    return object;
}

BenchMetric BenchMetric::fromJson(const QJsonObject &object)
{
    BenchMetric metric;
    metric.scenario = object.value(QLatin1String("scenario")).toString();
    metric.name = object.value(QLatin1String("name")).toString();
    metric.value = object.value(QLatin1String("value")).toDouble();
    metric.unit = object.value(QLatin1String("unit")).toString();
    if (object.contains(QLatin1String("goalAtMost")))
        metric.goalAtMost = object.value(QLatin1String("goalAtMost")).toDouble();
    return metric;
}
