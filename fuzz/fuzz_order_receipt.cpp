// The answer to Create an Order, which decides what the user is told about a paid order:
// envelope → OrderReceipt (placeOrder's own path, requestId from the envelope), then the
// receipt made of it, saved, read back, shown and exported.

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

namespace {

// The P-Series Turnkey tutorial's selection (a plan and a service, for a customer).
struct SeedOrder
{
    OrderDraft draft;
    OrderRequest request;
};

const SeedOrder &seedOrder()
{
    static const SeedOrder seed = [] {
        SeedOrder made;
        OrderDraft &draft = made.draft;
        draft.product = Product::fromJson(QJsonObject{
            {QStringLiteral("productId"), 14}, {QStringLiteral("name"), QStringLiteral("P-Series Turnkey")}});
        draft.subordinate = Subordinate::fromJson(
            QJsonObject{{QStringLiteral("partnerId"), QStringLiteral("3173624185637523690")},
                        {QStringLiteral("company"), QStringLiteral("Acme")}});
        const auto plan = OfferingItem::fromJson(
            QJsonObject{{QStringLiteral("planId"), QStringLiteral("3048941892189077504")},
                        {QStringLiteral("planName"), QStringLiteral("Turnkey")}},
            OfferingItem::Kind::Plan);
        const auto service = OfferingItem::fromJson(
            QJsonObject{{QStringLiteral("serviceId"), QStringLiteral("3049032352364388352")},
                        {QStringLiteral("serviceName"), QStringLiteral("Recording Minutes")}},
            OfferingItem::Kind::Service);
        draft.plan = OrderLine::defaultsFor(*plan);
        draft.services << OrderLine::defaultsFor(*service);
        draft.billingContact = BillingContact::fromJson(
            QJsonObject{{QStringLiteral("billingContactId"), QStringLiteral("3197218168379846218")}});
        const auto outcome = OrderBodyBuilder::build(draft);
        FUZZ_CHECK(outcome.request.has_value());
        made.request = *outcome.request;
        return made;
    }();
    return seed;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::silenceQt();
    (void)seedOrder();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = FuzzSupport::bytes(data, size);
    for (const int httpStatus : {200, 500}) {
        Envelope envelope;
        const ApiError error = Envelope::read(body, httpStatus, envelope);
        FuzzSupport::exerciseError(error);
        if (error.isError()) {
            // A 2xx that cannot be read, or a server failure, leaves the order's fate
            // unknown: the app must not call it safe to buy again.
            if (httpStatus == 200 && error.kind() != ApiError::Kind::Portal)
                FUZZ_CHECK(!error.provesRequestNotApplied());
            if (httpStatus == 500)
                FUZZ_CHECK(!error.provesRequestNotApplied());
            continue;
        }
        const auto receipt = OrderReceipt::fromJson(envelope.result, envelope.requestId);
        if (!receipt)
            continue; // the client reports UnexpectedShape with the envelope's requestId
        FUZZ_CHECK(!receipt->orderNo.isEmpty() || !receipt->orderId.isEmpty());
        FUZZ_CHECK(receipt->requestId == envelope.requestId);
        if (httpStatus == 200)
            OrderChecks::checkReceipt(seedOrder().draft, seedOrder().request, *receipt);
    }
    return 0;
}
