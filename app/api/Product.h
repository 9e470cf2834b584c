#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

// One entry of product_list: a product the partner may buy.
struct Product
{
    qint64 productId = 0;
    QString name;

    // Products 9 and 11 are bought for an existing device: the portal needs its serial
    // number (productNo) to list plans and to place the order.
    bool requiresSerialNumber() const { return productId == 9 || productId == 11; }

    static std::optional<Product> fromJson(const QJsonObject &object);
};
