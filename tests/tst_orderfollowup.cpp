// Order follow-up against the practice portal over real HTTP: the portal's order list
// paged as the view scrolls (250 orders), a fault mid-paging (shown, rows kept, Retry
// continues), order details, the status refresh of a pending receipt, and the "outcome
// unknown" lookup. PP_SCREENSHOT_DIR=<dir> saves pictures of the windows' states.
#include "AppServices.h"
#include "LoadStatusPanel.h"
#include "MainWindow.h"
#include "OrderDetailsView.h"
#include "OrdersWindow.h"
#include "ReceiptHistoryWindow.h"
#include "SignedInClient.h"
#include "SignInDialog.h"
#include "TestData.h"
#include "api/PortalClient.h"
#include "auth/MemorySecretStore.h"
#include "auth/TokenSession.h"
#include "models/OrderDetailsLoader.h"
#include "models/OrderListModel.h"
#include "models/ReceiptHistoryModel.h"
#include "order/OrderDetailsFormatter.h"
#include "order/OrderLookup.h"
#include "order/ReceiptStatusRefresher.h"
#include "order/ReceiptStore.h"
#include "practice/PracticePortal.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QJsonDocument>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolBar>

#include <memory>

using Route = PracticePortal::Route;
using State = OrderListModel::State;

Q_DECLARE_METATYPE(PracticeFault)
Q_DECLARE_METATYPE(ApiError::Kind)

namespace {

constexpr int kTimeoutMs = 15000;

void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("PP_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QTest::qWait(50); // let pending layout requests and repaints run first
    QVERIFY(widget->grab().save(QDir(dir).filePath(name)));
}

// The Remote Management Premium seed order (tests/data/examples), as typed values.
OrderRequest seedRequest(int quantity = 10)
{
    OrderRequest request;
    request.operationType = QStringLiteral("purchase_service");
    request.productId = 20;
    request.billingId = EntityId::fromString(QStringLiteral("3197218168379846218"));
    OrderItem item;
    item.serviceType = QStringLiteral("service");
    item.serviceId = EntityId::fromString(QStringLiteral("3375818821640175616"));
    item.quantity = quantity;
    request.serviceList = {item};
    return request;
}

} // namespace

class TestOrderFollowUp : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void pagesThroughAllOrdersWithFetchMore();
    void theViewFetchesAsTheUserScrolls();
    void faultMidPagingKeepsRowsAndRetryContinues_data();
    void faultMidPagingKeepsRowsAndRetryContinues();
    void reloadStartsOverFromTheFirstPage();
    void detailsOfTheSelectedOrder();
    void detailsErrorIsInlineWithRetry();
    void unknownDetailFieldsAreShownRaw();
    void pendingReceiptStatusIsRefreshed();
    void refreshFailureLeavesTheReceiptAlone();
    void outcomeUnknownLookupFindsTheOrder();
    void mainWindowOpensReceiptsAndOrders();

private:
    // Waits until the model has answered the load in flight.
    bool waitUntilSettled(OrderListModel &model);
    std::optional<OrderReceipt> placeOrder(const OrderRequest &request);

    SignedInClient m_app;
    PracticePortal *m_portal = nullptr;
    PortalClient *m_client = nullptr;
};

void TestOrderFollowUp::init()
{
    QVERIFY(m_app.start());
    m_portal = m_app.portal.get();
    m_client = m_app.client.get();
}

void TestOrderFollowUp::cleanup()
{
    m_app.stop();
}

bool TestOrderFollowUp::waitUntilSettled(OrderListModel &model)
{
    return QTest::qWaitFor([&model] { return model.state() != State::Loading; }, kTimeoutMs);
}

std::optional<OrderReceipt> TestOrderFollowUp::placeOrder(const OrderRequest &request)
{
    std::optional<ApiResult<OrderReceipt>> answer;
    m_client->placeOrder(request, this,
                         [&answer](const ApiResult<OrderReceipt> &result) { answer = result; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, kTimeoutMs) || !answer->ok())
        return std::nullopt;
    return answer->value;
}

