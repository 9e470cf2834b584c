#pragma once

#include <QWidget>

class LoadStatusPanel;
class OrderDetailsView;
class OrderDetailsLoader;
class OrderListModel;
class QLabel;
class QPushButton;
class QTableView;

// File > Portal orders…: the portal's own order list, fetched page by page as the user
// scrolls, and the selected order in full. Errors show inline with Retry; a failed page
// keeps what was loaded.
class OrdersWindow : public QWidget
{
    Q_OBJECT

public:
    OrdersWindow(OrderListModel *model, OrderDetailsLoader *details, QWidget *parent = nullptr);

    OrderListModel *model() const { return m_model; }
    OrderDetailsView *detailsView() const { return m_details; }
    QTableView *tableView() const { return m_table; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showCurrent();
    void updateCount();

    OrderListModel *m_model;
    OrderDetailsLoader *m_detailsLoader;
    QTableView *m_table;
    LoadStatusPanel *m_status;
    QLabel *m_count;
    QPushButton *m_reload;
    OrderDetailsView *m_details;
};
