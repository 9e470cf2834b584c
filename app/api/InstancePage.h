#pragma once

#include "PageHeader.h"
#include "ProductInstance.h"

#include <QList>

#include <optional>

// One page of instance_product_list for one product.
struct InstancePage
{
    qint64 productId = 0;
    PageHeader header;
    QList<ProductInstance> results;

    bool hasMore() const { return header.hasMore(); }

    // Entries that are not JSON objects are skipped; every object is kept.
    static std::optional<InstancePage> fromJson(const QJsonValue &result, qint64 productId);
};
