// Orders on a product the account has, driven through the real wizard against the practice
// portal over real HTTP: each operation's body compared as exact JSON with its expected
// file in tests/data/operations/, the rules that keep Next disabled (with their reason),
// the portal's refusals (the user keeps every choice), and the terms on the review page.
#include "SeedIds.h"
#include "TestData.h"
#include "WizardHarness.h"
#include "order/OperationDraft.h"
#include "order/ReceiptStore.h"

#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>

using namespace Qt::StringLiterals;

namespace {

constexpr int kWaitMs = 15000;

const QString kPseEnterprise = u"3052260447906144256"_s;
const QString kPseUltimate = u"3052260698545168384"_s;
const QString kHotStandby = u"3052261021133287424"_s;
const QString kDisasterRecovery = u"3052261306803138560"_s;

// A P-Series Software Edition of a customer: Enterprise, 20 extensions, annually, Hot Standby.
CurrentSubscription softwarePbx()
{
    CurrentSubscription product;
    product.productId = 12;
    product.productName = u"Software PBX (PSE Self-hosted)"_s;
    product.productNo = u"3651E1234567"_s;
    product.partnerId = EntityId::fromString(kLoneStarPartnerId);
    product.customerName = u"Lone Star Comms"_s;
    product.planId = EntityId::fromString(kPseEnterprise);
    product.planName = u"Enterprise Plan"_s;
    product.quantity = 20;
    product.quantityUnit = u"extensions"_s;
    product.billingCycle = u"annually"_s;
    product.services = {{EntityId::fromString(kHotStandby), u"Hot Standby"_s, 1}};
    return product;
}

void confirm(WizardHarness &app)
{
    app.tick(u"confirmCheckBox"_s);
}

// From the first page (the action already chosen) to the plans and services, loaded.
void walkToOffering(WizardHarness &app)
{
    QCOMPARE(app.wizard()->currentId(), int(PurchaseWizard::ProductPageId));
    QTRY_VERIFY(app.wizard()->button(QWizard::NextButton)->isEnabled());
    app.clickNext();
    QCOMPARE(app.wizard()->currentId(), int(PurchaseWizard::OfferingPageId)); // the product says for whom
    QTRY_VERIFY_WITH_TIMEOUT(app.find<QComboBox>(u"planComboBox"_s)->count() > 0
                                 || app.find<QCheckBox>(QStringLiteral("service%1CheckBox").arg(kHotStandby)),
                             kWaitMs);
}

void walkFromOfferingToReview(WizardHarness &app, bool billing = true)
{
    QTRY_VERIFY(app.wizard()->currentPage()->isComplete());
    app.clickNext();
    if (billing) {
        QCOMPARE(app.wizard()->currentId(), int(PurchaseWizard::BillingContactPageId));
        app.chooseBillingContact(kSeedBillingContact);
        app.clickNext();
    }
    QCOMPARE(app.wizard()->currentId(), int(PurchaseWizard::ReviewPageId));
}

void placeAndWaitForReceipt(WizardHarness &app)
{
    confirm(app);
    app.clickNext();
    QTRY_COMPARE_WITH_TIMEOUT(app.wizard()->currentId(), int(PurchaseWizard::ReceiptPageId), kWaitMs);
}

} // namespace

class TestOperationWizard : public QObject
{
    Q_OBJECT

private slots:
    void renewalIsPrefilledAndPlaced();
    void renewalRuleDisablesNextWithItsReason();
    void actionWithoutAProductSaysWhereToChooseOne();
    void portalRefusalKeepsTheRenewal();
    void termsThatFailDoNotBlockTheOrder();
};

void TestOperationWizard::renewalIsPrefilledAndPlaced()
{
    WizardHarness app;
    QVERIFY(app.signIn());
    QVERIFY(app.listsReady());
    QVERIFY(app.wizard()->startOperation(OrderOperation::Renew, softwarePbx()));
    auto *product = app.find<QLabel>(u"operationProductLabel"_s);
    QVERIFY(product->isVisible());
    QVERIFY(product->text().contains(u"3651E1234567"_s));
    QVERIFY(product->text().contains(kLoneStarPartnerId));
    QCOMPARE(app.find<QComboBox>(u"operationComboBox"_s)->currentText(), u"Renewal"_s);
    QVERIFY(!app.find<QComboBox>(u"productComboBox"_s)->isVisible()); // fixed by the product
    app.screenshot(u"10-renew-first-page"_s);
    walkToOffering(app);
    auto *plans = app.find<QComboBox>(u"planComboBox"_s);
    QTRY_COMPARE(plans->currentData().toString(), kPseEnterprise);
    QCOMPARE(app.find<QSpinBox>(u"planQuantitySpinBox"_s)->value(), 20);
    QVERIFY(app.find<QCheckBox>(QStringLiteral("service%1CheckBox").arg(kHotStandby))->isChecked());
    walkFromOfferingToReview(app);
    QTRY_VERIFY_WITH_TIMEOUT(!app.services->terms.isLoading(), kWaitMs);
    app.screenshot(u"12-renew-review"_s);
    placeAndWaitForReceipt(app);
    app.screenshot(u"13-renew-receipt"_s);

    QCOMPARE(app.portal.receivedOrderBodies().size(), 1);
    const QByteArray sent = app.portal.receivedOrderBodies().constFirst();
    QCOMPARE(QJsonDocument::fromJson(sent), testJson(u"operations/renew_plan_and_service.json"_s));
    QVERIFY(sent.contains("\"connectionPlanId\": 3052260447906144256,"));
    const QString shown = app.find<QTextBrowser>(u"receiptTextBrowser"_s)->toPlainText();
    QVERIFY(shown.contains(u"Renewal"_s));
    QVERIFY(shown.contains(u"3651E1234567"_s));
    ReceiptStore reread(app.directory.filePath(u"receipts"_s));
    reread.open(u"practice"_s);
    QCOMPARE(reread.receipts().size(), 1);
    QCOMPARE(reread.receipts().constFirst().operation, OrderOperation::Renew);
}