void TestOrderFollowUp::pagesThroughAllOrdersWithFetchMore()
{
    m_portal->addHistoricalOrders(250);
    OrderListModel model(m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!model.canFetchMore(QModelIndex())); // nothing before the first load
    model.load();
    QVERIFY(waitUntilSettled(model));
    QCOMPARE(model.state(), State::Ready);
    QCOMPARE(model.rowCount(), 50);
    QCOMPARE(model.totalReported(), 250);

    int pages = 1;
    while (model.canFetchMore(QModelIndex())) {
        model.fetchMore(QModelIndex());
        QCOMPARE(model.state(), State::Loading);
        model.fetchMore(QModelIndex()); // a second scroll event while loading asks nothing
        QVERIFY(waitUntilSettled(model));
        QCOMPARE(model.state(), State::Ready);
        ++pages;
        QVERIFY(pages <= 5);
    }
    QCOMPARE(pages, 5);
    QCOMPARE(model.rowCount(), 250);
    QCOMPARE(m_portal->requestCount(Route::OrderPage), 5);
    QVERIFY(!model.hasMorePages());

    QSet<QString> keys;
    for (int row = 0; row < model.rowCount(); ++row) {
        keys.insert(model.index(row, 0).data(OrderListModel::IdRole).toString());
        if (row > 0)
            QVERIFY(model.at(row - 1).createdAt() >= model.at(row).createdAt()); // newest first
        QVERIFY(!model.index(row, OrderListModel::CreateTimeColumn).data().toString().isEmpty());
        QVERIFY(!model.index(row, OrderListModel::OrderStatusColumn).data().toString().isEmpty());
        QCOMPARE(model.index(row, OrderListModel::CurrencyColumn).data().toString(), QStringLiteral("USD"));
    }
    QCOMPARE(keys.size(), 250);
    // 19-digit IDs arrive exact.
    QCOMPARE(model.at(0).id.size(), 19);
    QCOMPARE(model.headerData(OrderListModel::CustomReferenceColumn, Qt::Horizontal).toString(),
             QStringLiteral("Custom reference"));
}

void TestOrderFollowUp::theViewFetchesAsTheUserScrolls()
{
    m_portal->addHistoricalOrders(250);
    OrderListModel model(m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    OrderDetailsLoader detailsLoader(m_client);
    OrdersWindow window(&model, &detailsLoader);
    window.resize(1180, 660);
    window.show(); // the first show loads page 1
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(model.state(), State::Loading);
    saveScreenshot(&window, QStringLiteral("orders-loading.png"));
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 50, kTimeoutMs);
    auto *count = window.findChild<QLabel *>(QStringLiteral("orderCountLabel"));
    QTRY_VERIFY(count->text().contains(QLatin1String("50 of 250")));

    QTableView *table = window.tableView();
    for (int expected = 100; expected <= 250; expected += 50) {
        QTRY_COMPARE(model.state(), State::Ready);
        table->scrollToBottom(); // what the user does with the wheel
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), expected, kTimeoutMs);
    }
    QTRY_COMPARE(model.state(), State::Ready);
    table->scrollToBottom();
    QTest::qWait(100);
    QCOMPARE(m_portal->requestCount(Route::OrderPage), 5); // nothing after the last page
    QTRY_VERIFY(count->text().contains(QLatin1String("250 order")));
    table->setCurrentIndex(model.index(0, 0));
    QTRY_COMPARE_WITH_TIMEOUT(detailsLoader.state(), OrderDetailsLoader::State::Ready, kTimeoutMs);
    table->scrollToTop();
    saveScreenshot(&window, QStringLiteral("orders-details.png"));
}

