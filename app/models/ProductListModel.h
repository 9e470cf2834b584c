#pragma once

#include "RemoteListModel.h"
#include "api/Product.h"

#include <QList>

// product_list: what the partner may buy.
class ProductListModel : public RemoteListModel
{
    Q_OBJECT

public:
    explicit ProductListModel(PortalClient *client, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    const Product &at(int row) const { return m_products.at(row); }
    int rowOf(qint64 productId) const;

protected:
    void fetch() override;
    void clearRows() override { m_products.clear(); }

private:
    QList<Product> m_products;
};
