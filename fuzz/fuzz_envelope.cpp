// Envelope::read and Envelope::isTokenRejection on any body, as answered with each of the
// HTTP statuses the client meets, and every text the UI builds from the resulting error.

#include "FuzzSupport.h"
#include "api/Envelope.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::silenceQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = FuzzSupport::bytes(data, size);
    const bool isJsonObject = QJsonDocument::fromJson(body).isObject();

    for (const int httpStatus : {200, 201, 400, 401, 403, 404, 500, 502, 503}) {
        Envelope envelope;
        const ApiError error = Envelope::read(body, httpStatus, envelope);
        FuzzSupport::exerciseError(error);

        const bool httpOk = httpStatus >= 200 && httpStatus < 300;
        FUZZ_CHECK(error.isError() != envelope.isSuccess());
        if (!error.isError()) {
            // Only a JSON object whose code is "success" is a usable answer.
            FUZZ_CHECK(isJsonObject);
            FUZZ_CHECK(envelope.code == QLatin1String("success"));
        } else if (error.kind() == ApiError::Kind::Portal) {
            FUZZ_CHECK(isJsonObject);
            FUZZ_CHECK(!error.code().isEmpty());
            FUZZ_CHECK(error.requestId() == envelope.requestId);
            FUZZ_CHECK(error.detailMessage() == envelope.detailMessage);
            // The status line wins over the envelope's own status, unless it said 2xx.
            if (!httpOk)
                FUZZ_CHECK(error.httpStatus() == httpStatus);
            // A refusal in the portal's words proves nothing was done, unless it is a 5xx.
            FUZZ_CHECK(error.provesRequestNotApplied() == !error.isServerFailure());
        } else {
            FUZZ_CHECK(error.kind() == (httpOk ? ApiError::Kind::MalformedBody : ApiError::Kind::HttpStatus));
            FUZZ_CHECK(error.httpStatus() == httpStatus);
            // A 2xx the client cannot read may have been acted on: never "safe to resend".
            if (httpOk)
                FUZZ_CHECK(!error.provesRequestNotApplied());
        }
        if (envelope.isSuccess()) {
            FUZZ_CHECK(envelope.code.trimmed() == envelope.code);
            FUZZ_CHECK(envelope.requestId.trimmed() == envelope.requestId);
        }

        const bool rejection = Envelope::isTokenRejection(body, httpStatus);
        if (httpStatus == 401)
            FUZZ_CHECK(rejection);
        else if (body.size() <= 16 * 1024)
            FUZZ_CHECK(rejection == error.isAuthenticationFailure());
        if (rejection)
            FUZZ_CHECK(!envelope.isSuccess() || httpStatus == 401);
    }
    return 0;
}
