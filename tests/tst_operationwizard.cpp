// Orders on a product the account has, driven through the real Products window and the
// real wizard against the practice portal over real HTTP: each operation's body compared
// as exact JSON with its expected file in tests/data/operations/, the rules that keep Next
// disabled (with their reason), the portal's refusals (the user sees each one and keeps
// every choice), the terms on the review page (shown, or said to be missing), and turning
// on auto-renewal with its own confirmation.
#include "AutoRenewalDialog.h"
#include "ProductActions.h"
#include "ProductsWindow.h"
#include "SeedIds.h"
#include "TestData.h"
#include "WizardHarness.h"
#include "i18n/LanguageLoader.h"
#include "order/OrderBodyReader.h"
#include "order/ReceiptStore.h"
#include "products/InstanceDetailsLoader.h"
#include "products/ProductInstanceFilterModel.h"
#include "products/ProductInstanceModel.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTextBrowser>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

constexpr int kWaitMs = 20000;

const QString kPseUltimate = u"3052260698545168384"_s;
const QString kHotStandby = u"3052261021133287424"_s;
const QString kDisasterRecovery = u"3052261306803138560"_s;
const QString kCallExpansion = u"3055802618330619904"_s; // Cloud Edition's Concurrent Call Expansion
const QString kTurnkeyTrialPlan = u"3048942217083224064"_s;
const QString kTurnkeyTrialMinutes = u"3049032903217553408"_s;
const QString kRmPremiumPaidConnections = u"3376904765087547392"_s;
const QString kRmPremiumTrialConnections = u"3376905066478354432"_s;

using Fields = std::function<bool(const QJsonObject &)>;

bool forACustomer(const QJsonObject &fields)
{
    return !fields.value(u"partnerId"_s).toString().isEmpty();
}

bool hasServices(const QJsonObject &fields)
{
    return !fields.value(u"serviceList"_s).toArray().isEmpty();
}

QString planOf(const QJsonObject &fields)
{
    return fields.value(u"planName"_s).toString();
}

void confirm(WizardHarness &app)
{
    app.tick(u"confirmCheckBox"_s);
}

// File > Products…, the first product of `productId` whose details satisfy `wanted`
// selected and its details in.
ProductsWindow *selectProduct(WizardHarness &app, qint64 productId, const Fields &wanted)
{
    ProductsWindow *window = app.openProductsLoaded();
    if (!window)
        return nullptr;
    ProductInstanceModel *model = window->model();
    InstanceDetailsLoader *details = window->detailsLoader();
    QTableView *table = window->tableView();
    for (int row = 0; row < window->filterModel()->rowCount(); ++row) {
        if (model->at(window->filterModel()->sourceRow(row)).productId != productId)
            continue;
        table->setCurrentIndex(table->model()->index(row, 0));
        if (!QTest::qWaitFor(
                [details] {
            return details->state(InstanceDetailsLoader::Part::Details)
                == InstanceDetailsLoader::State::Ready;
                },
                kWaitMs))
            return nullptr;
        if (wanted(details->fields()))
            return window;
    }
    return nullptr;
}

// The selected product's action, as the user presses its button; the wizard shows it.
bool pressAction(WizardHarness &app, ProductsWindow *window, const QString &button)
{
    auto *push = window->findChild<QPushButton *>(button);
    if (!push || !QTest::qWaitFor([push] { return push->isEnabled(); }, kWaitMs))
        return false;
    QTest::mouseClick(push, Qt::LeftButton);
    return app.wizard()->currentId() == PurchaseWizard::ProductPageId
        && app.services->purchase.draft().subscription.has_value();
}

// From the first page (the product's action chosen) to the loaded plans and services.
bool walkToOffering(WizardHarness &app)
{
    if (!QTest::qWaitFor([&app] { return app.wizard()->button(QWizard::NextButton)->isEnabled(); }, kWaitMs))
        return false;
    app.clickNext();
    return app.wizard()->currentId() == PurchaseWizard::OfferingPageId // the product says for whom
        && QTest::qWaitFor([&app] { return app.services->offering.state() == LoadState::State::Ready; },
                           kWaitMs);
}

bool walkToReview(WizardHarness &app)
{
    if (!QTest::qWaitFor([&app] { return app.wizard()->button(QWizard::NextButton)->isEnabled(); }, kWaitMs))
        return false;
    app.clickNext();
    if (app.services->purchase.draft().needsBillingContact()) {
        if (app.wizard()->currentId() != PurchaseWizard::BillingContactPageId)
            return false;
        app.chooseBillingContact(kSeedBillingContact);
        app.clickNext();
    }
    return app.wizard()->currentId() == PurchaseWizard::ReviewPageId;
}

bool placeOrder(WizardHarness &app)
{
    confirm(app);
    app.clickNext();
    return QTest::qWaitFor([&app] { return app.wizard()->currentId() == PurchaseWizard::ReceiptPageId; },
                           kWaitMs);
}

