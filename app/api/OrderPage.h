#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// One order as listed by order/v1/page (Order_Info). `raw` keeps every field, including
// the undocumented ones, for display.
struct OrderListEntry
{
    QString id;
    QString orderNo;
    QString orderStatus;
    QString currencyCode;
    QString invoiceNo;
    QString customReferenceNo;
    qint64 createTime = 0; // as sent (the unit is undocumented; see createdAt())
    QJsonObject raw;

    // createTime as a time (JsonFields::epochTime: milliseconds or seconds).
    QDateTime createdAt() const;

    static std::optional<OrderListEntry> fromJson(const QJsonObject &object);
};

// One page of order/v1/page.
struct OrderPage
{
    int pageNo = 1;
    int pageSize = 0;
    int total = 0;
    int totalPage = 0;
    QList<OrderListEntry> results;

    bool hasMore() const { return pageNo < totalPage; }

    static std::optional<OrderPage> fromJson(const QJsonValue &result);
};
