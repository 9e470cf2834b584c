// Orders for several customers through the real widgets: For whom? with several
// customers (the filtered list, select all matching, a pasted list with the lines that
// match nobody reported), one review listing every order and its body, one tick and
// "Place N orders", the batch window's progress and summary; and a batch left unfinished
// by an earlier run, shown at sign-in and resumed without sending any body twice.
#include "BatchWindow.h"
#include "CustomerPickerDialog.h"
#include "SeedIds.h"
#include "WizardHarness.h"
#include "order/BatchPlanner.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QToolButton>
#include <QTreeWidget>

namespace {

constexpr int kTimeoutMs = 30000;

void click(QAbstractButton *button)
{
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(4, button->height() / 2));
}

} // namespace

class TestBatchWizard : public QObject
{
    Q_OBJECT

private slots:
    void severalCustomersOnePackageOneConfirmation();
    void unfinishedBatchIsShownAtSignInAndResumed();
};

void TestBatchWizard::severalCustomersOnePackageOneConfirmation()
{
    WizardHarness app;
    QVERIFY(app.signIn());
    QVERIFY(app.listsReady());
    const int customers = app.services->subordinates.rowCount();
    QVERIFY(customers >= 3);
    app.chooseProduct(QStringLiteral("Remote Management Premium"));
    app.clickNext();
    QCOMPARE(app.wizard()->currentId(), int(PurchaseWizard::RecipientPageId));
    click(app.find<QRadioButton>(QStringLiteral("severalCustomersRadioButton")));
    QVERIFY(!app.wizard()->currentPage()->isComplete()); // nobody chosen yet
    click(app.find<QPushButton>(QStringLiteral("chooseCustomersPushButton")));
    CustomerPickerDialog *picker = nullptr;
    QTRY_VERIFY((picker = app.window->findChild<CustomerPickerDialog *>()) && picker->isVisible());

    // Filter, then every matching customer at once; the filter's match stays chosen
    // when the filter changes.
    const Subordinate first = app.services->subordinates.at(0);
    auto *filter = picker->findChild<QLineEdit *>(QStringLiteral("customerFilterLineEdit"));
    filter->setText(first.email); // one customer matches her own address
    click(picker->findChild<QPushButton *>(QStringLiteral("selectAllMatchingPushButton")));
    const int matching = picker->findChild<QListView *>(QStringLiteral("customerListView"))->model()->rowCount();
    QVERIFY(matching >= 1 && matching < customers);
    QCOMPARE(picker->chosen().size(), matching);
    filter->clear();
    QCOMPARE(picker->chosen().size(), matching);
    // A pasted list: an e-mail of another customer, in capitals, and a line that matches nobody.
    const Subordinate last = app.services->subordinates.at(customers - 1);
    auto *pasted = picker->findChild<QPlainTextEdit *>(QStringLiteral("pastedCustomersPlainTextEdit"));
    pasted->setPlainText(last.email.toUpper() + QStringLiteral("\nnobody@example.invalid\n"));
    click(picker->findChild<QPushButton *>(QStringLiteral("addPastedPushButton")));
    auto *unmatched = picker->findChild<QLabel *>(QStringLiteral("unmatchedCustomersLabel"));
    QVERIFY(unmatched->isVisible());
    QVERIFY2(unmatched->text().contains(QStringLiteral("Line 2: nobody@example.invalid")), qPrintable(unmatched->text()));
    QCOMPARE(pasted->toPlainText(), QStringLiteral("nobody@example.invalid")); // left to be corrected
    const QList<Subordinate> chosen = picker->chosen();
    QCOMPARE(chosen.size(), matching + 1);
    picker->grab().save(QDir(qEnvironmentVariable("PP_SCREENSHOT_DIR", QDir::tempPath())).filePath(QStringLiteral("batch-picker.png")));
    picker->accept();
    QTRY_VERIFY(app.wizard()->currentPage()->isComplete());
    QVERIFY(app.find<QLabel>(QStringLiteral("chosenCustomersLabel"))->text().contains(QString::number(chosen.size())));
    app.screenshot(QStringLiteral("batch-customers"));

    app.clickNext();
    QCOMPARE(app.wizard()->currentId(), int(PurchaseWizard::OfferingPageId));
    QTRY_VERIFY(app.find<QCheckBox>(QStringLiteral("service%1CheckBox").arg(kRmpService)));
    app.tick(QStringLiteral("service%1CheckBox").arg(kRmpService));
    app.setQuantity(QStringLiteral("service%1QuantitySpinBox").arg(kRmpService), 10);
    app.clickNext();
    app.chooseBillingContact(kSeedBillingContact);
    app.clickNext();
    QCOMPARE(app.wizard()->currentId(), int(PurchaseWizard::ReviewPageId));

    // One review for all: every order, its customer, and the body of the selected one.
    auto *orders = app.find<QTreeWidget>(QStringLiteral("batchOrdersTreeWidget"));
    QVERIFY(orders->isVisible());
    QCOMPARE(orders->topLevelItemCount(), chosen.size());
    for (int i = 0; i < chosen.size(); ++i)
        QCOMPARE(orders->topLevelItem(i)->text(2), chosen.at(i).partnerId.toString());
    QCOMPARE(app.wizard()->button(QWizard::CommitButton)->text(), QStringLiteral("&Place %1 orders").arg(chosen.size()));
    orders->setCurrentItem(orders->topLevelItem(1));
    click(app.find<QToolButton>(QStringLiteral("showRequestToolButton")));
    const QString body = app.find<QPlainTextEdit>(QStringLiteral("requestBodyPlainTextEdit"))->toPlainText();
    QVERIFY(body.contains(QStringLiteral("\"partnerId\": ") + chosen.at(1).partnerId.toString()));
    app.screenshot(QStringLiteral("batch-review"));
    QVERIFY(!app.wizard()->currentPage()->isComplete());
    app.tick(QStringLiteral("confirmCheckBox"));
    QVERIFY(app.wizard()->currentPage()->isComplete());
    app.clickNext();

    // The batch window: progress, then the summary; the wizard starts over.
    BatchWindow *window = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((window = app.window->findChild<BatchWindow *>()) && window->isVisible(), kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(app.services->batches.state(), BatchRunner::State::Finished, kTimeoutMs);
    QCOMPARE(app.wizard()->currentId(), int(PurchaseWizard::ProductPageId));
    auto *progress = window->findChild<QProgressBar *>(QStringLiteral("batchProgressBar"));
    QCOMPARE(progress->value(), chosen.size());
    QCOMPARE(progress->maximum(), int(chosen.size()));
    QVERIFY(window->findChild<QLabel *>(QStringLiteral("batchSummaryLabel"))->text().startsWith(QStringLiteral("Placed: %1 ·").arg(chosen.size())));
    window->grab().save(QDir(qEnvironmentVariable("PP_SCREENSHOT_DIR", QDir::tempPath())).filePath(QStringLiteral("batch-window.png")));
    const QList<QByteArray> received = app.portal.receivedOrderBodies();
    QCOMPARE(received.size(), chosen.size());
    QCOMPARE(QSet<QByteArray>(received.cbegin(), received.cend()).size(), received.size());
    QCOMPARE(app.services->receipts.receipts().size(), chosen.size());
    // Done: closed, and not offered again at the next sign-in.
    click(window->findChild<QPushButton *>(QStringLiteral("closeBatchPushButton")));
    QVERIFY(app.services->batchJournal.unfinished(QStringLiteral("practice")).isEmpty());
}

void TestBatchWizard::unfinishedBatchIsShownAtSignInAndResumed()
{
    WizardHarness app;
    // An earlier run planned four orders, placed the first and was killed with the second on its way (its
    // body never reached the portal).
    {
        QVERIFY(app.signIn());
        QVERIFY(app.listsReady());
        QList<Subordinate> customers;
        for (int row = 0; row < 4; ++row)
            customers << app.services->subordinates.at(row);
        OrderDraft package;
        package.product = app.services->products.at(0);
        for (int row = 0; row < app.services->products.rowCount(); ++row) {
            if (app.services->products.at(row).name == QLatin1String("Remote Management Premium"))
                package.product = app.services->products.at(row);
        }
        OfferingItem item;
        item.kind = OfferingItem::Kind::Service;
        item.id = EntityId::fromString(kRmpService);
        item.name = QStringLiteral("Remote Management Premium");
        item.maxQuantity = 100000;
        OrderLine line = OrderLine::defaultsFor(item);
        line.quantity = 10;
        package.services << line;
        package.billingContact = app.services->billingContacts.at(0);
        const BatchPlanner::Plan plan = BatchPlanner::forCustomers(package, customers, QStringLiteral("practice"),
                                                                   QStringLiteral("Practice account"));
        QVERIFY(plan.problems.isEmpty());
        QVERIFY(app.services->batchJournal.create(QStringLiteral("practice"), QStringLiteral("Practice account"),
                                                  plan.orders));
        BatchOrder placed = plan.orders.at(0);
        placed.state = BatchOrder::State::Placed;
        placed.portal.orderNo = QStringLiteral("PO-EARLIER-RUN");
        QVERIFY(app.services->batchJournal.record(placed));
        BatchOrder sending = plan.orders.at(1);
        sending.state = BatchOrder::State::Sending;
        sending.sentAt = QDateTime::currentDateTimeUtc();
        QVERIFY(app.services->batchJournal.record(sending));
    }
    // The next start: signing in again shows it, and nothing is sent until Go on.
    app.services->session.signOut();
    QVERIFY(app.signIn());
    BatchWindow *window = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((window = app.window->findChild<BatchWindow *>()) && window->isVisible(), kTimeoutMs);
    QVERIFY(window->findChild<QLabel *>(QStringLiteral("batchStatusLabel"))->text().contains(QStringLiteral("interrupted")));
    QCOMPARE(window->findChild<QTreeWidget *>(QStringLiteral("batchOrdersTreeWidget"))->topLevelItemCount(), 4);
    // The progress the journal says: one of four done.
    auto *progress = window->findChild<QProgressBar *>(QStringLiteral("batchProgressBar"));
    QCOMPARE(progress->maximum(), 4);
    QCOMPARE(progress->value(), 1);
    window->grab().save(QDir(qEnvironmentVariable("PP_SCREENSHOT_DIR", QDir::tempPath())).filePath(QStringLiteral("batch-unfinished.png")));
    QCOMPARE(app.portal.requestCount(PracticePortal::Route::OrderSave), 0);
    click(window->findChild<QPushButton *>(QStringLiteral("goOnBatchPushButton")));
    // Order 2 was looked up (not found: it never left), so the batch waits for the user.
    QTRY_COMPARE_WITH_TIMEOUT(app.services->batches.state(), BatchRunner::State::WaitingForUser, kTimeoutMs);
    QCOMPARE(app.portal.requestCount(PracticePortal::Route::OrderSave), 0);
    QCOMPARE(app.services->batches.orders().at(0).state, BatchOrder::State::Placed);
    QCOMPARE(app.services->batches.orders().at(1).state, BatchOrder::State::Unknown);
    click(window->findChild<QPushButton *>(QStringLiteral("goOnBatchPushButton")));
    QTRY_COMPARE_WITH_TIMEOUT(app.services->batches.state(), BatchRunner::State::Finished, kTimeoutMs);
    QCOMPARE(app.portal.requestCount(PracticePortal::Route::OrderSave), 2); // orders 3 and 4, once each; 1 never again
    QVERIFY(window->findChild<QLabel *>(QStringLiteral("batchSummaryLabel"))->text().contains(QStringLiteral("Unknown: 1")));
}

QTEST_MAIN(TestBatchWizard)
#include "tst_batchwizard.moc"
