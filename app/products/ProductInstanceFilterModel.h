#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

#include <optional>

class ProductInstanceModel;

// What the overview shows of ProductInstanceModel: the rows whose product, serial or
// product number, customer, plan or comment contain every word typed, optionally only
// those that expire within N days (expired ones included: they need attention most),
// sorted by what a column means (expiry by days left, soonest first).
class ProductInstanceFilterModel : public QSortFilterProxyModel
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
    int sourceRow(int row) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();

    ProductInstanceModel *m_instances = nullptr;
    QString m_text;
    QStringList m_terms;
    std::optional<int> m_withinDays;
};
