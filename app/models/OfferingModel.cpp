#include "OfferingModel.h"

#include "api/PortalClient.h"

OfferingModel::OfferingModel(PortalClient *client, QObject *parent)
    : RemoteListModel(client, parent)
{
}

void OfferingModel::setProduct(qint64 productId, const QString &productNo)
{
    if (productId == m_productId && productNo == m_productNo)
        return;
    clear();
    m_productId = productId;
    m_productNo = productNo;
}

int OfferingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_offering.plans.size() + m_offering.services.size());
}

const OfferingItem &OfferingModel::itemAt(int row) const
{
    return row < m_offering.plans.size() ? m_offering.plans.at(row)
                                         : m_offering.services.at(row - m_offering.plans.size());
}

QVariant OfferingModel::data(const QModelIndex &index, int role) const
{
    if (!isRowIndex(index))
        return {};
    const OfferingItem &item = itemAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return item.name;
    case IdRole:
        return item.id.toString();
    case SearchTextRole:
        return item.name.toLower();
    case IsPlanRole:
        return item.isPlan();
    default:
        return {};
    }
}

QHash<int, QByteArray> OfferingModel::roleNames() const
{
    QHash<int, QByteArray> names = RemoteListModel::roleNames();
    names.insert(IsPlanRole, "isPlan");
    return names;
}

void OfferingModel::fetch(quint64 generation)
{
    client()->fetchOffering(m_productId, m_productNo, this,
                            [this, generation](const ApiResult<Offering> &result) {
        if (!isCurrent(generation))
            return;
        if (!result.ok()) {
            failLoad(generation, result.error);
            return;
        }
        beginResetModel();
        m_offering = *result.value;
        endResetModel();
        finishLoad(generation);
    });
}
