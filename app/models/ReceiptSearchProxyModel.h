#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

// Sorts the receipt history by what a column means (dates as dates) and keeps the rows
// whose text, across every column, contains each word typed in the search box.
class ReceiptSearchProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ReceiptSearchProxyModel(QObject *parent = nullptr);

    // "acme pending" keeps the rows that contain both words, in any column, any case.
    void setSearchText(const QString &text);
    QString searchText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QStringList m_terms;
};
