// File > Products… through the real main window against the practice portal: the menu
// entry and the tool-bar button, the list with expired and expiring rows marked in colour
// and in words, the selected product's details with its activation code (with Copy)
// or model, the filters, the CSV of what is shown, cancel on close and on sign-out,
// and Help > Save API diagnostics. PP_SCREENSHOT_DIR=<dir> saves the README's picture.
#include "DiagnosticsExport.h"
#include "ExpiryMarkDelegate.h"
#include "FollowUpActions.h"
#include "InstanceDetailsPane.h"
#include "ProductsWindow.h"
#include "StrictCsvReader.h"
#include "TextStyle.h"
#include "WizardHarness.h"
#include "i18n/LanguageLoader.h"
#include "models/JsonTreeModel.h"
#include "products/InstanceDetailsLoader.h"
#include "products/InstanceLoader.h"
#include "products/ProductInstanceFilterModel.h"
#include "products/ProductInstanceModel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QClipboard>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>

#include <climits>

using namespace std::chrono_literals;
using Route = PracticePortal::Route;

namespace {

constexpr int kWait = 20000;

// The delegate's colours, through its own initStyleOption().
class DelegateProbe : public ExpiryMarkDelegate
{
public:
    using ExpiryMarkDelegate::ExpiryMarkDelegate;
    QStyleOptionViewItem optionFor(const QModelIndex &index) const
    {
        QStyleOptionViewItem option;
        option.palette = QGuiApplication::palette();
        initStyleOption(&option, index);
        return option;
    }
};

} // namespace

class TestProductsWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void menuAndToolBarOpenTheWindow();
    void rowsMarkedAndDetailsShown();
    void filtersAndCsvExport();
    void headerSortsAndReloadKeepsOrder();
    void closingWhileLoadingCancels();
    void signOutClosesAndForgets();
    void diagnosticsFileHoldsTheAnswers();

private:
    ProductsWindow *open(WizardHarness &app);
    int rowOf(ProductsWindow *window, qint64 productId);
    static bool sortedAsShown(ProductsWindow *window);
};

void TestProductsWindow::initTestCase()
{
    // English plurals ("3 days left"), as the app installs them.
    QVERIFY(LanguageLoader::install(qApp, QStringLiteral("en")));
}

ProductsWindow *TestProductsWindow::open(WizardHarness &app)
{
    if (!app.wizard()->isEnabled() && !app.signIn())
        return nullptr;
    app.window->findChild<QAction *>(QStringLiteral("productsAction"))->trigger();
    auto *followUp = app.window->findChild<FollowUpActions *>();
    ProductsWindow *window = followUp->productsWindow();
    if (window && !QTest::qWaitForWindowExposed(window))
        return nullptr;
    return window;
}

// The first row shown of `productId`, in the table's order.
int TestProductsWindow::rowOf(ProductsWindow *window, qint64 productId)
{
    for (int row = 0; row < window->filterModel()->rowCount(); ++row) {
        if (window->model()->at(window->filterModel()->sourceRow(row)).productId == productId)
            return row;
    }
    return -1;
}

void TestProductsWindow::menuAndToolBarOpenTheWindow()
{
    WizardHarness app;
    auto *action = app.window->findChild<QAction *>(QStringLiteral("productsAction"));
    QVERIFY(action);
    QVERIFY(!action->isEnabled()); // nobody signed in yet
    QVERIFY(app.signIn());
    QVERIFY(action->isEnabled());
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    QVERIFY(app.window->findChild<QToolBar *>(QStringLiteral("ordersToolBar"))->actions().contains(action));
    QMenu *file = app.window->menuBar()->actions().first()->menu();
    QVERIFY(file->actions().contains(action));
    QCOMPARE(action->text(), QStringLiteral("&Products…"));

    ProductsWindow *window = open(app);
    QVERIFY(window);
    QTRY_COMPARE_WITH_TIMEOUT(window->model()->state(), RemoteListModel::State::Ready, kWait);
    QCOMPARE(window->model()->rowCount(), app.portal.instanceCount());
    QCOMPARE(window->tableView()->model()->rowCount(), app.portal.instanceCount());
    auto *count = window->findChild<QLabel *>(QStringLiteral("productCountLabel"));
    QVERIFY(count->text().contains(QString::number(app.portal.instanceCount())));
    // Opened again: the same window, not a second load.
    const int requests = app.portal.requestCount(Route::InstanceList);
    action->trigger();
    QCOMPARE(app.window->findChild<FollowUpActions *>()->productsWindow(), window);
    QCOMPARE(app.portal.requestCount(Route::InstanceList), requests);
}