void TestOrderFollowUp::faultMidPagingKeepsRowsAndRetryContinues_data()
{
    QTest::addColumn<PracticeFault>("fault");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::newRow("HTTP 503") << PracticeFault::httpError(503) << ApiError::Kind::Portal;
    QTest::newRow("HTML error page") << PracticeFault(PracticeFault::Kind::HtmlPage)
                                     << ApiError::Kind::HttpStatus;
    QTest::newRow("portal error") << PracticeFault::portalError(QStringLiteral("system_busy"),
                                                                QStringLiteral("Try again later"))
                                  << ApiError::Kind::Portal;
    QTest::newRow("truncated body") << PracticeFault(PracticeFault::Kind::TruncatedBody)
                                    << ApiError::Kind::TruncatedBody;
    QTest::newRow("dropped connection")
        << PracticeFault(PracticeFault::Kind::DropConnection) << ApiError::Kind::ConnectionLost;
}

void TestOrderFollowUp::faultMidPagingKeepsRowsAndRetryContinues()
{
    QFETCH(PracticeFault, fault);
    QFETCH(ApiError::Kind, kind);
    m_portal->addHistoricalOrders(250);
    OrderListModel model(m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    OrderDetailsLoader detailsLoader(m_client);
    OrdersWindow window(&model, &detailsLoader);
    window.resize(1180, 660);
    window.show();
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 50, kTimeoutMs);
    QTRY_COMPARE(model.state(), State::Ready);
    window.tableView()->setCurrentIndex(model.index(3, 0));
    const QString selected = model.index(3, 0).data(OrderListModel::IdRole).toString();

    // Until cleared: Qt itself re-sends a GET once on a dropped connection.
    m_portal->injectFault(Route::OrderPage, fault);
    model.fetchMore(QModelIndex());
    QVERIFY(waitUntilSettled(model));
    QCOMPARE(model.state(), State::Failed);
    QCOMPARE(model.error().kind(), kind);
    QCOMPARE(model.rowCount(), 50); // nothing lost
    QCOMPARE(window.tableView()->currentIndex().data(OrderListModel::IdRole).toString(), selected);
    QVERIFY(!model.canFetchMore(QModelIndex())); // scrolling does not hammer a failing portal

    // Shown inline, with Retry.
    auto *panel = window.findChild<LoadStatusPanel *>(QStringLiteral("loadStatusPanel"));
    auto *message = panel->findChild<QLabel *>(QStringLiteral("loadStatusLabel"));
    auto *retry = panel->findChild<QPushButton *>(QStringLiteral("retryButton"));
    QVERIFY(panel->isVisible());
    QVERIFY(retry->isVisible());
    QCOMPARE(message->text(), model.error().userMessage());
    if (kind == ApiError::Kind::Portal)
        saveScreenshot(&window, QStringLiteral("orders-error.png"));

    m_portal->clearFaults(); // the portal is back
    const int pageRequests = m_portal->requestCount(Route::OrderPage);
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 100, kTimeoutMs);
    QTRY_COMPARE(model.state(), State::Ready);
    QVERIFY(!panel->isVisible());
    QCOMPARE(m_portal->requestCount(Route::OrderPage), pageRequests + 1); // the same page, once

    while (model.canFetchMore(QModelIndex())) {
        model.fetchMore(QModelIndex());
        QVERIFY(waitUntilSettled(model));
    }
    QCOMPARE(model.rowCount(), 250);
    QSet<QString> keys;
    for (int row = 0; row < model.rowCount(); ++row)
        keys.insert(model.index(row, 0).data(OrderListModel::IdRole).toString());
    QCOMPARE(keys.size(), 250); // no gap, no duplicate
}

