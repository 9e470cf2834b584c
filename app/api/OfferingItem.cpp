#include "OfferingItem.h"

#include "JsonFields.h"

#include <QJsonArray>

#include <algorithm>
#include <limits>

namespace {

QString findName(const QJsonObject &object, OfferingItem::Kind kind)
{
    const QLatin1String preferred = kind == OfferingItem::Kind::Plan ? QLatin1String("planName")
                                                                     : QLatin1String("serviceName");
    for (const QLatin1String key : {preferred, QLatin1String("name")}) {
        const QString value = JsonFields::text(object, key).trimmed();
        if (!value.isEmpty())
            return value;
    }
    // Undocumented field names: any string field whose key ends in "name".
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key().endsWith(QLatin1String("name"), Qt::CaseInsensitive) && it->isString()
            && !it->toString().trimmed().isEmpty())
            return it->toString().trimmed();
    }
    return QString();
}

QStringList readBillingCycles(const QJsonObject &object)
{
    QStringList cycles;
    for (const QLatin1String key : {QLatin1String("billingCycleList"), QLatin1String("billingCycles")}) {
        const QJsonArray list = object.value(key).toArray();
        for (const QJsonValue &value : list) {
            const QString cycle = JsonFields::text(value).trimmed();
            if (!cycle.isEmpty() && !cycles.contains(cycle))
                cycles << cycle;
        }
    }
    const QString single = JsonFields::text(object, QLatin1String("billingCycle")).trimmed();
    if (!single.isEmpty() && !cycles.contains(single))
        cycles << single;
    return cycles;
}

QList<int> readMultiCycles(const QJsonObject &object)
{
    QList<int> cycles;
    auto add = [&cycles](const QJsonValue &value) {
        const auto number = JsonFields::integer(value);
        if (number && *number >= 0 && *number <= 100 && !cycles.contains(int(*number)))
            cycles << int(*number);
    };
    for (const QLatin1String key : {QLatin1String("multiCycleList"), QLatin1String("multiCycles")}) {
        const QJsonArray list = object.value(key).toArray();
        for (const QJsonValue &value : list)
            add(value);
    }
    add(object.value(QLatin1String("multiCycle")));
    std::sort(cycles.begin(), cycles.end());
    return cycles;
}

int clampedQuantity(const QJsonObject &object, QLatin1String key, int fallback)
{
    const auto value = JsonFields::integer(object, key);
    if (!value)
        return fallback;
    return int(std::clamp<qint64>(*value, 0, std::numeric_limits<int>::max()));
}

} // namespace

std::optional<OfferingItem> OfferingItem::fromJson(const QJsonObject &object, Kind kind)
{
    OfferingItem item;
    item.kind = kind;
    item.id = EntityId::fromJson(
        object.value(kind == Kind::Plan ? QLatin1String("planId") : QLatin1String("serviceId")));
    if (!item.id.isValid())
        return std::nullopt;
    item.name = findName(object, kind);
    if (item.name.isEmpty())
        item.name = item.id.toString();

    const QString purchaseType = JsonFields::text(object, QLatin1String("purchaseType")).trimmed();
    if (!purchaseType.isEmpty())
        item.purchaseType = purchaseType;
    const QString billingModel = JsonFields::text(object, QLatin1String("billingModel")).trimmed();
    if (!billingModel.isEmpty())
        item.billingModel = billingModel;
    if (const QStringList cycles = readBillingCycles(object); !cycles.isEmpty())
        item.billingCycles = cycles;
    if (const QList<int> multi = readMultiCycles(object); !multi.isEmpty())
        item.multiCycles = multi;

    item.minQuantity = std::max(1, clampedQuantity(object, QLatin1String("minQuantity"), 1));
    item.maxQuantity = std::max(item.minQuantity,
                                clampedQuantity(object, QLatin1String("maxQuantity"), item.maxQuantity));
    item.planRequired = object.value(QLatin1String("planRequired")).toBool(false);
    item.unitPrice = JsonFields::text(object, QLatin1String("unitPrice")).trimmed();
    item.currencyCode = JsonFields::text(object, QLatin1String("currencyCode")).trimmed();
    item.quantityUnit = JsonFields::text(object, QLatin1String("quantityUnit")).trimmed();
    return item;
}
