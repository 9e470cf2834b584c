#include "Envelope.h"

#include "InexactIdFinder.h"
#include "JsonFields.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace {

bool isSuccessStatus(int httpStatus)
{
    return httpStatus >= 200 && httpStatus < 300;
}

ApiError httpError(int httpStatus, const QString &detail)
{
    ApiError error(ApiError::Kind::HttpStatus);
    error.setHttpStatus(httpStatus).setTechnicalDetail(detail);
    return error;
}

} // namespace

ApiError Envelope::read(const QByteArray &body, int httpStatus, Envelope &out)
{
    const ApiError error = readWithoutIdCheck(body, httpStatus, out);
    return error.isError() ? error : checkIds(body, httpStatus, out.requestId);
}

ApiError Envelope::readWithoutIdCheck(const QByteArray &body, int httpStatus, Envelope &out)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        const QString detail = parseError.error != QJsonParseError::NoError
            ? parseError.errorString()
            : QStringLiteral("not a JSON object");
        if (!isSuccessStatus(httpStatus))
            return httpError(httpStatus, detail); // e.g. a proxy's HTML error page
        ApiError error(ApiError::Kind::MalformedBody);
        error.setHttpStatus(httpStatus).setTechnicalDetail(detail);
        return error;
    }

    const QJsonObject object = document.object();
    if (!object.contains(QLatin1String("code"))) {
        if (!isSuccessStatus(httpStatus))
            return httpError(httpStatus, QStringLiteral("no envelope"));
        ApiError error(ApiError::Kind::MalformedBody);
        error.setHttpStatus(httpStatus).setTechnicalDetail(QStringLiteral("no envelope"));
        return error;
    }

    out.code = JsonFields::text(object, QLatin1String("code")).trimmed();
    out.detailMessage = JsonFields::text(object, QLatin1String("detailMessage")).trimmed();
    out.requestId = JsonFields::text(object, QLatin1String("requestId")).trimmed();
    out.result = object.value(QLatin1String("result"));
    const std::optional<qint64> ownStatus = JsonFields::integer(object, QLatin1String("status"));
    out.status = int(ownStatus.value_or(httpStatus));
    // The status line and the envelope's own status must tell the same story.
    const bool statusesDisagree = ownStatus && isSuccessStatus(httpStatus) != isSuccessStatus(out.status);

    if (!out.isSuccess()) {
        // The HTTP status line is the truth about the transport; fall back to the
        // envelope's own status when the server answered 200 with an error inside.
        const int status = isSuccessStatus(httpStatus) && out.status > 0 ? out.status : httpStatus;
        ApiError error = ApiError::portal(status, out.code.isEmpty() ? QStringLiteral("unknown") : out.code,
                                          out.detailMessage, out.requestId);
        error.setStatusesDisagree(statusesDisagree);
        return error;
    }
    if (!isSuccessStatus(httpStatus) || statusesDisagree) {
        // "success" with an error status: neither can be believed, so it is not a success.
        ApiError error(ApiError::Kind::InconsistentAnswer);
        error.setHttpStatus(isSuccessStatus(httpStatus) ? out.status : httpStatus)
            .setCode(out.code)
            .setRequestId(out.requestId)
            .setTechnicalDetail(QStringLiteral("HTTP %1, envelope status %2").arg(httpStatus).arg(out.status));
        return error;
    }
    return ApiError();
}

ApiError Envelope::checkIds(QByteArrayView body, int httpStatus, const QString &requestId)
{
    if (const std::optional<QString> path = InexactIdFinder::find(body)) {
        ApiError error(ApiError::Kind::InexactId);
        error.setHttpStatus(httpStatus)
            .setRequestId(requestId)
            .setField(InexactIdFinder::fieldOf(*path))
            .setTechnicalDetail(*path);
        return error;
    }
    return ApiError();
}

bool Envelope::isTokenRejection(const QByteArray &body, int httpStatus)
{
    if (httpStatus == 401)
        return true;
    constexpr int largestErrorBody = 16 * 1024;
    if (body.size() > largestErrorBody)
        return false;
    Envelope envelope;
    return read(body, httpStatus, envelope).isAuthenticationFailure();
}
