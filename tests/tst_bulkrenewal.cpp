// Several products renewed at once, from the real Products window through the real wizard
// and batch window to the practice portal over real HTTP: each renewal's exact body
// (against the expected files in tests/data/operations/, or derived from their shape for a
// product of its own) and each one's own renewal terms in the review, a refusal that the
// batch goes on after, a lost answer that stops it until the order is looked up (never sent
// again), "everything expiring within N days" selecting exactly those rows, and a product
// whose details cannot be read named with the reason instead of being dropped.
#include "BatchWindow.h"
#include "ProductsWindow.h"
#include "SeedIds.h"
#include "TestData.h"
#include "WizardHarness.h"
#include "i18n/LanguageLoader.h"
#include "order/BatchRunner.h"
#include "order/OrderTerms.h"
#include "order/ReceiptStore.h"
#include "products/InstanceDetailsLoader.h"
#include "products/ProductInstanceFilterModel.h"
#include "products/ProductInstanceModel.h"

#include <QApplication>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSpinBox>
#include <QTableView>
#include <QTreeWidget>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

constexpr int kWaitMs = 30000;

using Fields = std::function<bool(const QJsonObject &)>;

bool forACustomer(const QJsonObject &fields)
{
    return !fields.value(u"partnerId"_s).toString().isEmpty();
}

bool hasServices(const QJsonObject &fields)
{
    return !fields.value(u"serviceList"_s).toArray().isEmpty();
}

// Signed in, File > Products… open and its list loaded.
ProductsWindow *openProducts(WizardHarness &app)
{
    if (!app.signIn() || !app.listsReady())
        return nullptr;
    return app.openProductsLoaded();
}

// The shown rows of `productId`, first to last, whose details satisfy `wanted`: the row
// and its details (read as the user reads them, by making it current). `skip` rows are
// passed over.
struct Row
{
    int row = -1;
    QJsonObject fields;
};
Row findRow(ProductsWindow *window, qint64 productId, const Fields &wanted, const QList<int> &skip = {})
{
    InstanceDetailsLoader *details = window->detailsLoader();
    QTableView *table = window->tableView();
    for (int row = 0; row < window->filterModel()->rowCount(); ++row) {
        if (skip.contains(row) || window->model()->at(window->filterModel()->sourceRow(row)).productId != productId)
            continue;
        table->setCurrentIndex(table->model()->index(row, 0));
        if (!QTest::qWaitFor(
                [details] {
            return details->state(InstanceDetailsLoader::Part::Details) == InstanceDetailsLoader::State::Ready;
                },
                kWaitMs))
            return {};
        if (wanted(details->fields()))
            return {row, details->fields()};
    }
    return {};
}

void selectRows(ProductsWindow *window, const QList<int> &rows)
{
    QItemSelection selection;
    for (const int row : rows)
        selection.select(window->filterModel()->index(row, 0),
                         window->filterModel()->index(row, window->filterModel()->columnCount() - 1));
    window->tableView()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

// The first `count` Remote Management Premium rows of customers, as shown, selected.
QList<Row> selectRemoteManagementOfCustomers(ProductsWindow *window, int count)
{
    QList<Row> found;
    QList<int> rows;
    while (found.size() < count) {
        const Row row = findRow(window, 20, forACustomer, rows);
        if (row.row < 0)
            return {};
        found << row;
        rows << row.row;
    }
    selectRows(window, rows);
    return found;
}

// Renew selected → billing contact → the review, every renewal listed.
bool walkToReview(WizardHarness &app, ProductsWindow *window, int orders)
{
    auto *renew = window->findChild<QPushButton *>(u"renewSelectedPushButton"_s);
    if (!renew->isEnabled())
        return false;
    QTest::mouseClick(renew, Qt::LeftButton);
    if (app.wizard()->currentId() != PurchaseWizard::BillingContactPageId)
        return false;
    app.chooseBillingContact(kSeedBillingContact);
    app.clickNext();
    if (app.wizard()->currentId() != PurchaseWizard::ReviewPageId)
        return false;
    auto *list = app.find<QTreeWidget>(u"batchOrdersTreeWidget"_s);
    return QTest::qWaitFor([list, orders] { return list->topLevelItemCount() == orders; }, kWaitMs);
}

bool placeAll(WizardHarness &app)
{
    app.tick(u"confirmCheckBox"_s);
    app.clickNext();
    return QTest::qWaitFor([&app] { return app.services->batches.state() == BatchRunner::State::Finished; },
                           kWaitMs);
}

// The same JSON, and every 19-digit ID of the expectation written as the same bare digits.
void compareBodies(const QByteArray &sent, const QByteArray &expected)
{
    QVERIFY2(QJsonDocument::fromJson(sent) == QJsonDocument::fromJson(expected),
             QByteArray(sent + "\n≠\n" + expected).constData());
    static const QRegularExpression id(u"\"(\\w+)\":\\s*(\\d{15,})"_s);
    for (auto match = id.globalMatch(QString::fromUtf8(expected)); match.hasNext();) {
        const auto found = match.next();
        const QRegularExpression same(u"\"%1\":\\s*%2\\b"_s.arg(found.captured(1), found.captured(2)));
        QVERIFY2(same.match(QString::fromUtf8(sent)).hasMatch(), qPrintable(found.captured(0)));
    }
}

// renew_service.json's shape for another Remote Management Premium: its customer and
// its own count, both as the product's details give them.
QByteArray renewServiceBodyFor(const QJsonObject &fields)
{
    QByteArray body = testData(u"operations/renew_service.json"_s);
    const QByteArray partnerId = fields.value(u"partnerId"_s).toString().toLatin1();
    const int quantity = fields.value(u"quantity"_s).toInt();
    body.replace("3201877455120978047", partnerId);
    body.replace("\"quantity\": 3,", QByteArray("\"quantity\": " + QByteArray::number(quantity) + ','));
    return body;
}

QByteArray sentTo(const QList<QByteArray> &bodies, const QString &partnerId, qint64 productId)
{
    // The ID as the digits sent: a double would round it.
    const QRegularExpression customer(u"\"partnerId\":\\s*%1\\b"_s.arg(partnerId));
    for (const QByteArray &body : bodies) {
        if (customer.match(QString::fromUtf8(body)).hasMatch()
            && QJsonDocument::fromJson(body).object().value(u"productId"_s).toInteger() == productId)
            return body;
    }
    return {};
}

} // namespace

