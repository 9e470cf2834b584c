#pragma once

#include "RemoteListModel.h"
#include "SubordinateSearchIndex.h"
#include "api/Subordinate.h"

#include <QList>

// partner_list: the customers a partner can buy for. Built to hold 100,000 entries
// without freezing the window: the list is parsed, its search index built and the old
// list freed on worker threads; the GUI thread only swaps them in.
class SubordinateListModel : public RemoteListModel
{
    Q_OBJECT

public:
    explicit SubordinateListModel(PortalClient *client, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    const Subordinate &at(int row) const { return m_subordinates.at(row); }
    // What SearchTextRole answers, for every row at once (SubordinateFilterModel).
    const SubordinateSearchIndex &searchIndex() const { return m_index; }
    int rowOf(const EntityId &partnerId) const;

protected:
    void fetch() override;
    void clearRows() override;

private:
    void show(LoadState::Ticket ticket, const QList<Subordinate> &rows, const SubordinateSearchIndex &index);
    void replaceRows(QList<Subordinate> rows, SubordinateSearchIndex index);

    QList<Subordinate> m_subordinates;
    SubordinateSearchIndex m_index;
};
