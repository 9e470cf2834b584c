#include "RemoteListModel.h"

RemoteListModel::RemoteListModel(PortalClient *client, QObject *parent)
    : QAbstractListModel(parent)
    , m_client(client)
    , m_load(new LoadState([this] { load(); }, [this] { return rowCount() == 0; }, this))
{
    connect(m_load, &LoadState::stateChanged, this, &RemoteListModel::stateChanged);
}

QHash<int, QByteArray> RemoteListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(SearchTextRole, "searchText");
    return names;
}

void RemoteListModel::clear()
{
    beginResetModel();
    clearRows();
    endResetModel();
    m_load->reset();
}