class TestBulkRenewal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void threeProductsEachWithItsOwnBody();
    void aRefusalIsRecordedAndTheBatchGoesOn();
    void aLostAnswerStopsTheBatchUntilItIsLookedUp();
    void expiringWithinSelectsExactlyThoseRows();
    void aProductWhoseDetailsFailIsNamedWithTheReason();
};

void TestBulkRenewal::initTestCase()
{
    QVERIFY(LanguageLoader::install(qApp, u"en"_s));
}

void TestBulkRenewal::threeProductsEachWithItsOwnBody()
{
    WizardHarness app;
    ProductsWindow *window = openProducts(app);
    QVERIFY(window);
    // The products whose single renewals the expected files hold, and one more of its own.
    const Row pbx = findRow(window, 12, [](const QJsonObject &f) { return forACustomer(f) && hasServices(f); });
    const Row rmp = findRow(window, 20, forACustomer);
    QVERIFY(pbx.row >= 0 && rmp.row >= 0);
    const Row other = findRow(
        window, 20,
        [&rmp](const QJsonObject &f) {
        return forACustomer(f) && f.value(u"partnerId"_s) != rmp.fields.value(u"partnerId"_s);
        },
        {rmp.row});
    QVERIFY(other.row >= 0);
    selectRows(window, {pbx.row, rmp.row, other.row});
    QCOMPARE(window->selectedSourceRows().size(), 3);
    QVERIFY(window->findChild<QPushButton *>(u"renewSelectedPushButton"_s)->text().contains(u"(3)"_s));
    QVERIFY(walkToReview(app, window, 3));
    // Each product its own renewal terms: those of the selected renewal, asked of the
    // portal (renew plan_info / add_on_info) when it is selected.
    auto *list = app.find<QTreeWidget>(u"batchOrdersTreeWidget"_s);
    auto *terms = app.find<QLabel>(u"termsLabel"_s);
    for (int row : {1, 2, 0}) {
        const int asked = app.portal.requestCount(PracticePortal::Route::Terms);
        list->setCurrentItem(list->topLevelItem(row));
        const QString heading = u"Renewal terms of %1"_s.arg(list->topLevelItem(row)->text(3).toHtmlEscaped());
        QTRY_VERIFY_WITH_TIMEOUT(!app.services->terms.isLoading() && terms->text().contains(heading)
                                     && app.portal.requestCount(PracticePortal::Route::Terms) > asked,
                                 kWaitMs);
        const QString text = terms->text();
        QVERIFY(terms->isVisible());
        QVERIFY2(text.contains(u"Unit price"_s), qPrintable(text));
        // One block per item of that renewal (its plan and services), each named in its row.
        const QList<OrderTerms::Item> &items = app.services->terms.items();
        QVERIFY(!items.isEmpty());
        QCOMPARE(text.count(u"Terms of “"_s), items.size());
        for (const OrderTerms::Item &item : items) {
            QCOMPARE(item.query.kind, TermsQuery::Kind::Renew);
            QVERIFY2(list->topLevelItem(row)->text(4).contains(item.name), qPrintable(item.name));
        }
    }
    app.screenshot(u"16-bulk-renewal-review"_s);
    // Nothing is sent before the tick and Place 3 orders.
    QCOMPARE(app.portal.receivedOrderBodies().size(), 0);
    QCOMPARE(app.wizard()->button(QWizard::CommitButton)->text(), u"&Place 3 orders"_s);
    QVERIFY(placeAll(app));

    const QList<QByteArray> sent = app.portal.receivedOrderBodies();
    QCOMPARE(sent.size(), 3);
    compareBodies(sentTo(sent, pbx.fields.value(u"partnerId"_s).toString(), 12),
                  testData(u"operations/renew_plan_and_service.json"_s));
    compareBodies(sentTo(sent, rmp.fields.value(u"partnerId"_s).toString(), 20),
                  testData(u"operations/renew_service.json"_s));
    compareBodies(sentTo(sent, other.fields.value(u"partnerId"_s).toString(), 20),
                  renewServiceBodyFor(other.fields));
    // A receipt for each, naming the renewal and its product.
    QCOMPARE(app.services->batches.count(BatchOrder::State::Placed), 3);
    QTRY_COMPARE_WITH_TIMEOUT(app.services->receipts.receipts().size(), 3, kWaitMs);
    for (const Receipt &receipt : app.services->receipts.receipts()) {
        QCOMPARE(receipt.operation, OrderOperation::Renew);
        QVERIFY(!receipt.subscriptionNo.isEmpty());
    }
    auto *batch = app.window->findChild<BatchWindow *>();
    QVERIFY(batch && batch->isVisible());
    QCOMPARE(batch->windowTitle(), u"Renewals of several products"_s);
    QVERIFY(batch->findChild<QLabel *>(u"batchSummaryLabel"_s)->text().contains(u"Placed: 3"_s));
    WizardHarness::screenshot(batch, u"16b-bulk-renewal-batch"_s);
    // The Products window asks again: the renewed PBX shows its new expiry date.
    const QString pbxNo = pbx.fields.value(u"productNo"_s).toString();
    const QJsonValue oldExpiry = pbx.fields.value(u"currentPlanExpireDate"_s);
    const auto expiryShown = [window, &pbxNo] {
        for (int row = 0; row < window->model()->rowCount(); ++row) {
            if (window->model()->at(row).productNo == pbxNo)
                return window->model()->at(row).raw.value(u"currentPlanExpireDate"_s);
        }
        return QJsonValue();
    };
    QTRY_VERIFY_WITH_TIMEOUT(window->model()->state() == RemoteListModel::State::Ready
                                 && expiryShown().isString() && expiryShown() != oldExpiry,
                             kWaitMs);
}

