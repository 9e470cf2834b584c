// The order body: an OrderDraft made from the fuzz bytes (FuzzedDataProvider), its items
// and people read through the same fromJson functions as the portal's answers, then
// OrderBodyBuilder and OrderRequest::toJsonBody(). Accepted or refused, the builder must
// agree with itself; an accepted body must be the draft's choices, plan first, with every
// ID's digits unchanged; any request, validated or not, must write valid JSON; a placed
// order's receipt must survive the store; and item names are text, never format strings.

#include "FuzzSupport.h"
#include "OrderChecks.h"
#include "api/BillingContact.h"
#include "api/OfferingItem.h"
#include "api/OrderReceipt.h"
#include "api/Product.h"
#include "api/Subordinate.h"
#include "order/OrderBodyBuilder.h"
#include "order/OrderDraft.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cstring>
#include <fuzzer/FuzzedDataProvider.h>
#include <initializer_list>
#include <limits>

namespace {

constexpr qint64 kSmallest19Digits = 1'000'000'000'000'000'000LL;

template <typename T>
T pick(FuzzedDataProvider &in, std::initializer_list<T> values)
{
    return *(values.begin() + in.ConsumeIntegralInRange<size_t>(0, values.size() - 1));
}

// Mostly UTF-8 text, sometimes raw UTF-16 code units (lone surrogates included), and
// often one of the values the portal and the wizard really use.
QString text(FuzzedDataProvider &in, std::initializer_list<const char *> usual = {})
{
    switch (in.ConsumeIntegralInRange(0, 3)) {
    case 0:
        if (usual.size() > 0)
            return QString::fromUtf8(pick(in, usual));
        [[fallthrough]];
    case 1:
    case 2: {
        const std::string raw = in.ConsumeRandomLengthString(48);
        return QString::fromUtf8(raw.data(), qsizetype(raw.size()));
    }
    default: {
        const std::string raw = in.ConsumeRandomLengthString(96);
        QString units(qsizetype(raw.size() / 2), Qt::Uninitialized);
        std::memcpy(units.data(), raw.data(), size_t(units.size()) * sizeof(QChar));
        return units;
    }
    }
}

// An ID as the portal may send it: a JSON integer (often 19 digits, above 2^53), a string
// of digits, or anything at all.
QJsonValue idValue(FuzzedDataProvider &in)
{
    switch (in.ConsumeIntegralInRange(0, 4)) {
    case 0:
        return QJsonValue(
            in.ConsumeIntegralInRange<qint64>(kSmallest19Digits, std::numeric_limits<qint64>::max()));
    case 1:
        return QJsonValue(in.ConsumeIntegral<qint64>());
    case 2:
        return QJsonValue(QString::number(
            in.ConsumeIntegralInRange<qint64>(kSmallest19Digits, std::numeric_limits<qint64>::max())));
    case 3:
        return QJsonValue(text(in));
    default:
        return QJsonValue(QString::fromLatin1(
            pick(in, {"3197218168379846218", "3048941892189077504", "9223372036854775807", "0", "007"})));
    }
}

// An offered plan or service, read by OfferingItem::fromJson as the portal's would be.
std::optional<OfferingItem> offeringItem(FuzzedDataProvider &in, OfferingItem::Kind kind)
{
    const bool plan = kind == OfferingItem::Kind::Plan;
    QJsonObject object;
    object.insert(plan ? QLatin1String("planId") : QLatin1String("serviceId"), idValue(in));
    if (in.ConsumeBool())
        object.insert(plan ? QLatin1String("planName") : QLatin1String("serviceName"),
                      text(in, {"Turnkey", "Recording Minutes", "50%1 off", "%L2 × %3"}));
    if (in.ConsumeBool())
        object.insert(QLatin1String("purchaseType"), text(in, {"purchase", "trial"}));
    if (in.ConsumeBool())
        object.insert(QLatin1String("billingModel"), text(in, {"recurring", "one_time"}));
    if (in.ConsumeBool()) {
        QJsonArray cycles;
        for (int n = in.ConsumeIntegralInRange(0, 3); n > 0; --n)
            cycles.append(text(in, {"annually", "monthly", "once"}));
        object.insert(QLatin1String("billingCycleList"), cycles);
    }
    if (in.ConsumeBool()) {
        QJsonArray cycles;
        for (int n = in.ConsumeIntegralInRange(0, 3); n > 0; --n)
            cycles.append(in.ConsumeIntegralInRange(-1, 101));
        object.insert(QLatin1String("multiCycleList"), cycles);
    }
    if (in.ConsumeBool())
        object.insert(QLatin1String("minQuantity"), in.ConsumeIntegralInRange<qint64>(-5, 10000));
    if (in.ConsumeBool())
        object.insert(QLatin1String("maxQuantity"),
                      in.ConsumeBool() ? in.ConsumeIntegralInRange<qint64>(-5, 100000)
                                       : in.ConsumeIntegral<qint64>());
    if (in.ConsumeBool())
        object.insert(QLatin1String("planRequired"), in.ConsumeBool());
    if (in.ConsumeBool())
        object.insert(QLatin1String("quantityUnit"), text(in, {"extensions", "minutes"}));
    return OfferingItem::fromJson(object, kind);
}

// A chosen line: usually the wizard's defaults or values within the item's limits,
// sometimes anything.
OrderLine orderLine(FuzzedDataProvider &in, const OfferingItem &item)
{
    OrderLine line = OrderLine::defaultsFor(item);
    if (in.ConsumeBool())
        return line;
    if (in.ConsumeBool())
        line.quantity = in.ConsumeBool() ? in.ConsumeIntegralInRange(item.minQuantity, item.maxQuantity)
                                         : in.ConsumeIntegral<int>();
    if (in.ConsumeBool())
        line.billingCycle = in.ConsumeBool()
            ? item.billingCycles.at(in.ConsumeIntegralInRange<qsizetype>(0, item.billingCycles.size() - 1))
            : text(in);
    if (in.ConsumeBool())
        line.multiCycle = in.ConsumeBool()
            ? item.multiCycles.at(in.ConsumeIntegralInRange<qsizetype>(0, item.multiCycles.size() - 1))
            : in.ConsumeIntegral<int>();
    return line;
}

OrderDraft makeDraft(FuzzedDataProvider &in)
{
    OrderDraft draft;
    if (in.ConsumeIntegralInRange(0, 15) != 0) {
        const qint64 productId
            = in.ConsumeBool() ? pick<qint64>(in, {9, 11, 12, 13, 14, 15, 19}) : in.ConsumeIntegral<qint64>();
        draft.product = Product::fromJson(
            QJsonObject{{QStringLiteral("productId"), productId}, {QStringLiteral("name"), text(in)}});
    }
    if (in.ConsumeBool())
        draft.productNo = text(in, {"3076913644890861589", "  SN-0042  ", " "});
    if (in.ConsumeBool())
        draft.subordinate = Subordinate::fromJson(QJsonObject{{QStringLiteral("partnerId"), idValue(in)},
                                                              {QStringLiteral("company"), text(in)},
                                                              {QStringLiteral("firstName"), text(in)}});
    if (in.ConsumeIntegralInRange(0, 3) != 0) {
        // Now and then a service where the plan goes: the builder must refuse it.
        const auto kind
            = in.ConsumeIntegralInRange(0, 15) == 0 ? OfferingItem::Kind::Service : OfferingItem::Kind::Plan;
        if (const auto item = offeringItem(in, kind))
            draft.plan = orderLine(in, *item);
    }
    // OrderDraft's contract: `services` holds services (the offering page only adds those).
    for (int n = in.ConsumeIntegralInRange(0, 4); n > 0; --n) {
        if (const auto item = offeringItem(in, OfferingItem::Kind::Service))
            draft.services << orderLine(in, *item);
    }
    if (in.ConsumeIntegralInRange(0, 15) != 0)
        draft.billingContact
            = BillingContact::fromJson(QJsonObject{{QStringLiteral("billingContactId"), idValue(in)},
                                                   {QStringLiteral("firstName"), text(in)},
                                                   {QStringLiteral("company"), text(in)}});
    if (in.ConsumeBool())
        draft.poNumber = text(in, {"ACME-PO-7781", "  PO 1  "});
    return draft;
}

// Any values at all, validated or not, as OrderRequest holds them: toJsonBody() must
// still write JSON that says exactly them.
OrderRequest unvalidatedRequest(FuzzedDataProvider &in, const OrderDraft &draft)
{
    OrderRequest request;
    request.operationType = text(in, {"purchase_plan", "purchase_service"});
    request.productId = draft.product ? draft.product->productId : in.ConsumeIntegral<qint64>();
    request.productNo = draft.productNo;
    request.partnerId = draft.subordinate ? draft.subordinate->partnerId : EntityId();
    request.billingId = draft.billingContact ? draft.billingContact->billingContactId : EntityId();
    request.poNumber = draft.poNumber;
    QList<OrderLine> lines = draft.services;
    if (draft.plan)
        lines.prepend(*draft.plan);
    for (const OrderLine &line : lines) {
        OrderItem item;
        item.serviceType = text(in, {"plan", "service"});
        item.serviceId = in.ConsumeIntegralInRange(0, 7) != 0 ? line.item.id : EntityId();
        if (draft.plan && in.ConsumeBool())
            item.connectionPlanId = draft.plan->item.id;
        item.quantity = line.quantity;
        item.purchaseType = line.item.purchaseType;
        item.billingModel = line.item.billingModel;
        item.billingCycle = line.billingCycle;
        item.multiCycle = line.multiCycle;
        request.serviceList << item;
    }
    return request;
}

// Item names are data. With every name swapped for a neutral token, the builder must say
// the same things, token for name: a name holding "%1" must not rewrite the message.
void checkNamesAreText(const OrderDraft &draft, const QStringList &problems)
{
    const QChar marker(0xE000);
    QList<OrderLine *> lines;
    OrderDraft neutral = draft;
    if (neutral.plan)
        lines << &*neutral.plan;
    for (OrderLine &line : neutral.services)
        lines << &line;
    QList<QPair<QString, QString>> names; // token, name
    for (OrderLine *line : std::as_const(lines)) {
        if (line->item.name.contains(marker) || line->item.purchaseType.contains(marker)
            || line->billingCycle.contains(marker))
            return; // the token would not be neutral
        const QString token = marker + QString::number(names.size()) + QChar(0xE001);
        names.append({token, line->item.name});
        line->item.name = token;
    }
    QStringList expected = OrderBodyBuilder::problemsWith(neutral);
    for (QString &problem : expected) {
        for (const auto &[token, name] : std::as_const(names))
            problem.replace(token, name);
    }
    FUZZ_CHECK_TEXT(problems == expected, expected.join(QLatin1Char('\n')), problems.join(QLatin1Char('\n')));
}

const OrderReceipt &seedAnswer()
{
    static const OrderReceipt answer = [] {
        OrderReceipt receipt;
        receipt.instanceId = QStringLiteral("1948839");
        receipt.orderId = QStringLiteral("1782027");
        receipt.orderNo = QStringLiteral("XC3401167833543893041");
        receipt.orderStatus = QStringLiteral("succeed");
        receipt.transactionNo = QStringLiteral("GF3401167834617634866");
        receipt.requestId = QStringLiteral("2871efbf6e70bc0972d1850bac5873d4");
        return receipt;
    }();
    return answer;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::silenceQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider in(data, size);
    const OrderDraft draft = makeDraft(in);

    const OrderBodyBuilder::Outcome outcome = OrderBodyBuilder::build(draft);
    FUZZ_CHECK(outcome.request.has_value() == outcome.problems.isEmpty());
    FUZZ_CHECK(outcome.problems == OrderBodyBuilder::problemsWith(draft));
    for (const QString &problem : OrderBodyBuilder::selectionProblems(draft))
        FUZZ_CHECK(outcome.problems.contains(problem));
    for (const QString &problem : outcome.problems)
        FUZZ_CHECK(!problem.isEmpty());
    if (draft.plan && !draft.plan->item.isPlan())
        FUZZ_CHECK(!outcome.request);
    checkNamesAreText(draft, outcome.problems);

    if (outcome.request) {
        OrderChecks::checkBuiltRequest(draft, outcome);
        OrderChecks::checkReceipt(draft, *outcome.request, seedAnswer());
    }
    const OrderRequest request = unvalidatedRequest(in, draft);
    OrderChecks::checkBody(request, request.toJsonBody());
    return 0;
}