// What reached the portal, against the expected file: the same JSON, and every 19-digit
// ID of the file written as the same bare digits.
void compareWithExpected(const QByteArray &sent, const QString &file)
{
    const QByteArray expected = testData(u"operations/"_s + file);
    QVERIFY2(QJsonDocument::fromJson(sent) == QJsonDocument::fromJson(expected), sent.constData());
    static const QRegularExpression id(u"\"(\\w+)\": (\\d{15,})"_s);
    for (auto match = id.globalMatch(QString::fromUtf8(expected)); match.hasNext();) {
        const QString field = match.next().captured(0);
        QVERIFY2(sent.contains(field.toUtf8()), qPrintable(field));
    }
}

// On the first page: a free trial of the Turnkey Package for Lone Star, to Plans and services.
bool walkToTurnkeyTrialForLoneStar(WizardHarness &app)
{
    auto *operations = app.find<QComboBox>(u"operationComboBox"_s);
    operations->setCurrentIndex(operations->findData(int(OrderOperation::Trial)));
    app.chooseProduct(u"P-Series Turnkey Package"_s);
    if (!QTest::qWaitFor([&app] { return app.wizard()->button(QWizard::NextButton)->isEnabled(); }, kWaitMs))
        return false;
    app.clickNext();
    if (app.wizard()->currentId() != PurchaseWizard::RecipientPageId)
        return false;
    QTest::mouseClick(app.find<QRadioButton>(u"customerRadioButton"_s), Qt::LeftButton, {}, QPoint(4, 4));
    if (!app.chooseCustomer(kLoneStarPartnerId))
        return false;
    app.clickNext();
    auto *plans = app.find<QComboBox>(u"planComboBox"_s);
    return app.wizard()->currentId() == PurchaseWizard::OfferingPageId
        && QTest::qWaitFor([plans] { return plans->findData(kTurnkeyTrialPlan) > 0; }, kWaitMs);
}

// Signed in, a P-Series Software Edition with a service selected in the Products window
// and its renewal started: the wizard on its first page.
ProductsWindow *startRenewalOfAPbxWithAService(WizardHarness &app)
{
    if (!app.signIn() || !app.listsReady())
        return nullptr;
    ProductsWindow *products = selectProduct(app, 12, [](const QJsonObject &f) { return hasServices(f); });
    return products && pressAction(app, products, u"renewPushButton"_s) ? products : nullptr;
}

} // namespace

Q_DECLARE_METATYPE(Fields)

class TestOperationWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bodies_data();
    void bodies();
    void freeTrialFromTheFirstPage();
    void freeTrialOfAService();
    void lostAnswerToARenewalIsLookedUpNotResent();
    void reloadShowsWhatChangedElsewhere();
    void renewalRuleDisablesNextWithItsReason();
    void disasterRecoveryNeedsTheUltimatePlan();
    void actionWithoutAProductSaysWhereToChooseOne();
    void portalRefusals_data();
    void portalRefusals();
    void termsShownOrSaidToBeMissing();
    void autoRenewalHasItsOwnConfirmation();
    void contextMenuAndKeyboardReachTheActions();
};

void TestOperationWizard::initTestCase()
{
    QVERIFY(LanguageLoader::install(qApp, u"en"_s)); // English plurals, as the app installs them
}

void TestOperationWizard::bodies_data()
{
    QTest::addColumn<qint64>("productId");
    QTest::addColumn<Fields>("wanted");
    QTest::addColumn<QString>("button");
    QTest::addColumn<QStringList>("tick"); // service IDs to tick on Plans and services
    QTest::addColumn<QString>("plan");     // the plan to choose, or empty
    QTest::addColumn<int>("quantity");     // of the ticked service, or 0
    QTest::addColumn<QString>("expected");

    QTest::newRow("renew plan and service")
        << qint64(12) << Fields([](const QJsonObject &f) { return forACustomer(f) && hasServices(f); })
        << u"renewPushButton"_s << QStringList() << QString() << 0 << u"renew_plan_and_service.json"_s;
    QTest::newRow("renew service") << qint64(20) << Fields(forACustomer) << u"renewPushButton"_s
                                   << QStringList() << QString() << 0 << u"renew_service.json"_s;
    QTest::newRow("switch plan") << qint64(12) << Fields([](const QJsonObject &f) {
        return forACustomer(f) && planOf(f) == u"Enterprise Plan"_s && !f.value(u"trial"_s).toBool();
    }) << u"switchPlanPushButton"_s
                                 << QStringList() << kPseUltimate << 0 << u"switch_plan.json"_s;
    QTest::newRow("add capacity") << qint64(13) << Fields(forACustomer) << u"addCapacityPushButton"_s
                                  << QStringList{kCallExpansion} << QString() << 5 << u"add_capacity.json"_s;
    QTest::newRow("add a service") << qint64(12) << Fields([](const QJsonObject &f) {
        return planOf(f) == u"Ultimate Plan"_s && !hasServices(f) && !f.value(u"trial"_s).toBool();
    }) << u"addServicePushButton"_s << QStringList{kDisasterRecovery}
                                   << QString() << 0 << u"add_service.json"_s;
    QTest::newRow("trial to paid") << qint64(12) << Fields([](const QJsonObject &f) {
        return f.value(u"trial"_s).toBool();
    }) << u"trialToPaidPushButton"_s
                                   << QStringList() << kPseUltimate << 0 << u"trial_to_paid.json"_s;
}

