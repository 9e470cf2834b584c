// The token endpoint's answer (sign-in and refresh): envelope → TokenDetails, and the
// Authorization header the client then sends with every request.

#include "FuzzSupport.h"
#include "api/TokenDetails.h"

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
    const auto details = TokenDetails::fromJson(envelope->result);
    if (!details) {
        // Only an object without a usable token is refused.
        FUZZ_CHECK(!envelope->result.isObject()
                   || envelope->result[QLatin1String("token")].toString().trimmed().isEmpty());
        return 0;
    }
    FUZZ_CHECK(envelope->result.isObject());
    FUZZ_CHECK(!details->token.isEmpty());
    FUZZ_CHECK(details->token == details->token.trimmed());
    FUZZ_CHECK(details->refreshToken == details->refreshToken.trimmed());
    FUZZ_CHECK(details->expiresInSeconds > 0);

    const QByteArray header = details->authorizationHeader();
    const QByteArray token = details->token.toUtf8();
    FUZZ_CHECK(header.endsWith(QByteArray(' ' + token)));
    FUZZ_CHECK(header.size() > token.size() + 1); // a scheme before the space
    FUZZ_CHECK(header.at(0) != ' ');
    return 0;
}
