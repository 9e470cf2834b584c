#pragma once

#include <QAbstractProxyModel>

class SubordinateFilterModel;
class SubordinateListModel;

// The customers matching a typed text, a page at a time, for the customer completer's
// pop-up: a list view lays out every row it is given, and the first letter typed matches
// most of 100,000 customers. A new text shows its first page; showMore() adds the next,
// showAll() every match; matchCount() counts them all.
//
// Its source model is the customer list itself (the matching is a SubordinateFilterModel's,
// inside), so that QComboBox maps a chosen match straight to the customer's row rather
// than looking for its display name, which two customers may share.
class SubordinatePagedMatches : public QAbstractProxyModel
{
    Q_OBJECT

public:
    static constexpr int kPageRows = 200;

    explicit SubordinatePagedMatches(SubordinateListModel *customers, QObject *parent = nullptr);

    // Case-insensitive, anywhere in company, contact and e-mail; shows the first page
    // when the text changed.
    void setFilterText(const QString &text);
    int matchCount() const;
    bool hasMore() const { return rowCount() < matchCount(); }
    void showMore();
    void showAll();

    // Never: QCompleter's model resets itself on every row inserted and then asks for
    // more, which would fetch every page in one go. The completer calls showMore().
    bool canFetchMore(const QModelIndex &) const override { return false; }

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

private:
    void setSourceModel(QAbstractItemModel *) override { } // fixed at construction
    void showUpTo(int rows);
    void matchesChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);

    SubordinateFilterModel *m_filter;
    int m_shownLimit = kPageRows;
    bool m_newText = false; // while the filter resets for a new text
};
