#include "FollowUpActions.h"

#include "OrdersWindow.h"
#include "ProductsWindow.h"
#include "ReceiptHistoryWindow.h"
#include "auth/SessionController.h"
#include "models/OrderListModel.h"
#include "products/ProductInstanceModel.h"

#include <QAction>
#include <QIcon>
#include <QWidget>

namespace {

void bringToFront(QWidget *window)
{
    window->show();
    window->setWindowState(window->windowState() & ~Qt::WindowMinimized);
    window->raise();
    window->activateWindow();
}

} // namespace

FollowUpActions::FollowUpActions(ReceiptStore *receipts, ReceiptStatusRefresher *refresher, OrderListModel *orders,
                                 OrderDetailsLoader *orderDetails, ProductInstanceModel *products,
                                 InstanceDetailsLoader *productDetails, SessionController *session, QWidget *window)
    : QObject(window)
    , m_receipts(receipts)
    , m_window(window)
    , m_refresher(refresher)
    , m_orders(orders)
    , m_orderDetails(orderDetails)
    , m_products(products)
    , m_productDetails(productDetails)
    , m_receiptsAction(
          new QAction(QIcon::fromTheme(QStringLiteral("document-open-recent")), tr("&Receipts…"), window))
    , m_ordersAction(
          new QAction(QIcon::fromTheme(QStringLiteral("view-list-details")), tr("Portal &orders…"), window))
    , m_productsAction(
          new QAction(QIcon::fromTheme(QStringLiteral("view-calendar-list")), tr("&Products…"), window))
{
    m_receiptsAction->setObjectName(QStringLiteral("receiptsAction"));
    m_receiptsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_receiptsAction->setStatusTip(tr("Find, show, print and export the orders placed with this app"));
    //: toolbar button text
    m_receiptsAction->setIconText(tr("Receipts"));
    m_ordersAction->setObjectName(QStringLiteral("ordersAction"));
    m_ordersAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_ordersAction->setStatusTip(tr("The Partner Portal's order list and the current status of each order"));
    //: toolbar button text
    m_ordersAction->setIconText(tr("Portal orders"));
    m_productsAction->setObjectName(QStringLiteral("productsAction"));
    m_productsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_productsAction->setStatusTip(tr("Every product this account has bought, for you and your customers, and "
                                      "what expires next"));
    //: toolbar button text
    m_productsAction->setIconText(tr("Products"));

    connect(m_receiptsAction, &QAction::triggered, this, &FollowUpActions::showReceipts);
    connect(m_ordersAction, &QAction::triggered, this, &FollowUpActions::showOrders);
    connect(m_productsAction, &QAction::triggered, this, &FollowUpActions::showProducts);
    connect(session, &SessionController::signedIn, this, [this] {
        // AppServices has cleared the last account's lists: an open window shows the new ones.
        if (m_ordersWindow && m_ordersWindow->isVisible())
            m_orders->reload();
        if (m_productsWindow && m_productsWindow->isVisible())
            m_products->reload();
        setSignedIn(true);
    });
    connect(session, &SessionController::signedOut, this, [this] { setSignedIn(false); });
    setSignedIn(false);
}

ReceiptHistoryWindow *FollowUpActions::receiptsWindow() const
{
    return m_receiptsWindow;
}

OrdersWindow *FollowUpActions::ordersWindow() const
{
    return m_ordersWindow;
}

ProductsWindow *FollowUpActions::productsWindow() const
{
    return m_productsWindow;
}

void FollowUpActions::showReceipts()
{
    if (!m_receiptsWindow)
        m_receiptsWindow = new ReceiptHistoryWindow(m_receipts, m_refresher, m_window);
    bringToFront(m_receiptsWindow);
}

void FollowUpActions::showOrders()
{
    if (!m_ordersWindow)
        m_ordersWindow = new OrdersWindow(m_orders, m_orderDetails, m_window);
    bringToFront(m_ordersWindow);
}

void FollowUpActions::showProducts()
{
    if (!m_productsWindow) {
        m_productsWindow = new ProductsWindow(m_products, m_productDetails, m_window);
        connect(m_productsWindow, &ProductsWindow::operationRequested, this, &FollowUpActions::operationRequested);
        connect(m_productsWindow, &ProductsWindow::autoRenewalRequested, this, &FollowUpActions::autoRenewalRequested);
        connect(m_productsWindow, &ProductsWindow::renewalsRequested, this, &FollowUpActions::renewalsRequested);
    }
    bringToFront(m_productsWindow);
}

void FollowUpActions::setSignedIn(bool signedIn)
{
    for (QAction *action : {m_receiptsAction, m_ordersAction, m_productsAction}) {
        action->setEnabled(signedIn);
        action->setToolTip(signedIn ? action->statusTip() : tr("Sign in to the Partner Portal first"));
    }
    // Nothing of the last account stays on screen after sign-out.
    if (!signedIn) {
        if (m_receiptsWindow)
            m_receiptsWindow->close();
        if (m_ordersWindow)
            m_ordersWindow->close();
        if (m_productsWindow)
            m_productsWindow->close();
    }
}
