#include "SubordinatePagedMatches.h"

#include "SubordinateFilterModel.h"
#include "SubordinateListModel.h"

#include <algorithm>
#include <climits>

SubordinatePagedMatches::SubordinatePagedMatches(SubordinateListModel *customers, QObject *parent)
    : QAbstractProxyModel(parent)
    , m_filter(new SubordinateFilterModel(customers, this))
{
    QAbstractProxyModel::setSourceModel(customers);
    // A reload that removes or inserts matches is passed on as a reset, keeping the pages
    // shown: QCompleter resets its own model on any such change anyway, and a few pages
    // are quick to lay out again.
    auto beginReset = [this] { beginResetModel(); };
    auto endReset = [this] {
        if (m_newText)
            m_shownLimit = kPageRows;
        endResetModel();
    };
    connect(m_filter, &QAbstractItemModel::modelAboutToBeReset, this, beginReset);
    connect(m_filter, &QAbstractItemModel::modelReset, this, endReset);
    connect(m_filter, &QAbstractItemModel::rowsAboutToBeRemoved, this, beginReset);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, endReset);
    connect(m_filter, &QAbstractItemModel::rowsAboutToBeInserted, this, beginReset);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, endReset);
    connect(m_filter, &QAbstractItemModel::dataChanged, this, &SubordinatePagedMatches::matchesChanged);
}

void SubordinatePagedMatches::setFilterText(const QString &text)
{
    m_newText = true;
    m_filter->setFilterText(text);
    m_newText = false;
}

int SubordinatePagedMatches::matchCount() const
{
    return m_filter->rowCount();
}

void SubordinatePagedMatches::showMore()
{
    showUpTo(rowCount() + kPageRows);
}

void SubordinatePagedMatches::showAll()
{
    showUpTo(INT_MAX);
}

void SubordinatePagedMatches::showUpTo(int rows)
{
    const int shown = rowCount();
    const int added = std::min(rows, matchCount()) - shown;
    if (added <= 0)
        return;
    beginInsertRows({}, shown, shown + added - 1);
    m_shownLimit = rows;
    endInsertRows();
}

void SubordinatePagedMatches::matchesChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                             const QList<int> &roles)
{
    const int last = std::min(bottomRight.row(), rowCount() - 1);
    if (topLeft.row() <= last)
        emit dataChanged(index(topLeft.row(), 0), index(last, 0), roles);
}

QModelIndex SubordinatePagedMatches::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || column != 0 || row < 0 || row >= rowCount())
        return {};
    return createIndex(row, column);
}

QModelIndex SubordinatePagedMatches::parent(const QModelIndex &) const
{
    return {};
}

bool SubordinatePagedMatches::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0;
}

int SubordinatePagedMatches::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return std::min(m_shownLimit, matchCount());
}

int SubordinatePagedMatches::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1;
}

QModelIndex SubordinatePagedMatches::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || proxyIndex.model() != this)
        return {};
    return m_filter->mapToSource(m_filter->index(proxyIndex.row(), 0));
}

QModelIndex SubordinatePagedMatches::mapFromSource(const QModelIndex &sourceIndex) const
{
    const QModelIndex match = m_filter->mapFromSource(sourceIndex);
    return match.isValid() ? index(match.row(), 0) : QModelIndex();
}
