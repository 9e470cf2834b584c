#pragma once

#include "RemoteListModel.h"
#include "api/SubordinateTable.h"

#include <QList>

struct SubordinateTableDiff;

// partner_list: the customers a partner can buy for. Built to hold 100,000 entries
// without freezing the window: the list is parsed into a compact SubordinateTable, with
// its search index, on a worker thread. A reload is compared with the list shown, also on
// a worker thread, and the GUI thread only applies the difference as rows removed,
// inserted and changed, so that views keep their layout, selection and typed filter.
class SubordinateListModel : public RemoteListModel
{
    Q_OBJECT

public:
    explicit SubordinateListModel(PortalClient *client, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    Subordinate at(int row) const;
    // What SearchTextRole answers, for every row at once (SubordinateFilterModel). Only
    // while no update is being applied (then ask data() for SearchTextRole).
    const SubordinateSearchIndex &searchIndex() const { return m_table.searchIndex(); }
    bool isUpdating() const { return m_updating; }
    int rowOf(const EntityId &partnerId) const;

    // A reload with more rows removed or inserted than this resets the model instead.
    static constexpr int kMaxRowEdits = 500;

signals:
    // A reload's rows are all in (after a reset or after row operations).
    void rowsUpdated();

protected:
    void fetch() override;
    void clearRows() override;

private:
    void reset(const SubordinateTable &fresh);
    void update(const SubordinateTable &fresh, const SubordinateTableDiff &diff);
    // Where a row's data is while an update is applied: in m_table (≥ 0) or m_fresh (< 0).
    std::pair<const SubordinateTable *, int> locate(int row) const;

    SubordinateTable m_table;
    // While update() runs: the rows as the views know them, as rows of m_table (n) or
    // of m_fresh (-1 - n).
    bool m_updating = false;
    SubordinateTable m_fresh;
    QList<int> m_rows;
};
