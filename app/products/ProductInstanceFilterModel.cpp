#include "ProductInstanceFilterModel.h"

#include "InstanceLoader.h"
#include "ProductInstanceModel.h"
#include "api/WorkerPool.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <limits>
#include <numeric>

namespace {

// Qt 6.4's QList::operator== passes an empty list's null data to memcmp (undefined
// behaviour that UBSan reports); std::equal never touches an empty range.
bool sameRows(const QList<int> &a, const QList<int> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend());
}

// Products without an expiry date come after every dated one.
constexpr int kUndated = std::numeric_limits<int>::max();
// Beyond this many rows changed at once, sorting everything again is cheaper than
// placing each changed row.
constexpr int kPlaceOneByOne = 64;

// `text` in lower case, as QString::toLower() has it, but without its cost for the plain
// ASCII that serial numbers, plans and most names are: sorting asks for every row's.
QString lowerCase(const QString &text)
{
    const char16_t *begin = QStringView(text).utf16();
    const char16_t *end = begin + text.size();
    bool upper = false;
    for (const char16_t *c = begin; c != end; ++c) {
        if (*c >= 0x80)
            return text.toLower();
        upper |= *c >= u'A' && *c <= u'Z';
    }
    if (!upper)
        return text;
    QString lower(text.size(), Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(lower.data());
    for (const char16_t *c = begin; c != end; ++c)
        *out++ = *c >= u'A' && *c <= u'Z' ? char16_t(*c + (u'a' - u'A')) : *c;
    return lower;
}

// Every row (0 … rows - 1) sorted by `days` (when given) or `texts` (when given), rows
// that sort the same in the model's order, in either sort order, as a stable sort leaves
// them; with neither, the model's order. Safe on any thread.
QList<int> sortedRows(qsizetype rows, const QList<QString> &texts, const QList<int> &days, Qt::SortOrder order)
{
    QList<int> sorted(rows);
    std::iota(sorted.begin(), sorted.end(), 0);
    const bool descending = order == Qt::DescendingOrder;
    if (!days.isEmpty()) {
        const int *keys = days.constData();
        std::sort(sorted.begin(), sorted.end(), [keys, descending](int left, int right) {
            if (keys[left] != keys[right])
                return descending ? keys[left] > keys[right] : keys[left] < keys[right];
            return left < right;
        });
    } else if (!texts.isEmpty()) {
        const QString *keys = texts.constData();
        std::sort(sorted.begin(), sorted.end(), [keys, descending](int left, int right) {
            const int comparison = keys[left].compare(keys[right]);
            if (comparison != 0)
                return descending ? comparison > 0 : comparison < 0;
            return left < right;
        });
    }
    return sorted;
}

} // namespace

ProductInstanceFilterModel::ProductInstanceFilterModel(QObject *parent)
    : QAbstractProxyModel(parent)
{
}

void ProductInstanceFilterModel::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    cancelPendingSort();
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_instances = qobject_cast<ProductInstanceModel *>(model);
    QAbstractProxyModel::setSourceModel(m_instances);
    if (m_instances) {
        m_connections = {
            connect(m_instances, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
                cancelPendingSort();
                beginResetModel();
            }),
            connect(m_instances, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] { settlePendingSort(); }),
            connect(m_instances, &QAbstractItemModel::modelReset, this, [this] {
                sourceReset();
                endResetModel();
            }),
            connect(m_instances, &QAbstractItemModel::rowsInserted, this, &ProductInstanceFilterModel::sourceRowsInserted),
            connect(m_instances, &QAbstractItemModel::rowsAboutToBeRemoved, this, &ProductInstanceFilterModel::sourceRowsAboutToBeRemoved),
            connect(m_instances, &QAbstractItemModel::rowsRemoved, this, &ProductInstanceFilterModel::sourceRowsRemoved),
            connect(m_instances, &QAbstractItemModel::dataChanged, this, &ProductInstanceFilterModel::sourceDataChanged),
            connect(m_instances, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged),
            // The model never moves rows; should it, everything is worked out again.
            connect(m_instances, &QAbstractItemModel::layoutAboutToBeChanged, this, [this] {
                cancelPendingSort();
                beginResetModel();
            }),
            connect(m_instances, &QAbstractItemModel::layoutChanged, this, [this] {
                sourceReset();
                endResetModel();
            }),
        };
    }
    sourceReset();
    endResetModel();
}

