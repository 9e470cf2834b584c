#pragma once

#include <QAbstractProxyModel>
#include <QList>
#include <QStringList>

#include <optional>

class ProductInstanceModel;

// What the overview shows of ProductInstanceModel: the rows whose product, serial or
// product number, customer, plan or comment contain every word typed, optionally only
// those that expire within N days (expired ones included: they need attention most),
// sorted by what a column means (expiry by days left, soonest first; text in lower case;
// equal rows in the model's order).
//
// It keeps one sorted order of every row, sorted again only when the sort column or
// order changes, and kept in step with rows added, removed or changed by placing just
// those; a filter only picks from that order (and, when the text typed only grows, from
// the rows shown). So a keystroke costs one pass over the rows' search texts, not a sort.
// The filter and the sort keep views' selection and current row. From
// kSortInBackgroundFrom rows on, a new sort order is worked out on WorkerPool and shown
// when ready (the rows keep the previous order meanwhile); a change of the rows meanwhile
// has it worked out at once instead.
class ProductInstanceFilterModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit ProductInstanceFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    // "lone star 3651" keeps the rows that contain both words, in any case.
    void setSearchText(const QString &text);
    QString searchText() const { return m_text; }
    // nullopt: every expiry date (and none).
    void setExpiresWithinDays(std::optional<int> days);

    // The source row of a row shown.
    int sourceRow(int row) const { return m_shown.at(row); }

    static constexpr int kSortInBackgroundFrom = 2000;

    // -1: the model's order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // What sort() was last asked for, shown or on its way.
    int sortColumn() const { return m_wantedColumn; }
    Qt::SortOrder sortOrder() const { return m_wantedOrder; }
    // Whether a sort order is being worked out in the background.
    bool isSorting() const { return m_sortPending; }

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    // The model's titles, also while no row is shown.
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

private:
    bool accepts(int sourceRow) const;
    bool sortsByDays() const { return sortsByDays(m_sortColumn); }
    static bool sortsByDays(int column);
    int daysKey(int sourceRow) const;
    QString textKey(int sourceRow, int column) const;
    QList<QString> textKeys(int column) const;
    QList<int> daysKeys() const;
    bool before(int left, int right) const;
    void rebuildSortKeys();
    void rebuildOrder();
    void sortNow();
    void sortInBackground();
    void settlePendingSort();
    void cancelPendingSort();
    QList<bool> shownMask() const;
    QList<int> shownOf(const QList<int> &order, const QList<bool> &shown) const;
    void showInstead(QList<int> shown, QAbstractItemModel::LayoutChangeHint hint);
    void refilter(bool narrower);

    void sourceReset();
    void sourceRowsInserted(const QModelIndex &parent, int first, int last);
    void sourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void sourceRowsRemoved(const QModelIndex &parent, int first, int last);
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);

    ProductInstanceModel *m_instances = nullptr;
    QString m_text;
    QStringList m_terms;
    std::optional<int> m_withinDays;
    // The order m_order, m_textKeys and before() follow; m_wanted… may be on its way.
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_wantedColumn = -1;
    Qt::SortOrder m_wantedOrder = Qt::AscendingOrder;
    bool m_sortPending = false;
    int m_sortGeneration = 0;     // a background sort whose generation is no longer this is dropped
    QStringList m_textKeys;       // per source row when sorting by a text column: its text in lower case
    QList<int> m_order;           // every source row, sorted
    QList<int> m_shown;           // the rows that pass the filter, in m_order's order
    mutable QList<int> m_shownAt; // source row → row shown, or -1; rebuilt when asked after a change
    mutable bool m_shownAtStale = true;
    QList<QMetaObject::Connection> m_connections;
};
