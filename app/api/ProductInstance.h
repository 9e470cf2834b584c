#pragma once

#include "EntityId.h"

#include <QDate>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// One purchased product ("instance"), as instance_product_list lists it or
// instance_product/v1/detail describes it. The vendor documents only a few of its
// fields (activationCode, activationStatus, comment, createTime, currentPlan,
// currentPlanExpireDate); the rest of the table is lost. So this is tolerant: the columns
// the overview shows are read from the documented name first and then from the names a
// portal would plausibly use, and `raw` keeps every field as sent, for the details pane.
struct ProductInstance
{
    qint64 productId = 0; // the product asked for (instance_product_list needs it), or the row's own
    // What detail, activation_code and product_model take as productNo: a device's serial
    // number, or for products bound to an account rather than a device an ID of that
    // account. Opaque text, exact.
    QString productNo;
    QString activationStatus; // documented: unknown, unactivated, activated
    QString plan;
    QDate expiryDate;     // invalid when no field held a date that could be read
    QString expiryText;   // the expiry as sent, when present (shown if it cannot be read)
    QString customerName; // the customer (subordinate) the product is for, when named
    EntityId customerId;  // … and their partnerId, when given
    QString comment;
    QJsonObject raw;

    bool hasProductNo() const { return !productNo.isEmpty(); }
    // The row's identity within one product, or empty when it has no productNo.
    QString key() const;

    // Always succeeds: an entry with none of the known fields is still listed and shown.
    static ProductInstance fromJson(const QJsonObject &object, qint64 productId);

    // A date in any of the forms a portal sends: "2026-03-31", "2026-03-31 23:59:59",
    // ISO 8601 with or without a zone, "2026/03/31", epoch seconds or milliseconds (as a
    // number or a string of digits). The calendar date as written: a time without a zone
    // is not shifted, since the portal's time zone is undocumented.
    static QDate readDate(const QJsonValue &value);
};
