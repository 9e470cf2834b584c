#pragma once

#include <QCoreApplication>
#include <QString>

// A billing cycle as the portal names it ("annually", "monthly", "once") in the user's words.
class BillingCycle
{
    Q_DECLARE_TR_FUNCTIONS(BillingCycle)

public:
    // "Annually", "Monthly", "Once"; a cycle this app does not know as the portal sent it.
    static QString name(const QString &cycle);
};
