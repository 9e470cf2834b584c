#pragma once

#include "OrderOperation.h"
#include "api/OrderReceipt.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

struct OrderDraft;
struct OrderRequest;

// What the app keeps of a placed order: what was bought, for whom, and what the portal
// answered. Written to disk before the receipt is shown; never holds a secret.
struct Receipt
{
    struct Line
    {
        QString serviceType; // plan | service
        QString id;
        QString name;
        int quantity = 0;
        QString billingCycle;
        int multiCycle = 0;
        QString quantityUnit;
    };

    QString accountId;
    QString accountLabel;
    QDateTime placedAt;
    OrderOperation operation = OrderOperation::NewPurchase;
    qint64 productId = 0;
    QString productName;
    QString deviceSerialNumber; // the productNo the user entered, if any
    // The existing product the order acted on (its serial or product number), if any:
    // for products bound to an account it is sent nowhere but names what was renewed.
    QString subscriptionNo;
    QString recipientName; // empty: bought for the partner's own account
    QString recipientPartnerId;
    QList<Line> lines;
    QString billingContactName;
    QString billingContactId;
    QString poNumber;
    OrderReceipt portal;
    QByteArray requestBody;    // the exact body sent
    QDateTime statusCheckedAt; // last time the status was refreshed from the portal

    bool isForSubordinate() const { return !recipientPartnerId.isEmpty(); }
    // "Plan × 100, Recording Minutes × 10000"
    QString itemsSummary() const;

    static Receipt fromOrder(const OrderDraft &draft, const OrderRequest &request,
                             const OrderReceipt &answer, const QString &accountId,
                             const QString &accountLabel, const QDateTime &placedAt);

    QJsonObject toJson() const;
    // A receipt needs the portal's answer (an orderNo or orderId) and a time.
    static std::optional<Receipt> fromJson(const QJsonObject &object);
    // Whatever the object holds, answer or not: what a batch journal planned to order.
    static Receipt fromPlanJson(const QJsonObject &object);
};

Q_DECLARE_METATYPE(Receipt)