void ProductInstanceFilterModel::setSearchText(const QString &text)
{
    if (text == m_text)
        return;
    const QStringList previous = m_terms;
    m_text = text;
    m_terms = text.simplified().toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // A row without every old word cannot have every new one when each old word is
    // part of a new one ("lone st" → "lone sta"): only the rows shown need a look.
    const bool narrower = !previous.isEmpty() && std::all_of(previous.cbegin(), previous.cend(), [this](const QString &old) {
        return std::any_of(m_terms.cbegin(), m_terms.cend(), [&old](const QString &term) { return term.contains(old); });
    });
    refilter(narrower);
}

void ProductInstanceFilterModel::setExpiresWithinDays(std::optional<int> days)
{
    if (days == m_withinDays)
        return;
    const bool narrower = !m_withinDays || (days && *days <= *m_withinDays);
    m_withinDays = days;
    refilter(narrower);
}

bool ProductInstanceFilterModel::accepts(int sourceRow) const
{
    if (m_withinDays) {
        const std::optional<int> days = m_instances->daysLeft(sourceRow);
        if (!days || *days > *m_withinDays)
            return false;
    }
    const TextSearchIndex &index = m_instances->searchIndex();
    return std::all_of(m_terms.cbegin(), m_terms.cend(),
                       [&](const QString &term) { return index.rowContains(sourceRow, term); });
}

bool ProductInstanceFilterModel::sortsByDays(int column)
{
    return column == ProductInstanceModel::ExpiryColumn || column == ProductInstanceModel::DaysLeftColumn;
}

int ProductInstanceFilterModel::daysKey(int sourceRow) const
{
    return m_instances->daysLeft(sourceRow).value_or(kUndated);
}

QString ProductInstanceFilterModel::textKey(int sourceRow, int column) const
{
    return lowerCase(m_instances->displayText(sourceRow, column));
}

QList<QString> ProductInstanceFilterModel::textKeys(int column) const
{
    QList<QString> keys;
    const int rows = m_instances->rowCount();
    keys.reserve(rows);
    for (int row = 0; row < rows; ++row)
        keys.append(textKey(row, column));
    return keys;
}

QList<int> ProductInstanceFilterModel::daysKeys() const
{
    QList<int> keys(m_instances->rowCount());
    for (qsizetype row = 0; row < keys.size(); ++row)
        keys[row] = daysKey(int(row));
    return keys;
}

// Whether `left` is shown before `right` (both source rows). Rows that sort the same keep
// the model's order, in either sort order, as a stable sort leaves them.
bool ProductInstanceFilterModel::before(int left, int right) const
{
    if (m_sortColumn >= 0) {
        int comparison = 0;
        if (sortsByDays()) {
            const int leftDays = daysKey(left);
            const int rightDays = daysKey(right);
            comparison = leftDays < rightDays ? -1 : (leftDays > rightDays ? 1 : 0);
        } else {
            comparison = m_textKeys.at(left).compare(m_textKeys.at(right));
        }
        if (comparison != 0)
            return m_sortOrder == Qt::AscendingOrder ? comparison < 0 : comparison > 0;
    }
    return left < right;
}

void ProductInstanceFilterModel::rebuildSortKeys()
{
    m_textKeys.clear();
    if (m_instances && m_sortColumn >= 0 && !sortsByDays())
        m_textKeys = textKeys(m_sortColumn);
}

void ProductInstanceFilterModel::rebuildOrder()
{
    if (!m_instances) {
        m_order.clear();
        return;
    }
    m_order = sortedRows(m_instances->rowCount(), m_textKeys,
                         m_sortColumn >= 0 && sortsByDays() ? daysKeys() : QList<int>(), m_sortOrder);
}

// Whether each source row is shown.
QList<bool> ProductInstanceFilterModel::shownMask() const
{
    QList<bool> shown(m_instances ? m_instances->rowCount() : 0, false);
    bool *isShown = shown.data(); // not operator[], which checks for sharing on every row
    for (const int row : m_shown)
        isShown[row] = true;
    return shown;
}

