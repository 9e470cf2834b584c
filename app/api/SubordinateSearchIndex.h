#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

class SubordinateTable;

// What the customer filter searches: each customer's company, contact name and e-mail in
// lower case, as UTF-8, all in one block. Scanning one block of memory for 100,000
// customers takes a few milliseconds; scanning 100,000 separately allocated strings took
// 30. Matching bytes is matching characters: a UTF-8 needle only matches whole characters.
class SubordinateSearchIndex
{
public:
    SubordinateSearchIndex() = default;
    explicit SubordinateSearchIndex(const SubordinateTable &table);

    int size() const { return m_starts.isEmpty() ? 0 : int(m_starts.size() - 1); }
    QString text(int row) const;

    // The rows whose text contains `needle` (lower case, not empty), in order; only
    // among `candidates` (ascending rows) when given.
    QList<int> rowsContaining(const QString &needle, const QList<int> *candidates = nullptr) const;

private:
    QByteArray m_text;       // every row's text, each followed by a '\0'
    QList<quint32> m_starts; // where each row's text starts; one more for the end
};
