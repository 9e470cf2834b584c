#include "ReceiptHistoryModel.h"

#include "order/ReceiptFormatter.h"
#include "order/ReceiptStore.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QTimer>

namespace {

QString localDateTime(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

ReceiptHistoryModel::ReceiptHistoryModel(ReceiptStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_warmer(new QTimer(this))
{
    m_warmer->setInterval(0);
    connect(m_warmer, &QTimer::timeout, this, &ReceiptHistoryModel::warmSearchText);
    connect(m_store, &ReceiptStore::reloaded, this, &ReceiptHistoryModel::reload);
    connect(m_store, &ReceiptStore::receiptAdded, this, &ReceiptHistoryModel::onReceiptAdded);
    connect(m_store, &ReceiptStore::receiptReplaced, this, &ReceiptHistoryModel::onReceiptReplaced);
    reload();
}

int ReceiptHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int ReceiptHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Receipt &ReceiptHistoryModel::receiptAt(int row) const
{
    return m_store->receipts().at(storeIndex(row));
}

QString ReceiptHistoryModel::columnText(const Receipt &receipt, int column)
{
    switch (column) {
    case PlacedAtColumn:
        return localDateTime(receipt.placedAt);
    case ProductColumn:
        return ReceiptFormatter::productText(receipt);
    case RecipientColumn:
        return receipt.isForSubordinate() ? receipt.recipientName : tr("Myself");
    case ItemsColumn:
        return receipt.itemsSummary();
    case BillingContactColumn:
        return receipt.billingContactName;
    case OrderNoColumn:
        return receipt.portal.orderNo.isEmpty() ? receipt.portal.orderId : receipt.portal.orderNo;
    case OrderStatusColumn:
        //: order status column when the portal never said
        return receipt.portal.orderStatus.isEmpty() ? tr("unknown") : receipt.portal.orderStatus;
    case StatusCheckedColumn:
        return localDateTime(receipt.statusCheckedAt);
    case RequestIdColumn:
        return receipt.portal.requestId;
    default:
        return QString();
    }
}

QVariant ReceiptHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Receipt &receipt = receiptAt(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return columnText(receipt, column);
    case Qt::ToolTipRole:
        if (column == OrderStatusColumn)
            return ReceiptFormatter::statusMeaning(receipt.portal.orderStatus);
        if (column == RecipientColumn)
            return ReceiptFormatter::recipientText(receipt);
        if (column == StatusCheckedColumn && !receipt.statusCheckedAt.isValid())
            return tr("The status has not been checked with the portal since the order was placed.");
        return columnText(receipt, column);
    case SortRole:
        // Dates sort as numbers: the shown text ("2/3/25") would sort wrongly.
        if (column == PlacedAtColumn)
            return receipt.placedAt.toMSecsSinceEpoch();
        if (column == StatusCheckedColumn)
            return receipt.statusCheckedAt.isValid() ? receipt.statusCheckedAt.toMSecsSinceEpoch()
                                                     : qint64(0);
        return columnText(receipt, column);
    case SearchTextRole:
        return searchText(index.row());
    case StoreIndexRole:
        return storeIndex(index.row());
    default:
        return {};
    }
}

QVariant ReceiptHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PlacedAtColumn:
        //: column: when the order was placed
        return tr("Date");
    case ProductColumn:
        return tr("Product");
    case RecipientColumn:
        //: column: the customer the order was for
        return tr("For");
    case ItemsColumn:
        return tr("Items");
    case BillingContactColumn:
        return tr("Billing contact");
    case OrderNoColumn:
        return tr("Order number");
    case OrderStatusColumn:
        return tr("Status");
    case StatusCheckedColumn:
        //: column: when the status was last asked from the portal
        return tr("Last checked");
    case RequestIdColumn:
        return tr("Request ID");
    default:
        return {};
    }
}

QHash<int, QByteArray> ReceiptHistoryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sortValue");
    names.insert(SearchTextRole, "searchText");
    names.insert(StoreIndexRole, "storeIndex");
    return names;
}

QString ReceiptHistoryModel::searchText(int row) const
{
    return searchTextOf(storeIndex(row));
}

const QString &ReceiptHistoryModel::searchTextOf(int index) const
{
    QString &cached = m_searchText[index];
    if (cached.isEmpty()) {
        const Receipt &receipt = m_store->receipts().at(index);
        QStringList parts;
        for (int column = PlacedAtColumn + 1; column < ColumnCount; ++column)
            parts << columnText(receipt, column);
        // The date as shown and in ISO form (whatever the locale), converted once: each
        // conversion to local time asks the C library, which is not cheap.
        const QDateTime local = receipt.placedAt.toLocalTime();
        parts << QLocale().toString(local, QLocale::ShortFormat) << local.toString(Qt::ISODate);
        // What the user may paste from elsewhere: IDs, their PO number, the serial.
        parts << receipt.portal.orderId << receipt.portal.transactionNo << receipt.recipientPartnerId
              << receipt.poNumber << receipt.deviceSerialNumber;
        cached = parts.join(QLatin1Char('\n')).toLower();
    }
    return cached;
}

void ReceiptHistoryModel::warmSearchText()
{
    QElapsedTimer slice;
    slice.start();
    while (m_warmed < m_rowCount && slice.elapsed() < 8)
        searchTextOf(m_warmed++);
    if (m_warmed >= m_rowCount)
        m_warmer->stop();
}

void ReceiptHistoryModel::reload()
{
    beginResetModel();
    m_rowCount = int(m_store->receipts().size());
    m_searchText = QList<QString>(m_rowCount);
    endResetModel();
    m_warmed = 0;
    m_warmer->start();
}

void ReceiptHistoryModel::onReceiptAdded(int storeIndex)
{
    // The store only appends, and the newest receipt is row 0.
    if (storeIndex != m_rowCount || m_store->receipts().size() != m_rowCount + 1) {
        reload();
        return;
    }
    beginInsertRows(QModelIndex(), 0, 0);
    ++m_rowCount;
    m_searchText.append(QString());
    endInsertRows();
}

void ReceiptHistoryModel::onReceiptReplaced(int storeIndex)
{
    if (storeIndex < 0 || storeIndex >= m_rowCount)
        return;
    m_searchText[storeIndex].clear();
    const int row = rowOfStoreIndex(storeIndex);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}
