// Every page, dialog and window walked through QAccessible, as a screen reader walks the
// accessibility bus: a visible control or text without a name fails (a combo box, whose
// name on Linux is its current value, needs a label or a description besides).
//
// The whole tree is also walked on every page transition, at once and again once the
// transition's queued events have run, and every element the previous walk met is asked
// again by its ID, as a screen reader asks by object path: an interface left behind by a
// widget the page deleted is used there (under ASan, make test-asan, that is a finding).
#include "SeedIds.h"
#include "AutoRenewalDialog.h"
#include "BatchWindow.h"
#include "CustomerPickerDialog.h"
#include "FollowUpActions.h"
#include "OrdersWindow.h"
#include "ProductsWindow.h"
#include "products/InstanceDetailsLoader.h"
#include "products/ProductInstanceFilterModel.h"
#include "products/ProductInstanceModel.h"
#include "ReceiptHistoryWindow.h"
#include "SettingsDialog.h"
#include "SignInDialog.h"
#include "WizardHarness.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTimer>
#include <QWizard>

using namespace std::chrono_literals;

namespace {

// Generous: under ASan, with a screen reader walking the tree, on a loaded machine.
constexpr int kWaitMs = 15000;

// The roles a screen reader announces by name: controls, and text.
bool needsName(QAccessible::Role role, const QAccessible::State &state)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::Link:
    case QAccessible::PageTab:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::ProgressBar:
    case QAccessible::StaticText:
    case QAccessible::Dialog:
    case QAccessible::Window:
        return true;
    case QAccessible::ScrollBar: // named by its orientation, never by the app
    case QAccessible::Cell:      // a value in a table: an empty one is read as "blank"
        return false;
    default:
        return state.focusable;
    }
}

// QWizard's page header keeps an empty label for a logo (there is none), next to the label
// with the page's title: Qt's, not ours, and with nothing in it there is nothing to read.
bool isQtsEmptyLogo(QAccessibleInterface *element, const QString &name)
{
    const auto *label = qobject_cast<const QLabel *>(element->object());
    if (!label || !name.isEmpty() || !label->parentWidget())
        return false;
    const QWizard *wizard = nullptr;
    for (const QObject *up = label->parent(); up && !wizard; up = up->parent())
        wizard = qobject_cast<const QWizard *>(up);
    if (!wizard || !wizard->currentPage())
        return false;
    const auto siblings = label->parentWidget()->findChildren<QLabel *>(Qt::FindDirectChildrenOnly);
    return std::any_of(siblings.cbegin(), siblings.cend(), [wizard](const QLabel *sibling) {
        return sibling->text() == wizard->currentPage()->title();
    });
}

bool hasNamedLabel(QAccessibleInterface *element)
{
    const auto labels = element->relations(QAccessible::Label);
    return std::any_of(labels.cbegin(), labels.cend(), [](const auto &relation) {
        return relation.first && !relation.first->text(QAccessible::Name).trimmed().isEmpty();
    });
}

QString describe(QAccessibleInterface *element)
{
    const QObject *object = element->object();
    const QString name = object && !object->objectName().isEmpty() ? object->objectName()
        : object                                                   ? QString::fromLatin1(object->metaObject()->className())
                                                                   : QStringLiteral("(child)");
    return QStringLiteral("%1[role %2]").arg(name).arg(int(element->role()), 0, 16);
}

// One walk of a window's tree, asking each element what a screen reader asks.
class TreeWalk
{
public:
    void walk(QWidget *window)
    {
        visit(QAccessible::queryAccessibleInterface(window), QString(), 0);
    }

