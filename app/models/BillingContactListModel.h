#pragma once

#include "RemoteListModel.h"
#include "api/BillingContact.h"

#include <QList>

// billing_contact_list: who receives the invoice.
class BillingContactListModel : public RemoteListModel
{
    Q_OBJECT

public:
    explicit BillingContactListModel(PortalClient *client, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    const BillingContact &at(int row) const { return m_contacts.at(row); }
    int rowOf(const EntityId &billingContactId) const;

protected:
    void fetch() override;
    void clearRows() override { m_contacts.clear(); }

private:
    QList<BillingContact> m_contacts;
};
