#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

// An order the practice portal accepted (or invented as history), with everything the
// order list and order details answers show.
struct PracticeOrder
{
    struct Line
    {
        QString serviceType;      // "plan" / "service"
        QString serviceId;        // digits
        QString connectionPlanId; // digits, when the body linked the item to a plan
        QString name;
        int quantity = 0;
        QString billingCycle;
        int multiCycle = 0;
        qint64 unitPriceCents = 0;
        qint64 amountCents = 0;
    };

    // Filled by the validator from the body.
    int productId = 0;
    QString productName;
    QString productNo; // from the body, or assigned when the order is placed
    QString operationType;
    QString partnerId;         // for whom (a subordinate user); empty when bought for oneself
    QString customReferenceNo; // poNumber
    QJsonObject billingContact;
    QList<Line> lines;
    qint64 totalCents = 0;

    // Assigned by PracticeOrderBook.
    QString id;      // 19 digits
    QString orderId; // 7 digits
    QString orderNo;
    QString instanceId;
    QString transactionNo;
    QString invoiceNo;
    QString status;
    qint64 createTime = 0; // epoch ms
    quint64 sequence = 0;
};
