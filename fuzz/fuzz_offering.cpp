// purchase_product_info: envelope → Offering (plans and services found wherever they sit),
// then what the offering page does with it: a default line per item, and the order the
// builder makes of those defaults, which must be orderable and a well-formed body.

#include "FuzzSupport.h"
#include "OrderChecks.h"
#include "api/BillingContact.h"
#include "api/Offering.h"
#include "api/Product.h"
#include "order/OrderBodyBuilder.h"
#include "order/OrderDraft.h"

#include <QSet>

#include <algorithm>

namespace {

void checkItem(const OfferingItem &item)
{
    FuzzSupport::checkEntityId(item.id);
    FUZZ_CHECK(item.id.isValid());
    FUZZ_CHECK(!item.name.isEmpty());
    FUZZ_CHECK(item.minQuantity >= 1);
    FUZZ_CHECK(item.maxQuantity >= item.minQuantity);
    FUZZ_CHECK(!item.billingCycles.isEmpty());
    FUZZ_CHECK(!item.purchaseType.isEmpty() && !item.billingModel.isEmpty());
    for (const QString &cycle : item.billingCycles)
        FUZZ_CHECK(!cycle.isEmpty() && item.billingCycles.count(cycle) == 1);
    FUZZ_CHECK(!item.multiCycles.isEmpty());
    FUZZ_CHECK(std::is_sorted(item.multiCycles.begin(), item.multiCycles.end()));
    FUZZ_CHECK(std::adjacent_find(item.multiCycles.begin(), item.multiCycles.end())
               == item.multiCycles.end());
    FUZZ_CHECK(item.multiCycles.first() >= 0 && item.multiCycles.last() <= 100);
}

void checkUniqueIds(const QList<OfferingItem> &items)
{
    QSet<EntityId> seen;
    for (const OfferingItem &item : items) {
        FUZZ_CHECK(!seen.contains(item.id));
        seen.insert(item.id);
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::silenceQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto envelope = FuzzSupport::readEnvelope(FuzzSupport::bytes(data, size));
    if (!envelope)
        return 0;
    constexpr qint64 productId = 14; // P-Series Turnkey: no serial number needed
    const auto offering = Offering::fromJson(envelope->result, productId);
    FUZZ_CHECK(offering.has_value() == envelope->result.isObject());
    if (!offering)
        return 0;
    FUZZ_CHECK(offering->productId == productId);

    for (const OfferingItem &plan : offering->plans) {
        FUZZ_CHECK(plan.isPlan());
        checkItem(plan);
        FUZZ_CHECK(offering->findPlan(plan.id) == &plan);
    }
    for (const OfferingItem &service : offering->services) {
        FUZZ_CHECK(!service.isPlan());
        checkItem(service);
        FUZZ_CHECK(offering->findService(service.id) == &service);
    }
    checkUniqueIds(offering->plans);
    checkUniqueIds(offering->services);
    if (offering->isEmpty())
        return 0;

    // The wizard's starting point: the first plan (if any) and every service, each with
    // its defaults. Whatever the portal offered, the defaults it chose must be orderable.
    OrderDraft draft;
    draft.product = Product::fromJson(QJsonObject{{QStringLiteral("productId"), productId},
                                                  {QStringLiteral("name"), QStringLiteral("Fuzz")}});
    draft.billingContact = BillingContact::fromJson(
        QJsonObject{{QStringLiteral("billingContactId"), QStringLiteral("3197218168379846218")}});
    FUZZ_CHECK(draft.product && draft.billingContact);
    if (!offering->plans.isEmpty())
        draft.plan = OrderLine::defaultsFor(offering->plans.first());
    for (const OfferingItem &service : offering->services)
        draft.services.append(OrderLine::defaultsFor(service));

    bool orderable = true;
    for (const OrderLine &line : draft.services)
        orderable = orderable && line.item.isPurchasable() && (draft.plan || !line.item.planRequired);
    if (draft.plan)
        orderable = orderable && draft.plan->item.isPurchasable();

    const OrderBodyBuilder::Outcome outcome = OrderBodyBuilder::build(draft);
    FUZZ_CHECK(outcome.request.has_value() == outcome.problems.isEmpty());
    FUZZ_CHECK(outcome.request.has_value() == orderable);
    if (outcome.request)
        OrderChecks::checkBuiltRequest(draft, outcome);
    return 0;
}
