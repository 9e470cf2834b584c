#pragma once

#include "api/OrderRequest.h"

#include <QByteArray>

#include <optional>

// Reads an order body that this app wrote (a batch journal keeps each planned body) back
// into the request that writes it. Only a body that the request writes again byte for
// byte is accepted: what is sent after a restart is exactly what the user confirmed.
class OrderBodyReader
{
public:
    static std::optional<OrderRequest> read(const QByteArray &body);
};
