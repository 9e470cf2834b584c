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

    // Every entry T::fromJson accepts; entries without a usable ID are skipped (and
    // counted in the log). nullopt when the result holds no list at all.
    template <typename T>
    static std::optional<QList<T>> parse(const QJsonValue &result)
    {
        const auto array = arrayIn(result);
        if (!array)
            return std::nullopt;
        QList<T> items;
        items.reserve(array->size());
        int skipped = 0;
        for (const QJsonValue &value : *array) {
            if (auto item = T::fromJson(value.toObject()))
                items.append(std::move(*item));
            else
                ++skipped;
        }
        if (skipped > 0)
            qCWarning(lcApi) << "skipped" << skipped << "list entries without a usable ID";
        return items;
    }
};
