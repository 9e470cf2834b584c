#pragma once

#include <QDate>

#include <optional>

// How close a purchased product is to its expiry. Yeastar reminds the billing contact 30
// and 7 days before; the overview marks the same window.
namespace ExpiryBand {

enum class Band {
    Unknown, // no readable expiry date
    Expired,
    Expiring, // within kWarningDays
    Current,
};

constexpr int kWarningDays = 30;

// Days from `today` to `expiry` (negative once expired), or nothing without a date.
inline std::optional<int> daysLeft(const QDate &expiry, const QDate &today)
{
    if (!expiry.isValid() || !today.isValid())
        return std::nullopt;
    return int(today.daysTo(expiry));
}

inline Band of(std::optional<int> daysLeft)
{
    if (!daysLeft)
        return Band::Unknown;
    if (*daysLeft < 0)
        return Band::Expired;
    return *daysLeft <= kWarningDays ? Band::Expiring : Band::Current;
}

} // namespace ExpiryBand
