#include "SubordinateSearchIndex.h"

#include "SubordinateTable.h"

SubordinateSearchIndex::SubordinateSearchIndex(const SubordinateTable &table)
{
    const int rows = table.size();
    m_index.reserve(rows, 0);
    for (int row = 0; row < rows; ++row) {
        const QByteArrayView first = table.utf8(row, SubordinateTable::FirstName);
        const QByteArrayView last = table.utf8(row, SubordinateTable::LastName);
        m_index.addLower(table.utf8(row, SubordinateTable::Company));
        m_index.addSeparator('\n');
        // The contact name as Subordinate::contactName() writes it.
        m_index.addLower(first);
        if (!first.isEmpty() && !last.isEmpty())
            m_index.addSeparator(' ');
        m_index.addLower(last);
        m_index.addSeparator('\n');
        m_index.addLower(table.utf8(row, SubordinateTable::Email));
        m_index.endRow();
    }
    m_index.squeeze();
}
