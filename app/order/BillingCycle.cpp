#include "BillingCycle.h"

QString BillingCycle::name(const QString &cycle)
{
    if (cycle == QLatin1String("annually"))
        return tr("Annually");
    if (cycle == QLatin1String("monthly"))
        return tr("Monthly");
    if (cycle == QLatin1String("once"))
        return tr("Once");
    return cycle;
}
