#pragma once

#include <QList>

#include <algorithm>

// Order statistics over a handful of samples (nearest rank: the value is one measured).
namespace Statistics {

inline double percentile(QList<double> samples, double fraction)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const auto rank = qsizetype(fraction * double(samples.size()) + 0.999999) - 1;
    return samples.at(std::clamp<qsizetype>(rank, 0, samples.size() - 1));
}

inline double median(const QList<double> &samples)
{
    return percentile(samples, 0.5);
}

inline double maximum(const QList<double> &samples)
{
    return samples.isEmpty() ? 0 : *std::max_element(samples.cbegin(), samples.cend());
}

} // namespace Statistics
