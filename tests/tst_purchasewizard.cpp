// The purchase wizard, driven through its real widgets against the practice portal over
// real HTTP: both seed tutorials end to end, buying for a customer, the one-order-only
// rules, every page's loading / error / empty states, and a token that expires midway.
#include "SubordinateCompleter.h"
#include "TestData.h"
#include "SeedIds.h"
#include "WizardHarness.h"
#include "BatchWindow.h"
#include "CustomerPickerDialog.h"
#include "ProductsWindow.h"
#include "SettingsDialog.h"
#include "models/SubordinatePagedMatches.h"
#include "order/ReceiptStore.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCompleter>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTextBrowser>

using namespace std::chrono_literals;

namespace {

void confirm(WizardHarness &app)
{
    app.tick(QStringLiteral("confirmCheckBox"));
}

// Signed in to a portal with `customers` customers, on "For whom?" with "For a customer"
// ticked (nobody chosen yet).
bool openCustomerChoice(WizardHarness &app, int customers)
{
    app.portal.setSubordinateCount(customers);
    if (!app.signIn() || !QTest::qWaitFor([&app] { return app.listsReady(); }, 20000))
        return false;
    app.chooseProduct(QStringLiteral("Remote Management Premium"));
    app.clickNext();
    QTest::mouseClick(app.find<QRadioButton>(QStringLiteral("customerRadioButton")), Qt::LeftButton,
                      {}, QPoint(4, 4));
    return true;
}

// On "For whom?": tick "For a customer", type `typed` and pick the only match, as a user does.
void pickCustomerByTyping(WizardHarness &app, const QString &typed)
{
    QTest::mouseClick(app.find<QRadioButton>(QStringLiteral("customerRadioButton")), Qt::LeftButton,
                      {}, QPoint(4, 4));
    auto *combo = app.find<QComboBox>(QStringLiteral("subordinateComboBox"));
    QTest::keyClicks(combo->lineEdit(), typed);
    QCompleter *completer = combo->completer();
    QTRY_VERIFY(completer->popup()->isVisible());
    QCOMPARE(completer->completionCount(), 1);
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
}

// Empty when "For whom?" shows no customer chosen, with Next disabled; what is wrong otherwise.
QString customerChosenForTheUser(const WizardHarness &app)
{
    auto *combo = app.find<QComboBox>(QStringLiteral("subordinateComboBox"));
    QStringList problems;
    if (combo->currentIndex() >= 0)
        problems << QStringLiteral("the field shows entry %1 (%2)").arg(combo->currentIndex()).arg(combo->currentText());
    for (int row = 0; row < combo->count(); ++row) {
        if (!combo->currentText().isEmpty() && combo->currentText() == combo->itemText(row))
            problems << QStringLiteral("the field's text is customer %1").arg(row);
    }
    if (app.services->purchase.draft().subordinate)
        problems << QStringLiteral("the draft holds %1").arg(app.services->purchase.draft().subordinate->displayName());
    if (app.wizard()->currentPage()->isComplete())
        problems << QStringLiteral("the page is complete");
    if (app.wizard()->button(QWizard::NextButton)->isEnabled())
        problems << QStringLiteral("Next is enabled");
    return problems.join(QStringLiteral("; "));
}

} // namespace

class TestPurchaseWizard : public QObject
{
    Q_OBJECT

private slots:
    void hiddenPagesAndDialogsAreBuiltOnFirstUse();
    void remoteManagementPremiumSeed();
    void turnkeySeed();
    void seedsForACustomerSendPartnerId_data();
    void seedsForACustomerSendPartnerId();
    void slowCustomerListChoosesNobody();
    void failedThenRecoveredCustomerListChoosesNobody();
    void accountChangeChoosesNobody();
    void arrowKeysAfterTypingOpenTheMatches();
    void doubleSubmitPlacesOneOrder();
    void doubleClickAndEnterKeepTheReceipt();
    void nothingLeavesTheReviewPageWhileSending();
    void lostReplyShowsOutcomeUnknown_data();
    void lostReplyShowsOutcomeUnknown();
    void portalRefusalReturnsToReview();
    void productPageErrorAndRetry();
    void pagesShowLoadingAndEmptyStates();
    void tokenExpiryMidwayIsInvisible();
    void backKeepsChoicesAndProductChangeClearsDependents();
    void keyboardEnterMovesOn();
    void twentyThousandCustomersFilterByTyping();
    void reloadKeepsTheChosenCustomerAndTheTypedFilter();
    void customerPopupReachesTheLastOfManyMatches();
    void restartSignsInSilentlyAndSignOutForgets();
};

// At start only the first screen exists: the product page and the sign-in dialog. The
// other pages are empty until entered, and no window, dialog or print machinery of the
// menus exists before it is asked for; then each works.
void TestPurchaseWizard::hiddenPagesAndDialogsAreBuiltOnFirstUse()
{
    QTemporaryDir folder;
    AppSettings settings(folder.filePath(QStringLiteral("settings.ini")));
    WizardHarness app(&settings);
    const QList<int> hidden{PurchaseWizard::RecipientPageId, PurchaseWizard::OfferingPageId,
                            PurchaseWizard::BillingContactPageId, PurchaseWizard::ReviewPageId,
                            PurchaseWizard::ReceiptPageId, PurchaseWizard::OutcomeUnknownPageId};
    auto builtPages = [&] {
        QList<int> built;
        for (const int id : hidden) {
            if (!app.wizard()->page(id)->findChildren<QWidget *>().isEmpty())
                built << id;
        }
        return built;
    };
    auto noWindowsYet = [&] {
        QWidget *window = app.window.get();
        return window->findChildren<ReceiptHistoryWindow *>().isEmpty() && window->findChildren<OrdersWindow *>().isEmpty()
            && window->findChildren<ProductsWindow *>().isEmpty() && window->findChildren<BatchWindow *>().isEmpty()
            && window->findChildren<SettingsDialog *>().isEmpty() && window->findChildren<CustomerPickerDialog *>().isEmpty()
            && window->findChildren<QPrintDialog *>().isEmpty();
    };
    QVERIFY(app.find<QComboBox>(QStringLiteral("productComboBox")));
    QCOMPARE(builtPages(), QList<int>());
    QVERIFY(noWindowsYet());
    // Signed in, with every list loaded: still nothing hidden built.
    QVERIFY(app.signIn());
    QVERIFY(app.listsReady());
    QCOMPARE(builtPages(), QList<int>());
    QVERIFY(noWindowsYet());
    // Each page's widgets come as the page is entered, with their names.
    for (const int id : hidden)
        QVERIFY(!app.wizard()->page(id)->title().isEmpty());
    app.chooseProduct(QStringLiteral("Remote Management Premium"));
    app.clickNext();
    QCOMPARE(app.wizard()->currentId(), int(PurchaseWizard::RecipientPageId));
    QCOMPARE(builtPages(), QList<int>{PurchaseWizard::RecipientPageId});
    QVERIFY(app.find<QComboBox>(QStringLiteral("subordinateComboBox"))->accessibleName() == QStringLiteral("Customer"));
    QVERIFY(!app.find<QComboBox>(QStringLiteral("planComboBox")));
    app.wizard()->back();
    QVERIFY(app.walkToReviewForRemoteManagementPremium());
    QCOMPARE(builtPages(), (QList<int>{PurchaseWizard::RecipientPageId, PurchaseWizard::OfferingPageId, PurchaseWizard::BillingContactPageId, PurchaseWizard::ReviewPageId}));
    QVERIFY(noWindowsYet());
    // The receipt page, and printing from it, on first use.
    confirm(app);
    app.clickNext();
    QTRY_COMPARE_WITH_TIMEOUT(app.wizard()->currentId(), int(PurchaseWizard::ReceiptPageId), 15000);
    QVERIFY(app.window->findChildren<QPrintDialog *>().isEmpty());
    QTest::mouseClick(app.find<QPushButton>(QStringLiteral("printButton")), Qt::LeftButton);
    QTRY_COMPARE(app.window->findChildren<QPrintDialog *>().size(), 1);
    QPrintDialog *print = app.window->findChild<QPrintDialog *>();
    QTRY_VERIFY(print->isVisible());
    print->reject();
    // The windows of the menus work on first use.
    auto *followUp = app.window->findChild<FollowUpActions *>();
    followUp->receiptsAction()->trigger();
    QVERIFY(followUp->receiptsWindow());
    QTRY_VERIFY(followUp->receiptsWindow()->isVisible());
    followUp->receiptsWindow()->close();
    app.window->openSettings();
    QTRY_VERIFY(app.window->settingsDialog() && app.window->settingsDialog()->isVisible());
    app.window->settingsDialog()->reject();
}

