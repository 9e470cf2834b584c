#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

// A product the practice account has bought: a device's subscription (with its serial
// number) or an account-bound one (Turnkey, Remote Management, add-on services…).
struct PracticeInstance
{
    struct Service
    {
        qint64 serviceId = 0;
        QString name;
        int quantity = 0;
        QDateTime expiresAt;
    };

    int productId = 0;
    QString productNo; // a device's serial number; for account-bound products an ID of its own
    QString instanceId;
    QString partnerId; // the customer it is for; empty: the partner's own
    QString companyName;
    QString planName;
    qint64 planId = 0;
    QString switchingFrom;    // the plan being left while a switch is under way ("currentPlan")
    QString activationStatus; // activated, unactivated, unknown
    QString activationCode;   // P-Series Software Edition only
    QString comment;
    QString billingCycle;
    int quantity = 0;
    QString quantityUnit;
    bool autoRenew = false;
    bool trial = false;    // a free trial (a PBX's trial licence, an account's trial plan)
    qint64 createTime = 0; // epoch ms
    QDateTime expiresAt;   // local time, end of the day
    QList<Service> services;
    QString productModel; // devices product_model answers for
    quint64 sequence = 0; // creation order: the list is answered oldest first
};
