#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One plan or service of a practice product, with the rules an order line must meet.
struct PracticeOffer
{
    qint64 id = 0;
    QString name;
    bool isPlan = false;
    QStringList billingCycles;
    QList<int> multiCycles;
    int minQuantity = 1;
    int maxQuantity = 1;
    qint64 unitPriceCents = 0;
    QString quantityUnit;
    bool planRequired = false; // services only: needs a plan in the order, or a productNo
    QString billingModel = QStringLiteral("recurring");
    QString purchaseType = QStringLiteral("purchase");
};