    QStringList unnamed;
    QList<QAccessible::Id> seen;

private:
    void visit(QAccessibleInterface *element, const QString &path, int depth)
    {
        if (!element || !element->isValid() || depth > 64)
            return;
        seen << QAccessible::uniqueId(element);
        const QString name = element->text(QAccessible::Name).trimmed();
        const QString description = element->text(QAccessible::Description).trimmed();
        (void)element->text(QAccessible::Value);
        (void)element->rect();
        (void)element->parent();
        const QAccessible::Role role = element->role();
        const QAccessible::State state = element->state();
        const bool labelled = hasNamedLabel(element);
        const QString here = path + u'/' + describe(element);
        if (!state.invisible && needsName(role, state) && !isQtsEmptyLogo(element, name)) {
            // On Linux a combo box's name is its current value: only a label or a
            // description says which field it is.
            const bool named = role == QAccessible::ComboBox ? labelled || !description.isEmpty()
                                                             : labelled || !name.isEmpty();
            if (!named)
                unnamed << here;
        }
        const int children = element->childCount();
        for (int i = 0; i < children; ++i)
            visit(element->child(i), here, depth + 1);
    }
};

// Asks every element `ids` named again, as requests by object path arrive after the tree
// changed: an ID either resolves to a live element or to none.
int askAgain(const QList<QAccessible::Id> &ids)
{
    int alive = 0;
    for (const QAccessible::Id id : ids) {
        QAccessibleInterface *element = QAccessible::accessibleInterface(id);
        if (!element || !element->isValid())
            continue;
        ++alive;
        (void)element->text(QAccessible::Name);
        (void)element->state();
        (void)element->role();
        (void)element->relations();
        if (QAccessibleInterface *parent = element->parent())
            (void)parent->indexOfChild(element);
        for (int i = 0; i < element->childCount(); ++i)
            (void)element->child(i);
    }
    return alive;
}

// What Tab visits from the widget with the focus, once round: a widget by its objectName
// (or its class, under its parent's name), each in turn.
QStringList tabCycle()
{
    QStringList cycle;
    QWidget *start = QApplication::focusWidget();
    if (!start)
        return {QStringLiteral("(no focus)")};
    auto name = [](const QWidget *widget) {
        if (!widget->objectName().isEmpty())
            return widget->objectName();
        const QWidget *parent = widget->parentWidget();
        return QStringLiteral("%1 in %2").arg(QString::fromLatin1(widget->metaObject()->className()), parent ? parent->objectName() : QString());
    };
    cycle << name(start);
    for (int i = 0; i < 40; ++i) {
        QWidget *before = QApplication::focusWidget();
        QTest::keyClick(before, Qt::Key_Tab);
        // With a screen reader listening to keystrokes, the key reaches the widget later.
        if (!QTest::qWaitFor([before] { return QApplication::focusWidget() != before; }, 5000))
            break; // Tab went nowhere: a cycle of one
        QWidget *now = QApplication::focusWidget();
        if (!now || now == start)
            break;
        cycle << name(now);
    }
    return cycle;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void everyPageAndDialogIsNamed();
    void severalCustomersAndProductActionsAreNamed();
    void failuresAreNamed();
    void treeSurvivesEveryPageTransition();
    void plansAndServicesKeepTheirRows();
    void tabOrderOnEveryPage();

private:
    void check(QWidget *window, const QString &state);
    QStringList m_problems;
};

void TestAccessibility::check(QWidget *window, const QString &state)
{
    TreeWalk walk;
    walk.walk(window);
    QVERIFY2(walk.seen.size() > 3, qPrintable(state));
    for (const QString &path : std::as_const(walk.unnamed)) {
        qWarning("%s: no name: %s", qPrintable(state), qPrintable(path));
        m_problems << state + QStringLiteral(": no name: ") + path;
    }
}

