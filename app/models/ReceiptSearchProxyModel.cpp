#include "ReceiptSearchProxyModel.h"

#include "ReceiptHistoryModel.h"

ReceiptSearchProxyModel::ReceiptSearchProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ReceiptHistoryModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void ReceiptSearchProxyModel::setSearchText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_terms = text.simplified().toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

bool ReceiptSearchProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_terms.isEmpty())
        return true;
    const QString text = sourceModel()
                             ->index(sourceRow, 0, sourceParent)
                             .data(ReceiptHistoryModel::SearchTextRole)
                             .toString();
    for (const QString &term : m_terms) {
        if (!text.contains(term))
            return false;
    }
    return true;
}
