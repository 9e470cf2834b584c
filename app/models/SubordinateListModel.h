#pragma once

#include "RemoteListModel.h"
#include "api/Subordinate.h"

#include <QList>
#include <QStringList>

// partner_list: the customers a partner can buy for. Built to hold 100,000 entries: the
// search text of each row is computed once, when the list arrives.
class SubordinateListModel : public RemoteListModel
{
    Q_OBJECT

public:
    explicit SubordinateListModel(PortalClient *client, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    const Subordinate &at(int row) const { return m_subordinates.at(row); }
    int rowOf(const EntityId &partnerId) const;

protected:
    void fetch(quint64 generation) override;
    void clearRows() override;

private:
    QList<Subordinate> m_subordinates;
    QStringList m_searchTexts;
};
