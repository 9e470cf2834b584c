#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>

class QTimer;

class ReceiptStore;
struct Receipt;

// The receipts of the open account as a table, newest first. It reads the store in
// place (no copy of 10,000 receipts) and follows its signals: an added receipt is one
// inserted row, a refreshed status one changed row, a reopened store a reset.
class ReceiptHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        PlacedAtColumn,
        ProductColumn,
        RecipientColumn,
        ItemsColumn,
        BillingContactColumn,
        OrderNoColumn,
        OrderStatusColumn,
        StatusCheckedColumn,
        RequestIdColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Roles {
        SortRole = Qt::UserRole + 1, // dates as epoch ms, text as shown
        SearchTextRole,              // lower-case text of every column of the row (plus IDs)
        StoreIndexRole,              // the receipt's index in ReceiptStore::receipts()
    };

    explicit ReceiptHistoryModel(ReceiptStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    ReceiptStore *store() const { return m_store; }
    // The receipt shown in `row` (a row of this model, not of a proxy).
    const Receipt &receiptAt(int row) const;
    int storeIndex(int row) const { return m_rowCount - 1 - row; }
    int rowOfStoreIndex(int storeIndex) const { return m_rowCount - 1 - storeIndex; }

    // True once every row's search text is built (see m_warmer).
    bool isSearchReady() const { return m_warmed >= m_rowCount; }

    // The text a column shows for a receipt; the CSV export and the view agree through it.
    static QString columnText(const Receipt &receipt, int column);

private:
    void reload();
    void onReceiptAdded(int storeIndex);
    void onReceiptReplaced(int storeIndex);
    QString searchText(int row) const;
    const QString &searchTextOf(int storeIndex) const;
    void warmSearchText();

    ReceiptStore *m_store;
    int m_rowCount = 0;
    // Per receipt (by store index); empty means "not built yet". Building them all for a
    // long history would stall the window (local-time conversions mostly), so it is done
    // in slices while the event loop is idle, not on the first key the user types.
    mutable QList<QString> m_searchText;
    QTimer *m_warmer;
    int m_warmed = 0;
};