void TestPurchaseWizard::remoteManagementPremiumSeed()
{
    WizardHarness app;
    QVERIFY(app.signIn());
    QVERIFY(app.listsReady());
    QVERIFY(app.walkToReviewForRemoteManagementPremium());

    const QByteArray seed = testData(QStringLiteral("examples/order_request_rm_premium_seed.json"));
    auto *body = app.find<QPlainTextEdit>(QStringLiteral("requestBodyPlainTextEdit"));
    QCOMPARE(body->toPlainText(), QString::fromUtf8(seed)); // the review shows what is sent
    QVERIFY(!app.wizard()->currentPage()->isComplete());    // not before the confirmation
    confirm(app);
    QVERIFY(app.wizard()->currentPage()->isComplete());
    app.clickNext();
    QTRY_COMPARE(app.wizard()->currentId(), int(PurchaseWizard::ReceiptPageId));
    QVERIFY(!app.wizard()->button(QWizard::NextButton)->isVisible());
    QVERIFY(app.wizard()->button(QWizard::FinishButton)->isVisible());

    // Exactly the tutorial's body reached the portal, once.
    QCOMPARE(app.portal.receivedOrderBodies().size(), 1);
    QCOMPARE(app.portal.receivedOrderBodies().first(), seed);
    QCOMPARE(QJsonDocument::fromJson(app.portal.receivedOrderBodies().first()), QJsonDocument::fromJson(seed));

    // The receipt page and the saved receipt show the portal's answer.
    const OrderReceipt answer = app.services->submitter.receipt();
    QVERIFY(!answer.orderNo.isEmpty());
    QVERIFY(!answer.requestId.isEmpty());
    const QString shown = app.find<QTextBrowser>(QStringLiteral("receiptTextBrowser"))->toPlainText();
    for (const QString &value : {answer.orderNo, answer.orderId, answer.transactionNo, answer.instanceId,
                                 answer.productNo, answer.requestId})
        QVERIFY2(shown.contains(value), qPrintable(value));
    QVERIFY(shown.contains(QStringLiteral("Remote Management Premium × 10")));

    ReceiptStore reread(app.directory.filePath(QStringLiteral("receipts")));
    reread.open(QStringLiteral("practice"));
    QCOMPARE(reread.receipts().size(), 1);
    QCOMPARE(reread.receipts().first().portal.orderNo, answer.orderNo);
    QCOMPARE(reread.receipts().first().portal.requestId, answer.requestId);
    QCOMPARE(reread.receipts().first().requestBody, seed);
}

