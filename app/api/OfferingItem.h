#pragma once

#include "EntityId.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// A plan or an add-on service offered for a product (purchase_product_info). Only the
// ID keys are documented (planId / serviceId); everything else is read when present and
// falls back to what the seed tutorials send (recurring, annually, multiCycle 0).
struct OfferingItem
{
    enum class Kind { Plan,
                      Service };

    Kind kind = Kind::Service;
    EntityId id;
    QString name;
    QString purchaseType = QStringLiteral("purchase");
    QString billingModel = QStringLiteral("recurring");
    QStringList billingCycles{QStringLiteral("annually")};
    QList<int> multiCycles{0};
    int minQuantity = 1;
    int maxQuantity = 1000000;
    // Only orderable together with a plan (or for an existing device).
    bool planRequired = false;
    QString unitPrice; // as the portal wrote it, e.g. "12.50"; empty when unknown
    QString currencyCode;
    QString quantityUnit; // e.g. "extensions", "minutes"; empty when unknown

    bool isPlan() const { return kind == Kind::Plan; }
    // Whether this app can buy it (trial items come with purchaseType "trial").
    bool isPurchasable() const { return purchaseType == QLatin1String("purchase"); }

    // Reads an object that carries planId (kind Plan) or serviceId (kind Service).
    static std::optional<OfferingItem> fromJson(const QJsonObject &object, Kind kind);
};
