#pragma once

#include "api/ProductInstance.h"
#include "order/CurrentSubscription.h"
#include "order/OrderOperation.h"

#include <QObject>
#include <QPointer>

class InstanceDetailsLoader;
class OrderDetailsLoader;
class OrderListModel;
class OrdersWindow;
class ProductInstanceModel;
class ProductsWindow;
class QAction;
class QWidget;
class ReceiptHistoryWindow;
class ReceiptStatusRefresher;
class ReceiptStore;
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
    // `window` parents the actions and the windows; the objects they show come from the
    // composition root (AppServices).
    FollowUpActions(ReceiptStore *receipts, ReceiptStatusRefresher *refresher, OrderListModel *orders,
                    OrderDetailsLoader *orderDetails, ProductInstanceModel *products,
                    InstanceDetailsLoader *productDetails, SessionController *session, QWidget *window);

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

signals:
    // The Products window's actions on a product, for the main window to carry out.
    void operationRequested(OrderOperation operation, const CurrentSubscription &product);
    void autoRenewalRequested(const CurrentSubscription &product);
    void renewalsRequested(const QList<ProductInstance> &instances, const QStringList &productNames);

private:
    void setSignedIn(bool signedIn);

    ReceiptStore *m_receipts;
    QWidget *m_window;
    ReceiptStatusRefresher *m_refresher;
    OrderListModel *m_orders;
    OrderDetailsLoader *m_orderDetails;
    ProductInstanceModel *m_products;
    InstanceDetailsLoader *m_productDetails;
    QAction *m_receiptsAction;
    QAction *m_ordersAction;
    QAction *m_productsAction;
    QPointer<ReceiptHistoryWindow> m_receiptsWindow;
    QPointer<OrdersWindow> m_ordersWindow;
    QPointer<ProductsWindow> m_productsWindow;
};
