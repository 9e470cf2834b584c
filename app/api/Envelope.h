#pragma once

#include "ApiError.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonValue>
#include <QString>

// The five-key wrapper around every portal answer ({code, detailMessage, requestId,
// result, status}), read once here so no caller deals with it.
struct Envelope
{
    QString code;
    QString detailMessage;
    QString requestId;
    QJsonValue result;
    int status = 0;

    bool isSuccess() const { return code == QLatin1String("success"); }

    // Reads `body` as answered with `httpStatus` and fills `out`. Returns the error to
    // report when the body is not a usable envelope, its code is not "success", a status
    // (the HTTP status line or the envelope's own) contradicts a "success", or an ID in
    // the result arrived as a number Qt cannot hold exactly.
    static ApiError read(const QByteArray &body, int httpStatus, Envelope &out);
    // read() without its last check, for an answer read in parts: the caller runs
    // checkIds() over the whole body, so the first refused ID is named in document order.
    static ApiError readWithoutIdCheck(const QByteArray &body, int httpStatus, Envelope &out);
    // The last of read()'s checks on its own: an ID anywhere in `body` that arrived as a
    // number Qt cannot hold exactly.
    static ApiError checkIds(QByteArrayView body, int httpStatus, const QString &requestId);

    // Cheap test, safe on the GUI thread for small bodies: does this answer say the
    // access token was refused? (HTTP 401, or an error code that names the token.)
    static bool isTokenRejection(const QByteArray &body, int httpStatus);
};