void TestOperationWizard::bodies()
{
    QFETCH(qint64, productId);
    QFETCH(Fields, wanted);
    QFETCH(QString, button);
    QFETCH(QStringList, tick);
    QFETCH(QString, plan);
    QFETCH(int, quantity);
    QFETCH(QString, expected);

    WizardHarness app;
    QVERIFY(app.signIn());
    QVERIFY(app.listsReady());
    ProductsWindow *products = selectProduct(app, productId, wanted);
    QVERIFY(products);
    InstanceDetailsLoader *details = &app.services->purchasedProductDetails;
    const QJsonObject before = details->fields();
    const QString productNo = before.value(u"productNo"_s).toString();
    QVERIFY(pressAction(app, products, button));
    QVERIFY(app.find<QLabel>(u"operationProductLabel"_s)->text().contains(productNo));
    QVERIFY(walkToOffering(app));
    if (!plan.isEmpty()) {
        auto *plans = app.find<QComboBox>(u"planComboBox"_s);
        QTRY_VERIFY(plans->findData(plan) > 0);
        plans->setCurrentIndex(plans->findData(plan));
    }
    for (const QString &service : tick) {
        app.tick(u"service%1CheckBox"_s.arg(service));
        if (quantity > 0)
            app.setQuantity(u"service%1QuantitySpinBox"_s.arg(service), quantity);
    }
    QVERIFY2(walkToReview(app), qPrintable(app.find<QLabel>(u"selectionProblemsLabel"_s)->text()));
    QVERIFY(placeOrder(app));

    QCOMPARE(app.portal.receivedOrderBodies().size(), 1);
    compareWithExpected(app.portal.receivedOrderBodies().constFirst(), expected);
    // The receipt names the operation and the product, on screen and on disk.
    const Receipt &receipt = app.services->purchase.receipt();
    QVERIFY(app.services->purchase.isReceiptSaved());
    QCOMPARE(receipt.subscriptionNo, productNo);
    const QString shown = app.find<QTextBrowser>(u"receiptTextBrowser"_s)->toPlainText();
    QVERIFY2(shown.contains(OrderOperations::label(receipt.operation)), qPrintable(shown));
    QVERIFY(shown.contains(productNo));
    ReceiptStore reread(app.directory.filePath(u"receipts"_s));
    reread.open(u"practice"_s);
    QCOMPARE(reread.receipts().size(), 1);
    QCOMPARE(reread.receipts().constFirst().operation, receipt.operation);

    // The Products window asks again: the product's details show what the order changed
    // (a renewal its new expiry date), not what it was before.
    QTRY_VERIFY_WITH_TIMEOUT(details->state(InstanceDetailsLoader::Part::Details)
                                     == InstanceDetailsLoader::State::Ready
                                 && details->fields() != before,
                             kWaitMs);
    QCOMPARE(details->fields().value(u"productNo"_s).toString(), productNo);
    if (receipt.operation == OrderOperation::Renew)
        QVERIFY(details->fields().value(u"currentPlanExpireDate"_s) != before.value(u"currentPlanExpireDate"_s));
}