// The rows of `order` that `shown` (indexed by source row) marks.
QList<int> ProductInstanceFilterModel::shownOf(const QList<int> &order, const QList<bool> &shown) const
{
    QList<int> rows;
    rows.reserve(order.size());
    for (const int row : order) {
        if (shown.at(row))
            rows.append(row);
    }
    return rows;
}

// Shows `shown` (source rows, in order) instead of the rows shown now, in one layout
// change: selections and the current row follow their rows, or go with them.
void ProductInstanceFilterModel::showInstead(QList<int> shown, QAbstractItemModel::LayoutChangeHint hint)
{
    emit layoutAboutToBeChanged({}, hint);
    const QModelIndexList before = persistentIndexList();
    QList<int> sourceRows;
    sourceRows.reserve(before.size());
    for (const QModelIndex &index : before)
        sourceRows.append(m_shown.at(index.row()));
    m_shown = std::move(shown);
    m_shownAtStale = true;
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = m_instances ? mapFromSource(m_instances->index(sourceRows.at(i), 0)).row() : -1;
        after.append(row < 0 ? QModelIndex() : index(row, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, hint);
}

void ProductInstanceFilterModel::refilter(bool narrower)
{
    if (!m_instances)
        return;
    // The search index, not each row's text: one pass over one block of memory.
    const TextSearchIndex &index = m_instances->searchIndex();
    QList<int> shown;
    auto term = m_terms.cbegin();
    if (narrower) {
        shown = m_shown;
    } else if (term == m_terms.cend()) {
        shown = m_order;
    } else {
        QList<bool> matches(m_instances->rowCount(), false);
        for (const int row : index.rowsContaining(*term++))
            matches[row] = true;
        shown = shownOf(m_order, matches);
    }
    if (m_withinDays) {
        shown.removeIf([this](int row) {
            const std::optional<int> days = m_instances->daysLeft(row);
            return !days || *days > *m_withinDays;
        });
    }
    for (; term != m_terms.cend(); ++term)
        shown = index.rowsContaining(*term, &shown);
    if (!sameRows(shown, m_shown))
        showInstead(std::move(shown), QAbstractItemModel::NoLayoutChangeHint);
}

void ProductInstanceFilterModel::sort(int column, Qt::SortOrder order)
{
    column = column < 0 || column >= ProductInstanceModel::ColumnCount ? -1 : column;
    if (column == m_wantedColumn && order == m_wantedOrder)
        return;
    m_wantedColumn = column;
    m_wantedOrder = order;
    if (m_instances && m_instances->rowCount() >= kSortInBackgroundFrom)
        sortInBackground();
    else
        sortNow();
}

void ProductInstanceFilterModel::sortNow()
{
    ++m_sortGeneration; // a sort on its way is no longer wanted
    m_sortPending = false;
    m_sortColumn = m_wantedColumn;
    m_sortOrder = m_wantedOrder;
    if (!m_instances)
        return;
    const QList<bool> shown = shownMask();
    rebuildSortKeys();
    rebuildOrder();
    showInstead(shownOf(m_order, shown), QAbstractItemModel::VerticalSortHint);
}

namespace {

struct SortedRows
{
    QList<QString> texts; // the keys of a text column, to keep
    QList<int> order;
};

} // namespace

// The keys and the sort on a worker: the texts of 20,000 rows in lower case took a frame
// to make, and sorting them longer. The rows shown keep their order meanwhile.
void ProductInstanceFilterModel::sortInBackground()
{
    const int generation = ++m_sortGeneration;
    m_sortPending = true;
    const int column = m_wantedColumn;
    const Qt::SortOrder order = m_wantedOrder;
    const bool byText = column >= 0 && !sortsByDays(column);
    QList<int> days = column >= 0 && !byText ? daysKeys() : QList<int>();
    QList<ProductInstance> rows = byText ? m_instances->rows() : QList<ProductInstance>();
    const qsizetype count = m_instances->rowCount();
    auto *watcher = new QFutureWatcher<SortedRows>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_sortGeneration)
            return; // sorted otherwise meanwhile
        m_sortPending = false;
        m_sortColumn = m_wantedColumn;
        m_sortOrder = m_wantedOrder;
        const QList<bool> shown = shownMask();
        SortedRows sorted = watcher->result();
        m_textKeys = std::move(sorted.texts);
        m_order = std::move(sorted.order);
        showInstead(shownOf(m_order, shown), QAbstractItemModel::VerticalSortHint);
    });
    const QHash<qint64, QString> names = m_instances->loader()->productNames();
    watcher->setFuture(QtConcurrent::run(WorkerPool::instance(), [rows, names, days, count, column, order]() mutable {
        SortedRows sorted;
        sorted.texts.reserve(rows.size());
        for (const ProductInstance &instance : std::as_const(rows))
            sorted.texts.append(lowerCase(ProductInstanceModel::displayText(instance, column, names, std::nullopt)));
        // Let go of the rows at once: the GUI thread still holds them, and is the one to free
        // them (a few at a time when reloaded); all 20,000 freed here at once would make its
        // next allocations wait.
        rows = {};
        sorted.order = sortedRows(count, sorted.texts, days, order);
        return sorted;
    }));
}

