#pragma once

#include "ApiError.h"

#include <QString>

#include <functional>
#include <optional>

// The outcome of one portal request: a typed value or an ApiError, plus the requestId
// the portal gave (present on most failures too, for support).
template <typename T>
struct ApiResult
{
    std::optional<T> value;
    ApiError error;
    QString requestId;

    bool ok() const { return value.has_value() && !error.isError(); }
};

template <typename T>
using ApiCallback = std::function<void(const ApiResult<T> &)>;
