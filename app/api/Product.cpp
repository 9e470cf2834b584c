#include "Product.h"

#include "JsonFields.h"

std::optional<Product> Product::fromJson(const QJsonObject &object)
{
    const auto id = JsonFields::integer(object, QLatin1String("productId"));
    if (!id || *id <= 0)
        return std::nullopt;
    Product product;
    product.productId = *id;
    product.name = JsonFields::text(object, QLatin1String("name")).trimmed();
    if (product.name.isEmpty())
        product.name = QStringLiteral("#%1").arg(product.productId);
    return product;
}
