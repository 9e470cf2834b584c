#include "Offering.h"

#include "JsonFields.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QHash>

#include <utility>

namespace {

// Deep enough for any plausible layout, shallow enough that a hostile document cannot
// exhaust the stack.
constexpr int kMaxDepth = 12;

class ItemCollector
{
public:
    explicit ItemCollector(Offering &offering)
        : m_offering(offering)
    {
    }

    void visit(const QJsonValue &value, int depth)
    {
        if (depth > kMaxDepth)
            return;
        if (value.isArray()) {
            const QJsonArray array = value.toArray();
            for (const QJsonValue &element : array)
                visit(element, depth + 1);
            return;
        }
        if (!value.isObject())
            return;
        const QJsonObject object = value.toObject();
        // An object with serviceId is a service even if it also names its planId.
        if (object.contains(QLatin1String("serviceId"))) {
            add(object, OfferingItem::Kind::Service, m_offering.services, m_serviceDetail);
            return;
        }
        if (object.contains(QLatin1String("planId"))) {
            add(object, OfferingItem::Kind::Plan, m_offering.plans, m_planDetail);
            return;
        }
        for (auto it = object.begin(); it != object.end(); ++it)
            visit(it.value(), depth + 1);
    }

private:
    // The same ID may appear twice (a full entry and a bare reference): keep one entry,
    // the one that says the most about the item.
    static void add(const QJsonObject &object, OfferingItem::Kind kind, QList<OfferingItem> &list,
                    QHash<EntityId, std::pair<qsizetype, qsizetype>> &detail)
    {
        const auto item = OfferingItem::fromJson(object, kind);
        if (!item)
            return;
        const auto known = detail.constFind(item->id);
        if (known == detail.constEnd()) {
            detail.insert(item->id, {list.size(), object.size()});
            list.append(*item);
        } else if (object.size() > known->second) {
            list[known->first] = *item;
            detail[item->id].second = object.size();
        }
    }

    Offering &m_offering;
    QHash<EntityId, std::pair<qsizetype, qsizetype>> m_planDetail; // index, key count
    QHash<EntityId, std::pair<qsizetype, qsizetype>> m_serviceDetail;
};

const OfferingItem *findIn(const QList<OfferingItem> &items, const EntityId &id)
{
    for (const OfferingItem &item : items) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

} // namespace

const OfferingItem *Offering::findPlan(const EntityId &id) const
{
    return findIn(plans, id);
}

const OfferingItem *Offering::findService(const EntityId &id) const
{
    return findIn(services, id);
}

std::optional<Offering> Offering::fromJson(const QJsonValue &result, qint64 productId)
{
    if (!result.isObject())
        return std::nullopt;
    Offering offering;
    offering.productId = productId;
    offering.offeringId = JsonFields::text(result.toObject(), QLatin1String("offeringId"));
    ItemCollector(offering).visit(result, 0);
    return offering;
}
