// Envelope::read and Envelope::isTokenRejection on any body, as answered with each of the
// HTTP statuses the client meets, and every text the UI builds from the resulting error.

#include "FuzzSupport.h"
#include "api/Envelope.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// Independently of how the envelope finds them: every numeric ID of an accepted answer
// reads back as the very digits the body holds (a rounded double would not).
void checkIdsAreExact(const QJsonValue &value, const QByteArray &body)
{
    if (value.isArray()) {
        for (const QJsonValue element : value.toArray())
            checkIdsAreExact(element, body);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString key = it.key();
            const bool isId = key == QLatin1String("id") || key.endsWith(QLatin1String("Id"))
                || key.endsWith(QLatin1String("ID")) || (key.endsWith(QLatin1String("No")) && key != QLatin1String("pageNo"));
            if (isId && it.value().isDouble())
                FUZZ_CHECK(body.contains(QByteArray::number(it.value().toInteger())));
            checkIdsAreExact(it.value(), body);
        }
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
    const QByteArray body = FuzzSupport::bytes(data, size);
    const bool isJsonObject = QJsonDocument::fromJson(body).isObject();

    for (const int httpStatus : {200, 201, 400, 401, 403, 404, 500, 502, 503}) {
        Envelope envelope;
        const ApiError error = Envelope::read(body, httpStatus, envelope);
        FuzzSupport::exerciseError(error);

        const bool httpOk = httpStatus >= 200 && httpStatus < 300;
        if (!error.isError()) {
            // Only a JSON object whose code is "success", with no status that says
            // otherwise, is a usable answer; and every ID in it is read exactly.
            FUZZ_CHECK(isJsonObject);
            FUZZ_CHECK(envelope.isSuccess());
            FUZZ_CHECK(httpOk);
            FUZZ_CHECK(envelope.status >= 200 && envelope.status < 300);
            checkIdsAreExact(envelope.result, body);
        } else if (error.kind() == ApiError::Kind::Portal) {
            FUZZ_CHECK(isJsonObject);
            FUZZ_CHECK(!envelope.isSuccess());
            FUZZ_CHECK(!error.code().isEmpty());
            FUZZ_CHECK(error.requestId() == envelope.requestId);
            FUZZ_CHECK(error.detailMessage() == envelope.detailMessage);
            // The status line wins over the envelope's own status, unless it said 2xx.
            if (!httpOk)
                FUZZ_CHECK(error.httpStatus() == httpStatus);
            // A refusal in the portal's words proves nothing was done, unless it is a 5xx
            // or its statuses contradict each other.
            FUZZ_CHECK(error.provesRequestNotApplied() == (!error.isServerFailure() && !error.statusesDisagree()));
        } else if (error.kind() == ApiError::Kind::InconsistentAnswer) {
            // "success" with an error status: never a success, never a proof of anything.
            FUZZ_CHECK(envelope.isSuccess());
            FUZZ_CHECK(!httpOk || envelope.status < 200 || envelope.status >= 300);
            FUZZ_CHECK(!error.provesRequestNotApplied());
        } else if (error.kind() == ApiError::Kind::InexactId) {
            FUZZ_CHECK(envelope.isSuccess() && httpOk);
            FUZZ_CHECK(!error.field().isEmpty());
            FUZZ_CHECK(error.technicalDetail().endsWith(error.field()));
            FUZZ_CHECK(error.requestId() == envelope.requestId);
            FUZZ_CHECK(!error.provesRequestNotApplied());
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
