#pragma once

#include "ApiError.h"

#include <QByteArray>

#include <functional>

// What PortalClient asks for before an authenticated request. TokenSession implements
// it; keeping it an interface lets PortalClient know nothing about credentials.
class AccessTokenProvider
{
public:
    virtual ~AccessTokenProvider() = default;

    // Calls back exactly once with a ready "Authorization" header value, or with the
    // error that prevented getting one. May call back synchronously.
    using TokenCallback = std::function<void(const QByteArray &authorization, const ApiError &error)>;
    virtual void withAccessToken(TokenCallback callback) = 0;

    // The portal refused this header as expired or invalid; the next withAccessToken()
    // must not hand it out again.
    virtual void reportRejectedToken(const QByteArray &authorization) = 0;
};
