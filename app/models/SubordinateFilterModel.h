#pragma once

#include <QAbstractProxyModel>
#include <QList>
#include <QString>

class SubordinateListModel;

// The customers whose search text contains what was typed, for the customer combo box's
// completer. QCompleter's own "contains" filter asks every row for its data through a
// QVariant on each keystroke, too slow for 100,000 customers; this one scans the model's
// SubordinateSearchIndex and, when the new text contains the previous one, only looks
// again at the rows that matched before. A reload that removes, inserts or changes a few
// rows is passed on as just that.
class SubordinateFilterModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit SubordinateFilterModel(SubordinateListModel *source, QObject *parent = nullptr);

    // Case-insensitive; surrounding spaces ignored; empty = every row.
    void setFilterText(const QString &text);

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

private:
    void setSourceModel(QAbstractItemModel *) override { } // fixed at construction
    void refilter(const QList<int> *candidates);
    bool sourceRowMatches(int sourceRow) const;
    void sourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void sourceRowsRemoved(const QModelIndex &parent, int first, int last);
    void sourceRowsInserted(const QModelIndex &parent, int first, int last);
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);

    SubordinateListModel *m_source;
    QString m_needle;  // lower-case
    QList<int> m_rows; // matching source rows, in source order
    bool m_all = true; // no filter: every source row, m_rows unused
};