void TestOperationWizard::renewalRuleDisablesNextWithItsReason()
{
    WizardHarness app;
    QVERIFY(app.signIn());
    QVERIFY(app.listsReady());
    QVERIFY(app.wizard()->startOperation(OrderOperation::Renew, softwarePbx()));
    walkToOffering(app);
    QTRY_COMPARE(app.find<QSpinBox>(u"planQuantitySpinBox"_s)->value(), 20);
    app.setQuantity(u"planQuantitySpinBox"_s, 25);
    auto *problems = app.find<QLabel>(u"selectionProblemsLabel"_s);
    QTRY_VERIFY(problems->isVisible());
    QVERIFY2(problems->text().contains(u"20 extension"_s), qPrintable(problems->text()));
    QVERIFY(!app.wizard()->button(QWizard::NextButton)->isEnabled());
    app.screenshot(u"11-renew-rule"_s);
    app.setQuantity(u"planQuantitySpinBox"_s, 20);
    QTRY_VERIFY(app.wizard()->button(QWizard::NextButton)->isEnabled());
    QVERIFY(!problems->isVisible());
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
    QVERIFY(app.find<QPushButton>(u"openProductsPushButton"_s)->isVisible());
    QVERIFY(!app.wizard()->button(QWizard::NextButton)->isEnabled());
    // Back to a new purchase: the product list is there again and nothing was lost.
    operations->setCurrentIndex(operations->findData(int(OrderOperation::NewPurchase)));
    QVERIFY(!reason->isVisible());
    app.chooseProduct(u"Remote Management Premium"_s);
    QTRY_VERIFY(app.wizard()->button(QWizard::NextButton)->isEnabled());
}

void TestOperationWizard::portalRefusalKeepsTheRenewal()
{
    WizardHarness app;
    QVERIFY(app.signIn());
    QVERIFY(app.listsReady());
    QVERIFY(app.wizard()->startOperation(OrderOperation::Renew, softwarePbx()));
    walkToOffering(app);
    walkFromOfferingToReview(app);
    app.portal.injectFault(PracticePortal::Route::OrderSave,
                           PracticeFault::portalError(u"renew_quantity_mismatch"_s,
                                                      u"quantity must equal the current 20 extensions"_s),
                           1);
    confirm(app);
    app.clickNext();
    auto *error = app.find<QLabel>(u"orderErrorLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), kWaitMs);
    QVERIFY(error->text().contains(u"current 20 extensions"_s));
    QCOMPARE(app.wizard()->currentId(), int(PurchaseWizard::ReviewPageId));
    QCOMPARE(app.services->purchase.draft().operation, OrderOperation::Renew);
    QVERIFY(app.services->purchase.draft().subscription);
    QCOMPARE(app.services->purchase.draft().plan->quantity, 20);
    QCOMPARE(app.portal.acceptedOrderCount(), 0);
    // Confirm again: the same renewal goes through.
    confirm(app);
    app.clickNext();
    QTRY_COMPARE_WITH_TIMEOUT(app.wizard()->currentId(), int(PurchaseWizard::ReceiptPageId), kWaitMs);
    QCOMPARE(app.portal.receivedOrderBodies().at(0), app.portal.receivedOrderBodies().at(1));
}

void TestOperationWizard::termsThatFailDoNotBlockTheOrder()
{
    WizardHarness app;
    QVERIFY(app.signIn());
    QVERIFY(app.listsReady());
    QVERIFY(app.wizard()->startOperation(OrderOperation::Renew, softwarePbx()));
    walkToOffering(app);
    walkFromOfferingToReview(app);
    auto *terms = app.find<QLabel>(u"termsLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(terms->text().contains(u"could not be shown"_s), kWaitMs);
    QVERIFY(terms->text().contains(u"You can still place the order"_s));
    placeAndWaitForReceipt(app);
}

QTEST_MAIN(TestOperationWizard)
#include "tst_operationwizard.moc"
