#include "SubordinateListModel.h"

#include "SubordinateTableDiff.h"
#include "api/PortalClient.h"
#include "api/WorkerPool.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace {
// Up to this many rows, a reload is compared in place: a worker thread would cost more.
constexpr int kInlineRows = 2000;
} // namespace

SubordinateListModel::SubordinateListModel(PortalClient *client, QObject *parent)
    : RemoteListModel(client, parent)
{
}

int SubordinateListModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_updating ? int(m_rows.size()) : m_table.size();
}

std::pair<const SubordinateTable *, int> SubordinateListModel::locate(int row) const
{
    if (!m_updating)
        return {&m_table, row};
    const int at = m_rows.at(row);
    return at >= 0 ? std::pair{&m_table, at} : std::pair{&m_fresh, -1 - at};
}

Subordinate SubordinateListModel::at(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    const auto [table, tableRow] = locate(row);
    return table->at(tableRow);
}

int SubordinateListModel::rowOf(const EntityId &partnerId) const
{
    if (!m_updating)
        return m_table.rowOf(partnerId);
    const QByteArray digits = partnerId.toString().toLatin1();
    for (int row = 0; row < rowCount(); ++row) {
        const auto [table, tableRow] = locate(row);
        if (partnerId.isValid() && table->utf8(tableRow, SubordinateTable::PartnerId) == digits)
            return row;
    }
    return -1;
}

QVariant SubordinateListModel::data(const QModelIndex &index, int role) const
{
    if (!isRowIndex(index))
        return {};
    const auto [table, row] = locate(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return table->displayName(row);
    case Qt::AccessibleTextRole: {
        const Subordinate subordinate = table->at(row);
        return QString(subordinate.displayName() + QStringLiteral(", ") + subordinate.email);
    }
    case Qt::ToolTipRole: {
        const Subordinate subordinate = table->at(row);
        //: tooltip of a customer: e-mail, location, partner ID
        return tr("%1\n%2\nPartner ID %3")
            .arg(subordinate.email,
                 QStringList{subordinate.city, subordinate.country}.join(QStringLiteral(", ")),
                 subordinate.partnerId.toString());
    }
    case IdRole:
        return table->text(row, SubordinateTable::PartnerId);
    case SearchTextRole:
        return table->searchIndex().text(row);
    default:
        return {};
    }
}

void SubordinateListModel::clearRows()
{
    m_table = SubordinateTable();
}

void SubordinateListModel::reset(const SubordinateTable &fresh)
{
    beginResetModel();
    m_table = fresh;
    endResetModel();
}

void SubordinateListModel::update(const SubordinateTable &fresh, const SubordinateTableDiff &diff)
{
    // From the last hunk to the first, so that each hunk's old row numbers still hold.
    m_fresh = fresh;
    m_rows.resize(m_table.size());
    for (int row = 0; row < m_table.size(); ++row)
        m_rows[row] = row;
    m_updating = true;
    for (auto hunk = diff.hunks.crbegin(); hunk != diff.hunks.crend(); ++hunk) {
        if (hunk->removed > 0) {
            beginRemoveRows({}, hunk->oldRow, hunk->oldRow + hunk->removed - 1);
            m_rows.remove(hunk->oldRow, hunk->removed);
            endRemoveRows();
        }
        if (hunk->inserted > 0) {
            beginInsertRows({}, hunk->oldRow, hunk->oldRow + hunk->inserted - 1);
            m_rows.insert(hunk->oldRow, hunk->inserted, 0);
            for (int i = 0; i < hunk->inserted; ++i)
                m_rows[hunk->oldRow + i] = -1 - (hunk->freshRow + i);
            endInsertRows();
        }
    }
    // The rows are now those of `fresh`, in its order: from here on they are read there.
    m_updating = false;
    m_table = std::exchange(m_fresh, SubordinateTable());
    m_rows = QList<int>();
    // Changed rows, in runs of consecutive rows.
    for (qsizetype i = 0; i < diff.changedRows.size();) {
        qsizetype end = i + 1;
        while (end < diff.changedRows.size() && diff.changedRows.at(end) == diff.changedRows.at(end - 1) + 1)
            ++end;
        emit dataChanged(index(diff.changedRows.at(i)), index(diff.changedRows.at(end - 1)));
        i = end;
    }
}

void SubordinateListModel::fetch()
{
    LoadState *load = loadState();
    const LoadState::Ticket ticket = load->begin();
    client()->fetchSubordinates(load, [this, load, ticket](const ApiResult<SubordinateTable> &result) {
        if (!load->isCurrent(ticket))
            return;
        if (!result.ok()) {
            load->fail(ticket, result.error);
            return;
        }
        const SubordinateTable fresh = *result.value;
        const SubordinateTable shown = m_table;
        auto apply = [this, load, ticket, fresh, shown](const SubordinateTableDiff &diff) {
            if (!load->isCurrent(ticket))
                return;
            // `shown` is still what is shown: a clear() or another load would have ended this one.
            if (diff.tooLarge)
                reset(fresh);
            else
                update(fresh, diff);
            emit rowsUpdated();
            load->finish(ticket);
        };
        if (m_table.isEmpty() || fresh.isEmpty()) {
            apply(SubordinateTableDiff{{}, {}, true});
            return;
        }
        if (std::max(m_table.size(), fresh.size()) <= kInlineRows) {
            apply(SubordinateTableDiff::between(shown, fresh, kMaxRowEdits));
            return;
        }
        auto *watcher = new QFutureWatcher<SubordinateTableDiff>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [watcher, apply] {
            watcher->deleteLater();
            apply(watcher->result());
        });
        watcher->setFuture(QtConcurrent::run(
            WorkerPool::instance(), [shown, fresh] { return SubordinateTableDiff::between(shown, fresh, kMaxRowEdits); }));
    });
}
