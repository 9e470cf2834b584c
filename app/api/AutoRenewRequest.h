#pragma once

#include "EntityId.h"

#include <QByteArray>
#include <QString>

// The body of POST /product/openapi/instance_subscription/v1/active (Enable
// Auto-renewal). Its table types productId as a String here (an Integer everywhere
// else) and planOrServiceId as a Long: written as "12" and as bare digits.
struct AutoRenewRequest
{
    QString productNo; // the PBX's serial number
    qint64 productId = 0;
    EntityId planOrServiceId; // the plan to renew

    QByteArray toJsonBody() const;
};
