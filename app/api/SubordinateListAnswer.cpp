#include "SubordinateListAnswer.h"

#include "JsonListText.h"
#include "ListParser.h"

namespace SubordinateListAnswer {

namespace {

// Customers parsed per slice: a slice's document stays well under a megabyte.
constexpr int kPerSlice = 256;

ApiResult<SubordinateTable> readWhole(RawReply raw)
{
    return PortalAnswer::read<SubordinateTable>(
        std::move(raw), [](const Envelope &envelope) { return SubordinateTable::fromJson(envelope.result); });
}

} // namespace

ApiResult<SubordinateTable> read(RawReply raw)
{
    if (raw.transportError.isError())
        return readWhole(std::move(raw));
    const std::optional<JsonListText::Split> split = JsonListText::split(raw.body);
    if (!split || !split->result.startsWith('['))
        return readWhole(std::move(raw));

    // The rows first: broken JSON anywhere must end as readWhole() ends it.
    SubordinateTable table;
    const bool sliced
        = JsonListText::forEachSlice(split->result, kPerSlice, [&table](const QJsonArray &slice) {
              ListParser::forEach<Subordinate>(
                  slice, [&table](Subordinate &&subordinate) { table.append(subordinate); });
          });
    if (!sliced)
        return readWhole(std::move(raw));

    ApiResult<SubordinateTable> outcome;
    Envelope envelope;
    // The envelope text lacks the rows, so its IDs are checked with theirs, in the whole body.
    outcome.error = Envelope::readWithoutIdCheck(split->envelope, raw.httpStatus, envelope);
    if (!outcome.error.isError())
        outcome.error = Envelope::checkIds(raw.body, raw.httpStatus, envelope.requestId);
    outcome.requestId = outcome.error.isError() ? outcome.error.requestId() : envelope.requestId;
    if (outcome.error.isError())
        return outcome;
    if (!table.finish()) {
        outcome.error = ApiError(ApiError::Kind::UnexpectedShape);
        outcome.error.setHttpStatus(raw.httpStatus).setRequestId(envelope.requestId);
        return outcome;
    }
    outcome.value = std::move(table);
    return outcome;
}

} // namespace SubordinateListAnswer
