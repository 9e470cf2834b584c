#pragma once

#include "EntityId.h"

#include <QString>
#include <QUrlQuery>

// One of the six "information about the plan / service available for trial, purchase or
// renewal" requests (pricing/openapi/purchase/v1/{trial|purchase|renew}/{plan_info|
// add_on_info}/{id}): the terms of one item of an order before it is placed.
struct TermsQuery
{
    enum class Kind { Trial,
                      Purchase,
                      Renew };

    Kind kind = Kind::Purchase;
    bool isPlan = true;
    EntityId itemId; // the path's pricingPlanId or pricingServiceId
    qint64 productId = 0;
    QString productNo;         // sent whenever known (one version of the renewal page requires it)
    EntityId connectionPlanId; // services only: the plan they belong to

    QString path() const;
    QUrlQuery query() const;
};
