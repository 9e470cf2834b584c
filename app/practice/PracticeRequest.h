#pragma once

#include "PracticeTypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

// A request as the practice portal received it, copied out of QHttpServerRequest (which
// is reused for the next request on the same connection) and kept for introspection.
struct PracticeRequest
{
    Practice::Route route = Practice::Route::Unknown;
    QByteArray method; // "GET", "POST", …
    QString path;
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString pathArgument; // the {id} of OrderGet
    QDateTime receivedAt;

    // Header lookup is case-insensitive, as in HTTP; a missing header is a null array.
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &header : headers) {
            if (header.first.compare(name, Qt::CaseInsensitive) == 0)
                return header.second;
        }
        return {};
    }
    bool hasHeader(const QByteArray &name) const
    {
        for (const auto &header : headers) {
            if (header.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
};
