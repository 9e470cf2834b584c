#pragma once

#include <QJsonArray>
#include <QJsonValue>

#include <optional>

// The paged `Details` shape the order list and the purchased-product list share:
// {count, pageNo, pageSize, results, total, totalPage}. pageNo is 1-based.
struct PageHeader
{
    int pageNo = 1;
    int pageSize = 0;
    int total = 0;
    int totalPage = 0;

    bool hasMore() const { return pageNo < totalPage; }

    // The header of `result` and its `results` array, or nullopt when `result` is not an
    // object holding a `results` array. Missing numbers get safe defaults (total from
    // `count`, totalPage = this page).
    static std::optional<PageHeader> read(const QJsonValue &result, QJsonArray *results);
};
