// order/v1/page (the order history and "look the order up"): envelope → OrderPage, and
// the creation time each entry shows.

#include "FuzzSupport.h"
#include "api/OrderPage.h"

#include <QJsonArray>
#include <QLocale>

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
    const auto page = OrderPage::fromJson(envelope->result);
    if (!page) {
        FUZZ_CHECK(!envelope->result.isObject() || !envelope->result[QLatin1String("results")].isArray());
        return 0;
    }
    FUZZ_CHECK(page->pageNo >= 1);
    FUZZ_CHECK(page->pageSize >= 0 && page->total >= 0 && page->totalPage >= 0);
    const qsizetype listed = envelope->result[QLatin1String("results")].toArray().size();
    FUZZ_CHECK(page->results.size() <= listed);
    (void)page->hasMore();
    for (const OrderListEntry &entry : page->results) {
        FUZZ_CHECK(!entry.id.isEmpty() || !entry.orderNo.isEmpty());
        FUZZ_CHECK(!entry.raw.isEmpty());
        const QDateTime created = entry.createdAt();
        if (entry.createTime <= 0)
            FUZZ_CHECK(!created.isValid());
        if (created.isValid())
            (void)QLocale().toString(created.toLocalTime(), QLocale::ShortFormat);
    }
    return 0;
}
