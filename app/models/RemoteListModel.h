#pragma once

#include "api/ApiError.h"

#include <QAbstractListModel>

class PortalClient;

// A list the wizard shows that comes from the portal. It knows whether it is loading,
// ready or failed (and why), so a page can show a busy state, an error with Retry, or
// "empty" — and it drops the answer of a load that a newer load replaced.
class RemoteListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum class State { Idle, Loading, Ready, Failed };
    Q_ENUM(State)

    enum Roles {
        IdRole = Qt::UserRole + 1, // the entry's ID as a string of digits
        SearchTextRole,            // lower-case text that filtering matches against
    };

    State state() const { return m_state; }
    const ApiError &error() const { return m_error; }
    bool isLoading() const { return m_state == State::Loading; }

    // Starts a load, replacing any load in flight; the rows stay until the answer.
    void load();
    // Forgets the rows and any load in flight (sign-out).
    void clear();

    QHash<int, QByteArray> roleNames() const override;

signals:
    void stateChanged(RemoteListModel::State state);

protected:
    explicit RemoteListModel(PortalClient *client, QObject *parent = nullptr);

    // Ask the portal; answer with finishLoad()/failLoad() passing `generation` back.
    virtual void fetch(quint64 generation) = 0;
    virtual void clearRows() = 0;

    PortalClient *client() const { return m_client; }
    // Views ask with invalid indexes (a combo box with no current item): those have no
    // data, and asking is not an error worth a checkIndex() warning.
    bool isRowIndex(const QModelIndex &index) const
    {
        return index.isValid() && !index.parent().isValid() && index.row() < rowCount();
    }
    // True when `generation` is the newest load (and so its answer should be shown).
    bool isCurrent(quint64 generation) const { return generation == m_generation; }
    void finishLoad(quint64 generation);
    void failLoad(quint64 generation, const ApiError &error);

private:
    void setState(State state);

    PortalClient *m_client;
    State m_state = State::Idle;
    ApiError m_error;
    quint64 m_generation = 0;
};
