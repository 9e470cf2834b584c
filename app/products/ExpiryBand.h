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

inline Band of(const QDate &expiry, const QDate &today)
{
    const std::optional<int> days = daysLeft(expiry, today);
    if (!days)
        return Band::Unknown;
    if (*days < 0)
        return Band::Expired;
    return *days <= kWarningDays ? Band::Expiring : Band::Current;
}

} // namespace ExpiryBand
