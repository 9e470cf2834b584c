#pragma once

#include "WizardContext.h"

#include <QObject>
#include <QPointer>

class OrderListModel;
class OrdersWindow;
class QAction;
class QWidget;
class ReceiptHistoryWindow;
class ReceiptStatusRefresher;
class SessionController;

// What comes after a purchase: the receipt history and the portal's order list, as two
// actions for the main window's menu and toolbar, and the windows they open (built on
// first use, raised when open). Both need a signed-in account: the actions are disabled
// and the windows closed while nobody is signed in.
class FollowUpActions : public QObject
{
    Q_OBJECT

public:
    // `window` parents the actions and the windows; context.client and context.receipts
    // must be set.
    FollowUpActions(const WizardContext &context, SessionController *session, QWidget *window);

    QAction *receiptsAction() const { return m_receiptsAction; }
    QAction *ordersAction() const { return m_ordersAction; }

    void showReceipts();
    void showOrders();
    // Null until first shown.
    ReceiptHistoryWindow *receiptsWindow() const;
    OrdersWindow *ordersWindow() const;

private:
    void setSignedIn(bool signedIn);

    WizardContext m_context;
    QWidget *m_window;
    ReceiptStatusRefresher *m_refresher;
    OrderListModel *m_orders;
    QAction *m_receiptsAction;
    QAction *m_ordersAction;
    QPointer<ReceiptHistoryWindow> m_receiptsWindow;
    QPointer<OrdersWindow> m_ordersWindow;
};
