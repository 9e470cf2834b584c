#pragma once

#include "LoadState.h"
#include "api/OrderPage.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

class PortalClient;

// The portal's own order list (order/v1/page), newest first, one page at a time as the
// view scrolls (canFetchMore/fetchMore).
//
// load() asks for the next page (the first one when nothing is loaded). A page that
// fails leaves the rows already loaded alone and the model Failed: load() — the Retry of
// LoadStatusPanel — asks for the same page again. reload() starts over from page 1.
class OrderListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using State = LoadState::State;

    enum Roles {
        IdRole = Qt::UserRole + 1, // what order/v1/get takes: the ID, else the order number
        SearchTextRole,            // lower-case text of the row
    };

    enum Column {
        OrderNoColumn,
        CreateTimeColumn,
        OrderStatusColumn,
        CurrencyColumn,
        InvoiceNoColumn,
        CustomReferenceColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit OrderListModel(PortalClient *client, QObject *parent = nullptr);

    LoadState *loadState() const { return m_load; }
    State state() const { return m_load->state(); }
    const ApiError &error() const { return m_load->error(); }

    // Asks for the next page (the first one when nothing is loaded).
    void load();
    // Forgets every row and any page in flight (sign-out).
    void clear();
    // Forgets every row and asks for page 1.
    void reload();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    const OrderListEntry &at(int row) const { return m_orders.at(row); }
    // True until the last page has arrived.
    bool hasMorePages() const { return m_hasMore; }
    // The total the portal reported with the last page (-1 before the first page).
    int totalReported() const { return m_total; }
    int pagesLoaded() const { return m_nextPage - 1; }
    // order/v1/get takes either; the ID is the exact one.
    static QString detailsKey(const OrderListEntry &entry);

signals:
    void stateChanged(LoadState::State state);

private:
    void appendPage(int pageNo, const OrderPage &page);

    PortalClient *m_client;
    LoadState *m_load;
    QList<OrderListEntry> m_orders;
    QSet<QString> m_keys; // pages shift when orders are placed meanwhile: no row twice
    static constexpr int kPageSize = 50;
    int m_nextPage = 1;
    int m_total = -1;
    bool m_hasMore = true;
};
