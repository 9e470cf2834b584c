#include "ProductListModel.h"

#include "api/PortalClient.h"

ProductListModel::ProductListModel(PortalClient *client, QObject *parent)
    : RemoteListModel(client, parent)
{
}

int ProductListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_products.size());
}

QVariant ProductListModel::data(const QModelIndex &index, int role) const
{
    if (!isRowIndex(index))
        return {};
    const Product &product = m_products.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return product.name;
    case Qt::ToolTipRole:
        return tr("Product ID %1").arg(product.productId);
    case IdRole:
        return QString::number(product.productId);
    case SearchTextRole:
        return product.name.toLower();
    default:
        return {};
    }
}

int ProductListModel::rowOf(qint64 productId) const
{
    for (int row = 0; row < m_products.size(); ++row) {
        if (m_products.at(row).productId == productId)
            return row;
    }
    return -1;
}

void ProductListModel::fetch()
{
    fetchRows([this](QObject *context, ApiCallback<QList<Product>> done) { client()->fetchProducts(context, done); },
              m_products);
}
