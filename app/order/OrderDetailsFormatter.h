#pragma once

#include "api/OrderDetails.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QString>

// order/v1/get as a readable form: the four documented sections, each field under a
// friendly label when its meaning is known. Most inner fields are undocumented, so a
// field this app does not know is shown under its raw key with its raw value, never
// dropped; anything outside the four sections is listed under "Other fields".
class OrderDetailsFormatter
{
    Q_DECLARE_TR_FUNCTIONS(OrderDetailsFormatter)

public:
    static QString html(const OrderDetails &details);

    // The label of a known key ("createTime" → "Created"), or an empty string.
    static QString labelFor(const QString &key);
    // A value as text: exact digits for integers (IDs above 2^53), times as local dates,
    // nested values as compact JSON.
    static QString valueText(const QString &key, const QJsonValue &value);

private:
    static QString sectionHtml(const QString &title, const QJsonObject &section);
    // Label/value rows; lists of objects go to `lists` (when given) as blocks.
    static QString rowsHtml(const QJsonObject &object, QString *lists);
    static QString listHtml(const QString &key, const QJsonArray &items);
};
