#pragma once

#include "WizardContext.h"

#include <QObject>
#include <QPointer>

class OrderDetailsLoader;
class OrderListModel;
class OrdersWindow;
class ProductInstanceModel;
class ProductsWindow;
class QAction;
class QWidget;
class ReceiptHistoryWindow;
class ReceiptStatusRefresher;
class SessionController;

// What comes after a purchase: the receipt history, the portal's order list and the
// products the account has bought, as actions for the main window's menu and toolbar,
// and the windows they open (built on first use, raised when open). All need a
// signed-in account: the actions are disabled and the windows closed while nobody is
// signed in, and another account's sign-in starts their lists afresh.
class FollowUpActions : public QObject
{
    Q_OBJECT

public:
    // `window` parents the actions and the windows; context.client and context.receipts
    // must be set.
    FollowUpActions(const WizardContext &context, SessionController *session, QWidget *window);

    QAction *receiptsAction() const { return m_receiptsAction; }
    QAction *ordersAction() const { return m_ordersAction; }
    QAction *productsAction() const { return m_productsAction; }

    void showReceipts();
    void showOrders();
    void showProducts();
    // Null until first shown.
    ReceiptHistoryWindow *receiptsWindow() const;
    OrdersWindow *ordersWindow() const;
    ProductsWindow *productsWindow() const;

private:
    void setSignedIn(bool signedIn);

    WizardContext m_context;
    QWidget *m_window;
    ReceiptStatusRefresher *m_refresher;
    OrderListModel *m_orders;
    OrderDetailsLoader *m_orderDetails;
    ProductInstanceModel *m_products;
    QAction *m_receiptsAction;
    QAction *m_ordersAction;
    QAction *m_productsAction;
    QPointer<ReceiptHistoryWindow> m_receiptsWindow;
    QPointer<OrdersWindow> m_ordersWindow;
    QPointer<ProductsWindow> m_productsWindow;
};