void TestOrderFollowUp::reloadStartsOverFromTheFirstPage()
{
    m_portal->addHistoricalOrders(120);
    OrderListModel model(m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.load();
    QVERIFY(waitUntilSettled(model));
    model.fetchMore(QModelIndex());
    QVERIFY(waitUntilSettled(model));
    QCOMPARE(model.rowCount(), 100);

    // A new order appears at the top after a reload (the practice portal lists it first).
    QVERIFY(placeOrder(seedRequest()));
    model.reload();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(waitUntilSettled(model));
    QCOMPARE(model.rowCount(), 50);
    QCOMPARE(model.totalReported(), 121);
    QCOMPARE(model.pagesLoaded(), 1);
}

void TestOrderFollowUp::detailsOfTheSelectedOrder()
{
    OrderRequest forCustomer = seedRequest();
    forCustomer.partnerId = EntityId::fromString(QStringLiteral("3201877455120978121"));
    const auto placed = placeOrder(forCustomer);
    QVERIFY(placed);
    m_portal->addHistoricalOrders(10);
    OrderListModel model(m_client);
    OrderDetailsLoader detailsLoader(m_client);
    OrdersWindow window(&model, &detailsLoader);
    window.resize(1180, 660);
    window.show();
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 11, kTimeoutMs);
    OrderDetailsLoader *details = &detailsLoader;
    OrderDetailsView *view = window.detailsView();
    QCOMPARE(details->state(), OrderDetailsLoader::State::Idle);

    window.tableView()->setCurrentIndex(model.index(0, 0)); // the order just placed is the newest
    QCOMPARE(details->state(), OrderDetailsLoader::State::Loading);
    QTRY_COMPARE_WITH_TIMEOUT(details->state(), OrderDetailsLoader::State::Ready, kTimeoutMs);
    QCOMPARE(details->orderKey(), model.at(0).id);
    const QString text
        = view->findChild<QTextBrowser *>(QStringLiteral("orderDetailsTextBrowser"))->toPlainText();
    for (const QString &expected :
         {placed->orderNo, model.at(0).id, QStringLiteral("Remote Management Premium"),
          QStringLiteral("3375818821640175616"), QStringLiteral("Payment method"),
          QStringLiteral("Billing contact"), QStringLiteral("What was ordered"),
          // for whom it was bought, as the portal records it
          QStringLiteral("Bought for (partner ID)"), QStringLiteral("3201877455120978121")}) {
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" missing from:\n") + text));
    }

    // A quick change of mind: only the last selection's answer is shown.
    window.tableView()->setCurrentIndex(model.index(1, 0));
    window.tableView()->setCurrentIndex(model.index(2, 0));
    QTRY_COMPARE_WITH_TIMEOUT(details->state(), OrderDetailsLoader::State::Ready, kTimeoutMs);
    QCOMPARE(details->details()->orderInformation.value(QLatin1String("id")).toString(), model.at(2).id);
}

void TestOrderFollowUp::detailsErrorIsInlineWithRetry()
{
    m_portal->addHistoricalOrders(5);
    OrderListModel model(m_client);
    OrderDetailsLoader detailsLoader(m_client);
    OrdersWindow window(&model, &detailsLoader);
    window.resize(1180, 660);
    window.show();
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 5, kTimeoutMs);
    m_portal->injectFault(Route::OrderGet, PracticeFault::httpError(502), 1);
    window.tableView()->setCurrentIndex(model.index(1, 0));
    OrderDetailsLoader *details = &detailsLoader;
    OrderDetailsView *view = window.detailsView();
    QTRY_COMPARE_WITH_TIMEOUT(details->state(), OrderDetailsLoader::State::Failed, kTimeoutMs);
    auto *message = view->findChild<QLabel *>(QStringLiteral("orderDetailsMessageLabel"));
    auto *retry = view->findChild<QPushButton *>(QStringLiteral("orderDetailsRetryButton"));
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), details->error().userMessage());
    QVERIFY(retry->isVisible());
    saveScreenshot(&window, QStringLiteral("orders-details-error.png"));
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(details->state(), OrderDetailsLoader::State::Ready, kTimeoutMs);
    QVERIFY(!retry->isVisible());
}

