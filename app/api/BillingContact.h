#pragma once

#include "EntityId.h"

#include <QJsonObject>
#include <QString>

#include <optional>

// One entry of billing_contact_list: who receives the invoice. Its billingContactId is
// sent as the order's billingId.
struct BillingContact
{
    EntityId billingContactId;
    QString firstName;
    QString lastName;
    QString company;
    QString emailAddress;
    QString country;
    QString remark;

    QString contactName() const;
    // "First Last — Company <e-mail>", for one-line display.
    QString displayName() const;

    static std::optional<BillingContact> fromJson(const QJsonObject &object);
};
