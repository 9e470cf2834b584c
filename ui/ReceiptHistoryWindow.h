#pragma once

#include "order/Receipt.h"

#include <QList>
#include <QWidget>

class MessageLabel;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class ReceiptDetailPane;
class ReceiptHistoryModel;
class ReceiptSearchProxyModel;
class ReceiptStatusRefresher;
class ReceiptStore;

// File > Receipts…: every order placed from this app under the signed-in account, newest
// first, searchable across all columns, sortable; the selected one in full beside the
// list; the rows in view exported as CSV for the books.
class ReceiptHistoryWindow : public QWidget
{
    Q_OBJECT

public:
    ReceiptHistoryWindow(ReceiptStore *store, ReceiptStatusRefresher *refresher, QWidget *parent = nullptr);

    ReceiptHistoryModel *model() const { return m_model; }
    ReceiptSearchProxyModel *proxy() const { return m_proxy; }

    // The receipts in view, in the order shown (what "Export CSV…" writes).
    QList<Receipt> visibleReceipts() const;
    // Opens a save dialog (not a nested event loop) and exports on acceptance.
    void chooseFileAndExport();
    // Returns an empty string or why it failed; also shown in the window.
    QString exportVisibleRows(const QString &path);

private:
    void setColumnWidths();
    void showCurrent();
    void updateCounts();
    void updateDamageNotice();

    ReceiptStore *m_store;
    ReceiptHistoryModel *m_model;
    ReceiptSearchProxyModel *m_proxy;
    QLineEdit *m_search;
    QLabel *m_count;
    QLabel *m_damage;
    QLabel *m_empty;
    QTableView *m_table;
    ReceiptDetailPane *m_detail;
    QPushButton *m_export;
    MessageLabel *m_exportFeedback;
};
