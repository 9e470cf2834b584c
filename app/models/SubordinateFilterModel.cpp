#include "SubordinateFilterModel.h"

#include "SubordinateListModel.h"

#include <algorithm>

SubordinateFilterModel::SubordinateFilterModel(SubordinateListModel *source, QObject *parent)
    : QAbstractProxyModel(parent)
    , m_source(source)
{
    QAbstractProxyModel::setSourceModel(source);
    // The source only ever resets (a new list); anything else is handled the same way.
    connect(source, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
    connect(source, &QAbstractItemModel::modelReset, this, [this] {
        refilter(nullptr);
        endResetModel();
    });
    auto resetAll = [this] {
        beginResetModel();
        refilter(nullptr);
        endResetModel();
    };
    connect(source, &QAbstractItemModel::rowsInserted, this, resetAll);
    connect(source, &QAbstractItemModel::rowsRemoved, this, resetAll);
    connect(source, &QAbstractItemModel::rowsMoved, this, resetAll);
    connect(source, &QAbstractItemModel::layoutChanged, this, resetAll);
    connect(source, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles) {
        if (m_all) {
            emit dataChanged(mapFromSource(topLeft), mapFromSource(bottomRight), roles);
            return;
        }
        beginResetModel();
        refilter(nullptr);
        endResetModel();
    });
    refilter(nullptr);
}

void SubordinateFilterModel::setFilterText(const QString &text)
{
    const QString needle = text.trimmed().toLower();
    if (needle == m_needle)
        return;
    // Rows without the old text cannot contain a text that contains it.
    const bool narrower = !m_all && !m_needle.isEmpty() && needle.contains(m_needle);
    const QList<int> previous = narrower ? m_rows : QList<int>();
    beginResetModel();
    m_needle = needle;
    refilter(narrower ? &previous : nullptr);
    endResetModel();
}

void SubordinateFilterModel::refilter(const QList<int> *candidates)
{
    m_all = m_needle.isEmpty();
    m_rows = m_all ? QList<int>() : m_source->searchIndex().rowsContaining(m_needle, candidates);
}

QModelIndex SubordinateFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || column != 0 || row < 0 || row >= rowCount())
        return {};
    return createIndex(row, column);
}

QModelIndex SubordinateFilterModel::parent(const QModelIndex &) const
{
    return {};
}

int SubordinateFilterModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_all ? m_source->rowCount() : int(m_rows.size());
}

int SubordinateFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1;
}

QModelIndex SubordinateFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || proxyIndex.model() != this)
        return {};
    return m_source->index(m_all ? proxyIndex.row() : m_rows.at(proxyIndex.row()), 0);
}

QModelIndex SubordinateFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != m_source)
        return {};
    if (m_all)
        return index(sourceIndex.row(), 0);
    // m_rows is sorted: binary search.
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), sourceIndex.row());
    if (it == m_rows.cend() || *it != sourceIndex.row())
        return {};
    return index(int(it - m_rows.cbegin()), 0);
}
