#pragma once

#include "LoadState.h"

#include <QAbstractListModel>

class PortalClient;

// A list the wizard shows that comes from the portal. Its LoadState says whether it is
// loading, ready or failed (and why), so a page can show a busy state, an error with
// Retry, or "empty"; the answer of a load that a newer load replaced is dropped.
class RemoteListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    using State = LoadState::State;

    enum Roles {
        IdRole = Qt::UserRole + 1, // the entry's ID as a string of digits
        SearchTextRole,            // lower-case text that filtering matches against
    };

    LoadState *loadState() const { return m_load; }
    State state() const { return m_load->state(); }
    const ApiError &error() const { return m_load->error(); }
    bool isLoading() const { return m_load->isLoading(); }

    // Starts a load, replacing any load in flight; the rows stay until the answer.
    void load() { fetch(); }
    // Forgets the rows and any load in flight (sign-out).
    void clear();

    QHash<int, QByteArray> roleNames() const override;

signals:
    void stateChanged(LoadState::State state);

protected:
    explicit RemoteListModel(PortalClient *client, QObject *parent = nullptr);

    // Asks the portal, through loadState()->run() (or begin() … finish()).
    virtual void fetch() = 0;
    virtual void clearRows() = 0;

    PortalClient *client() const { return m_client; }
    // Views ask with invalid indexes (a combo box with no current item): those have no
    // data, and asking is not an error worth a checkIndex() warning.
    bool isRowIndex(const QModelIndex &index) const
    {
        return index.isValid() && !index.parent().isValid() && index.row() < rowCount();
    }

    // The common fetch: `request(context, callback)` asks the portal; the current answer
    // replaces `rows` in one model reset.
    template <typename Rows, typename Request>
    void fetchRows(Request &&request, Rows &rows)
    {
        m_load->run<Rows>(std::forward<Request>(request), [this, &rows](const Rows &fresh) {
            beginResetModel();
            rows = fresh;
            endResetModel();
        });
    }

private:
    PortalClient *m_client;
    LoadState *m_load;
};