void TestOrderFollowUp::unknownDetailFieldsAreShownRaw()
{
    const QJsonObject result = QJsonDocument::fromJson(R"({
        "basicInformation": {"productId": "12", "productName": "Software PBX", "licenceTier": "Gold"},
        "billingInformation": {},
        "orderInformation": {"orderNo": "RV3401167833536552960", "id": 3214560987123456789,
                             "createTime": 1739254415000, "rebateRate": 0.15},
        "orderSummary": {"items": [{"serviceId": "3375818821640175616", "quantity": 10, "discountCode": "Q1"}]},
        "auditTrail": {"by": "api"}
    })")
                                   .object();
    const auto details = OrderDetails::fromJson(result);
    QVERIFY(details);
    QTextDocument document;
    document.setHtml(OrderDetailsFormatter::html(*details));
    const QString text = document.toPlainText();
    // Unknown keys under their own names, with their values; nothing dropped.
    for (const char *expected :
         {"licenceTier", "Gold", "rebateRate", "0.15", "discountCode", "Q1", "auditTrail", "{\"by\":\"api\"}",
          "Other fields", "The portal sent nothing here."}) {
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    }
    QVERIFY(text.contains(QStringLiteral("3214560987123456789"))); // an integer ID above 2^53, exact
    QVERIFY(!text.contains(QStringLiteral("1739254415000")));      // a time is shown as a date
    QCOMPARE(OrderDetailsFormatter::labelFor(QStringLiteral("orderNo")), QStringLiteral("Order number"));
    QVERIFY(OrderDetailsFormatter::labelFor(QStringLiteral("licenceTier")).isEmpty());
}