// The rows are about to change while a sort is on its way: the order they change in is
// worked out now.
void ProductInstanceFilterModel::settlePendingSort()
{
    if (m_sortPending)
        sortNow();
}

// Everything is worked out again (a reset): in the order wanted, without the one on its way.
void ProductInstanceFilterModel::cancelPendingSort()
{
    ++m_sortGeneration;
    m_sortPending = false;
    m_sortColumn = m_wantedColumn;
    m_sortOrder = m_wantedOrder;
}

void ProductInstanceFilterModel::sourceReset()
{
    rebuildSortKeys();
    rebuildOrder();
    m_shown.clear();
    m_shown.reserve(m_order.size());
    for (const int row : std::as_const(m_order)) {
        if (accepts(row))
            m_shown.append(row);
    }
    m_shownAtStale = true;
}

void ProductInstanceFilterModel::sourceRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    for (int &row : m_order) {
        if (row >= first)
            row += count;
    }
    for (int &row : m_shown) {
        if (row >= first)
            row += count;
    }
    m_shownAtStale = true;
    if (m_sortColumn >= 0 && !sortsByDays()) {
        m_textKeys.insert(first, count, QString());
        for (int row = first; row <= last; ++row)
            m_textKeys[row] = textKey(row, m_sortColumn);
    }
    auto isBefore = [this](int left, int right) { return before(left, right); };
    QList<int> fresh(count);
    std::iota(fresh.begin(), fresh.end(), first);
    std::sort(fresh.begin(), fresh.end(), isBefore);
    QList<int> order;
    order.reserve(m_order.size() + count);
    std::merge(m_order.cbegin(), m_order.cend(), fresh.cbegin(), fresh.cend(), std::back_inserter(order), isBefore);
    m_order = std::move(order);

    // Those that pass the filter go in where they sort, in runs of rows that land together.
    QList<int> accepted;
    for (const int row : std::as_const(fresh)) {
        if (accepts(row))
            accepted.append(row);
    }
    for (qsizetype i = 0; i < accepted.size();) {
        const qsizetype at = std::lower_bound(m_shown.cbegin(), m_shown.cend(), accepted.at(i), isBefore) - m_shown.cbegin();
        qsizetype end = i + 1;
        // The next row lands right after this one unless a row shown sorts between them.
        while (end < accepted.size() && (at >= m_shown.size() || !before(m_shown.at(at), accepted.at(end))))
            ++end;
        const int run = int(end - i);
        beginInsertRows({}, int(at), int(at) + run - 1);
        m_shown.insert(at, run, 0);
        std::copy(accepted.cbegin() + i, accepted.cbegin() + end, m_shown.begin() + at);
        m_shownAtStale = true;
        endInsertRows();
        i = end;
    }
}

void ProductInstanceFilterModel::sourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    settlePendingSort();
    // The rows shown among them leave first, in runs, the last run first.
    for (qsizetype i = m_shown.size() - 1; i >= 0;) {
        if (m_shown.at(i) < first || m_shown.at(i) > last) {
            --i;
            continue;
        }
        qsizetype start = i;
        while (start > 0 && m_shown.at(start - 1) >= first && m_shown.at(start - 1) <= last)
            --start;
        beginRemoveRows({}, int(start), int(i));
        m_shown.remove(start, i - start + 1);
        m_shownAtStale = true;
        endRemoveRows();
        i = start - 1;
    }
}

