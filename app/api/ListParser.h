#pragma once

#include "ApiLog.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>

#include <optional>

// Reads the list endpoints' results (product_list, partner_list, billing_contact_list)
// into DTOs. Separate from PortalClient so that the fuzzers (fuzz/) reach the same code.
class ListParser
{
public:
    // The docs type partner_list and billing_contact_list as Object but describe lists:
    // the result if it is an array, or the first array inside it if it is an object;
    // an empty list for null; nullopt for anything else.
    static std::optional<QJsonArray> arrayIn(const QJsonValue &result);

    // Hands every entry T::fromJson accepts to `sink` (void(T &&)); entries without a
    // usable ID are skipped (and counted in the log). False when the result holds no
    // list at all.
    template <typename T, typename Sink>
    static bool forEach(const QJsonValue &result, Sink &&sink)
    {
        const auto array = arrayIn(result);
        if (!array)
            return false;
        int skipped = 0;
        for (const QJsonValue &value : *array) {
            if (auto item = T::fromJson(value.toObject()))
                sink(std::move(*item));
            else
                ++skipped;
        }
        if (skipped > 0)
            qCWarning(lcApi) << "skipped" << skipped << "list entries without a usable ID";
        return true;
    }

    // Every entry T::fromJson accepts, as forEach(); nullopt when there is no list.
    template <typename T>
    static std::optional<QList<T>> parse(const QJsonValue &result)
    {
        QList<T> items;
        if (!forEach<T>(result, [&items](T &&item) { items.append(std::move(item)); }))
            return std::nullopt;
        return items;
    }
};