void TestAccessibility::everyPageAndDialogIsNamed()
{
    QTemporaryDir folder;
    AppSettings settings(folder.filePath(QStringLiteral("settings.ini")));
    WizardHarness app(&settings);
    QWidget *window = app.window.get();

    app.window->start();
    QTRY_VERIFY_WITH_TIMEOUT(app.window->signInDialog(), kWaitMs);
    check(app.window->signInDialog(), QStringLiteral("sign-in dialog"));
    QTest::mouseClick(app.window->signInDialog()->findChild<QAbstractButton *>(QStringLiteral("signInButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(app.wizard()->isEnabled(), kWaitMs);
    QVERIFY(app.listsReady());
    check(window, QStringLiteral("product page"));

    app.chooseProduct(QStringLiteral("P-Series Turnkey Package"));
    app.clickNext();
    check(window, QStringLiteral("for whom, myself"));
    QTest::mouseClick(app.find<QRadioButton>(QStringLiteral("customerRadioButton")), Qt::LeftButton, {}, QPoint(4, 4));
    check(window, QStringLiteral("for whom, no customer yet"));
    QVERIFY(app.chooseCustomer(kLoneStarPartnerId));
    check(window, QStringLiteral("for whom, a customer"));

    app.clickNext();
    auto *plans = app.find<QComboBox>(QStringLiteral("planComboBox"));
    QTRY_VERIFY_WITH_TIMEOUT(plans->findData(kTurnkeyPlan) > 0, kWaitMs);
    plans->setCurrentIndex(plans->findData(kTurnkeyPlan));
    app.tick(QStringLiteral("service%1CheckBox").arg(kRecordingMinutes));
    check(window, QStringLiteral("plans and services"));
    app.setQuantity(QStringLiteral("planQuantitySpinBox"), 100);
    app.setQuantity(QStringLiteral("service%1QuantitySpinBox").arg(kRecordingMinutes), 10000);
    app.clickNext();
    app.chooseBillingContact(kSeedBillingContact);
    check(window, QStringLiteral("billing contact"));
    app.clickNext();
    app.tick(QStringLiteral("confirmCheckBox"));
    app.find<QAbstractButton>(QStringLiteral("showRequestToolButton"))->click();
    check(window, QStringLiteral("review"));
    app.portal.injectFault(PracticePortal::Route::OrderSave, PracticeFault::delayed(1500ms), 1);
    app.clickNext();
    QTRY_VERIFY_WITH_TIMEOUT(app.wizard()->isSendingOrder(), kWaitMs);
    check(window, QStringLiteral("review, sending"));
    QTRY_COMPARE_WITH_TIMEOUT(app.wizard()->currentId(), int(PurchaseWizard::ReceiptPageId), kWaitMs);
    check(window, QStringLiteral("receipt"));

    // A second order whose answer is lost.
    QTRY_VERIFY_WITH_TIMEOUT(app.wizard()->button(QWizard::FinishButton)->isEnabled(), kWaitMs);
    QTest::mouseClick(app.wizard()->button(QWizard::FinishButton), Qt::LeftButton);
    QVERIFY(app.walkToReviewForRemoteManagementPremium());
    app.portal.injectFault(PracticePortal::Route::OrderSave, PracticeFault::Kind::DropConnection, 1);
    app.tick(QStringLiteral("confirmCheckBox"));
    app.clickNext();
    QTRY_COMPARE_WITH_TIMEOUT(app.wizard()->currentId(), int(PurchaseWizard::OutcomeUnknownPageId), kWaitMs);
    check(window, QStringLiteral("outcome unknown, looking"));
    QTRY_VERIFY_WITH_TIMEOUT(app.wizard()->button(QWizard::FinishButton)->isEnabled(), kWaitMs);
    check(window, QStringLiteral("outcome unknown, found"));

    // The windows and dialogs of the menus.
    ReceiptHistoryWindow *receipts = app.openReceiptsWithOneSelected();
    QVERIFY(receipts);
    check(receipts, QStringLiteral("receipts window"));
    receipts->close();
    OrdersWindow *orders = app.openPortalOrdersWithOneShown();
    QVERIFY(orders);
    check(orders, QStringLiteral("portal orders window"));
    orders->close();

    auto *followUp = app.window->findChild<FollowUpActions *>();
    QVERIFY(followUp);
    followUp->productsAction()->trigger();
    ProductsWindow *products = followUp->productsWindow();
    QTRY_VERIFY_WITH_TIMEOUT(products && products->isVisible(), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(products->model()->state() == RemoteListModel::State::Ready, kWaitMs);
    check(products, QStringLiteral("purchased products window"));
    // A software PBX selected: its details, activation code and Copy.
    for (int row = 0; row < products->tableView()->model()->rowCount(); ++row) {
        if (products->model()->at(products->filterModel()->sourceRow(row)).productId == 12) {
            products->tableView()->selectRow(row);
            break;
        }
    }
    QTRY_VERIFY_WITH_TIMEOUT(products->findChild<QWidget *>(QStringLiteral("copyActivationCodeButton"))->isVisible(),
                             kWaitMs);
    check(products, QStringLiteral("purchased products window, a product selected"));
    products->close();

    app.window->openSettings();
    QTRY_VERIFY_WITH_TIMEOUT(app.window->settingsDialog() && app.window->settingsDialog()->isVisible(), kWaitMs);
    check(app.window->settingsDialog(), QStringLiteral("settings dialog"));
    app.window->settingsDialog()->reject();

    app.window->findChild<QAction *>(QStringLiteral("switchAccountAction"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(app.window->signInDialog() && app.window->signInDialog()->isVisible(), kWaitMs);
    check(app.window->signInDialog(), QStringLiteral("switch account dialog"));

    QVERIFY2(m_problems.isEmpty(), qPrintable(QStringLiteral("%1 unnamed element(s), listed above").arg(m_problems.size())));
}

// The other ways through the app: several customers (the picker, one review for all
// orders, the batch window) and acting on a product already bought (the auto-renewal
// dialog, the renewal's pages).
void TestAccessibility::severalCustomersAndProductActionsAreNamed()
{
    WizardHarness app;
    QVERIFY(app.signIn());
    QVERIFY(app.listsReady());
    QWidget *window = app.window.get();

    app.chooseProduct(QStringLiteral("Remote Management Premium"));
    app.clickNext();
    QTest::mouseClick(app.find<QRadioButton>(QStringLiteral("severalCustomersRadioButton")), Qt::LeftButton, {},
                      QPoint(4, 4));
    check(window, QStringLiteral("for whom, several customers, none yet"));
    QTest::mouseClick(app.find<QPushButton>(QStringLiteral("chooseCustomersPushButton")), Qt::LeftButton);
    CustomerPickerDialog *picker = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((picker = window->findChild<CustomerPickerDialog *>()) && picker->isVisible(), kWaitMs);
    // Two customers pasted, and a line that matches nobody (its note shown).
    picker->findChild<QPlainTextEdit *>(QStringLiteral("pastedCustomersPlainTextEdit"))
        ->setPlainText(app.services->subordinates.at(0).email + QLatin1Char('\n') + app.services->subordinates.at(1).email
                       + QStringLiteral("\nnobody@example.invalid\n"));
    QTest::mouseClick(picker->findChild<QPushButton *>(QStringLiteral("addPastedPushButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(picker->findChild<QLabel *>(QStringLiteral("unmatchedCustomersLabel"))->isVisible(), kWaitMs);
    QCOMPARE(picker->chosen().size(), 2);
    check(picker, QStringLiteral("customer picker"));
    picker->accept();
    QTRY_VERIFY_WITH_TIMEOUT(app.wizard()->currentPage()->isComplete(), kWaitMs);
    check(window, QStringLiteral("for whom, two customers chosen"));
    app.clickNext();
    QVERIFY(app.chooseSeedOffering(QStringLiteral("Remote Management Premium")));
    app.clickNext();
    app.chooseBillingContact(kSeedBillingContact);
    app.clickNext();
    QCOMPARE(app.wizard()->currentId(), int(PurchaseWizard::ReviewPageId));
    app.tick(QStringLiteral("confirmCheckBox"));
    check(window, QStringLiteral("review of two orders"));
    app.clickNext();
    BatchWindow *batch = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((batch = window->findChild<BatchWindow *>()) && batch->isVisible(), kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(app.services->batches.state(), BatchRunner::State::Finished, 2 * kWaitMs);
    check(batch, QStringLiteral("batch window, finished"));
    batch->close();

    // A product bought before: the first whose auto-renewal is off, then one to renew.
    ProductsWindow *products = app.openProductsLoaded();
    QVERIFY(products);
    // The actions a product offers are known once its details are in.
    auto selectFirst = [products](const QString &buttonName) {
        auto *button = products->findChild<QPushButton *>(buttonName);
        InstanceDetailsLoader *details = products->detailsLoader();
        QTableView *table = products->tableView();
        for (int row = 0; button && row < table->model()->rowCount(); ++row) {
            table->setCurrentIndex(table->model()->index(row, 0));
            const bool loaded = QTest::qWaitFor(
                [details] {
                return details->state(InstanceDetailsLoader::Part::Details) == InstanceDetailsLoader::State::Ready;
                },
                kWaitMs);
            if (loaded && button->isEnabled())
                return button;
        }
        return static_cast<QPushButton *>(nullptr);
    };
    QPushButton *autoRenewal = selectFirst(QStringLiteral("autoRenewalPushButton"));
    QVERIFY(autoRenewal);
    check(products, QStringLiteral("purchased products window, auto-renewal off"));
    QTest::mouseClick(autoRenewal, Qt::LeftButton);
    auto *dialog = products->findChild<AutoRenewalDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    check(dialog, QStringLiteral("auto-renewal dialog"));
    dialog->reject();

    QPushButton *renew = selectFirst(QStringLiteral("renewPushButton"));
    QVERIFY(renew);
    QTest::mouseClick(renew, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(window->isVisible() && app.services->purchase.draft().subscription.has_value(), kWaitMs);
    check(window, QStringLiteral("renewal, first page"));
    QTRY_VERIFY_WITH_TIMEOUT(app.wizard()->button(QWizard::NextButton)->isEnabled(), kWaitMs);
    const int first = app.wizard()->currentId();
    app.clickNext();
    QVERIFY(app.wizard()->currentId() != first);
    QTRY_VERIFY_WITH_TIMEOUT(app.services->offering.state() == LoadState::State::Ready, kWaitMs);
    check(window, QStringLiteral("renewal, plans and services"));

    QVERIFY2(m_problems.isEmpty(), qPrintable(QStringLiteral("%1 unnamed element(s), listed above").arg(m_problems.size())));
}

// What a failure leaves on screen (the portal's message, its reference, Retry) is named
// too: a refused sign-in, and each list of the wizard that could not be loaded.
void TestAccessibility::failuresAreNamed()
{
    WizardHarness app;
    QWidget *window = app.window.get();
    app.portal.setClientSecret(QStringLiteral("another secret"));
    app.window->start();
    QTRY_VERIFY_WITH_TIMEOUT(app.window->signInDialog(), kWaitMs);
    SignInDialog *dialog = app.window->signInDialog();
    QTest::mouseClick(dialog->findChild<QAbstractButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->findChild<QLabel *>(QStringLiteral("signInErrorLabel"))->isVisible(), kWaitMs);
    check(dialog, QStringLiteral("sign-in refused"));

    app.portal.setClientSecret(PracticePortal::practiceClientSecret());
    for (const auto route :
         {PracticePortal::Route::ProductList, PracticePortal::Route::PartnerList, PracticePortal::Route::BillingContactList})
        app.portal.injectFault(route, PracticeFault::httpError(503), 1);
    QTest::mouseClick(dialog->findChild<QAbstractButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(app.wizard()->isEnabled(), kWaitMs);
    // Retry on the page shown, once its failure has been walked.
    auto retryFailed = [&](PurchaseWizard::PageId id, const QString &state) {
        QWidget *page = app.wizard()->page(id);
        auto *retry = page->findChild<QPushButton *>(QStringLiteral("retryButton"));
        if (!QTest::qWaitFor([retry] { return retry->isVisible(); }, kWaitMs))
            return false;
        check(window, state);
        QTest::mouseClick(retry, Qt::LeftButton);
        return QTest::qWaitFor([retry] { return !retry->isVisible(); }, kWaitMs);
    };
    QVERIFY(retryFailed(PurchaseWizard::ProductPageId, QStringLiteral("product page, the list failed")));
    QTRY_VERIFY_WITH_TIMEOUT(app.services->products.state() == RemoteListModel::State::Ready, kWaitMs);
    // The offer fails twice: where the product page prefetches it, and where its page asks again.
    app.portal.injectFault(PracticePortal::Route::PurchaseProductInfo, PracticeFault::httpError(503), 2);
    app.chooseProduct(QStringLiteral("Remote Management Premium"));
    app.clickNext();
    QTest::mouseClick(app.find<QRadioButton>(QStringLiteral("customerRadioButton")), Qt::LeftButton, {}, QPoint(4, 4));
    QVERIFY(retryFailed(PurchaseWizard::RecipientPageId, QStringLiteral("for whom, the list failed")));
    QTRY_VERIFY_WITH_TIMEOUT(app.services->subordinates.state() == RemoteListModel::State::Ready, kWaitMs);
    QVERIFY(app.chooseCustomer(kLoneStarPartnerId));
    app.clickNext();
    QVERIFY(retryFailed(PurchaseWizard::OfferingPageId, QStringLiteral("plans and services, the offer failed")));
    QVERIFY(app.chooseSeedOffering(QStringLiteral("Remote Management Premium")));
    app.clickNext();
    QVERIFY(retryFailed(PurchaseWizard::BillingContactPageId, QStringLiteral("billing contact, the list failed")));

    QVERIFY2(m_problems.isEmpty(), qPrintable(QStringLiteral("%1 unnamed element(s), listed above").arg(m_problems.size())));
}

// A screen reader walks the tree while the user moves on. Here the walk runs inside each
// transition (currentIdChanged) and once more after its queued events, and asks again
// about everything the walk before met; ten purchases, for yourself and for a customer,
// back and forth between the pages.
void TestAccessibility::treeSurvivesEveryPageTransition()
{
    WizardHarness app;
    QVERIFY(app.signIn());
    QVERIFY(app.listsReady());
    QWidget *window = app.window.get();

    QList<QAccessible::Id> previous;
    int walks = 0;
    auto walkNow = [&] {
        askAgain(previous);
        TreeWalk walk;
        walk.walk(window);
        previous = walk.seen;
        ++walks;
    };
    // Every connection and queued walk is the window's: none outlives this purchase.
    connect(app.wizard(), &QWizard::currentIdChanged, window, [&] {
        walkNow();
        QTimer::singleShot(0, window, walkNow);
    });
    // The plans and services page builds its rows when an offering arrives.
    connect(&app.services->offering, &OfferingLoader::stateChanged, window,
            [&] { QTimer::singleShot(0, window, walkNow); });

    for (int round = 0; round < 10; ++round) {
        const bool forCustomer = round % 2 == 1;
        const bool turnkey = round % 3 == 0;
        const QString product = turnkey ? QStringLiteral("P-Series Turnkey Package")
                                        : QStringLiteral("Remote Management Premium");
        app.chooseProduct(product);
        app.clickNext();
        if (forCustomer) {
            QTest::mouseClick(app.find<QRadioButton>(QStringLiteral("customerRadioButton")), Qt::LeftButton, {},
                              QPoint(4, 4));
            QVERIFY(app.chooseCustomer(kLoneStarPartnerId));
        }
        app.clickNext();
        QTRY_VERIFY_WITH_TIMEOUT(app.find<QCheckBox>(QStringLiteral("service%1CheckBox").arg(turnkey ? kRecordingMinutes : kRmpService)), kWaitMs);
        // Back to "For whom?" and on again: the plans and services page is shown anew.
        app.wizard()->back();
        app.clickNext();
        QVERIFY(app.chooseSeedOffering(product));
        app.clickNext();
        app.chooseBillingContact(kSeedBillingContact);
        app.clickNext();
        QCOMPARE(app.wizard()->currentId(), int(PurchaseWizard::ReviewPageId));
        app.tick(QStringLiteral("confirmCheckBox"));
        app.clickNext();
        QTRY_COMPARE_WITH_TIMEOUT(app.wizard()->currentId(), int(PurchaseWizard::ReceiptPageId), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(app.wizard()->button(QWizard::FinishButton)->isEnabled(), kWaitMs);
        QTest::mouseClick(app.wizard()->button(QWizard::FinishButton), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(app.wizard()->currentId(), int(PurchaseWizard::ProductPageId), kWaitMs);
    }
    QCOMPARE(app.portal.acceptedOrderCount(), 10);
    QVERIFY(walks >= 10 * 7 * 2);
}

// What a screen reader has met on Plans and services stays alive: going Back and on again
// and choosing another plan reuse the rows (deleting them under a live accessibility tree
// crashed the app with a screen reader running). Only another product's offering replaces
// the service rows, hidden at once and deleted after the events queued for them.
void TestAccessibility::plansAndServicesKeepTheirRows()
{
    WizardHarness app;
    QVERIFY(app.signIn());
    QVERIFY(app.listsReady());
    app.chooseProduct(QStringLiteral("P-Series Turnkey Package"));
    app.clickNext();
    app.clickNext();
    QVERIFY(app.chooseSeedOffering(QStringLiteral("P-Series Turnkey Package")));
    auto *plans = app.find<QComboBox>(QStringLiteral("planComboBox"));

    QWidget *page = app.wizard()->page(PurchaseWizard::OfferingPageId);
    TreeWalk met;
    met.walk(page);
    // The widgets, that is: the items of a list come and go with its model.
    QList<QPair<QPointer<QObject>, QString>> objects;
    QList<QAccessible::Id> widgetIds;
    for (const QAccessible::Id id : std::as_const(met.seen)) {
        QAccessibleInterface *element = QAccessible::accessibleInterface(id);
        if (element && element->object()) {
            objects << qMakePair(QPointer<QObject>(element->object()), describe(element));
            widgetIds << id;
        }
    }
    QVERIFY(objects.size() > 20);

    app.wizard()->back();
    app.clickNext();
    plans->setCurrentIndex(0); // no plan
    plans->setCurrentIndex(plans->findData(kTurnkeyPlan));
    app.wizard()->back();
    app.clickNext();
    QCOMPARE(app.wizard()->currentId(), int(PurchaseWizard::OfferingPageId));
    QCoreApplication::processEvents(); // anything deleted later is gone now
    for (const auto &[object, what] : std::as_const(objects))
        QVERIFY2(object, qPrintable(what + QStringLiteral(" was deleted")));
    for (const QAccessible::Id id : std::as_const(widgetIds)) {
        QAccessibleInterface *element = QAccessible::accessibleInterface(id);
        QVERIFY(element && element->isValid());
    }
    // The choices are still shown (the rows show the draft).
    QVERIFY(app.find<QCheckBox>(QStringLiteral("service%1CheckBox").arg(kRecordingMinutes))->isChecked());

    // Another product: its offering replaces the service rows.
    QPointer<QWidget> oldRow = app.find<QWidget>(QStringLiteral("service%1OrderLineEditor").arg(kRecordingMinutes));
    QVERIFY(oldRow);
    app.wizard()->back();
    app.wizard()->back();
    app.chooseProduct(QStringLiteral("Remote Management Premium"));
    app.clickNext();
    app.clickNext();
    QTRY_VERIFY_WITH_TIMEOUT(app.find<QCheckBox>(QStringLiteral("service%1CheckBox").arg(kRmpService)), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!oldRow, kWaitMs);
}

// Tab goes round each page's controls and the wizard's buttons in the order the pages lay
// them out, whenever a page's widgets were built.
void TestAccessibility::tabOrderOnEveryPage()
{
    WizardHarness app;
    QVERIFY(app.signIn());
    QVERIFY(app.listsReady());
    app.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(app.window.get()));
    const QString recordingMinutes = QStringLiteral("service") + kRecordingMinutes;
    const QString otherService = QStringLiteral("service3049032689062051840"); // the package's Hot Standby
    auto cycleFromButtons = [&] {
        app.window->activateWindow(); // a closed pop-up may have left no window active
        if (!QTest::qWaitForWindowActive(app.window.get()))
            return QStringList{QStringLiteral("(window not active)")};
        // From the first of the wizard's buttons shown (Back, or New purchase on the receipt).
        for (const auto which : {QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton, QWizard::FinishButton}) {
            QAbstractButton *button = app.wizard()->button(which);
            if (button->isVisible() && button->isEnabled()) {
                button->setFocus(Qt::TabFocusReason);
                break;
            }
        }
        return tabCycle();
    };
    QCOMPARE(cycleFromButtons().join(QStringLiteral(", ")),
             (QStringList{QStringLiteral("operationComboBox"), QStringLiteral("productComboBox")}.join(QStringLiteral(", "))));
    app.chooseProduct(QStringLiteral("P-Series Turnkey Package"));
    app.clickNext();
    QTest::mouseClick(app.find<QRadioButton>(QStringLiteral("customerRadioButton")), Qt::LeftButton, {}, QPoint(4, 4));
    QVERIFY(app.chooseCustomer(kLoneStarPartnerId));
    QCOMPARE(cycleFromButtons().join(QStringLiteral(", ")),
             (QStringList{QStringLiteral("backButton"), QStringLiteral("nextButton"), QStringLiteral("customerRadioButton"),
                          QStringLiteral("subordinateComboBox")}
                  .join(QStringLiteral(", "))));
    app.clickNext();
    QVERIFY(app.chooseSeedOffering(QStringLiteral("P-Series Turnkey Package")));
    QCOMPARE(cycleFromButtons().join(QStringLiteral(", ")),
             (QStringList{QStringLiteral("backButton"), QStringLiteral("nextButton"), QStringLiteral("offeringScrollArea"),
                          QStringLiteral("planComboBox"), recordingMinutes + QStringLiteral("QuantitySpinBox"),
                          recordingMinutes + QStringLiteral("CheckBox"), otherService + QStringLiteral("CheckBox"),
                          QStringLiteral("planQuantitySpinBox")}
                  .join(QStringLiteral(", "))));
    app.clickNext();
    app.chooseBillingContact(kSeedBillingContact);
    QCOMPARE(cycleFromButtons().join(QStringLiteral(", ")),
             (QStringList{QStringLiteral("backButton"), QStringLiteral("nextButton"), QStringLiteral("billingContactComboBox"),
                          QStringLiteral("poNumberLineEdit")}
                  .join(QStringLiteral(", "))));
    app.clickNext();
    app.tick(QStringLiteral("confirmCheckBox"));
    QCOMPARE(cycleFromButtons().join(QStringLiteral(", ")),
             (QStringList{QStringLiteral("backButton"), QStringLiteral("placeOrderButton"), QStringLiteral("showRequestToolButton"),
                          QStringLiteral("confirmCheckBox"), QStringLiteral("reviewScrollArea")}
                  .join(QStringLiteral(", "))));
    app.clickNext();
    QTRY_COMPARE_WITH_TIMEOUT(app.wizard()->currentId(), int(PurchaseWizard::ReceiptPageId), kWaitMs);
    QCOMPARE(cycleFromButtons().join(QStringLiteral(", ")),
             (QStringList{QStringLiteral("receiptTextBrowser"), QStringLiteral("copyReceiptButton"), QStringLiteral("savePdfButton"),
                          QStringLiteral("printButton")}
                  .join(QStringLiteral(", "))));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
