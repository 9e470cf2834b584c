// Orders for several customers through the real widgets: For whom? with several
// customers (the filtered list, select all matching, a pasted list with the lines that
// match nobody reported), one review listing every order and its body, one tick and
// "Place N orders", the batch window's progress and summary; and a batch left unfinished
// by an earlier run, shown at sign-in and resumed without sending any body twice.
#include "BatchWindow.h"
#include "CustomerPickerDialog.h"
#include "SeedIds.h"
#include "WizardHarness.h"
#include "i18n/LanguageLoader.h"
#include "order/BatchPlanner.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
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
    void initTestCase();
    void severalCustomersOnePackageOneConfirmation();
    void unfinishedBatchIsShownAtSignInAndResumed();
    void signingOutSetsTheBatchAside();
};

void TestBatchWizard::initTestCase()
{
    QVERIFY(LanguageLoader::install(qApp, QStringLiteral("en"))); // English plurals, as the app shows them
}

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
    QCOMPARE(picker->chosen().size(), matching + 1);
    // An imported file (a CSV cell with the ID as this app's CSV files write it) adds to
    // what is chosen, and its lines that match nobody are reported too.
    const Subordinate second = app.services->subordinates.at(1);
    const auto isChosen = [picker](const Subordinate &customer) {
        const QList<Subordinate> now = picker->chosen();
        return std::any_of(now.cbegin(), now.cend(), [&customer](const Subordinate &c) { return c.partnerId == customer.partnerId; });
    };
    const bool secondChosen = isChosen(second);
    const QString list = QDir(app.directory.path()).filePath(QStringLiteral("customers.csv"));
    {
        QFile file(list);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\"=\"\"" + second.partnerId.toString().toLatin1() + "\"\"\"\r\nnobody2@example.invalid\r\n");
    }
    click(picker->findChild<QPushButton *>(QStringLiteral("importCustomersPushButton")));
    QFileDialog *importDialog = nullptr;
    QTRY_VERIFY((importDialog = picker->findChild<QFileDialog *>(QStringLiteral("importCustomersFileDialog")))
                && importDialog->isVisible());
    importDialog->selectFile(list);
    static_cast<QDialog *>(importDialog)->accept(); // QFileDialog::accept() is protected
    QTRY_VERIFY(unmatched->text().contains(QStringLiteral("Line 2: nobody2@example.invalid")));
    QVERIFY(isChosen(second));
    const QList<Subordinate> chosen = picker->chosen();
    QCOMPARE(chosen.size(), matching + 1 + (secondChosen ? 0 : 1));
    WizardHarness::screenshot(picker, QStringLiteral("2d-choose-customers"));
    picker->accept();
    QTRY_VERIFY(app.wizard()->currentPage()->isComplete());
    QVERIFY(app.find<QLabel>(QStringLiteral("chosenCustomersLabel"))->text().contains(QString::number(chosen.size())));
    app.screenshot(QStringLiteral("2c-several-customers"));

    app.clickNext();
    QVERIFY(app.walkFromOfferingToReview(QStringLiteral("Remote Management Premium")));

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
    app.screenshot(QStringLiteral("5c-review-batch"));
    QVERIFY(!app.wizard()->currentPage()->isComplete());
    app.tick(QStringLiteral("confirmCheckBox"));
    QVERIFY(app.wizard()->currentPage()->isComplete());
    // Slow answers, so that the progress can be seen while an order is on its way.
    app.portal.setLatency(std::chrono::milliseconds(400));
    app.clickNext();

    // The batch window: progress (count, the customer whose order is on its way, time
    // left once an order is done), then the summary; the wizard starts over.
    BatchWindow *window = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((window = app.window->findChild<BatchWindow *>()) && window->isVisible(), kTimeoutMs);
    const BatchRunner &runner = app.services->batches;
    auto *progress = window->findChild<QProgressBar *>(QStringLiteral("batchProgressBar"));
    auto *current = window->findChild<QLabel *>(QStringLiteral("currentCustomerLabel"));
    auto *timeLeft = window->findChild<QLabel *>(QStringLiteral("timeLeftLabel"));
    auto *summary = window->findChild<QLabel *>(QStringLiteral("batchSummaryLabel"));
    const auto showsTheOrderOnItsWay = [&] {
        const int index = runner.currentIndex();
        return index >= 1 && runner.state() == BatchRunner::State::Running && progress->value() == index
            && current->text() == QStringLiteral("Sending the order for %1…").arg(chosen.at(index).displayName())
            && timeLeft->text().startsWith(QStringLiteral("About ")) && timeLeft->text().endsWith(QStringLiteral(" left"))
            && summary->text()
            == QStringLiteral("Placed: %1 · Refused: 0 · Unknown: 0 · Not sent: %2").arg(index).arg(chosen.size() - index - 1);
    };
    QTRY_VERIFY_WITH_TIMEOUT(showsTheOrderOnItsWay(), kTimeoutMs);
    WizardHarness::screenshot(window, QStringLiteral("15c-batch-progress"));
    // Nothing takes the session away from the order on its way.
    auto *signOut = app.window->findChild<QAction *>(QStringLiteral("signOutAction"));
    auto *quit = app.window->findChild<QAction *>(QStringLiteral("quitAction"));
    QVERIFY(!signOut->isEnabled() && !quit->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(app.services->batches.state(), BatchRunner::State::Finished, kTimeoutMs);
    QCOMPARE(app.wizard()->currentId(), int(PurchaseWizard::ProductPageId));
    QVERIFY(current->text().isEmpty() && timeLeft->text().isEmpty());
    QVERIFY(signOut->isEnabled() && quit->isEnabled());
    QCOMPARE(progress->value(), chosen.size());
    QCOMPARE(progress->maximum(), int(chosen.size()));
    QVERIFY(window->findChild<QLabel *>(QStringLiteral("batchSummaryLabel"))->text().startsWith(QStringLiteral("Placed: %1 ·").arg(chosen.size())));
    WizardHarness::screenshot(window, QStringLiteral("15-batch"));
    const QList<QByteArray> received = app.portal.receivedOrderBodies();
    QCOMPARE(received.size(), chosen.size());
    QCOMPARE(QSet<QByteArray>(received.cbegin(), received.cend()).size(), received.size());
    QCOMPARE(app.services->receipts.receipts().size(), chosen.size());
    // The batch as CSV from its window, named after its journal: every order and its outcome.
    click(window->findChild<QPushButton *>(QStringLiteral("saveBatchCsvPushButton")));
    QFileDialog *files = nullptr;
    QTRY_VERIFY((files = window->findChild<QFileDialog *>(QStringLiteral("saveBatchCsvFileDialog"))) && files->isVisible());
    const QString proposed = QFileInfo(app.services->batches.journalPath()).completeBaseName() + QStringLiteral(".csv");
    QVERIFY2(files->selectedFiles().value(0).endsWith(QLatin1Char('/') + proposed), qPrintable(files->selectedFiles().value(0)));
    const QString csvPath = QDir(app.directory.path()).filePath(QStringLiteral("batch.csv"));
    files->selectFile(csvPath);
    static_cast<QDialog *>(files)->accept();
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> rows = csv.readAll().split('\n');
    QCOMPARE(rows.size(), chosen.size() + 2); // the header, one row per order, nothing after the last line end
    for (int i = 0; i < chosen.size(); ++i) {
        QVERIFY2(rows.at(i + 1).startsWith(QByteArray(QByteArray::number(i + 1) + ",placed,")), rows.at(i + 1).constData());
        QVERIFY(rows.at(i + 1).contains(app.services->batches.orders().at(i).portal.orderNo.toUtf8()));
    }
    // Done: closed, and not offered again at the next sign-in.
    click(window->findChild<QPushButton *>(QStringLiteral("closeBatchPushButton")));
    QVERIFY(app.services->batchJournal.unfinished(QStringLiteral("practice")).isEmpty());
}

