#include "SubordinateListModel.h"

#include "api/PortalClient.h"

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
        return subordinate.displayName() + QStringLiteral(", ") + subordinate.email;
    case Qt::ToolTipRole:
        //: tooltip of a customer: e-mail, location, partner ID
        return tr("%1\n%2\nPartner ID %3")
            .arg(subordinate.email,
                 QStringList{subordinate.city, subordinate.country}.join(QStringLiteral(", ")),
                 subordinate.partnerId.toString());
    case IdRole:
        return subordinate.partnerId.toString();
    case SearchTextRole:
        return m_searchTexts.at(index.row());
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
    m_subordinates.clear();
    m_searchTexts.clear();
}

void SubordinateListModel::fetch(quint64 generation)
{
    client()->fetchSubordinates(this, [this, generation](const ApiResult<QList<Subordinate>> &result) {
        if (!isCurrent(generation))
            return;
        if (!result.ok()) {
            failLoad(generation, result.error);
            return;
        }
        QStringList searchTexts;
        searchTexts.reserve(result.value->size());
        for (const Subordinate &subordinate : *result.value) {
            searchTexts << QStringList{subordinate.company, subordinate.contactName(), subordinate.email}
                               .join(QLatin1Char('\n'))
                               .toLower();
        }
        beginResetModel();
        m_subordinates = *result.value;
        m_searchTexts = std::move(searchTexts);
        endResetModel();
        finishLoad(generation);
    });
}
