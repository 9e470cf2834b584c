#pragma once

#include "TextSearchIndex.h"

#include <QList>
#include <QString>

class SubordinateTable;

// What the customer filter searches: each customer's company, contact name and e-mail in
// lower case, one row each of a TextSearchIndex.
class SubordinateSearchIndex
{
public:
    SubordinateSearchIndex() = default;
    explicit SubordinateSearchIndex(const SubordinateTable &table);

    int size() const { return m_index.size(); }
    QString text(int row) const { return m_index.text(row); }

    // The rows whose text contains `needle` (lower case, not empty), in order; only
    // among `candidates` (ascending rows) when given.
    QList<int> rowsContaining(const QString &needle, const QList<int> *candidates = nullptr) const
    {
        return m_index.rowsContaining(needle, candidates);
    }

    const TextSearchIndex &texts() const { return m_index; }

private:
    TextSearchIndex m_index;
};
