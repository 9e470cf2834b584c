// order/v1/get/{id}: envelope → OrderDetails → the HTML the order details pane shows,
// which may hold only the formatter's own markup, whatever the portal sent.

#include "FuzzSupport.h"
#include "api/OrderDetails.h"
#include "order/OrderDetailsFormatter.h"

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
    const auto details = OrderDetails::fromJson(envelope->result);
    FUZZ_CHECK(details.has_value() == envelope->result.isObject());
    if (!details)
        return 0;
    FUZZ_CHECK(details->raw == envelope->result.toObject());
    const QString html = OrderDetailsFormatter::html(*details);
    FUZZ_CHECK(!html.isEmpty());
    FuzzSupport::checkOnlyTags(html, {"h3", "table", "tr", "td", "b", "i", "p", "code"});

    // Nothing is hidden: a field the app has no label for is shown under its own key
    // (but for "items", the ordered plans and services, shown as "Item 1", "Item 2"…).
    for (const QJsonObject *section : {&details->basicInformation, &details->billingInformation,
                                       &details->orderInformation, &details->orderSummary}) {
        for (auto it = section->begin(); it != section->end(); ++it) {
            if (OrderDetailsFormatter::labelFor(it.key()).isEmpty() && it.key() != QLatin1String("items"))
                FUZZ_CHECK_TEXT(html.contains(it.key().toHtmlEscaped()), it.key().toHtmlEscaped(), html);
        }
    }
    return 0;
}
