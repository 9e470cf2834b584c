#include "ProductInstanceFilterModel.h"

#include "ProductInstanceModel.h"

#include <limits>

ProductInstanceFilterModel::ProductInstanceFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ProductInstanceModel::SortRole);
    setDynamicSortFilter(true);
}

void ProductInstanceFilterModel::setSourceModel(QAbstractItemModel *model)
{
    m_instances = qobject_cast<ProductInstanceModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void ProductInstanceFilterModel::setSearchText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_terms = text.simplified().toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    refilter();
}

void ProductInstanceFilterModel::setExpiresWithinDays(std::optional<int> days)
{
    if (days == m_withinDays)
        return;
    m_withinDays = days;
    refilter();
}

void ProductInstanceFilterModel::refilter()
{
    // One layout change, not a removal per range of rows that stopped matching: a key
    // typed over thousands of rows would otherwise send the table hundreds of them.
    invalidate();
}

int ProductInstanceFilterModel::sourceRow(int row) const
{
    return mapToSource(index(row, 0)).row();
}

bool ProductInstanceFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_instances || sourceParent.isValid())
        return true;
    if (m_withinDays) {
        const std::optional<int> days = m_instances->daysLeft(sourceRow);
        if (!days || *days > *m_withinDays)
            return false;
    }
    // Straight from the model, not through QVariant: this runs for every row per keystroke.
    const QString &text = m_instances->searchText(sourceRow);
    for (const QString &term : m_terms) {
        if (!text.contains(term))
            return false;
    }
    return true;
}

bool ProductInstanceFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_instances && (left.column() == ProductInstanceModel::ExpiryColumn || left.column() == ProductInstanceModel::DaysLeftColumn)) {
        constexpr int undated = std::numeric_limits<int>::max();
        return m_instances->daysLeft(left.row()).value_or(undated)
            < m_instances->daysLeft(right.row()).value_or(undated);
    }
    return QSortFilterProxyModel::lessThan(left, right);
}