void ProductInstanceFilterModel::sourceRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    m_order.removeIf([first, last](int row) { return row >= first && row <= last; });
    for (int &row : m_order) {
        if (row > last)
            row -= count;
    }
    for (int &row : m_shown) {
        if (row > last)
            row -= count;
    }
    if (!m_textKeys.isEmpty())
        m_textKeys.remove(first, count);
    m_shownAtStale = true;
}

void ProductInstanceFilterModel::sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                                   const QList<int> &roles)
{
    if (!topLeft.isValid() || topLeft.parent().isValid())
        return;
    settlePendingSort();
    const int first = topLeft.row();
    const int last = bottomRight.row();
    const int changed = last - first + 1;

    // Where the changed rows sort now, and whether they still pass the filter.
    QList<int> order = m_order;
    if (m_sortColumn >= 0 && !sortsByDays()) {
        for (int row = first; row <= last; ++row)
            m_textKeys[row] = textKey(row, m_sortColumn);
    }
    auto isBefore = [this](int left, int right) { return before(left, right); };
    if (changed > kPlaceOneByOne) {
        std::sort(order.begin(), order.end(), isBefore);
    } else {
        order.removeIf([first, last](int row) { return row >= first && row <= last; });
        for (int row = first; row <= last; ++row)
            order.insert(std::lower_bound(order.cbegin(), order.cend(), row, isBefore) - order.cbegin(), row);
    }
    QList<bool> isShown = shownMask();
    bool membershipChanged = false;
    for (int row = first; row <= last; ++row) {
        const bool passes = accepts(row);
        membershipChanged |= passes != isShown.at(row);
        isShown[row] = passes;
    }
    const bool orderChanged = !sameRows(order, m_order);
    m_order = std::move(order);
    if (orderChanged || membershipChanged)
        showInstead(shownOf(m_order, isShown), QAbstractItemModel::VerticalSortHint);

    // Then the cells, of the rows shown, in runs of rows next to each other.
    QList<int> rows;
    for (int row = first; row <= last; ++row) {
        const int at = mapFromSource(m_instances->index(row, 0)).row();
        if (at >= 0)
            rows.append(at);
    }
    std::sort(rows.begin(), rows.end());
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype end = i + 1;
        while (end < rows.size() && rows.at(end) == rows.at(end - 1) + 1)
            ++end;
        emit dataChanged(index(rows.at(i), topLeft.column()), index(rows.at(end - 1), bottomRight.column()), roles);
        i = end;
    }
}

QModelIndex ProductInstanceFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_shown.size() || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex ProductInstanceFilterModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex ProductInstanceFilterModel::sibling(int row, int column, const QModelIndex &index) const
{
    return index.isValid() ? this->index(row, column) : QModelIndex();
}

int ProductInstanceFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int ProductInstanceFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_instances ? 0 : m_instances->columnCount();
}

bool ProductInstanceFilterModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_shown.isEmpty() && columnCount() > 0;
}

QVariant ProductInstanceFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_instances)
        return {};
    if (orientation == Qt::Horizontal)
        return m_instances->headerData(section, orientation, role);
    return section >= 0 && section < m_shown.size() ? m_instances->headerData(m_shown.at(section), orientation, role)
                                                    : QVariant();
}

QModelIndex ProductInstanceFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_instances || !proxyIndex.isValid() || proxyIndex.model() != this || proxyIndex.row() >= m_shown.size())
        return {};
    return m_instances->index(m_shown.at(proxyIndex.row()), proxyIndex.column());
}

QModelIndex ProductInstanceFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_instances || !sourceIndex.isValid() || sourceIndex.model() != m_instances)
        return {};
    if (m_shownAtStale) {
        m_shownAt.fill(-1, m_instances->rowCount());
        for (qsizetype row = 0; row < m_shown.size(); ++row) {
            if (m_shown.at(row) < m_shownAt.size())
                m_shownAt[m_shown.at(row)] = int(row);
        }
        m_shownAtStale = false;
    }
    const int row = sourceIndex.row() < m_shownAt.size() ? m_shownAt.at(sourceIndex.row()) : -1;
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}
