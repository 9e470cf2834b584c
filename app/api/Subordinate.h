#pragma once

#include "EntityId.h"

#include <QJsonObject>
#include <QString>

#include <optional>

// One entry of partner_list: a customer (subordinate user) the partner buys for.
// Only the fields the app shows are kept: lists can hold 100,000 entries.
struct Subordinate
{
    EntityId partnerId;
    QString company;
    QString firstName;
    QString lastName;
    QString email;
    QString city;
    QString country;

    QString contactName() const;
    // "Company — First Last" (or whichever parts exist), for one-line display.
    QString displayName() const;

    static std::optional<Subordinate> fromJson(const QJsonObject &object);
};