void TestProductsWindow::rowsMarkedAndDetailsShown()
{
    WizardHarness app;
    ProductsWindow *window = open(app);
    QVERIFY(window);
    window->resize(1240, 700);
    QTRY_COMPARE_WITH_TIMEOUT(window->model()->state(), RemoteListModel::State::Ready, kWait);
    QTableView *table = window->tableView();

    // What expires next comes first; expired rows say so, in the error colour.
    const QModelIndex first = table->model()->index(0, ProductInstanceModel::DaysLeftColumn);
    QVERIFY(first.data().toString().startsWith(QLatin1String("Expired")));
    DelegateProbe probe;
    const QPalette palette = QGuiApplication::palette();
    QCOMPARE(probe.optionFor(first).palette.color(QPalette::Text), TextStyle::errorColor(palette));
    QCOMPARE(probe.optionFor(first).text, first.data().toString());
    bool sawExpiring = false;
    bool sawCurrent = false;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex days = table->model()->index(row, ProductInstanceModel::DaysLeftColumn);
        const std::optional<int> left = window->model()->daysLeft(window->filterModel()->sourceRow(row));
        const QColor color = probe.optionFor(days).palette.color(QPalette::Text);
        if (*left >= 0 && *left <= 30) {
            sawExpiring = true;
            QCOMPARE(color, TextStyle::warningColor(palette));
        } else if (*left > 30) {
            sawCurrent = true;
            QCOMPARE(color, palette.color(QPalette::Text));
        }
    }
    QVERIFY(sawExpiring && sawCurrent);

    // A P-Series Software Edition: its details, its activation code, Copy.
    const int pseRow = rowOf(window, 12);
    QVERIFY(pseRow >= 0);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(pseRow, 0));
    const ProductInstance &pse = window->model()->at(window->filterModel()->sourceRow(pseRow));
    InstanceDetailsLoader *details = window->detailsLoader();
    using Part = InstanceDetailsLoader::Part;
    using State = InstanceDetailsLoader::State;
    QTRY_VERIFY_WITH_TIMEOUT(details->state(Part::Details) == State::Ready
                                 && details->state(Part::ActivationCode) == State::Ready,
                             kWait);
    auto *title = window->findChild<QLabel *>(QStringLiteral("instanceTitleLabel"));
    QCOMPARE(title->text(), QStringLiteral("Software PBX (PSE Self-hosted) — %1").arg(pse.productNo));
    auto *code = window->findChild<QLabel *>(QStringLiteral("activationCodeLabel"));
    QString expectedCode;
    for (const PracticeInstance &instance : app.portal.instances()) {
        if (instance.productId == 12 && instance.productNo == pse.productNo)
            expectedCode = instance.activationCode;
    }
    QCOMPARE(code->text(), expectedCode);
    QVERIFY(code->isVisible());
    QVERIFY(!window->findChild<QWidget *>(QStringLiteral("deviceModelLabel"))->isVisible());
    QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("copyActivationCodeButton")), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), expectedCode);

    // Every field as key → value, nested ones folded; the 19-digit plan ID exact.
    JsonTreeModel *fields = window->detailsPane()->fieldsModel();
    QStringList keys;
    QString planId;
    QModelIndex services;
    for (int row = 0; row < fields->rowCount(); ++row) {
        const QModelIndex key = fields->index(row, JsonTreeModel::KeyColumn);
        keys << key.data().toString();
        if (key.data().toString() == QLatin1String("planId"))
            planId = fields->index(row, JsonTreeModel::ValueColumn).data().toString();
        if (key.data().toString() == QLatin1String("serviceList"))
            services = key;
    }
    for (const char *key : {"activationStatus", "currentPlanExpireDate", "productNo", "quantity"})
        QVERIFY2(keys.contains(QLatin1String(key)), key);
    QCOMPARE(planId.size(), 19);
    QVERIFY(services.isValid());
    QTreeView *tree = window->detailsPane()->fieldsView();
    QVERIFY(!tree->isExpanded(services));
    tree->expand(services);
    QVERIFY(tree->isExpanded(services));
    if (!qEnvironmentVariableIsEmpty("PP_SCREENSHOT_DIR"))
        window->grab().save(QDir(qEnvironmentVariable("PP_SCREENSHOT_DIR")).filePath(QStringLiteral("8-products.png")));

    // An appliance: its model, no activation code.
    table->setCurrentIndex(table->model()->index(rowOf(window, 11), 0));
    QTRY_COMPARE_WITH_TIMEOUT(details->state(Part::DeviceModel), State::Ready, kWait);
    auto *model = window->findChild<QLabel *>(QStringLiteral("deviceModelLabel"));
    QTRY_VERIFY(model->isVisible());
    QVERIFY(model->text().startsWith(QLatin1Char('P')));
    QVERIFY(!code->isVisible());

    // The details fail: said in the pane, with Retry; the list's fields stay.
    app.portal.injectFault(Route::InstanceDetail, PracticeFault::httpError(502), 1);
    table->setCurrentIndex(table->model()->index(rowOf(window, 15), 0));
    auto *message = window->findChild<QLabel *>(QStringLiteral("instanceDetailsMessageLabel"));
    auto *retry = window->findChild<QPushButton *>(QStringLiteral("instanceDetailsRetryButton"));
    QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), kWait);
    QVERIFY(message->text().contains(details->error(Part::Details).title()));
    QVERIFY(fields->rowCount() > 0);
    // The actions need the details, and say so where they are.
    auto *actionsState = window->findChild<QLabel *>(QStringLiteral("autoRenewalStateLabel"));
    auto *renew = window->findChild<QPushButton *>(QStringLiteral("renewPushButton"));
    QVERIFY(actionsState->text().contains(QLatin1String("could not be loaded")));
    QVERIFY(!renew->isEnabled());
    app.portal.setLatency(300ms);
    QTest::mouseClick(retry, Qt::LeftButton);
    QCOMPARE(details->state(Part::Details), State::Loading);
    QVERIFY(actionsState->text().contains(QLatin1String("once this product's details have loaded")));
    QTRY_COMPARE_WITH_TIMEOUT(details->state(Part::Details), State::Ready, kWait);
    app.portal.setLatency(0ms);
    QVERIFY(!retry->isVisible());
    QVERIFY(actionsState->text().startsWith(QLatin1String("Auto-renewal is")));
}

