#include "SubordinateFilterModel.h"

#include "SubordinateListModel.h"

#include <algorithm>

SubordinateFilterModel::SubordinateFilterModel(SubordinateListModel *source, QObject *parent)
    : QAbstractProxyModel(parent)
    , m_source(source)
{
    QAbstractProxyModel::setSourceModel(source);
    // A new list resets; a reload that changed a few rows removes, inserts and changes
    // them, and so does this model, for the rows that match.
    connect(source, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
    connect(source, &QAbstractItemModel::modelReset, this, [this] {
        refilter(nullptr);
        endResetModel();
    });
    connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this, &SubordinateFilterModel::sourceRowsAboutToBeRemoved);
    connect(source, &QAbstractItemModel::rowsRemoved, this, &SubordinateFilterModel::sourceRowsRemoved);
    connect(source, &QAbstractItemModel::rowsAboutToBeInserted, this, [this](const QModelIndex &, int first, int last) {
        if (m_all)
            beginInsertRows({}, first, last);
    });
    connect(source, &QAbstractItemModel::rowsInserted, this, &SubordinateFilterModel::sourceRowsInserted);
    connect(source, &QAbstractItemModel::dataChanged, this, &SubordinateFilterModel::sourceDataChanged);
    auto resetAll = [this] {
        beginResetModel();
        refilter(nullptr);
        endResetModel();
    };
    connect(source, &QAbstractItemModel::rowsMoved, this, resetAll);
    connect(source, &QAbstractItemModel::layoutChanged, this, resetAll);
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

bool SubordinateFilterModel::sourceRowMatches(int sourceRow) const
{
    return m_source->index(sourceRow).data(RemoteListModel::SearchTextRole).toString().contains(m_needle);
}

void SubordinateFilterModel::sourceRowsAboutToBeRemoved(const QModelIndex &, int first, int last)
{
    if (m_all) {
        beginRemoveRows({}, first, last);
        return;
    }
    const auto from = std::lower_bound(m_rows.cbegin(), m_rows.cend(), first);
    const auto to = std::lower_bound(from, m_rows.cend(), last + 1);
    if (from != to)
        beginRemoveRows({}, int(from - m_rows.cbegin()), int(to - m_rows.cbegin()) - 1);
}

void SubordinateFilterModel::sourceRowsRemoved(const QModelIndex &, int first, int last)
{
    if (m_all) {
        endRemoveRows();
        return;
    }
    const int count = last - first + 1;
    const auto from = std::lower_bound(m_rows.begin(), m_rows.end(), first);
    const auto to = std::lower_bound(from, m_rows.end(), last + 1);
    const bool removed = from != to;
    for (auto it = to; it != m_rows.end(); ++it)
        *it -= count;
    m_rows.erase(from, to);
    if (removed)
        endRemoveRows();
}

void SubordinateFilterModel::sourceRowsInserted(const QModelIndex &, int first, int last)
{
    if (m_all) {
        endInsertRows();
        return;
    }
    const int count = last - first + 1;
    const auto from = std::lower_bound(m_rows.begin(), m_rows.end(), first);
    for (auto it = from; it != m_rows.end(); ++it)
        *it += count;
    QList<int> matching;
    for (int row = first; row <= last; ++row) {
        if (sourceRowMatches(row))
            matching.append(row);
    }
    if (matching.isEmpty())
        return;
    const int at = int(from - m_rows.begin());
    beginInsertRows({}, at, at + int(matching.size()) - 1);
    m_rows.insert(at, matching.size(), 0);
    std::copy(matching.cbegin(), matching.cend(), m_rows.begin() + at);
    endInsertRows();
}

void SubordinateFilterModel::sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                               const QList<int> &roles)
{
    if (m_all) {
        emit dataChanged(mapFromSource(topLeft), mapFromSource(bottomRight), roles);
        return;
    }
    // A changed row may start or stop matching.
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), row);
        const int at = int(it - m_rows.cbegin());
        const bool shown = it != m_rows.cend() && *it == row;
        const bool matches = sourceRowMatches(row);
        if (shown && matches) {
            emit dataChanged(index(at, 0), index(at, 0), roles);
        } else if (shown) {
            beginRemoveRows({}, at, at);
            m_rows.remove(at);
            endRemoveRows();
        } else if (matches) {
            beginInsertRows({}, at, at);
            m_rows.insert(at, row);
            endInsertRows();
        }
    }
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
