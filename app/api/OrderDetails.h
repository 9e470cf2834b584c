#pragma once

#include <QJsonObject>
#include <QJsonValue>

#include <optional>

// order/v1/get/{id}: four documented sections whose inner fields are mostly undocumented,
// so they are kept as JSON objects and shown key by key.
struct OrderDetails
{
    QJsonObject basicInformation;
    QJsonObject billingInformation;
    QJsonObject orderInformation;
    QJsonObject orderSummary;
    QJsonObject raw; // the whole result, for anything outside the four sections

    static std::optional<OrderDetails> fromJson(const QJsonValue &result);
};
