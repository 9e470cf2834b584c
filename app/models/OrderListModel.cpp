#include "OrderListModel.h"

#include "api/PortalClient.h"

#include <QLocale>

OrderListModel::OrderListModel(PortalClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
    , m_load(new LoadState([this] { load(); }, [this] { return m_orders.isEmpty(); }, this))
{
    connect(m_load, &LoadState::stateChanged, this, &OrderListModel::stateChanged);
}

QString OrderListModel::detailsKey(const OrderListEntry &entry)
{
    return entry.id.isEmpty() ? entry.orderNo : entry.id;
}

void OrderListModel::reload()
{
    clear();
    load();
}

int OrderListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_orders.size());
}

int OrderListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OrderListEntry &order = m_orders.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case OrderNoColumn:
            return order.orderNo.isEmpty() ? order.id : order.orderNo;
        case CreateTimeColumn: {
            const QDateTime created = order.createdAt();
            if (!created.isValid())
                return QString();
            const QLocale locale;
            return role == Qt::ToolTipRole ? locale.toString(created.toLocalTime(), QLocale::LongFormat)
                                           : locale.toString(created.toLocalTime(), QLocale::ShortFormat);
        }
        case OrderStatusColumn:
            return order.orderStatus;
        case CurrencyColumn:
            return order.currencyCode;
        case InvoiceNoColumn:
            return order.invoiceNo;
        case CustomReferenceColumn:
            return order.customReferenceNo;
        default:
            return {};
        }
    case IdRole:
        return detailsKey(order);
    case SearchTextRole:
        return QStringList{order.orderNo, order.id, order.orderStatus, order.invoiceNo,
                           order.customReferenceNo}
            .join(QLatin1Char('\n'))
            .toLower();
    default:
        return {};
    }
}

QVariant OrderListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OrderNoColumn:
        return tr("Order number");
    case CreateTimeColumn:
        //: column: when the order was created, in local time
        return tr("Created");
    case OrderStatusColumn:
        return tr("Status");
    case CurrencyColumn:
        return tr("Currency");
    case InvoiceNoColumn:
        return tr("Invoice number");
    case CustomReferenceColumn:
        return tr("Custom reference");
    default:
        return {};
    }
}

bool OrderListModel::canFetchMore(const QModelIndex &parent) const
{
    // Not after a failure: scrolling must not hammer a failing portal; Retry asks again.
    // Not before the first load either: the window decides when to start (signed in).
    return !parent.isValid() && state() == State::Ready && m_hasMore;
}

void OrderListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        load();
}

void OrderListModel::load()
{
    const int pageNo = m_nextPage;
    m_load->run<OrderPage>(
        [this, pageNo](QObject *context, ApiCallback<OrderPage> done) {
        m_client->fetchOrderPage(pageNo, kPageSize, context, done);
        },
        // On failure the rows stay; load() asks for this page again.
        [this, pageNo](const OrderPage &page) { appendPage(pageNo, page); });
}

void OrderListModel::appendPage(int pageNo, const OrderPage &page)
{
    QList<OrderListEntry> fresh;
    for (const OrderListEntry &entry : page.results) {
        const QString key = detailsKey(entry);
        if (!m_keys.contains(key)) {
            m_keys.insert(key);
            fresh.append(entry);
        }
    }
    if (!fresh.isEmpty()) {
        const int first = int(m_orders.size());
        beginInsertRows(QModelIndex(), first, first + int(fresh.size()) - 1);
        m_orders.append(fresh);
        endInsertRows();
    }
    m_nextPage = pageNo + 1;
    m_total = page.total;
    m_hasMore = page.hasMore() && !page.results.isEmpty();
}

void OrderListModel::clear()
{
    beginResetModel();
    m_orders.clear();
    m_keys.clear();
    m_nextPage = 1;
    m_total = -1;
    m_hasMore = true;
    endResetModel();
    m_load->reset();
}
