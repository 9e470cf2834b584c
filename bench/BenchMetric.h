#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

// One measured figure: what, how much, in which unit, and the goal it must stay under
// (none for figures that are only reported).
struct BenchMetric
{
    QString scenario;
    QString name;
    double value = 0;
    QString unit;
    std::optional<double> goalAtMost;

    bool meetsGoal() const { return !goalAtMost || value <= *goalAtMost; }

    QJsonObject toJson() const;
    static BenchMetric fromJson(const QJsonObject &object);
};
