#pragma once

#include "RemoteListModel.h"
#include "api/Offering.h"

// purchase_product_info for one product: its plans, then its services, one row each.
class OfferingModel : public RemoteListModel
{
    Q_OBJECT

public:
    enum OfferingRoles {
        IsPlanRole = SearchTextRole + 1,
    };

    explicit OfferingModel(PortalClient *client, QObject *parent = nullptr);

    // The product to load for; a change clears the rows (call load() next).
    void setProduct(qint64 productId, const QString &productNo);
    qint64 productId() const { return m_productId; }
    QString productNo() const { return m_productNo; }

    const Offering &offering() const { return m_offering; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    void fetch(quint64 generation) override;
    void clearRows() override { m_offering = Offering(); }

private:
    const OfferingItem &itemAt(int row) const;

    qint64 m_productId = 0;
    QString m_productNo;
    Offering m_offering;
};
