#include "SubordinateListModel.h"

#include "api/PortalClient.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace {
// Up to this many rows, work is done in place: a worker thread would cost more.
constexpr qsizetype kInlineRows = 2000;
} // namespace

SubordinateListModel::SubordinateListModel(PortalClient *client, QObject *parent)
    : RemoteListModel(client, parent)
{
}

int SubordinateListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_subordinates.size());
}

QVariant SubordinateListModel::data(const QModelIndex &index, int role) const
{
    if (!isRowIndex(index))
        return {};
    const Subordinate &subordinate = m_subordinates.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return subordinate.displayName();
    case Qt::AccessibleTextRole:
        return QString(subordinate.displayName() + QStringLiteral(", ") + subordinate.email);
    case Qt::ToolTipRole:
        //: tooltip of a customer: e-mail, location, partner ID
        return tr("%1\n%2\nPartner ID %3")
            .arg(subordinate.email,
                 QStringList{subordinate.city, subordinate.country}.join(QStringLiteral(", ")),
                 subordinate.partnerId.toString());
    case IdRole:
        return subordinate.partnerId.toString();
    case SearchTextRole:
        return m_index.text(index.row()).toString();
    default:
        return {};
    }
}

int SubordinateListModel::rowOf(const EntityId &partnerId) const
{
    for (int row = 0; row < m_subordinates.size(); ++row) {
        if (m_subordinates.at(row).partnerId == partnerId)
            return row;
    }
    return -1;
}

void SubordinateListModel::clearRows()
{
    replaceRows({}, {});
}

void SubordinateListModel::replaceRows(QList<Subordinate> rows, SubordinateSearchIndex index)
{
    m_index = std::move(index);
    // Freeing 100,000 entries (800,000 strings) takes tens of milliseconds: a worker
    // thread does it, unless someone else still shares the old list.
    QList<Subordinate> old = std::exchange(m_subordinates, std::move(rows));
    if (old.size() > kInlineRows && old.isDetached())
        QThreadPool::globalInstance()->start([old = std::move(old)]() mutable { old.clear(); });
}

void SubordinateListModel::show(LoadState::Ticket ticket, const QList<Subordinate> &rows,
                                const SubordinateSearchIndex &index)
{
    if (!loadState()->isCurrent(ticket))
        return;
    beginResetModel();
    replaceRows(rows, index);
    endResetModel();
    loadState()->finish(ticket);
}

void SubordinateListModel::fetch()
{
    LoadState *load = loadState();
    const LoadState::Ticket ticket = load->begin();
    client()->fetchSubordinates(load, [this, load, ticket](const ApiResult<QList<Subordinate>> &result) {
        if (!load->isCurrent(ticket))
            return;
        if (!result.ok()) {
            load->fail(ticket, result.error);
            return;
        }
        const QList<Subordinate> rows = *result.value;
        if (rows.size() <= kInlineRows) {
            show(ticket, rows, SubordinateSearchIndex(rows));
            return;
        }
        // A long list's search index is built on a worker thread, like its parse.
        auto *watcher = new QFutureWatcher<SubordinateSearchIndex>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, ticket, rows] {
            watcher->deleteLater();
            show(ticket, rows, watcher->result());
        });
        watcher->setFuture(QtConcurrent::run([rows] { return SubordinateSearchIndex(rows); }));
    });
}