void TestOperationWizard::freeTrialFromTheFirstPage()
{
    WizardHarness app;
    QVERIFY(app.signIn());
    QVERIFY(app.listsReady());
    QVERIFY(walkToTurnkeyTrialForLoneStar(app));
    // Only what is offered for a trial.
    auto *plans = app.find<QComboBox>(u"planComboBox"_s);
    QCOMPARE(plans->findData(kTurnkeyPlan), -1);
    plans->setCurrentIndex(plans->findData(kTurnkeyTrialPlan));
    app.tick(u"service%1CheckBox"_s.arg(kTurnkeyTrialMinutes));
    QVERIFY(walkToReview(app)); // no billing contact: a trial is free
    QVERIFY(app.find<QCheckBox>(u"confirmCheckBox"_s)->text().contains(u"free trial"_s));
    QVERIFY(placeOrder(app));
    compareWithExpected(app.portal.receivedOrderBodies().constFirst(), u"trial_plan_and_service.json"_s);

    // A second trial for the same customer: the portal refuses, the user sees why and keeps it all.
    app.wizard()->startNewPurchase();
    QVERIFY(walkToTurnkeyTrialForLoneStar(app));
    plans->setCurrentIndex(plans->findData(kTurnkeyTrialPlan));
    QVERIFY(walkToReview(app));
    confirm(app);
    app.clickNext();
    auto *error = app.find<QLabel>(u"orderErrorLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), kWaitMs);
    QVERIFY2(error->text().contains(u"already used"_s), qPrintable(error->text()));
    QVERIFY(app.find<QLabel>(u"orderErrorReferenceLabel"_s)->text().contains(u"trial_already_used"_s));
    QVERIFY(error->text().contains(u"not placed"_s));
    QCOMPARE(app.wizard()->currentId(), int(PurchaseWizard::ReviewPageId));
    QVERIFY(!app.find<QCheckBox>(u"confirmCheckBox"_s)->isChecked()); // a new attempt needs a new confirmation
    const OrderDraft &kept = app.services->purchase.draft();
    QCOMPARE(kept.operation, OrderOperation::Trial);
    QCOMPARE(kept.product->productId, qint64(14));
    QCOMPARE(kept.subordinate->partnerId.toString(), kLoneStarPartnerId);
    QVERIFY(kept.plan.has_value());
    QCOMPARE(kept.plan->item.id.toString(), kTurnkeyTrialPlan);
    QCOMPARE(app.portal.acceptedOrderCount(), 1);
}

void TestOperationWizard::freeTrialOfAService()
{
    // RM Premium has no plan: its free trial is trial_service, for a customer, with no
    // billing contact.
    WizardHarness app;
    QVERIFY(app.signIn());
    QVERIFY(app.listsReady());
    auto *operations = app.find<QComboBox>(u"operationComboBox"_s);
    operations->setCurrentIndex(operations->findData(int(OrderOperation::Trial)));
    app.chooseProduct(u"RM Premium"_s);
    QTRY_VERIFY_WITH_TIMEOUT(app.wizard()->button(QWizard::NextButton)->isEnabled(), kWaitMs);
    app.clickNext();
    QCOMPARE(app.wizard()->currentId(), int(PurchaseWizard::RecipientPageId));
    QTest::mouseClick(app.find<QRadioButton>(u"customerRadioButton"_s), Qt::LeftButton, {}, QPoint(4, 4));
    QVERIFY(app.chooseCustomer(kLoneStarPartnerId));
    app.clickNext();
    QCOMPARE(app.wizard()->currentId(), int(PurchaseWizard::OfferingPageId));
    QTRY_VERIFY_WITH_TIMEOUT(app.services->offering.state() == LoadState::State::Ready, kWaitMs);
    QVERIFY(!app.find<QCheckBox>(u"service%1CheckBox"_s.arg(kRmPremiumPaidConnections)));
    app.tick(u"service%1CheckBox"_s.arg(kRmPremiumTrialConnections));
    QVERIFY(walkToReview(app)); // no billing contact: a trial is free
    QVERIFY(placeOrder(app));
    QCOMPARE(app.portal.receivedOrderBodies().size(), 1);
    compareWithExpected(app.portal.receivedOrderBodies().constFirst(), u"trial_service.json"_s);
}

void TestOperationWizard::lostAnswerToARenewalIsLookedUpNotResent()
{
    // The renewal of a single licence sends no quantity: the look-up matches it by its ID.
    WizardHarness app;
    QVERIFY(startRenewalOfAPbxWithAService(app));
    QVERIFY(walkToOffering(app));
    QVERIFY(walkToReview(app));
    app.portal.injectFault(PracticePortal::Route::OrderSave, PracticeFault::Kind::DropConnection, 1);
    confirm(app);
    app.clickNext();
    QTRY_COMPARE_WITH_TIMEOUT(app.wizard()->currentId(), int(PurchaseWizard::OutcomeUnknownPageId), kWaitMs);
    auto *verdict = app.find<QLabel>(u"lookupVerdictLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(verdict->text().startsWith(QLatin1String("Found it")), kWaitMs);
    QCOMPARE(app.portal.receivedOrderBodies().size(), 1);
    QCOMPARE(app.services->submitter.sendCount(), 1);
    // What was sent is kept next to the receipts, with its operation.
    QCOMPARE(app.services->purchase.receipt().operation, OrderOperation::Renew);
    QVERIFY(app.services->purchase.draft().subscription.has_value());
}

void TestOperationWizard::reloadShowsWhatChangedElsewhere()
{
    // Renewed behind the app's back (by a colleague, in the web portal): Reload shows the
    // selected product's new expiry in its row and in its details.
    WizardHarness app;
    QVERIFY(app.signIn());
    QVERIFY(app.listsReady());
    const QByteArray body = testData(u"operations/renew_plan_and_service.json"_s);
    const std::optional<OrderRequest> renewal = OrderBodyReader::read(body);
    QVERIFY(renewal);
    ProductsWindow *products = selectProduct(app, 12, [renewal](const QJsonObject &f) {
        return f.value(u"productNo"_s).toString() == renewal->productNo;
    });
    QVERIFY(products);
    InstanceDetailsLoader *details = products->detailsLoader();
    const QJsonValue expiry = details->fields().value(u"currentPlanExpireDate"_s);
    QObject context;
    bool placed = false;
    app.services->client.placeOrder(*renewal, &context,
                                    [&placed](const ApiResult<OrderReceipt> &result) { placed = result.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(placed, kWaitMs);
    QCOMPARE(details->fields().value(u"currentPlanExpireDate"_s), expiry); // nobody told the app

    QTest::mouseClick(products->findChild<QPushButton *>(u"reloadProductsButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(details->state(InstanceDetailsLoader::Part::Details)
                                     == InstanceDetailsLoader::State::Ready
                                 && details->fields().value(u"currentPlanExpireDate"_s) != expiry,
                             kWaitMs);
    QCOMPARE(details->instance()->productNo, renewal->productNo);
    const QModelIndex current = products->tableView()->currentIndex();
    QCOMPARE(products->model()->at(products->filterModel()->sourceRow(current.row())).productNo, renewal->productNo);
}

void TestOperationWizard::renewalRuleDisablesNextWithItsReason()
{
    WizardHarness app;
    QVERIFY(startRenewalOfAPbxWithAService(app));
    app.screenshot(u"10-renew-first-page"_s);
    QVERIFY(walkToOffering(app));
    const int current = app.services->purchase.draft().subscription->quantity;
    QTRY_COMPARE(app.find<QSpinBox>(u"planQuantitySpinBox"_s)->value(), current);
    QVERIFY(app.find<QCheckBox>(u"service%1CheckBox"_s.arg(kHotStandby))->isChecked());
    app.setQuantity(u"planQuantitySpinBox"_s, current + 5);
    auto *problems = app.find<QLabel>(u"selectionProblemsLabel"_s);
    QTRY_VERIFY(problems->isVisible());
    QVERIFY2(problems->text().contains(u"keeps the current %1 extensions"_s.arg(current)),
             qPrintable(problems->text()));
    QVERIFY(!app.wizard()->button(QWizard::NextButton)->isEnabled());
    app.screenshot(u"11-renew-rule"_s);
    // Plan and services together: untick Hot Standby and it says so.
    app.setQuantity(u"planQuantitySpinBox"_s, current);
    QTest::mouseClick(app.find<QCheckBox>(u"service%1CheckBox"_s.arg(kHotStandby)), Qt::LeftButton, {},
                      QPoint(4, 4));
    QTRY_VERIFY(problems->text().contains(u"renewed together"_s));
    QVERIFY(!app.wizard()->button(QWizard::NextButton)->isEnabled());
    app.tick(u"service%1CheckBox"_s.arg(kHotStandby));
    QTRY_VERIFY(app.wizard()->button(QWizard::NextButton)->isEnabled());
    QVERIFY(!problems->isVisible());
}

void TestOperationWizard::disasterRecoveryNeedsTheUltimatePlan()
{
    WizardHarness app;
    QVERIFY(app.signIn());
    QVERIFY(app.listsReady());
    ProductsWindow *products = selectProduct(app, 12, [](const QJsonObject &f) {
        return planOf(f) == u"Enterprise Plan"_s && !f.value(u"trial"_s).toBool();
    });
    QVERIFY(products);
    QVERIFY(pressAction(app, products, u"addServicePushButton"_s));
    QVERIFY(walkToOffering(app));
    app.tick(u"service%1CheckBox"_s.arg(kDisasterRecovery));
    auto *problems = app.find<QLabel>(u"selectionProblemsLabel"_s);
    QTRY_VERIFY(problems->isVisible());
    QVERIFY2(problems->text().contains(u"only available on the Ultimate plan"_s), qPrintable(problems->text()));
    QVERIFY(problems->text().contains(u"Enterprise Plan"_s));
    QVERIFY(!app.wizard()->button(QWizard::NextButton)->isEnabled());
    QCOMPARE(app.portal.receivedOrderBodies().size(), 0);
}

void TestOperationWizard::actionWithoutAProductSaysWhereToChooseOne()
{
    WizardHarness app;
    QVERIFY(app.signIn());
    QVERIFY(app.listsReady());
    auto *operations = app.find<QComboBox>(u"operationComboBox"_s);
    QCOMPARE(operations->currentData().toInt(), int(OrderOperation::NewPurchase));
    operations->setCurrentIndex(operations->findData(int(OrderOperation::SwitchPlan)));
    auto *reason = app.find<QLabel>(u"operationReasonLabel"_s);
    QVERIFY(reason->isVisible());
    QVERIFY(reason->text().contains(u"Products"_s));
    QVERIFY(!app.wizard()->button(QWizard::NextButton)->isEnabled());
    // Its button opens the Products window.
    QTest::mouseClick(app.find<QPushButton>(u"openProductsPushButton"_s), Qt::LeftButton);
    ProductsWindow *products = app.window->findChild<FollowUpActions *>()->productsWindow();
    QVERIFY(products);
    QVERIFY(QTest::qWaitForWindowExposed(products));
    // Back to a new purchase: the product list is there again.
    operations->setCurrentIndex(operations->findData(int(OrderOperation::NewPurchase)));
    QVERIFY(!reason->isVisible());
    app.chooseProduct(u"Remote Management Premium"_s);
    QTRY_VERIFY(app.wizard()->button(QWizard::NextButton)->isEnabled());
}

void TestOperationWizard::portalRefusals_data()
{
    // The app's rules stop these; the portal refuses them too when the app's view of the
    // product is stale (the details changed since they were read), which is what each row
    // simulates by changing the details the wizard was given.
    QTest::addColumn<QString>("button");
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("tick");
    QTest::addColumn<QString>("code");
    QTest::newRow("renew with another extension count")
        << u"renewPushButton"_s << u"quantity"_s << QString() << u"renew_quantity_mismatch"_s;
    QTest::newRow("switch to the current plan")
        << u"switchPlanPushButton"_s << u"plan"_s << QString() << u"switch_same_plan"_s;
    QTest::newRow("Disaster Recovery without Ultimate")
        << u"addServicePushButton"_s << u"ultimate"_s << kDisasterRecovery << u"plan_not_supported"_s;
    QTest::newRow("unknown productNo")
        << u"renewPushButton"_s << u"productNo"_s << QString() << u"product_not_found"_s;
}

void TestOperationWizard::portalRefusals()
{
    QFETCH(QString, button);
    QFETCH(QString, change);
    QFETCH(QString, tick);
    QFETCH(QString, code);

    WizardHarness app;
    QVERIFY(app.signIn());
    QVERIFY(app.listsReady());
    ProductsWindow *products = selectProduct(app, 12, [](const QJsonObject &f) {
        return planOf(f) == u"Enterprise Plan"_s && hasServices(f) && forACustomer(f);
    });
    QVERIFY(products);
    QVERIFY(pressAction(app, products, button));
    CurrentSubscription stale = *app.services->purchase.draft().subscription;
    if (change == u"quantity"_s)
        stale.quantity += 5;
    if (change == u"plan"_s || change == u"ultimate"_s) {
        stale.planId = EntityId::fromString(kPseUltimate);
        stale.planName = u"Ultimate Plan"_s;
    }
    if (change == u"productNo"_s)
        stale.productNo = u"3651E0000000"_s;
    QVERIFY(app.wizard()->startOperation(app.services->purchase.draft().operation, stale));
    QVERIFY(walkToOffering(app));
    if (change == u"plan"_s) { // "switch" to what the portal knows as the current plan
        auto *plans = app.find<QComboBox>(u"planComboBox"_s);
        plans->setCurrentIndex(plans->findData(u"3052260447906144256"_s));
    }
    if (!tick.isEmpty())
        app.tick(u"service%1CheckBox"_s.arg(tick));
    QVERIFY2(walkToReview(app), qPrintable(app.find<QLabel>(u"selectionProblemsLabel"_s)->text()));
    const OrderDraft chosen = app.services->purchase.draft();
    confirm(app);
    app.clickNext();
    auto *error = app.find<QLabel>(u"orderErrorLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), kWaitMs);
    QVERIFY2(app.find<QLabel>(u"orderErrorReferenceLabel"_s)->text().contains(code),
             qPrintable(app.find<QLabel>(u"orderErrorReferenceLabel"_s)->text()));
    QVERIFY(error->text().contains(u"not placed"_s));
    QCOMPARE(app.wizard()->currentId(), int(PurchaseWizard::ReviewPageId));
    QVERIFY(
        !app.find<QCheckBox>(u"confirmCheckBox"_s)->isChecked()); // a new attempt needs a new confirmation
    // Everything chosen is still there.
    const OrderDraft kept = app.services->purchase.draft();
    QCOMPARE(kept.operation, chosen.operation);
    QCOMPARE(kept.productNo, chosen.productNo);
    QCOMPARE(kept.plan.has_value(), chosen.plan.has_value());
    QCOMPARE(kept.services.size(), chosen.services.size());
    QCOMPARE(kept.billingContact->billingContactId, chosen.billingContact->billingContactId);
    QCOMPARE(app.portal.acceptedOrderCount(), 0);
    if (code == u"renew_quantity_mismatch"_s)
        app.screenshot(u"12b-renew-refused"_s);
}

void TestOperationWizard::termsShownOrSaidToBeMissing()
{
    WizardHarness app;
    QVERIFY(startRenewalOfAPbxWithAService(app));
    QVERIFY(walkToOffering(app));
    QVERIFY(walkToReview(app));
    auto *terms = app.find<QLabel>(u"termsLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!app.services->terms.isLoading(), kWaitMs);
    QVERIFY2(terms->text().contains(u"Unit price"_s), qPrintable(terms->text()));
    QVERIFY(terms->text().contains(u"Terms of “Hot Standby”"_s));
    QVERIFY(terms->text().contains(u"renewalNote"_s)); // an unknown field, as key → value
    QCOMPARE(app.portal.requestCount(PracticePortal::Route::Terms), 2);
    app.find<QAbstractButton>(u"showRequestToolButton"_s)->click();
    app.screenshot(u"12-renew-review"_s);
    app.find<QAbstractButton>(u"showRequestToolButton"_s)->click();

    // Back and again, with the terms failing: the page says so, the order goes through.
    app.portal.injectFault(PracticePortal::Route::Terms, PracticeFault::httpError(503));
    app.wizard()->back();
    app.clickNext();
    QCOMPARE(app.wizard()->currentId(), int(PurchaseWizard::ReviewPageId));
    QTRY_VERIFY_WITH_TIMEOUT(terms->text().contains(u"could not be shown"_s), kWaitMs);
    QVERIFY(terms->text().contains(u"You can still place the order"_s));
    QVERIFY(placeOrder(app));
    QCOMPARE(app.portal.acceptedOrderCount(), 1);
    app.screenshot(u"13-renew-receipt"_s);
}

void TestOperationWizard::autoRenewalHasItsOwnConfirmation()
{
    WizardHarness app;
    QVERIFY(app.signIn());
    QVERIFY(app.listsReady());
    ProductsWindow *products = selectProduct(app, 12, [](const QJsonObject &f) {
        return !f.value(u"autoRenew"_s).toBool() && !f.value(u"trial"_s).toBool() && forACustomer(f);
    });
    QVERIFY(products);
    auto *state = products->findChild<QLabel *>(u"autoRenewalStateLabel"_s);
    QVERIFY(state->text().contains(u"only possible in the Partner Portal"_s)); // where the user looks
    QTest::mouseClick(products->findChild<QPushButton *>(u"autoRenewalPushButton"_s), Qt::LeftButton);
    auto *dialog = products->findChild<AutoRenewalDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *turnOn = dialog->findChild<QPushButton *>(u"turnOnAutoRenewalPushButton"_s);
    QVERIFY(!turnOn->isEnabled()); // not before its own confirmation
    QVERIFY(
        dialog->findChild<QLabel *>(u"autoRenewalOffNoteLabel"_s)->text().contains(u"Cancel Auto Renew"_s));
    auto *tickBox = dialog->findChild<QCheckBox *>(u"autoRenewalConfirmCheckBox"_s);
    QTest::mouseClick(tickBox, Qt::LeftButton, {}, QPoint(4, tickBox->height() / 2));
    QVERIFY(turnOn->isEnabled());
    QTest::mouseClick(turnOn, Qt::LeftButton);
    QTest::mouseClick(turnOn, Qt::LeftButton); // a second click sends nothing more
    QTRY_COMPARE_WITH_TIMEOUT(app.services->autoRenewal.state(), AutoRenewal::State::On, kWaitMs);
    QCOMPARE(app.portal.requestCount(PracticePortal::Route::AutoRenewal), 1);
    compareWithExpected(app.portal.lastRequest(PracticePortal::Route::AutoRenewal)->body,
                        u"auto_renew.json"_s);
    auto *result = dialog->findChild<QPlainTextEdit *>(u"autoRenewalResultPlainTextEdit"_s);
    QVERIFY(result->isVisible());
    QVERIFY(result->toPlainText().contains(u"Auto-renewal is on"_s));
    QVERIFY(result->toPlainText().contains(app.services->autoRenewal.requestId()));
    QVERIFY(dialog->findChild<QPushButton *>(u"copyAutoRenewalResultPushButton"_s)->isEnabled());
    QVERIFY(!turnOn->isEnabled());
    app.screenshot(u"14-auto-renewal"_s);
    if (!qEnvironmentVariableIsEmpty("PP_SCREENSHOT_DIR"))
        dialog->grab().save(qEnvironmentVariable("PP_SCREENSHOT_DIR") + u"/14-auto-renewal.png"_s);
    // Save as…: where it went, or why it did not.
    auto *saved = dialog->findChild<QLabel *>(u"autoRenewalSaveFeedbackLabel"_s);
    QVERIFY(!saved->isVisible());
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveAutoRenewalResultPushButton"_s), Qt::LeftButton);
    auto *files = dialog->findChild<QFileDialog *>(u"saveAutoRenewalFileDialog"_s);
    QVERIFY(files);
    const QString nowhere = app.directory.filePath(u"missing/folder/auto-renewal.txt"_s);
    emit files->fileSelected(nowhere);
    QVERIFY(saved->isVisible());
    QVERIFY2(saved->text().contains(u"not saved"_s) && saved->text().contains(QDir::toNativeSeparators(nowhere)),
             qPrintable(saved->text()));
    const QString kept = app.directory.filePath(u"auto-renewal.txt"_s);
    emit files->fileSelected(kept);
    QCOMPARE(saved->text(), u"Saved to %1."_s.arg(QDir::toNativeSeparators(kept)));
    QFile keptFile(kept);
    QVERIFY(keptFile.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(keptFile.readAll()), app.services->autoRenewal.resultText());
    files->close();
    // The product's details say so now.
    QTRY_VERIFY_WITH_TIMEOUT(state->text().contains(u"Auto-renewal is on."_s), kWaitMs);
    dialog->close();

    // A refusal is shown, and nothing is on.
    app.portal.injectFault(PracticePortal::Route::AutoRenewal,
                           PracticeFault::portalError(u"product_not_found"_s, u"no such product"_s), 1);
    CurrentSubscription off = *products->productActions()->product();
    off.autoRenew = false;
    QVERIFY(app.services->autoRenewal.setProduct(off));
    QVERIFY(app.services->autoRenewal.enable(99));
    QTRY_COMPARE_WITH_TIMEOUT(app.services->autoRenewal.state(), AutoRenewal::State::Refused, kWaitMs);
    QVERIFY(app.services->autoRenewal.resultText().contains(u"not turned on"_s));
    QVERIFY(!app.services->autoRenewal.enable(99)); // the same confirmation sends nothing

    // A malformed answer: the outcome is unknown and said so; nothing is sent again by itself.
    app.portal.injectFault(PracticePortal::Route::AutoRenewal, PracticeFault::Kind::MalformedJson, 1);
    QVERIFY(app.services->autoRenewal.setProduct(off));
    QVERIFY(app.services->autoRenewal.enable(100));
    QTRY_COMPARE_WITH_TIMEOUT(app.services->autoRenewal.state(), AutoRenewal::State::Unknown, kWaitMs);
    QVERIFY(app.services->autoRenewal.resultText().contains(u"may or may not be on"_s));
    QCOMPARE(app.portal.requestCount(PracticePortal::Route::AutoRenewal), 3);
}

void TestOperationWizard::contextMenuAndKeyboardReachTheActions()
{
    WizardHarness app;
    QVERIFY(app.signIn());
    QVERIFY(app.listsReady());
    ProductsWindow *products = selectProduct(app, 12, [](const QJsonObject &f) { return hasServices(f); });
    QVERIFY(products);
    // The picture shows the selected product in full, its activation code included.
    QTRY_VERIFY_WITH_TIMEOUT(products->detailsLoader()->state(InstanceDetailsLoader::Part::ActivationCode)
                                 != InstanceDetailsLoader::State::Loading,
                             kWaitMs);
    app.screenshot(u"9-products-actions"_s);
    if (!qEnvironmentVariableIsEmpty("PP_SCREENSHOT_DIR"))
        products->grab().save(qEnvironmentVariable("PP_SCREENSHOT_DIR") + u"/9-products-actions.png"_s);
    // The Menu key (or a right click) on the list: the window system's context menu event.
    QTableView *table = products->tableView();
    table->setFocus();
    const QPoint cell = table->visualRect(table->currentIndex()).center();
    QContextMenuEvent menuKey(QContextMenuEvent::Keyboard, cell, table->viewport()->mapToGlobal(cell));
    QApplication::sendEvent(table->viewport(), &menuKey);
    auto *menu = products->findChild<QMenu *>(u"productActionsMenu"_s);
    QTRY_VERIFY(menu && menu->isVisible());
    QAction *renew = products->productActions()->action(OrderOperation::Renew);
    QVERIFY(menu->actions().contains(renew));
    QVERIFY(renew->isEnabled());
    menu->setActiveAction(renew);
    QTest::keyClick(menu, Qt::Key_Return);
    QTRY_VERIFY(app.services->purchase.draft().subscription.has_value());
    QCOMPARE(app.services->purchase.draft().operation, OrderOperation::Renew);
    // Every button has a name a screen reader reads and an Alt+ key.
    for (QPushButton *button : products->productActions()->findChildren<QPushButton *>()) {
        QVERIFY2(!button->accessibleName().isEmpty(), qPrintable(button->objectName()));
        QVERIFY2(button->text().contains(u'&'), qPrintable(button->objectName()));
    }
}

QTEST_MAIN(TestOperationWizard)
#include "tst_operationwizard.moc"
