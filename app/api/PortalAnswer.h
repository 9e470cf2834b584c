#pragma once

#include "ApiError.h"
#include "ApiResult.h"
#include "Envelope.h"

#include <QByteArray>

#include <optional>

// What came back for one request at the transport level, before the envelope is read.
struct RawReply
{
    ApiError transportError;
    int httpStatus = 0;
    QByteArray body;
};

namespace PortalAnswer {

// The one place where an answer's envelope is read, for every call (the order save
// included): a transport error stays what it is; otherwise the envelope decides, and only
// a successful envelope reaches `parse` (std::optional<T>(const Envelope &)). The result
// carries the portal's requestId whenever it sent one, success or not. The body is let go
// before `parse` runs (a long list's rows then need not share memory with its text).
template <typename T, typename Parse>
ApiResult<T> read(RawReply raw, const Parse &parse)
{
    ApiResult<T> outcome;
    if (raw.transportError.isError()) {
        outcome.error = raw.transportError;
        outcome.requestId = outcome.error.requestId(); // e.g. a failed renewal's, for support
        return outcome;
    }
    Envelope envelope;
    outcome.error = Envelope::read(raw.body, raw.httpStatus, envelope);
    outcome.requestId = outcome.error.isError() ? outcome.error.requestId() : envelope.requestId;
    if (outcome.error.isError())
        return outcome;
    raw.body = QByteArray();
    outcome.value = parse(envelope);
    if (!outcome.value) {
        outcome.error = ApiError(ApiError::Kind::UnexpectedShape);
        outcome.error.setHttpStatus(raw.httpStatus).setRequestId(envelope.requestId);
    }
    return outcome;
}

} // namespace PortalAnswer
