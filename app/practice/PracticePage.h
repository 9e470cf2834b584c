#pragma once

#include <QJsonArray>
#include <QJsonObject>

#include <functional>

// The paged answer of the order list and the purchased-product list: {count, pageNo,
// pageSize, results, total, totalPage}, page `pageNo` (1-based) of `total` items, each
// written by `item(index)`.
inline QJsonObject practicePage(qsizetype total, int pageNo, int pageSize,
                                const std::function<QJsonObject(qsizetype index)> &item)
{
    QJsonArray results;
    const qsizetype first = qsizetype(pageNo - 1) * pageSize;
    for (qsizetype i = first; i < total && i < first + pageSize; ++i)
        results.append(item(i));
    return QJsonObject{
        {QStringLiteral("count"), total},
        {QStringLiteral("pageNo"), pageNo},
        {QStringLiteral("pageSize"), pageSize},
        {QStringLiteral("results"), results},
        {QStringLiteral("total"), total},
        {QStringLiteral("totalPage"), (total + pageSize - 1) / pageSize},
    };
}