void TestPurchaseWizard::turnkeySeed()
{
    WizardHarness app;
    QVERIFY(app.signIn());
    QVERIFY(app.listsReady());
    app.chooseProduct(QStringLiteral("P-Series Turnkey Package"));
    app.screenshot(QStringLiteral("1-product"));
    app.clickNext();
    app.screenshot(QStringLiteral("2-for-whom"));
    app.clickNext();
    auto *plans = app.find<QComboBox>(QStringLiteral("planComboBox"));
    QTRY_VERIFY(plans->findData(kTurnkeyPlan) > 0);
    plans->setCurrentIndex(plans->findData(kTurnkeyPlan));
    app.setQuantity(QStringLiteral("planQuantitySpinBox"), 100);
    app.tick(QStringLiteral("service%1CheckBox").arg(kRecordingMinutes));
    app.setQuantity(QStringLiteral("service%1QuantitySpinBox").arg(kRecordingMinutes), 10000);
    app.screenshot(QStringLiteral("3-plans-and-services"));
    app.clickNext();
    app.chooseBillingContact(kSeedBillingContact);
    app.screenshot(QStringLiteral("4-billing-contact"));
    app.clickNext();
    QCOMPARE(app.wizard()->currentId(), int(PurchaseWizard::ReviewPageId));
    confirm(app);
    app.find<QAbstractButton>(QStringLiteral("showRequestToolButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!app.services->terms.isLoading(), 20000); // the picture shows them
    app.screenshot(QStringLiteral("5-review"));
    app.clickNext();
    QTRY_COMPARE(app.wizard()->currentId(), int(PurchaseWizard::ReceiptPageId));
    QTRY_VERIFY(app.wizard()->button(QWizard::FinishButton)->isEnabled()); // once the receipt has settled
    app.screenshot(QStringLiteral("6-receipt"));

    const QByteArray seed = testData(QStringLiteral("examples/order_request_turnkey_seed.json"));
    QCOMPARE(app.portal.receivedOrderBodies(), QList<QByteArray>{seed});
    QVERIFY(seed.contains("\"connectionPlanId\": 3048941892189077504"));
    const QString shown = app.find<QTextBrowser>(QStringLiteral("receiptTextBrowser"))->toPlainText();
    QVERIFY(shown.contains(app.services->submitter.receipt().orderNo));
    QVERIFY(shown.contains(QStringLiteral("Recording Minutes × 10,000")));
}

void TestPurchaseWizard::seedsForACustomerSendPartnerId_data()
{
    QTest::addColumn<QString>("product");
    QTest::addColumn<QString>("expectedFile");
    QTest::newRow("Remote Management Premium") << QStringLiteral("Remote Management Premium")
                                               << QStringLiteral("order_request_rm_premium_for_customer.json");
    QTest::newRow("P-Series Turnkey") << QStringLiteral("P-Series Turnkey Package")
                                      << QStringLiteral("order_request_turnkey_for_customer.json");
}

void TestPurchaseWizard::seedsForACustomerSendPartnerId()
{
    QFETCH(QString, product);
    QFETCH(QString, expectedFile);
    WizardHarness app;
    QVERIFY(app.signIn());
    QVERIFY(app.listsReady());
    app.chooseProduct(product);
    app.clickNext();
    QVERIFY(app.wizard()->currentPage()->isComplete()); // "myself" is the default
    pickCustomerByTyping(app, QStringLiteral("lone star"));
    auto *combo = app.find<QComboBox>(QStringLiteral("subordinateComboBox"));
    QTRY_COMPARE(combo->currentData(RemoteListModel::IdRole).toString(), kLoneStarPartnerId);
    QVERIFY(app.wizard()->currentPage()->isComplete());
    if (product == QLatin1String("Remote Management Premium"))
        app.screenshot(QStringLiteral("2b-for-a-customer"));

    app.clickNext();
    QVERIFY(app.chooseSeedOffering(product));
    app.clickNext();
    app.chooseBillingContact(kSeedBillingContact);
    app.clickNext();
    QCOMPARE(app.wizard()->currentId(), int(PurchaseWizard::ReviewPageId));

    // The review shows the exact body: the seed's plus the partnerId line.
    const QByteArray expected = testData(expectedFile);
    QCOMPARE(app.find<QPlainTextEdit>(QStringLiteral("requestBodyPlainTextEdit"))->toPlainText(),
             QString::fromUtf8(expected));
    QVERIFY(app.find<QLabel>(QStringLiteral("summaryLabel"))->text().contains(QLatin1String("Lone Star Dental")));
    confirm(app);
    app.clickNext();
    QTRY_COMPARE(app.wizard()->currentId(), int(PurchaseWizard::ReceiptPageId));

    // What the portal received: exactly that body, as JSON and byte for byte.
    QCOMPARE(app.portal.receivedOrderBodies().size(), 1);
    const QByteArray sent = app.portal.receivedOrderBodies().constFirst();
    QCOMPARE(QJsonDocument::fromJson(sent), QJsonDocument::fromJson(expected));
    QCOMPARE(QString::fromUtf8(sent), QString::fromUtf8(expected));
    QVERIFY(!sent.contains("assignId"));

    // The receipt on screen and on disk say for whom.
    const QString shown = app.find<QTextBrowser>(QStringLiteral("receiptTextBrowser"))->toPlainText();
    QVERIFY2(shown.contains(QStringLiteral("Lone Star Dental LLC — Mark Rivera (partner ID %1)").arg(kLoneStarPartnerId)),
             qPrintable(shown));
    ReceiptStore reread(app.directory.filePath(QStringLiteral("receipts")));
    reread.open(QStringLiteral("practice"));
    QCOMPARE(reread.receipts().size(), 1);
    QCOMPARE(reread.receipts().first().recipientPartnerId, kLoneStarPartnerId);
    QCOMPARE(reread.receipts().first().requestBody, expected);
}

void TestPurchaseWizard::slowCustomerListChoosesNobody()
{
    WizardHarness app;
    app.portal.injectFault(PracticePortal::Route::PartnerList, PracticeFault::delayed(1500ms), 1);
    QVERIFY(app.signIn());
    QTRY_VERIFY(app.services->products.state() == RemoteListModel::State::Ready);
    app.chooseProduct(QStringLiteral("Remote Management Premium"));
    app.clickNext();
    QVERIFY(app.services->subordinates.isLoading());
    QTest::mouseClick(app.find<QRadioButton>(QStringLiteral("customerRadioButton")), Qt::LeftButton,
                      {}, QPoint(4, 4));
    QTRY_VERIFY_WITH_TIMEOUT(app.services->subordinates.state() == RemoteListModel::State::Ready, 15000);
    QVERIFY(app.services->subordinates.rowCount() > 1);
    QVERIFY(app.find<QRadioButton>(QStringLiteral("customerRadioButton"))->isChecked());
    QString problem = customerChosenForTheUser(app);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // What the user typed while the list was loading survives its arrival and a reload.
    auto *combo = app.find<QComboBox>(QStringLiteral("subordinateComboBox"));
    QTest::keyClicks(combo->lineEdit(), QStringLiteral("nord"));
    app.services->subordinates.load();
    QTRY_VERIFY(app.services->subordinates.state() == RemoteListModel::State::Ready);
    QCOMPARE(combo->currentText(), QStringLiteral("nord"));
    problem = customerChosenForTheUser(app);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // Back and Next again: still nobody, until the user picks.
    app.wizard()->back();
    app.clickNext();
    QCOMPARE(app.wizard()->currentId(), int(PurchaseWizard::RecipientPageId));
    QTest::mouseClick(app.find<QRadioButton>(QStringLiteral("customerRadioButton")), Qt::LeftButton,
                      {}, QPoint(4, 4));
    problem = customerChosenForTheUser(app);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QTest::keyClicks(combo->lineEdit(), QStringLiteral("lone"));
    QCompleter *completer = combo->completer();
    QTRY_VERIFY(completer->popup()->isVisible());
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QTRY_VERIFY(app.wizard()->currentPage()->isComplete());
    QCOMPARE(app.services->purchase.draft().subordinate->partnerId.toString(), kLoneStarPartnerId);

    // A reload keeps the user's own choice, and only that.
    app.services->subordinates.load();
    QTRY_VERIFY(app.services->subordinates.state() == RemoteListModel::State::Ready);
    QCOMPARE(combo->currentData(RemoteListModel::IdRole).toString(), kLoneStarPartnerId);
    QCOMPARE(app.services->purchase.draft().subordinate->partnerId.toString(), kLoneStarPartnerId);

    // Typing over the choice unchooses it.
    QTest::keyClicks(combo->lineEdit(), QStringLiteral("x"));
    QVERIFY(!app.services->purchase.draft().subordinate);
    QVERIFY(!app.wizard()->currentPage()->isComplete());
    // Back to "myself" and to "a customer" again: nobody is chosen.
    QTest::mouseClick(app.find<QRadioButton>(QStringLiteral("myselfRadioButton")), Qt::LeftButton, {}, QPoint(4, 4));
    QVERIFY(app.wizard()->currentPage()->isComplete());
    QTest::mouseClick(app.find<QRadioButton>(QStringLiteral("customerRadioButton")), Qt::LeftButton,
                      {}, QPoint(4, 4));
    problem = customerChosenForTheUser(app);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestPurchaseWizard::failedThenRecoveredCustomerListChoosesNobody()
{
    WizardHarness app;
    app.portal.injectFault(PracticePortal::Route::PartnerList, PracticeFault::httpError(503), 1);
    QVERIFY(app.signIn());
    QTRY_VERIFY(app.services->products.state() == RemoteListModel::State::Ready);
    QTRY_VERIFY(app.services->subordinates.state() == RemoteListModel::State::Failed);
    app.chooseProduct(QStringLiteral("Remote Management Premium"));
    app.clickNext();
    QWidget *page = app.wizard()->page(PurchaseWizard::RecipientPageId);
    auto *retry = page->findChild<QPushButton *>(QStringLiteral("retryButton"));
    QTRY_VERIFY(retry->isVisible());
    QTest::mouseClick(app.find<QRadioButton>(QStringLiteral("customerRadioButton")), Qt::LeftButton,
                      {}, QPoint(4, 4));
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY(app.services->subordinates.state() == RemoteListModel::State::Ready);
    QVERIFY(!retry->isVisible());
    QString problem = customerChosenForTheUser(app);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // The user picks the third customer from the drop-down: that one, and only it, is sent.
    const QString third = app.services->subordinates.at(2).partnerId.toString();
    QVERIFY(app.chooseCustomer(third));
    QVERIFY(app.wizard()->currentPage()->isComplete());
    app.clickNext();
    QVERIFY(app.chooseSeedOffering(QStringLiteral("Remote Management Premium")));
    app.clickNext();
    app.chooseBillingContact(kSeedBillingContact);
    app.clickNext();
    confirm(app);
    app.clickNext();
    QTRY_COMPARE(app.wizard()->currentId(), int(PurchaseWizard::ReceiptPageId));
    const QJsonObject sent = QJsonDocument::fromJson(app.portal.receivedOrderBodies().value(0)).object();
    QCOMPARE(QString::number(sent.value(QLatin1String("partnerId")).toInteger()), third);
}

void TestPurchaseWizard::accountChangeChoosesNobody()
{
    WizardHarness app;
    QVERIFY(app.signIn());
    QVERIFY(app.listsReady());
    app.chooseProduct(QStringLiteral("Remote Management Premium"));
    app.clickNext();
    pickCustomerByTyping(app, QStringLiteral("lone star"));
    QTRY_VERIFY(app.services->purchase.draft().subordinate);

    // Another account, on another portal, with three customers (Lone Star is not one of them).
    PracticePortal other;
    QVERIFY(other.listen());
    other.setSubordinateCount(3);
    other.setLatency(300ms);
    app.window->findChild<QAction *>(QStringLiteral("switchAccountAction"))->trigger();
    QTRY_VERIFY(app.window->signInDialog());
    SignInDialog *dialog = app.window->signInDialog();
    dialog->findChild<QLineEdit *>(QStringLiteral("baseUrlLineEdit"))->setText(other.baseUrl().toString());
    QTest::mouseClick(dialog->findChild<QAbstractButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!app.window->signInDialog(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(app.services->subordinates.state() == RemoteListModel::State::Ready
                                 && app.services->products.state() == RemoteListModel::State::Ready,
                             15000);
    QCOMPARE(app.services->subordinates.rowCount(), 3);
    QCOMPARE(app.wizard()->currentId(), int(PurchaseWizard::ProductPageId));
    QVERIFY(!app.services->purchase.draft().subordinate);

    app.chooseProduct(QStringLiteral("Remote Management Premium"));
    app.clickNext();
    QVERIFY(app.find<QRadioButton>(QStringLiteral("myselfRadioButton"))->isChecked());
    QTest::mouseClick(app.find<QRadioButton>(QStringLiteral("customerRadioButton")), Qt::LeftButton,
                      {}, QPoint(4, 4));
    const QString problem = customerChosenForTheUser(app);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

// Up or Down in the field after typing, with the matches closed (Escape), opens the
// matches of what was typed: a closed combo box would step to the first customer of the
// whole list, one nobody typed.
void TestPurchaseWizard::arrowKeysAfterTypingOpenTheMatches()
{
    WizardHarness app;
    QVERIFY(openCustomerChoice(app, 8));
    auto *combo = app.find<QComboBox>(QStringLiteral("subordinateComboBox"));
    QCompleter *completer = combo->completer();
    QTest::keyClicks(combo->lineEdit(), QStringLiteral("lone"));
    QTRY_VERIFY_WITH_TIMEOUT(completer->popup()->isVisible(), 15000);
    QTest::keyClick(completer->popup(), Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!completer->popup()->isVisible(), 15000);
    for (const Qt::Key key : {Qt::Key_Down, Qt::Key_Up}) {
        QTest::keyClick(combo->lineEdit(), key);
        const QString problem = customerChosenForTheUser(app);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(combo->currentText(), QStringLiteral("lone"));
        QTRY_VERIFY_WITH_TIMEOUT(completer->popup()->isVisible(), 15000);
        QCOMPARE(completer->completionCount(), 1);
        QTest::keyClick(completer->popup(), Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(!completer->popup()->isVisible(), 15000);
    }
    // The match, chosen from the matches.
    QTest::keyClick(combo->lineEdit(), Qt::Key_Down);
    QTRY_VERIFY_WITH_TIMEOUT(completer->popup()->isVisible(), 15000);
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(app.wizard()->currentPage()->isComplete(), 15000);
    QCOMPARE(app.services->purchase.draft().subordinate->partnerId.toString(), kLoneStarPartnerId);
}

void TestPurchaseWizard::doubleSubmitPlacesOneOrder()
{
    WizardHarness app;
    QVERIFY(app.signIn());
    QVERIFY(app.listsReady());
    QVERIFY(app.walkToReviewForRemoteManagementPremium());
    confirm(app);
    app.portal.setLatency(400ms); // the answer takes a while: time for impatient clicks
    QAbstractButton *place = app.wizard()->button(QWizard::CommitButton);
    QTest::mouseClick(place, Qt::LeftButton);
    QTest::mouseDClick(place, Qt::LeftButton);
    QTest::keyClick(app.wizard(), Qt::Key_Return);
    QTest::keyClick(app.wizard(), Qt::Key_Return);
    QVERIFY(app.find<QProgressBar>(QStringLiteral("placingOrderProgressBar"))->isVisible());
    QVERIFY(!place->isEnabled());
    QTRY_COMPARE(app.wizard()->currentId(), int(PurchaseWizard::ReceiptPageId));
    QTest::qWait(600); // anything queued would have arrived by now
    QCOMPARE(app.portal.receivedOrderBodies().size(), 1);
    QCOMPARE(app.portal.acceptedOrderCount(), 1);
    QCOMPARE(app.services->submitter.sendCount(), 1);
}

void TestPurchaseWizard::doubleClickAndEnterKeepTheReceipt()
{
    WizardHarness app;
    QVERIFY(app.signIn());
    QVERIFY(app.listsReady());
    QVERIFY(app.walkToReviewForRemoteManagementPremium());
    confirm(app);
    QAbstractButton *place = app.wizard()->button(QWizard::CommitButton);
    const QPoint spot = place->mapTo(app.window.get(), place->rect().center());
    QTest::mouseClick(place, Qt::LeftButton);
    QTRY_COMPARE(app.wizard()->currentId(), int(PurchaseWizard::ReceiptPageId));

    // The rest of a double click, where Place order was, and Enter pressed twice.
    QWidget *there = app.window->childAt(spot);
    QVERIFY(there);
    QCOMPARE(there, app.wizard()->button(QWizard::FinishButton)); // New purchase stands there now
    QTest::mouseDClick(there, Qt::LeftButton, {}, there->mapFrom(app.window.get(), spot));
    QTest::mouseClick(there, Qt::LeftButton, {}, there->mapFrom(app.window.get(), spot));
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : app.wizard(), Qt::Key_Return);
    QTest::keyClick(app.wizard(), Qt::Key_Enter);
    QCOMPARE(app.wizard()->currentId(), int(PurchaseWizard::ReceiptPageId));
    const QString orderNo = app.services->submitter.receipt().orderNo;
    QVERIFY(app.find<QTextBrowser>(QStringLiteral("receiptTextBrowser"))->toPlainText().contains(orderNo));
    QCOMPARE(app.portal.receivedOrderBodies().size(), 1);

    // A moment later New purchase works, as a deliberate action.
    QTRY_VERIFY(app.wizard()->button(QWizard::FinishButton)->isEnabled());
    QTest::mouseClick(app.wizard()->button(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(app.wizard()->currentId(), int(PurchaseWizard::ProductPageId));
}

void TestPurchaseWizard::nothingLeavesTheReviewPageWhileSending()
{
    WizardHarness app;
    QVERIFY(app.signIn());
    QVERIFY(app.listsReady());
    QVERIFY(app.walkToReviewForRemoteManagementPremium());
    confirm(app);
    app.portal.injectFault(PracticePortal::Route::OrderSave, PracticeFault::delayed(2000ms), 1);
    QTest::keyClick(app.wizard(), Qt::Key_Return); // Place order is the default button
    QTRY_VERIFY(app.wizard()->isSendingOrder());

    auto *sending = app.find<QLabel>(QStringLiteral("sendingOrderLabel"));
    QVERIFY(sending->isVisible());
    QVERIFY(sending->text().contains(QLatin1String("being sent")));
    QAbstractButton *back = app.wizard()->button(QWizard::BackButton);
    QVERIFY(!back->isEnabled());
    // Another page's list reloading makes QWizard recompute its buttons: Back stays off.
    app.services->subordinates.load();
    QTRY_VERIFY(app.services->subordinates.state() == RemoteListModel::State::Ready);
    QVERIFY(!back->isEnabled());
    QTest::keyClick(app.wizard(), Qt::Key_Return);
    QTest::keyClick(app.wizard(), Qt::Key_Return);
    QTest::mouseClick(back, Qt::LeftButton);
    for (const char *name : {"newPurchaseAction", "quitAction", "switchAccountAction", "signOutAction"})
        QVERIFY2(!app.find<QAction>(QLatin1String(name))->isEnabled(), name);
    QVERIFY(!app.window->close());
    QVERIFY(app.window->isVisible());
    QCOMPARE(app.wizard()->currentId(), int(PurchaseWizard::ReviewPageId));

    QTRY_COMPARE_WITH_TIMEOUT(app.wizard()->currentId(), int(PurchaseWizard::ReceiptPageId), 15000);
    QVERIFY(!sending->isVisible());
    for (const char *name : {"newPurchaseAction", "quitAction", "switchAccountAction", "signOutAction"})
        QVERIFY2(app.find<QAction>(QLatin1String(name))->isEnabled(), name);
    QCOMPARE(app.portal.receivedOrderBodies().size(), 1);
}

void TestPurchaseWizard::lostReplyShowsOutcomeUnknown_data()
{
    QTest::addColumn<int>("fault");
    QTest::newRow("no answer (timeout)") << int(PracticeFault::Kind::NoAnswer);
    QTest::newRow("dropped connection") << int(PracticeFault::Kind::DropConnection);
    QTest::newRow("truncated answer") << int(PracticeFault::Kind::TruncatedBody);
}

void TestPurchaseWizard::lostReplyShowsOutcomeUnknown()
{
    QFETCH(int, fault);
    WizardHarness app;
    QVERIFY(app.signIn());
    QVERIFY(app.listsReady());
    QVERIFY(app.walkToReviewForRemoteManagementPremium());
    app.services->client.setTransferTimeout(700ms);
    app.portal.injectFault(PracticePortal::Route::OrderSave, PracticeFault::Kind(fault), 1);
    confirm(app);
    app.clickNext();
    QTRY_COMPARE_WITH_TIMEOUT(app.wizard()->currentId(), int(PurchaseWizard::OutcomeUnknownPageId), 10000);
    app.screenshot(QStringLiteral("7-outcome-unknown"));
    // The page looks the order up once by itself: a read, nothing is sent again. The
    // portal did take the order (the reply was lost after it), so the check finds it.
    auto *verdict = app.find<QLabel>(QStringLiteral("lookupVerdictLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(verdict->text().startsWith(QLatin1String("Found it")), 15000);
    QVERIFY(app.wizard()->button(QWizard::FinishButton)->isEnabled());
    const int lookups = app.portal.requestCount(PracticePortal::Route::OrderPage);
    QVERIFY(lookups >= 1);
    QTest::qWait(1500); // no retry and no second look may follow
    QCOMPARE(app.portal.requestCount(PracticePortal::Route::OrderPage), lookups);
    QCOMPARE(app.portal.receivedOrderBodies().size(), 1);
    QCOMPARE(app.services->submitter.sendCount(), 1);
    QVERIFY(app.find<QLabel>(QStringLiteral("outcomeExplanationLabel"))->text().contains(QLatin1String("NOT sent again")));
    QVERIFY(app.services->purchase.draft().billingContact.has_value()); // the draft is kept
    QVERIFY(!app.wizard()->button(QWizard::BackButton)->isEnabled());   // no way back to Place order

    // Checking again is the user's choice.
    app.services->client.setTransferTimeout(10s);
    QTest::mouseClick(app.find<QPushButton>(QStringLiteral("checkOrdersButton")), Qt::LeftButton);
    QTRY_VERIFY(app.portal.requestCount(PracticePortal::Route::OrderPage) > lookups);
    QTRY_VERIFY(verdict->text().startsWith(QLatin1String("Found it")));
    QVERIFY(app.wizard()->button(QWizard::FinishButton)->isEnabled());
    QCOMPARE(app.portal.receivedOrderBodies().size(), 1);
}

void TestPurchaseWizard::portalRefusalReturnsToReview()
{
    WizardHarness app;
    QVERIFY(app.signIn());
    QVERIFY(app.listsReady());
    QVERIFY(app.walkToReviewForRemoteManagementPremium());
    app.portal.injectFault(PracticePortal::Route::OrderSave,
                           PracticeFault::portalError(QStringLiteral("parameter_validation_failed"),
                                                      QStringLiteral("billingId is required")),
                           1);
    confirm(app);
    app.clickNext();
    auto *error = app.find<QLabel>(QStringLiteral("orderErrorLabel"));
    QTRY_VERIFY(error->isVisible());
    QCOMPARE(app.wizard()->currentId(), int(PurchaseWizard::ReviewPageId));
    QVERIFY(error->text().contains(QLatin1String("billingId is required")));
    QVERIFY(app.find<QLabel>(QStringLiteral("orderErrorReferenceLabel"))->text().contains(QLatin1String("Request ID")));
    QVERIFY(!app.find<QCheckBox>(QStringLiteral("confirmCheckBox"))->isChecked()); // confirm again
    QVERIFY(!app.wizard()->currentPage()->isComplete());
    QCOMPARE(app.portal.acceptedOrderCount(), 0);
    app.screenshot(QStringLiteral("5b-review-refused"));

    // Nothing was lost: confirm again and the same order goes through.
    confirm(app);
    app.clickNext();
    QTRY_COMPARE(app.wizard()->currentId(), int(PurchaseWizard::ReceiptPageId));
    QCOMPARE(app.portal.acceptedOrderCount(), 1);
    QCOMPARE(app.portal.receivedOrderBodies().size(), 2);
    QCOMPARE(app.portal.receivedOrderBodies().at(0), app.portal.receivedOrderBodies().at(1));
}

void TestPurchaseWizard::productPageErrorAndRetry()
{
    WizardHarness app;
    app.portal.injectFault(PracticePortal::Route::ProductList, PracticeFault::httpError(503), 1);
    QVERIFY(app.signIn());
    auto *status = app.find<QLabel>(QStringLiteral("loadStatusLabel"));
    QWidget *page = app.wizard()->page(PurchaseWizard::ProductPageId);
    auto *retry = page->findChild<QPushButton *>(QStringLiteral("retryButton"));
    QTRY_VERIFY(retry->isVisible());
    QVERIFY(page->findChild<QLabel *>(QStringLiteral("loadStatusLabel"))->text().contains(QLatin1String("server error")));
    QVERIFY(page->findChild<QLabel *>(QStringLiteral("loadReferenceLabel"))->text().contains(QLatin1String("503")));
    QVERIFY(!app.wizard()->currentPage()->isComplete());
    Q_UNUSED(status);
    app.screenshot(QStringLiteral("1b-product-error"));
    QTest::mouseClick(retry, Qt::LeftButton);
    auto *products = app.find<QComboBox>(QStringLiteral("productComboBox"));
    QTRY_COMPARE(products->count(), 9);
    QVERIFY(!retry->isVisible());
}

void TestPurchaseWizard::pagesShowLoadingAndEmptyStates()
{
    WizardHarness app;
    app.portal.injectFault(PracticePortal::Route::PartnerList, PracticeFault::delayed(1500ms), 1);
    app.portal.injectFault(PracticePortal::Route::BillingContactList, PracticeFault::Kind::EmptyList);
    QVERIFY(app.signIn());
    QTRY_VERIFY(app.services->products.state() == RemoteListModel::State::Ready);
    app.chooseProduct(QStringLiteral("Remote Management Premium"));
    app.clickNext();

    // Customers still loading: a busy bar, and "myself" still works.
    QWidget *recipients = app.wizard()->page(PurchaseWizard::RecipientPageId);
    QVERIFY(recipients->findChild<QProgressBar *>()->isVisible());
    QVERIFY(recipients->findChild<QLabel *>(QStringLiteral("loadStatusLabel"))->text().contains(QLatin1String("Loading")));
    QVERIFY(app.wizard()->currentPage()->isComplete());
    QTRY_VERIFY(!recipients->findChild<QProgressBar *>()->isVisible());

    app.clickNext();
    QTRY_VERIFY(app.find<QCheckBox>(QStringLiteral("service%1CheckBox").arg(kRmpService)));
    app.tick(QStringLiteral("service%1CheckBox").arg(kRmpService));
    app.clickNext();

    // No billing contact at all: said plainly, Next stays disabled.
    QWidget *billing = app.wizard()->page(PurchaseWizard::BillingContactPageId);
    QTRY_VERIFY(billing->findChild<QLabel *>(QStringLiteral("loadStatusLabel"))->isVisible());
    QVERIFY(billing->findChild<QLabel *>(QStringLiteral("loadStatusLabel"))->text().contains(QLatin1String("no billing contact")));
    QVERIFY(!app.wizard()->currentPage()->isComplete());
    app.screenshot(QStringLiteral("4b-billing-empty"));

    // Retry after a contact exists.
    app.portal.clearFaults();
    QTest::mouseClick(billing->findChild<QPushButton *>(QStringLiteral("retryButton")), Qt::LeftButton);
    QTRY_VERIFY(app.wizard()->currentPage()->isComplete() || !billing->findChild<QPushButton *>(QStringLiteral("retryButton"))->isVisible());
}

void TestPurchaseWizard::tokenExpiryMidwayIsInvisible()
{
    WizardHarness app;
    QVERIFY(app.signIn());
    QVERIFY(app.listsReady());
    app.portal.expireAllAccessTokens();
    app.chooseProduct(QStringLiteral("P-Series Turnkey Package"));
    app.clickNext();
    app.clickNext();
    auto *plans = app.find<QComboBox>(QStringLiteral("planComboBox"));
    QTRY_VERIFY(plans->findData(kTurnkeyPlan) > 0);
    QCOMPARE(app.services->offering.state(), RemoteListModel::State::Ready);
    QCOMPARE(app.portal.tokenRequestCount(QStringLiteral("refresh_token")), 1);
    QVERIFY(!app.wizard()->page(PurchaseWizard::OfferingPageId)->findChild<QPushButton *>(QStringLiteral("retryButton"))->isVisible());
}

void TestPurchaseWizard::backKeepsChoicesAndProductChangeClearsDependents()
{
    WizardHarness app;
    QVERIFY(app.signIn());
    QVERIFY(app.listsReady());
    app.chooseProduct(QStringLiteral("P-Series Turnkey Package"));
    app.clickNext();
    app.clickNext();
    auto *plans = app.find<QComboBox>(QStringLiteral("planComboBox"));
    QTRY_VERIFY(plans->findData(kTurnkeyPlan) > 0);
    plans->setCurrentIndex(plans->findData(kTurnkeyPlan));
    app.setQuantity(QStringLiteral("planQuantitySpinBox"), 100);
    app.tick(QStringLiteral("service%1CheckBox").arg(kRecordingMinutes));
    app.setQuantity(QStringLiteral("service%1QuantitySpinBox").arg(kRecordingMinutes), 10000);
    app.clickNext();
    app.chooseBillingContact(kSeedBillingContact);
    app.clickNext();
    app.wizard()->back();
    app.wizard()->back();
    QCOMPARE(app.wizard()->currentId(), int(PurchaseWizard::OfferingPageId));
    QCOMPARE(app.find<QSpinBox>(QStringLiteral("planQuantitySpinBox"))->value(), 100);
    QCOMPARE(app.find<QSpinBox>(QStringLiteral("service%1QuantitySpinBox").arg(kRecordingMinutes))->value(), 10000);
    QVERIFY(app.find<QCheckBox>(QStringLiteral("service%1CheckBox").arg(kRecordingMinutes))->isChecked());
    app.wizard()->back();
    app.wizard()->back();
    QCOMPARE(app.wizard()->currentId(), int(PurchaseWizard::ProductPageId));
    QCOMPARE(app.services->purchase.draft().plan->quantity, 100);

    // Another product: its plans and services go, the billing contact stays.
    app.chooseProduct(QStringLiteral("Remote Management Premium"));
    QVERIFY(!app.services->purchase.draft().plan);
    QVERIFY(app.services->purchase.draft().services.isEmpty());
    QCOMPARE(app.services->purchase.draft().billingContact->billingContactId.toString(), kSeedBillingContact);
}

void TestPurchaseWizard::keyboardEnterMovesOn()
{
    WizardHarness app;
    QVERIFY(app.signIn());
    QVERIFY(app.listsReady());
    auto *products = app.find<QComboBox>(QStringLiteral("productComboBox"));
    products->setFocus();
    QTest::keyClick(products, Qt::Key_Down); // the first product needs a device serial number
    QCOMPARE(products->currentText(), QStringLiteral("Linkus Cloud Service"));
    QVERIFY(!app.wizard()->currentPage()->isComplete());
    QTest::keyClick(app.wizard(), Qt::Key_Return); // Enter does nothing while Next is disabled
    QCOMPARE(app.wizard()->currentId(), int(PurchaseWizard::ProductPageId));
    auto *serial = app.find<QLineEdit>(QStringLiteral("serialNumberLineEdit"));
    QVERIFY(serial->isVisible());
    QVERIFY(!serial->isClearButtonEnabled()); // added with the first text (start-up cost)
    QTest::keyClicks(serial, QStringLiteral("3651E0012345"));
    QVERIFY(serial->isClearButtonEnabled());
    QVERIFY(app.wizard()->currentPage()->isComplete());
    QTest::keyClick(serial, Qt::Key_Return);
    QCOMPARE(app.wizard()->currentId(), int(PurchaseWizard::RecipientPageId));
    // Every input on the pages has an accessible name for screen readers.
    for (QWidget *widget : app.wizard()->findChildren<QWidget *>()) {
        if (qobject_cast<QComboBox *>(widget) || qobject_cast<QSpinBox *>(widget)
            || (qobject_cast<QLineEdit *>(widget) && !qobject_cast<QComboBox *>(widget->parentWidget())))
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
}

void TestPurchaseWizard::twentyThousandCustomersFilterByTyping()
{
    WizardHarness app;
    app.portal.setSubordinateCount(20000);
    QVERIFY(app.signIn());
    QTRY_VERIFY_WITH_TIMEOUT(app.services->subordinates.state() == RemoteListModel::State::Ready, 20000);
    QCOMPARE(app.services->subordinates.rowCount(), 20000);
    QTRY_VERIFY(app.services->products.state() == RemoteListModel::State::Ready);
    app.chooseProduct(QStringLiteral("Remote Management Premium"));
    app.clickNext();
    QTest::mouseClick(app.find<QRadioButton>(QStringLiteral("customerRadioButton")), Qt::LeftButton,
                      {}, QPoint(4, 4));
    auto *combo = app.find<QComboBox>(QStringLiteral("subordinateComboBox"));
    QCOMPARE(combo->count(), 20000);
    // The pop-up's fonts were loaded once the list was in, not at the first key.
    QTRY_VERIFY(qobject_cast<SubordinateCompleter *>(combo->completer())->isWarmedUp());

    // Pick a generated customer's company and type part of it.
    const QString company = app.services->subordinates.at(12345).company;
    const QString typed = company.mid(0, std::min<qsizetype>(company.size(), 12));
    QTest::keyClicks(combo->lineEdit(), typed);
    QCompleter *completer = combo->completer();
    QTRY_VERIFY(completer->completionCount() > 0);
    QVERIFY(qobject_cast<SubordinateCompleter *>(completer)->matchCount() < 20000);
    for (int row = 0; row < std::min(completer->completionCount(), 50); ++row) {
        completer->setCurrentRow(row);
        QVERIFY(completer->currentIndex().data(RemoteListModel::SearchTextRole).toString().contains(typed.toLower()));
    }
}

void TestPurchaseWizard::reloadKeepsTheChosenCustomerAndTheTypedFilter()
{
    // Long enough for the reload to be compared on a worker thread.
    WizardHarness app;
    QVERIFY(openCustomerChoice(app, 3000));
    auto *combo = app.find<QComboBox>(QStringLiteral("subordinateComboBox"));
    SubordinateListModel &customers = app.services->subordinates;
    QSignalSpy resets(&customers, &QAbstractItemModel::modelReset);

    // A customer near the end is chosen; in the portal, three customers before it go and
    // three are renamed. After the reload it is still the one chosen, in its new row.
    const QString chosen = customers.at(2990).partnerId.toString();
    QVERIFY(app.chooseCustomer(chosen));
    const QString shown = combo->currentText();
    app.portal.setSubordinateRevision(1);
    customers.load();
    QTRY_VERIFY_WITH_TIMEOUT(customers.state() == RemoteListModel::State::Ready, 20000);
    QCOMPARE(customers.rowCount(), 2997);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(combo->currentData(RemoteListModel::IdRole).toString(), chosen);
    QCOMPARE(combo->currentText(), shown);
    QVERIFY(app.services->purchase.draft().subordinate);
    QCOMPARE(app.services->purchase.draft().subordinate->partnerId.toString(), chosen);
    QVERIFY(app.wizard()->currentPage()->isComplete());

    // Typed text, no choice: the text and the matches it filters survive a reload.
    combo->lineEdit()->selectAll();
    QTest::keyClicks(combo->lineEdit(), QStringLiteral("tanaka"));
    QCompleter *completer = combo->completer();
    QTRY_VERIFY(completer->popup()->isVisible());
    QVERIFY(!app.services->purchase.draft().subordinate);
    app.portal.setSubordinateRevision(2);
    customers.load();
    QTRY_VERIFY_WITH_TIMEOUT(customers.state() == RemoteListModel::State::Ready, 20000);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(combo->lineEdit()->text(), QStringLiteral("tanaka"));
    int tanakas = 0;
    for (int row = 0; row < customers.rowCount(); ++row) {
        if (customers.index(row).data(RemoteListModel::SearchTextRole).toString().contains(QLatin1String("tanaka")))
            ++tanakas;
    }
    QVERIFY(tanakas > 0);
    QCOMPARE(qobject_cast<SubordinateCompleter *>(completer)->matchCount(), tanakas);
    QCOMPARE(completer->completionCount(), std::min(tanakas, int(SubordinatePagedMatches::kPageRows)));
    const QString problem = customerChosenForTheUser(app);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // The chosen customer removed in the portal: nobody is chosen instead.
    combo->lineEdit()->clear();
    const int removedByRevision3 = 2821; // PracticeDirectory::isRevised(2821, 0) in revision 3
    app.portal.setSubordinateRevision(0);
    customers.load();
    QTRY_VERIFY_WITH_TIMEOUT(customers.state() == RemoteListModel::State::Ready, 20000);
    QCOMPARE(customers.rowCount(), 3000);
    QVERIFY(app.chooseCustomer(customers.at(removedByRevision3).partnerId.toString()));
    app.portal.setSubordinateRevision(3);
    customers.load();
    QTRY_VERIFY_WITH_TIMEOUT(customers.state() == RemoteListModel::State::Ready, 20000);
    QCOMPARE(customers.rowCount(), 2997);
    QCOMPARE(resets.count(), 0);
    const QString gone = customerChosenForTheUser(app);
    QVERIFY2(gone.isEmpty(), qPrintable(gone));
}

// Many matches: the pop-up shows them a page at a time, and the keyboard (Down, Up, Page Down,
// Ctrl+End) and the scroll bar still reach the last; choosing it chooses that customer,
// by partner ID. Nobody is chosen before the user picks.
void TestPurchaseWizard::customerPopupReachesTheLastOfManyMatches()
{
    WizardHarness app;
    QVERIFY(openCustomerChoice(app, 3000));
    auto *combo = app.find<QComboBox>(QStringLiteral("subordinateComboBox"));
    auto *completer = qobject_cast<SubordinateCompleter *>(combo->completer());
    QVERIFY(completer);
    SubordinateListModel &customers = app.services->subordinates;
    const QString typed = QStringLiteral("a");
    QList<int> matching;
    for (int row = 0; row < customers.rowCount(); ++row) {
        if (customers.index(row).data(RemoteListModel::SearchTextRole).toString().contains(typed))
            matching << row;
    }
    constexpr int page = SubordinatePagedMatches::kPageRows;
    QVERIFY(matching.size() > 3 * page);
    const auto customerAt = [&](int row) {
        return completer->completionModel()->index(row, 0).data(RemoteListModel::IdRole).toString();
    };
    const auto idOf = [&](int customerRow) { return customers.at(customerRow).partnerId.toString(); };

    QTest::keyClicks(combo->lineEdit(), typed);
    QAbstractItemView *popup = completer->popup();
    QTRY_VERIFY(popup->isVisible());
    QCOMPARE(completer->matchCount(), matching.size());
    QCOMPARE(completer->completionCount(), page);
    QVERIFY(!popup->currentIndex().isValid());
    QString problem = customerChosenForTheUser(app);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Down);
    QCOMPARE(popup->currentIndex().row(), 1);
    QTest::keyClick(popup, Qt::Key_Up);
    QCOMPARE(popup->currentIndex().row(), 0);
    QCOMPARE(customerAt(0), idOf(matching.first()));
    // Page Down past the first page: the next pages are added on the way, the row kept.
    while (popup->currentIndex().row() < page + 20) {
        const int before = popup->currentIndex().row();
        QTest::keyClick(popup, Qt::Key_PageDown);
        QVERIFY(popup->currentIndex().row() > before);
        QTRY_VERIFY(completer->completionCount() > popup->currentIndex().row() + 2 * completer->maxVisibleItems());
    }
    const int row = popup->currentIndex().row();
    QCOMPARE(customerAt(row), idOf(matching.at(row)));
    QVERIFY(completer->completionCount() < matching.size());
    // Ctrl+End: the last match, not the last shown.
    QTest::keyClick(popup, Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(completer->completionCount(), matching.size());
    QCOMPARE(popup->currentIndex().row(), matching.size() - 1);
    QVERIFY(app.services->purchase.draft().subordinate == std::nullopt);
    QTest::keyClick(popup, Qt::Key_Return);
    QTRY_VERIFY(app.wizard()->currentPage()->isComplete());
    QCOMPARE(app.services->purchase.draft().subordinate->partnerId.toString(), idOf(matching.last()));
    QCOMPARE(combo->currentData(RemoteListModel::IdRole).toString(), idOf(matching.last()));

    // Typed again: the first page; the scroll bar dragged to the bottom until every match is
    // there, and the last one clicked.
    combo->lineEdit()->clear();
    QTest::keyClicks(combo->lineEdit(), typed);
    QTRY_VERIFY(popup->isVisible());
    QVERIFY(!app.services->purchase.draft().subordinate);
    QCOMPARE(completer->completionCount(), page);
    QScrollBar *scrollBar = popup->verticalScrollBar();
    while (completer->completionCount() < matching.size()) {
        const int shown = completer->completionCount();
        scrollBar->setValue(scrollBar->maximum());
        QTRY_VERIFY(completer->completionCount() > shown);
        QVERIFY(scrollBar->value() < scrollBar->maximum()); // where the user was, with more below
    }
    scrollBar->setValue(scrollBar->maximum());
    const QModelIndex last = completer->completionModel()->index(matching.size() - 1, 0);
    QTRY_VERIFY(popup->viewport()->rect().contains(popup->visualRect(last)));
    QVERIFY(!app.services->purchase.draft().subordinate);
    QTest::mouseClick(popup->viewport(), Qt::LeftButton, {}, popup->visualRect(last).center());
    QTRY_VERIFY(app.wizard()->currentPage()->isComplete());
    QCOMPARE(app.services->purchase.draft().subordinate->partnerId.toString(), idOf(matching.last()));
    QCOMPARE(combo->currentText(), customers.at(matching.last()).displayName());
}

void TestPurchaseWizard::restartSignsInSilentlyAndSignOutForgets()
{
    QTemporaryDir folder;
    PracticePortal portal;
    QVERIFY(portal.listen());
    MemorySecretStore keychain; // stands in for the OS keychain, shared by both "runs"
    const QString accounts = folder.filePath(QStringLiteral("accounts.ini"));
    const QString receipts = folder.filePath(QStringLiteral("receipts"));

    // First run: nothing saved, so the sign-in dialog; remember is on by default.
    {
        AppServices services(&keychain, accounts, receipts);
        MainWindow window(services, {});
        window.show();
        window.start();
        QTRY_VERIFY(window.signInDialog());
        SignInDialog *dialog = window.signInDialog();
        QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("rememberCheckBox"))->isChecked());
        auto *secret = dialog->findChild<QLineEdit *>(QStringLiteral("clientSecretLineEdit"));
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        dialog->findChild<QLineEdit *>(QStringLiteral("baseUrlLineEdit"))->setText(portal.baseUrl().toString());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("clientIdLineEdit")),
                         PracticePortal::practiceClientId());
        QTest::keyClicks(secret, QStringLiteral("wrong-secret"));
        QTest::mouseClick(dialog->findChild<QAbstractButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("signInErrorLabel"));
        QTRY_VERIFY(error->isVisible());
        QVERIFY(error->text().contains(QLatin1String("client secret")));
        QCOMPARE(secret->text(), QStringLiteral("wrong-secret")); // what was typed is kept
        secret->clear();
        QTest::keyClicks(secret, PracticePortal::practiceClientSecret());
        QTest::mouseClick(dialog->findChild<QAbstractButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
        QTRY_VERIFY(window.wizard()->isEnabled());
        QTRY_COMPARE(keychain.count(), 1); // one entry: the client secret and the refresh token
    }

    // Second run: straight to the wizard, no dialog.
    {
        AppServices services(&keychain, accounts, receipts);
        MainWindow window(services, {});
        window.show();
        window.start();
        QTRY_VERIFY(window.wizard()->isEnabled());
        QVERIFY(!window.signInDialog());
        QTRY_COMPARE(services.products.state(), RemoteListModel::State::Ready);

        // Sign out forgets the secret and asks again.
        window.findChild<QAction *>(QStringLiteral("signOutAction"))->trigger();
        QTRY_VERIFY(window.signInDialog());
        QVERIFY(!window.wizard()->isEnabled());
        QTRY_COMPARE(keychain.count(), 0);
    }
}

QTEST_MAIN(TestPurchaseWizard)
#include "tst_purchasewizard.moc"