void TestOrderFollowUp::pendingReceiptStatusIsRefreshed()
{
    m_portal->setNextOrderStatus(QStringLiteral("pending"));
    const auto placed = placeOrder(seedRequest());
    QVERIFY(placed);
    QCOMPARE(placed->orderStatus, QStringLiteral("pending"));

    QTemporaryDir dir;
    ReceiptStore store(dir.path());
    store.open(QStringLiteral("practice"));
    Receipt receipt = sampleReceipt();
    receipt.portal = *placed;
    QVERIFY(store.add(numberedReceipt(1))); // another receipt, untouched by the refresh
    QVERIFY(store.add(receipt));
    ReceiptStatusRefresher refresher(m_client, &store);
    ReceiptHistoryWindow window(&store, &refresher);
    window.resize(1180, 660);
    window.show();
    QAbstractItemModelTester tester(window.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *table = window.findChild<QTableView *>(QStringLiteral("receiptsTableView"));
    table->setCurrentIndex(table->model()->index(0, 0)); // newest: the pending one
    auto *refresh = window.findChild<QPushButton *>(QStringLiteral("refreshStatusButton"));
    auto *feedback = window.findChild<QLabel *>(QStringLiteral("refreshFeedbackLabel"));
    QVERIFY(refresh->isVisible());
    QVERIFY(ReceiptStatusRefresher::canChange(receipt));

    // Still pending: the status stays, the check is recorded.
    QSignalSpy finished(&refresher, &ReceiptStatusRefresher::finished);
    QTest::mouseClick(refresh, Qt::LeftButton);
    QVERIFY(!refresh->isEnabled()); // one check at a time
    QVERIFY(finished.wait(kTimeoutMs));
    QCOMPARE(finished.at(0).at(1).toString(), QString());
    QCOMPARE(store.receipts().at(1).portal.orderStatus, QStringLiteral("pending"));
    QVERIFY(store.receipts().at(1).statusCheckedAt.isValid());
    QVERIFY(!table->model()->index(0, ReceiptHistoryModel::StatusCheckedColumn).data().toString().isEmpty());
    QVERIFY(refresh->isEnabled());

    // Paid in the portal: the refresh brings the news, on screen and on disk.
    QVERIFY(m_portal->setOrderStatus(placed->orderNo, QStringLiteral("succeed")));
    QTest::mouseClick(refresh, Qt::LeftButton);
    QVERIFY(finished.wait(kTimeoutMs));
    QCOMPARE(finished.at(1).at(1).toString(), QString());
    QCOMPARE(store.receipts().at(1).portal.orderStatus, QStringLiteral("succeed"));
    QCOMPARE(table->model()->index(0, ReceiptHistoryModel::OrderStatusColumn).data().toString(),
             QStringLiteral("succeed"));
    QVERIFY(feedback->text().contains(QLatin1String("succeed")));
    QVERIFY(!refresh->isVisible()); // final now
    saveScreenshot(&window, QStringLiteral("receipts-refreshed.png"));
    QCOMPARE(store.receipts().at(0).portal.orderNo, numberedReceipt(1).portal.orderNo);
    QCOMPARE(store.receipts().at(0).portal.orderStatus, numberedReceipt(1).portal.orderStatus);

    ReceiptStore reread(dir.path());
    reread.open(QStringLiteral("practice"));
    QCOMPARE(reread.receipts().at(1).portal.orderStatus, QStringLiteral("succeed"));
    QVERIFY(reread.receipts().at(1).statusCheckedAt.isValid());
}

void TestOrderFollowUp::refreshFailureLeavesTheReceiptAlone()
{
    m_portal->setNextOrderStatus(QStringLiteral("pending"));
    const auto placed = placeOrder(seedRequest());
    QVERIFY(placed);
    QTemporaryDir dir;
    ReceiptStore store(dir.path());
    store.open(QStringLiteral("practice"));
    Receipt receipt = sampleReceipt();
    receipt.portal = *placed;
    QVERIFY(store.add(receipt));
    ReceiptStatusRefresher refresher(m_client, &store);
    ReceiptHistoryWindow window(&store, &refresher);
    window.resize(1180, 660);
    window.show();
    auto *table = window.findChild<QTableView *>(QStringLiteral("receiptsTableView"));
    table->setCurrentIndex(table->model()->index(0, 0));

    m_portal->injectFault(
        Route::OrderGet,
        PracticeFault::portalError(QStringLiteral("order_not_found"), QStringLiteral("No such order")), 1);
    QSignalSpy finished(&refresher, &ReceiptStatusRefresher::finished);
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("refreshStatusButton")), Qt::LeftButton);
    QVERIFY(finished.wait(kTimeoutMs));
    QVERIFY(!finished.at(0).at(1).toString().isEmpty());
    QCOMPARE(store.receipts().at(0).portal.orderStatus, QStringLiteral("pending"));
    QVERIFY(!store.receipts().at(0).statusCheckedAt.isValid());
    auto *feedback = window.findChild<QLabel *>(QStringLiteral("refreshFeedbackLabel"));
    QVERIFY2(feedback->text().contains(QLatin1String("No such order")), qPrintable(feedback->text()));
    saveScreenshot(&window, QStringLiteral("receipts-refresh-error.png"));

    // A refresh for an account that is no longer open is dropped.
    QVERIFY(refresher.refresh(receipt));
    QVERIFY(!refresher.refresh(receipt)); // the same order, already being checked
    store.open(QStringLiteral("someone-else"));
    QCOMPARE(finished.size(), 2); // abandoned at once
    QTest::qWait(200);
    QCOMPARE(finished.size(), 2);
    QCOMPARE(store.receipts().size(), qsizetype(0));
}

void TestOrderFollowUp::outcomeUnknownLookupFindsTheOrder()
{
    m_portal->addHistoricalOrders(60);
    const QDateTime attempt = QDateTime::currentDateTimeUtc();
    const auto placed = placeOrder(seedRequest(10));
    QVERIFY(placed);

    OrderLookup lookup(m_client);
    QSignalSpy finished(&lookup, &OrderLookup::finished);
    lookup.find(seedRequest(10), attempt);
    QVERIFY(finished.wait(kTimeoutMs));
    QCOMPARE(lookup.verdict(), OrderLookup::Verdict::Found);
    QCOMPARE(lookup.match()->orderNo, placed->orderNo);

    // Other items: not this order.
    lookup.find(seedRequest(11), attempt);
    QVERIFY(finished.wait(kTimeoutMs));
    QCOMPARE(lookup.verdict(), OrderLookup::Verdict::NotFound);

    // The list cannot be read: said so, not "not found".
    m_portal->injectFault(Route::OrderPage, PracticeFault::httpError(503), 1);
    lookup.find(seedRequest(10), attempt);
    QVERIFY(finished.wait(kTimeoutMs));
    QCOMPARE(lookup.verdict(), OrderLookup::Verdict::Failed);
}