void TestProductsWindow::filtersAndCsvExport()
{
    WizardHarness app;
    ProductsWindow *window = open(app);
    QVERIFY(window);
    QTRY_COMPARE_WITH_TIMEOUT(window->model()->state(), RemoteListModel::State::Ready, kWait);
    const int total = window->model()->rowCount();
    QAbstractItemModel *shown = window->tableView()->model();

    // Ctrl+F, then a customer's name.
    QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier);
    auto *search = window->findChild<QLineEdit *>(QStringLiteral("productSearchLineEdit"));
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("lone star"));
    QVERIFY(shown->rowCount() > 0 && shown->rowCount() < total);
    for (int row = 0; row < shown->rowCount(); ++row)
        QCOMPARE(shown->index(row, ProductInstanceModel::CustomerColumn).data().toString(),
                 QStringLiteral("Lone Star Dental LLC"));
    auto *count = window->findChild<QLabel *>(QStringLiteral("productCountLabel"));
    QVERIFY(count->text().startsWith(QString::number(shown->rowCount()) + QStringLiteral(" of ")));

    // Export what is shown.
    const QString path = app.directory.filePath(QStringLiteral("products.csv"));
    QCOMPARE(window->exportShownRows(path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto records = readStrictCsv(QString::fromUtf8(file.readAll().mid(3)));
    QVERIFY(records);
    QCOMPARE(int(records->size()), shown->rowCount() + 1);
    QCOMPARE(records->at(1).at(2), QStringLiteral("=\"%1\"").arg(shown->index(0, 1).data().toString()));
    QVERIFY(window->findChild<QLabel *>(QStringLiteral("exportProductsFeedbackLabel"))->text().contains(path));

    // Only those expiring within 10 days (and the expired ones).
    search->clear();
    QCOMPARE(shown->rowCount(), total);
    auto *expiring = window->findChild<QCheckBox *>(QStringLiteral("expiringOnlyCheckBox"));
    auto *days = window->findChild<QSpinBox *>(QStringLiteral("expiringDaysSpinBox"));
    QVERIFY(!days->isEnabled());
    QTest::mouseClick(expiring, Qt::LeftButton, {}, QPoint(4, expiring->height() / 2));
    QVERIFY(days->isEnabled());
    days->setValue(10);
    int expected = 0;
    for (const PracticeInstance &instance : app.portal.instances())
        expected += QDate::currentDate().daysTo(instance.expiresAt.date()) <= 10;
    QCOMPARE(shown->rowCount(), expected);

    // Nothing matches: said so, and nothing to export.
    QTest::keyClicks(search, QStringLiteral("no-such-customer"));
    QCOMPARE(shown->rowCount(), 0);
    // The columns keep their titles.
    QCOMPARE(shown->headerData(ProductInstanceModel::CustomerColumn, Qt::Horizontal).toString(),
             QStringLiteral("Customer"));
    QVERIFY(window->findChild<QLabel *>(QStringLiteral("noMatchingProductsLabel"))->isVisible());
    QVERIFY(!window->findChild<QPushButton *>(QStringLiteral("exportProductsCsvButton"))->isEnabled());
}

// Whether the rows shown follow the header's sort indicator (text in lower case, days
// left as numbers).
bool TestProductsWindow::sortedAsShown(ProductsWindow *window)
{
    const QHeaderView *header = window->tableView()->horizontalHeader();
    const int column = header->sortIndicatorSection();
    const bool ascending = header->sortIndicatorOrder() == Qt::AscendingOrder;
    const ProductInstanceFilterModel *filter = window->filterModel();
    const bool byDays = column == ProductInstanceModel::DaysLeftColumn || column == ProductInstanceModel::ExpiryColumn;
    for (int row = 1; row < filter->rowCount(); ++row) {
        const int previous = filter->sourceRow(row - 1);
        const int next = filter->sourceRow(row);
        int comparison = 0;
        if (byDays) {
            comparison = window->model()->daysLeft(previous).value_or(INT_MAX) - window->model()->daysLeft(next).value_or(INT_MAX);
        } else {
            comparison = filter->index(row - 1, column).data().toString().toLower().compare(filter->index(row, column).data().toString().toLower());
        }
        if (ascending ? comparison > 0 : comparison < 0) {
            qWarning("row %d is out of order", row);
            return false;
        }
    }
    return true;
}

void TestProductsWindow::headerSortsAndReloadKeepsOrder()
{
    WizardHarness app;
    ProductsWindow *window = open(app);
    QVERIFY(window);
    QTRY_COMPARE_WITH_TIMEOUT(window->model()->state(), RemoteListModel::State::Ready, kWait);
    const int total = window->model()->rowCount();
    QTableView *table = window->tableView();
    QHeaderView *header = table->horizontalHeader();
    // Soonest expiry first, as opened.
    QCOMPARE(header->sortIndicatorSection(), int(ProductInstanceModel::DaysLeftColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    QVERIFY(sortedAsShown(window));

    // A click on "Customer" sorts by it, the selected row still selected wherever it lands;
    // a second click the other way round.
    table->selectRow(total - 1);
    const QString lastKey = window->model()->at(window->selectedSourceRows().value(0)).key();
    const int customer = ProductInstanceModel::CustomerColumn;
    const QPoint customerHeader(header->sectionViewportPosition(customer) + header->sectionSize(customer) / 2,
                                header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, customerHeader);
    QCOMPARE(header->sortIndicatorSection(), customer);
    QVERIFY(sortedAsShown(window));
    QCOMPARE(window->selectedSourceRows().size(), 1);
    QCOMPARE(window->model()->at(window->selectedSourceRows().constFirst()).key(), lastKey);
    QVERIFY(table->selectionModel()->currentIndex().row() != total - 1);
    const Qt::SortOrder firstOrder = header->sortIndicatorOrder();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, customerHeader);
    QVERIFY(header->sortIndicatorOrder() != firstOrder);
    QVERIFY(sortedAsShown(window));

    // Filtered, a row selected, then reloaded: order, filter, count and selection stay.
    auto *search = window->findChild<QLineEdit *>(QStringLiteral("productSearchLineEdit"));
    QTest::keyClicks(search, QStringLiteral("cloud"));
    const int shown = table->model()->rowCount();
    QVERIFY(shown > 2 && shown < total);
    QVERIFY(sortedAsShown(window));
    auto *count = window->findChild<QLabel *>(QStringLiteral("productCountLabel"));
    QCOMPARE(count->text(), QStringLiteral("%1 of %2 products").arg(shown).arg(total));
    table->selectRow(1);
    const QString selectedKey = window->model()->at(window->selectedSourceRows().value(0)).key();
    QList<int> order;
    for (int row = 0; row < shown; ++row)
        order << window->filterModel()->sourceRow(row);
    // The rows stay where they are while the list loads again: the panel below them stays
    // hidden (it would shrink the table), the small bar beside the count shows instead.
    auto *panel = window->findChild<QWidget *>(QStringLiteral("loadStatusPanel"));
    auto *reloading = window->findChild<QWidget *>(QStringLiteral("productsReloadProgressBar"));
    QVERIFY(!reloading->isVisible());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // the filter's own
    const int tableHeight = table->height();
    QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("reloadProductsButton")), Qt::LeftButton);
    QCOMPARE(window->model()->state(), RemoteListModel::State::Loading);
    QVERIFY(!panel->isVisible());
    QVERIFY(reloading->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(window->model()->state(), RemoteListModel::State::Ready, kWait);
    QVERIFY(!reloading->isVisible());
    QVERIFY(!panel->isVisible());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCOMPARE(table->height(), tableHeight);
    QCOMPARE(table->model()->rowCount(), shown);
    QVERIFY(sortedAsShown(window));
    QList<int> orderAfter;
    for (int row = 0; row < shown; ++row)
        orderAfter << window->filterModel()->sourceRow(row);
    QCOMPARE(orderAfter, order);
    QCOMPARE(header->sortIndicatorSection(), customer);
    QCOMPARE(count->text(), QStringLiteral("%1 of %2 products").arg(shown).arg(total));
    QCOMPARE(window->selectedSourceRows().size(), 1);
    QCOMPARE(window->model()->at(window->selectedSourceRows().constFirst()).key(), selectedKey);

    // Back to every row: still in the customer order.
    search->clear();
    QCOMPARE(table->model()->rowCount(), total);
    QVERIFY(sortedAsShown(window));
}

void TestProductsWindow::closingWhileLoadingCancels()
{
    WizardHarness app;
    QVERIFY(app.signIn());
    QVERIFY(app.listsReady());
    app.portal.setLatency(500ms);
    ProductsWindow *window = open(app);
    QVERIFY(window);
    QCOMPARE(window->model()->state(), RemoteListModel::State::Loading);
    QVERIFY(window->findChild<QWidget *>(QStringLiteral("loadStatusPanel"))->isVisible());
    // The first load has no rows to keep in place: the panel, not the small reload bar.
    QVERIFY(!window->findChild<QWidget *>(QStringLiteral("productsReloadProgressBar"))->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(app.portal.requestCount(Route::InstanceList) > 0, kWait);
    window->close();
    QCOMPARE(window->model()->state(), RemoteListModel::State::Idle);
    QTest::qWait(200); // requests written before the close may still be on their way in
    const int asked = app.portal.requestCount(Route::Any);
    QVERIFY(app.portal.requestCount(Route::InstanceList) <= InstanceLoader::kMaxInFlight);
    QTest::qWait(1500); // every answer in flight would have come and asked for more
    QCOMPARE(app.portal.requestCount(Route::Any), asked);
    QCOMPARE(window->model()->rowCount(), 0);

    // Opened again: loads afresh, to the end.
    app.portal.setLatency(0ms);
    QCOMPARE(open(app), window);
    QTRY_COMPARE_WITH_TIMEOUT(window->model()->state(), RemoteListModel::State::Ready, kWait);
    QCOMPARE(window->model()->rowCount(), app.portal.instanceCount());
}

void TestProductsWindow::signOutClosesAndForgets()
{
    WizardHarness app;
    ProductsWindow *window = open(app);
    QVERIFY(window);
    QTRY_COMPARE_WITH_TIMEOUT(window->model()->state(), RemoteListModel::State::Ready, kWait);
    window->tableView()->setCurrentIndex(window->tableView()->model()->index(0, 0));
    app.window->findChild<QAction *>(QStringLiteral("signOutAction"))->trigger();
    QTRY_VERIFY(!window->isVisible());
    QCOMPARE(window->model()->rowCount(), 0);
    QCOMPARE(window->model()->state(), RemoteListModel::State::Idle);
    QVERIFY(!window->detailsLoader()->instance());
    QVERIFY(!app.window->findChild<QAction *>(QStringLiteral("productsAction"))->isEnabled());
}

void TestProductsWindow::diagnosticsFileHoldsTheAnswers()
{
    WizardHarness app;
    ProductsWindow *window = open(app);
    QVERIFY(window);
    QTRY_COMPARE_WITH_TIMEOUT(window->model()->state(), RemoteListModel::State::Ready, kWait);
    const int pseRow = rowOf(window, 12);
    window->tableView()->setCurrentIndex(window->tableView()->model()->index(pseRow, 0));
    QTRY_COMPARE_WITH_TIMEOUT(window->detailsLoader()->state(InstanceDetailsLoader::Part::ActivationCode),
                              InstanceDetailsLoader::State::Ready, kWait);
    QTRY_COMPARE_WITH_TIMEOUT(window->detailsLoader()->state(InstanceDetailsLoader::Part::Details),
                              InstanceDetailsLoader::State::Ready, kWait);
    const QString activationCode = window->detailsLoader()->activationCode()->code;

    auto *action = app.window->findChild<QAction *>(QStringLiteral("saveDiagnosticsAction"));
    QVERIFY(action && action->isEnabled());
    QMenu *help = app.window->menuBar()->actions().last()->menu();
    QVERIFY(help->actions().contains(action));
    auto *exporter = app.window->findChild<DiagnosticsExport *>();
    QSignalSpy finished(exporter, &DiagnosticsExport::finished);
    const QString path = app.directory.filePath(QStringLiteral("diagnostics.json"));
    exporter->saveTo(path);
    QVERIFY(finished.wait(kWait));
    QVERIFY(finished.first().at(1).toBool());

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const QJsonObject document = QJsonDocument::fromJson(bytes).object();
    QCOMPARE(document.value(QLatin1String("portal")).toString(), app.portal.baseUrl().toString());
    QSet<QString> endpoints;
    const QJsonArray answers = document.value(QLatin1String("answers")).toArray();
    for (const QJsonValue &answer : answers)
        endpoints.insert(answer.toObject().value(QLatin1String("endpoint")).toString());
    QVERIFY(endpoints.contains(QStringLiteral("/pricing/openapi/purchase/v1/product_list")));
    QVERIFY(endpoints.contains(QStringLiteral("/product/openapi/instance_product/v1/client/instance_product_list")));
    QVERIFY(endpoints.contains(QStringLiteral("/product/openapi/instance_product/v1/detail")));
    // Neither the activation code (activation_code's answer is not kept; the list and the
    // details hold it under a secret name) nor the token endpoint's answer.
    QVERIFY(!bytes.contains(activationCode.toUtf8()));
    QVERIFY(!endpoints.contains(QStringLiteral("/auth/openapi/v1/oauth/token")));
    QVERIFY(bytes.contains("\"activationCode\": \"[removed]\""));
    // The portal's own answer, as it came: the 19-digit product numbers exact.
    QVERIFY(bytes.contains("\"productNo\": \"3077"));
}

QTEST_MAIN(TestProductsWindow)
#include "tst_productswindow.moc"