void TestBulkRenewal::aRefusalIsRecordedAndTheBatchGoesOn()
{
    WizardHarness app;
    ProductsWindow *window = openProducts(app);
    QVERIFY(window);
    QCOMPARE(selectRemoteManagementOfCustomers(window, 3).size(), 3);
    QVERIFY(walkToReview(app, window, 3));
    app.portal.injectFaultAt(PracticePortal::Route::OrderSave,
                             PracticeFault::portalError(u"insufficient_balance"_s,
                                                        u"The account balance is insufficient"_s),
                             2);
    QVERIFY(placeAll(app));
    QCOMPARE(app.portal.receivedOrderBodies().size(), 3); // the third was sent after the refusal
    QCOMPARE(app.services->batches.count(BatchOrder::State::Placed), 2);
    QCOMPARE(app.services->batches.count(BatchOrder::State::Refused), 1);
    const BatchOrder &refused = app.services->batches.orders().at(1);
    QCOMPARE(refused.state, BatchOrder::State::Refused);
    QVERIFY2(refused.reason.contains(u"balance"_s), qPrintable(refused.reason));
    QTRY_COMPARE_WITH_TIMEOUT(app.services->receipts.receipts().size(), 2, kWaitMs);
}

void TestBulkRenewal::aLostAnswerStopsTheBatchUntilItIsLookedUp()
{
    WizardHarness app;
    ProductsWindow *window = openProducts(app);
    QVERIFY(window);
    QCOMPARE(selectRemoteManagementOfCustomers(window, 3).size(), 3);
    QVERIFY(walkToReview(app, window, 3));
    // The portal stores the second renewal, then hangs up before a byte of its answer.
    app.portal.injectFaultAt(PracticePortal::Route::OrderSave, PracticeFault::Kind::DropConnection, 2);
    app.tick(u"confirmCheckBox"_s);
    app.clickNext();
    const BatchRunner &batches = app.services->batches;
    QTRY_COMPARE_WITH_TIMEOUT(batches.state(), BatchRunner::State::WaitingForUser, kWaitMs);
    // Stopped after the second: it was looked up (and found), the third was not sent.
    QCOMPARE(app.portal.receivedOrderBodies().size(), 2);
    QVERIFY(app.portal.requestCount(PracticePortal::Route::OrderPage) >= 1);
    QCOMPARE(batches.orders().at(1).state, BatchOrder::State::Placed);
    QVERIFY(batches.orders().at(1).foundByLookup);
    QVERIFY(!batches.orders().at(1).portal.orderNo.isEmpty());
    QVERIFY(batches.orders().at(1).portal.orderNo != batches.orders().at(0).portal.orderNo);
    QCOMPARE(batches.orders().at(2).state, BatchOrder::State::Planned);
    auto *batch = app.window->findChild<BatchWindow *>();
    QVERIFY(batch && batch->isVisible());
    QVERIFY2(batch->findChild<QLabel *>(u"batchStatusLabel"_s)->text().contains(u"was found"_s),
             qPrintable(batch->findChild<QLabel *>(u"batchStatusLabel"_s)->text()));
    QTest::mouseClick(batch->findChild<QPushButton *>(u"goOnBatchPushButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(batches.state(), BatchRunner::State::Finished, kWaitMs);
    const QList<QByteArray> sent = app.portal.receivedOrderBodies();
    QCOMPARE(sent.size(), 3); // the third once, the second never again
    QCOMPARE(QSet<QByteArray>(sent.cbegin(), sent.cend()).size(), 3);
    QCOMPARE(app.portal.acceptedOrderCount(), 3);
    QCOMPARE(batches.count(BatchOrder::State::Placed), 3);
    QTRY_COMPARE_WITH_TIMEOUT(app.services->receipts.receipts().size(), 3, kWaitMs);
}

void TestBulkRenewal::expiringWithinSelectsExactlyThoseRows()
{
    WizardHarness app;
    ProductsWindow *window = openProducts(app);
    QVERIFY(window);
    auto *days = window->findChild<QSpinBox *>(u"expiringDaysSpinBox"_s);
    days->setValue(14);
    QTest::mouseClick(window->findChild<QPushButton *>(u"selectExpiringPushButton"_s), Qt::LeftButton);
    QList<int> expected;
    for (int row = 0; row < window->filterModel()->rowCount(); ++row) {
        const int source = window->filterModel()->sourceRow(row);
        const std::optional<int> left = window->model()->daysLeft(source);
        if (left && *left <= 14)
            expected << source;
    }
    QVERIFY(!expected.isEmpty());
    QVERIFY(expected.size() < window->filterModel()->rowCount()); // not simply everything
    QCOMPARE(window->selectedSourceRows(), expected);
    QVERIFY(window->findChild<QPushButton *>(u"renewSelectedPushButton"_s)
                ->text()
                .contains(u"(%1)"_s.arg(expected.size())));
    // Fewer days, fewer rows: the selection follows the number, it does not add to it.
    days->setValue(0);
    QTest::mouseClick(window->findChild<QPushButton *>(u"selectExpiringPushButton"_s), Qt::LeftButton);
    for (const int source : window->selectedSourceRows())
        QVERIFY(*window->model()->daysLeft(source) <= 0);
    QVERIFY(window->selectedSourceRows().size() < expected.size());
}

void TestBulkRenewal::aProductWhoseDetailsFailIsNamedWithTheReason()
{
    WizardHarness app;
    ProductsWindow *window = openProducts(app);
    QVERIFY(window);
    const QList<Row> rows = selectRemoteManagementOfCustomers(window, 2);
    QCOMPARE(rows.size(), 2);
    // The second product's details (the second request from now on) answer with a server error.
    app.portal.injectFaultAt(PracticePortal::Route::InstanceDetail, PracticeFault::httpError(500), 2);
    QVERIFY(walkToReview(app, window, 1));
    const QString summary = app.find<QLabel>(u"summaryLabel"_s)->text();
    QVERIFY2(summary.contains(u"Not renewed (1)"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"could not be read"_s), qPrintable(summary));
    const ProductInstance skipped = window->model()->at(window->filterModel()->sourceRow(rows.at(1).row));
    QVERIFY2(summary.contains(skipped.productNo), qPrintable(summary));
    QVERIFY(placeAll(app));
    QCOMPARE(app.portal.receivedOrderBodies().size(), 1);
}

QTEST_MAIN(TestBulkRenewal)
#include "tst_bulkrenewal.moc"
