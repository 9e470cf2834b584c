#pragma once

#include "api/OfferingItem.h"

#include <QString>

// One chosen plan or service in the draft, with the offering item it came from so that
// its limits and allowed cycles travel with it.
struct OrderLine
{
    OfferingItem item;
    int quantity = 0;
    QString billingCycle;
    int multiCycle = 0;

    // A line for `item` with its first allowed cycle and its minimum quantity.
    static OrderLine defaultsFor(const OfferingItem &item)
    {
        OrderLine line;
        line.item = item;
        line.quantity = item.minQuantity;
        line.billingCycle = item.billingCycles.value(0, QStringLiteral("annually"));
        line.multiCycle = item.multiCycles.value(0, 0);
        return line;
    }
};