void TestOrderFollowUp::mainWindowOpensReceiptsAndOrders()
{
    // What main.cpp builds, with a memory keychain and throw-away folders.
    m_portal->addHistoricalOrders(30);
    QTemporaryDir dir;
    {
        ReceiptStore seed(dir.filePath(QStringLiteral("receipts")));
        seed.open(QStringLiteral("practice"));
        QVERIFY(seed.add(sampleReceipt()));
        QVERIFY(seed.add(numberedReceipt(5)));
    }
    MemorySecretStore keychain;
    AppServices services(&keychain, dir.filePath(QStringLiteral("accounts.ini")),
                         dir.filePath(QStringLiteral("receipts")), true);
    MainWindow::Options options;
    options.practiceMode = true;
    options.practiceAccount.baseUrl = m_portal->baseUrl();
    options.practiceAccount.clientId = PracticePortal::practiceClientId();
    options.practiceAccount.label = QStringLiteral("Practice account");
    options.practiceSecret = PracticePortal::practiceClientSecret();

    MainWindow window(services, options);
    window.resize(1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *receiptsAction = window.findChild<QAction *>(QStringLiteral("receiptsAction"));
    auto *ordersAction = window.findChild<QAction *>(QStringLiteral("ordersAction"));
    QVERIFY(receiptsAction && ordersAction);
    QCOMPARE(receiptsAction->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+R")));
    QVERIFY(window.menuBar()->actions().constFirst()->menu()->actions().contains(receiptsAction)); // File
    QVERIFY(window.findChild<QToolBar *>(QStringLiteral("ordersToolBar"))->actions().contains(ordersAction));
    QVERIFY(!receiptsAction->isEnabled()); // nobody signed in yet

    window.start(); // practice mode: the sign-in dialog, prefilled
    QTRY_VERIFY(window.signInDialog());
    QTest::mouseClick(window.signInDialog()->findChild<QPushButton *>(QStringLiteral("signInButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(receiptsAction->isEnabled(), kTimeoutMs);
    saveScreenshot(&window, QStringLiteral("main-window.png"));

    window.activateWindow(); // shortcuts reach the active window only
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    auto *history = window.findChild<ReceiptHistoryWindow *>(QStringLiteral("receiptHistoryWindow"));
    QVERIFY(history);
    QTRY_VERIFY(history->isVisible());
    // The practice account's receipts, once the store has read them in the background.
    QTRY_COMPARE_WITH_TIMEOUT(history->model()->rowCount(), 2, kTimeoutMs);
    ordersAction->trigger();
    auto *orders = window.findChild<OrdersWindow *>(QStringLiteral("ordersWindow"));
    QVERIFY(orders);
    QTRY_COMPARE_WITH_TIMEOUT(orders->model()->rowCount(), 30, kTimeoutMs);
    receiptsAction->trigger(); // raised, not built twice
    QCOMPARE(window.findChildren<ReceiptHistoryWindow *>().size(), qsizetype(1));

    // Signing out closes both and disables the entries.
    services.session.signOut();
    QTRY_VERIFY(!history->isVisible());
    QVERIFY(!orders->isVisible());
    QVERIFY(!receiptsAction->isEnabled());
    QCOMPARE(orders->model()->rowCount(), 0);
}

QTEST_MAIN(TestOrderFollowUp)
#include "tst_orderfollowup.moc"
