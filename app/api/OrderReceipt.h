#pragma once

#include <QJsonValue>
#include <QString>

#include <optional>

// The portal's answer to Create an Order (all values are JSON strings in the seeds;
// numbers are accepted too and kept as their exact digits).
struct OrderReceipt
{
    QString instanceId;
    QString orderId;
    QString orderNo;
    QString orderStatus; // succeed, pending, failed, …
    QString productNo;
    QString transactionNo;
    QString requestId; // from the envelope

    // Needs at least an orderNo or an orderId; anything less is not a receipt.
    static std::optional<OrderReceipt> fromJson(const QJsonValue &result, const QString &requestId);
};
