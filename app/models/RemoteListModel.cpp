#include "RemoteListModel.h"

RemoteListModel::RemoteListModel(PortalClient *client, QObject *parent)
    : QAbstractListModel(parent)
    , m_client(client)
{
}

QHash<int, QByteArray> RemoteListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(SearchTextRole, "searchText");
    return names;
}

void RemoteListModel::load()
{
    const quint64 generation = ++m_generation;
    m_error = ApiError();
    setState(State::Loading);
    fetch(generation);
}

void RemoteListModel::clear()
{
    ++m_generation;
    beginResetModel();
    clearRows();
    endResetModel();
    m_error = ApiError();
    setState(State::Idle);
}

void RemoteListModel::finishLoad(quint64 generation)
{
    if (!isCurrent(generation))
        return;
    setState(State::Ready);
}

void RemoteListModel::failLoad(quint64 generation, const ApiError &error)
{
    if (!isCurrent(generation))
        return;
    m_error = error;
    setState(State::Failed);
}

void RemoteListModel::setState(State state)
{
    // Loading → Loading (a retry) is still announced so a page can reset its message.
    m_state = state;
    emit stateChanged(state);
}