// As an earlier run left it: four orders planned, the first placed, the second on its way when
// the app was killed (its body never reached the portal). Signs in first; the caller returns
// when it failed.
void writeInterruptedBatch(WizardHarness &app)
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

// The next start after writeInterruptedBatch(): signed in again, the batch window it shows
// (nullptr when none is).
BatchWindow *signInAgain(WizardHarness &app)
{
    app.services->session.signOut();
    if (!app.signIn())
        return nullptr;
    BatchWindow *window = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] { return (window = app.window->findChild<BatchWindow *>()) && window->isVisible(); }, kTimeoutMs);
    return shown ? window : nullptr;
}

void TestBatchWizard::unfinishedBatchIsShownAtSignInAndResumed()
{
    WizardHarness app;
    // An earlier run planned four orders, placed the first and was killed with the second on its way.
    writeInterruptedBatch(app);
    if (QTest::currentTestFailed())
        return;
    // The next start: signing in again shows it, and nothing is sent until Go on.
    BatchWindow *window = signInAgain(app);
    QVERIFY(window);
    QVERIFY(window->findChild<QLabel *>(QStringLiteral("batchStatusLabel"))->text().contains(QStringLiteral("interrupted")));
    QCOMPARE(window->findChild<QTreeWidget *>(QStringLiteral("batchOrdersTreeWidget"))->topLevelItemCount(), 4);
    // The progress the journal says: one of four done.
    auto *progress = window->findChild<QProgressBar *>(QStringLiteral("batchProgressBar"));
    QCOMPARE(progress->maximum(), 4);
    QCOMPARE(progress->value(), 1);
    WizardHarness::screenshot(window, QStringLiteral("15b-batch-unfinished"));
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

void TestBatchWizard::signingOutSetsTheBatchAside()
{
    WizardHarness app;
    writeInterruptedBatch(app);
    if (QTest::currentTestFailed())
        return;
    BatchWindow *window = signInAgain(app);
    QVERIFY(window);
    click(window->findChild<QPushButton *>(QStringLiteral("goOnBatchPushButton")));
    QTRY_COMPARE_WITH_TIMEOUT(app.services->batches.state(), BatchRunner::State::WaitingForUser, kTimeoutMs);

    // Signed out with the batch waiting: it is left as it is, never sent on with the next
    // sign-in's token, and offered again (from its journal) when its account signs in.
    auto *signOut = app.window->findChild<QAction *>(QStringLiteral("signOutAction"));
    QVERIFY(signOut->isEnabled());
    signOut->trigger();
    QCOMPARE(app.services->batches.state(), BatchRunner::State::Idle);
    QVERIFY(app.services->batches.orders().isEmpty());
    QTRY_VERIFY(!app.window->findChild<BatchWindow *>());
    QCOMPARE(app.services->batchJournal.unfinished(QStringLiteral("practice")).size(), 1);
    QVERIFY(app.signIn());
    QTRY_VERIFY_WITH_TIMEOUT((window = app.window->findChild<BatchWindow *>()) && window->isVisible(), kTimeoutMs);
    QVERIFY(window->findChild<QLabel *>(QStringLiteral("batchStatusLabel"))->text().contains(QStringLiteral("interrupted")));
    QCOMPARE(app.services->batches.state(), BatchRunner::State::Idle);
    QCOMPARE(app.portal.requestCount(PracticePortal::Route::OrderSave), 0);
}

QTEST_MAIN(TestBatchWizard)
#include "tst_batchwizard.moc"
