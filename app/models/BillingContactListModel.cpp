#include "BillingContactListModel.h"

#include "api/PortalClient.h"

BillingContactListModel::BillingContactListModel(PortalClient *client, QObject *parent)
    : RemoteListModel(client, parent)
{
}

int BillingContactListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_contacts.size());
}

QVariant BillingContactListModel::data(const QModelIndex &index, int role) const
{
    if (!isRowIndex(index))
        return {};
    const BillingContact &contact = m_contacts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return contact.displayName();
    case Qt::ToolTipRole:
        //: tooltip of a billing contact: country, remark, ID
        return tr("%1\n%2\nBilling contact ID %3").arg(contact.country, contact.remark, contact.billingContactId.toString());
    case IdRole:
        return contact.billingContactId.toString();
    case SearchTextRole:
        return contact.displayName().toLower();
    default:
        return {};
    }
}

int BillingContactListModel::rowOf(const EntityId &billingContactId) const
{
    for (int row = 0; row < m_contacts.size(); ++row) {
        if (m_contacts.at(row).billingContactId == billingContactId)
            return row;
    }
    return -1;
}

void BillingContactListModel::fetch()
{
    fetchRows([this](QObject *context, ApiCallback<QList<BillingContact>> done) {
        client()->fetchBillingContacts(context, done);
    },
              m_contacts);
}
