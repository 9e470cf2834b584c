// The purchased-products overview below the widgets, against the practice portal over
// real HTTP: InstanceLoader (every product, every page, at most four requests in flight,
// a failure retried alone, cancel), ProductInstanceModel and its filter under
// QAbstractItemModelTester, InstanceDetailsLoader (details, activation code, device
// model), the JSON tree and the CSV.
#include "StrictCsvReader.h"
#include "SignedInClient.h"
#include "api/PortalClient.h"
#include "auth/TokenSession.h"
#include "models/JsonTreeModel.h"
#include "practice/PracticePortal.h"
#include "products/InstanceDetailsLoader.h"
#include "products/InstanceLoader.h"
#include "products/ProductInstanceCsvExporter.h"
#include "products/ProductInstanceFilterModel.h"
#include "products/ProductInstanceModel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <limits>
#include <memory>

using namespace std::chrono_literals;
using Route = PracticePortal::Route;

namespace {

constexpr int kWait = 30000;

int daysLeft(const PracticeInstance &instance)
{
    return int(QDate::currentDate().daysTo(instance.expiresAt.date()));
}

// The requests the portal received on `route` whose query has `key` = `value`.
int requestsWith(const PracticePortal &portal, Route route, const QString &key, const QString &value)
{
    const QList<PracticeRequest> requests = portal.receivedRequests();
    return int(std::count_if(requests.cbegin(), requests.cend(), [&](const PracticeRequest &request) {
        return request.route == route && request.query.queryItemValue(key) == value;
    }));
}

// The source rows `filter` should show: those whose search text has every word of
// `text` and that expire within `withinDays`, sorted by `column` in `order` (dates by days
// left, undated last; text in lower case), equal ones in the model's order.
QList<int> expectedRows(const ProductInstanceModel &model, int column, Qt::SortOrder order, const QString &text,
                        std::optional<int> withinDays)
{
    const QStringList words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QList<int> rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString search = model.index(row, 0).data(RemoteListModel::SearchTextRole).toString();
        const std::optional<int> days = model.daysLeft(row);
        if (withinDays && (!days || *days > *withinDays))
            continue;
        if (std::all_of(words.cbegin(), words.cend(), [&](const QString &word) { return search.contains(word); }))
            rows << row;
    }
    const bool byDays = column == ProductInstanceModel::ExpiryColumn || column == ProductInstanceModel::DaysLeftColumn;
    auto key = [&](int row) -> QVariant {
        if (byDays)
            return model.daysLeft(row).value_or(std::numeric_limits<int>::max());
        return model.index(row, column).data().toString().toLower();
    };
    std::stable_sort(rows.begin(), rows.end(), [&](int left, int right) {
        const QPartialOrdering comparison = QVariant::compare(key(left), key(right));
        return order == Qt::AscendingOrder ? comparison == QPartialOrdering::Less
                                           : comparison == QPartialOrdering::Greater;
    });
    return rows;
}

QList<int> shownRows(const ProductInstanceFilterModel &filter)
{
    QList<int> rows;
    for (int row = 0; row < filter.rowCount(); ++row)
        rows << filter.sourceRow(row);
    return rows;
}

} // namespace

class TestProductOverview : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void loadsEveryPageOfEveryProduct();
    void atMostFourInFlight();
    void productListNamesMoreProducts();
    void failedPageIsRetriedAlone();
    void failedProductListLeavesTheKnownProducts();
    void clearCancelsTheLoad();
    void reloadChangesOnlyWhatChanged();
    void expiryBandsFilterAndSort();
    void sortAndFilterHoldAcrossReloads();
    void largeListSortsInBackground();
    void csvOfWhatIsShown();
    void detailsCodeAndModel();
    void detailsFailAndRetry();
    void detailsOfALeftProductAreDropped();
    void jsonTreeIsExactAndExpandable();

private:
    bool loadAndSettle(ProductInstanceModel &model);

    SignedInClient m_app;
    PracticePortal *m_portal = nullptr;
    PortalClient *m_client = nullptr;
};

void TestProductOverview::init()
{
    QVERIFY(m_app.start());
    m_portal = m_app.portal.get();
    m_client = m_app.client.get();
}

void TestProductOverview::cleanup()
{
    m_app.stop();
}

bool TestProductOverview::loadAndSettle(ProductInstanceModel &model)
{
    model.load();
    return QTest::qWaitFor([&model] {
        return model.state() == RemoteListModel::State::Ready || model.state() == RemoteListModel::State::Failed;
    },
                           kWait);
}

void TestProductOverview::loadsEveryPageOfEveryProduct()
{
    ProductInstanceModel model(m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loadAndSettle(model));
    QCOMPARE(model.state(), RemoteListModel::State::Ready);
    const QList<PracticeInstance> expected = m_portal->instances();
    QCOMPARE(model.rowCount(), expected.size());

    // Every row exactly once, its product number exact, its fields read.
    for (const PracticeInstance &instance : expected) {
        int found = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const ProductInstance &shown = model.at(row);
            if (shown.productId != instance.productId || shown.productNo != instance.productNo)
                continue;
            ++found;
            QCOMPARE(shown.plan, instance.planName);
            QCOMPARE(shown.expiryDate, instance.expiresAt.date());
            QCOMPARE(shown.customerName, instance.companyName);
            QCOMPARE(shown.customerId.toString(), instance.partnerId);
            QCOMPARE(model.index(row, ProductInstanceModel::ProductNoColumn).data().toString(), instance.productNo);
            QCOMPARE(model.index(row, 0).data(RemoteListModel::IdRole).toString(), instance.productNo);
        }
        QVERIFY2(found == 1, qPrintable(instance.productNo));
    }
    // Cloud PBX (13) has two pages; the second was asked for.
    QCOMPARE(requestsWith(*m_portal, Route::InstanceList, QStringLiteral("productId"), QStringLiteral("13")), 2);
    QVERIFY(m_portal->lastRequest(Route::InstanceList)->query.queryItemValue(QStringLiteral("pageSize"))
            == QLatin1String("25"));
    QCOMPARE(model.loader()->pagesLoaded(), 10);
    QCOMPARE(model.loader()->pagesKnown(), 10);
    // Names from product_list.
    QCOMPARE(model.productName(14), QStringLiteral("P-Series Turnkey Package"));
}

void TestProductOverview::atMostFourInFlight()
{
    m_portal->setInstanceScale(1000, 10); // 40 pages
    m_portal->setLatency(60ms);
    ProductInstanceModel model(m_client);
    QVERIFY(loadAndSettle(model));
    QCOMPARE(model.state(), RemoteListModel::State::Ready);
    QCOMPARE(model.rowCount(), 1000);
    QCOMPARE(m_portal->requestCount(Route::InstanceList), 40);
    // In parallel, but never more than four at once: counted where they arrive.
    const int peak = m_portal->peakConcurrentRequests(Route::InstanceList);
    QVERIFY2(peak <= InstanceLoader::kMaxInFlight, qPrintable(QString::number(peak)));
    QVERIFY2(peak >= 3, qPrintable(QString::number(peak)));
    QCOMPARE(model.loader()->peakInFlight(), InstanceLoader::kMaxInFlight);
}

void TestProductOverview::productListNamesMoreProducts()
{
    // A tenth product, which the API reference does not know: found through product_list.
    m_portal->setInstanceScale(100, 10);
    ProductInstanceModel model(m_client);
    QVERIFY(loadAndSettle(model));
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(requestsWith(*m_portal, Route::InstanceList, QStringLiteral("productId"), QStringLiteral("22")), 1);
    QCOMPARE(model.productName(22), QStringLiteral("Cloud PBX (PCE Package)"));
}

void TestProductOverview::failedPageIsRetriedAlone()
{
    // The second page of Cloud PBX fails once, with an HTTP 503.
    connect(m_portal, &PracticePortal::requestReceived, this, [this](Route route) {
        const std::optional<PracticeRequest> request = m_portal->lastRequest(Route::InstanceList);
        if (route == Route::InstanceList && request->query.queryItemValue(QStringLiteral("pageNo")) == QLatin1String("2"))
            m_portal->injectFault(Route::InstanceList, PracticeFault::httpError(503), 1);
    });
    ProductInstanceModel model(m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loadAndSettle(model));
    QCOMPARE(model.state(), RemoteListModel::State::Failed);
    QVERIFY(model.error().isServerFailure());
    QCOMPARE(model.rowCount(), m_portal->instanceCount() - 3); // 28 Cloud PBXs: 3 on page 2
    QCOMPARE(model.missingParts(), QStringList{QStringLiteral("Cloud PBX (PCE Instance) (page 2)")});

    disconnect(m_portal, nullptr, this, nullptr);
    const int before = m_portal->requestCount(Route::Any);
    QVERIFY(loadAndSettle(model)); // Retry
    QCOMPARE(model.state(), RemoteListModel::State::Ready);
    QCOMPARE(model.rowCount(), m_portal->instanceCount());
    QCOMPARE(m_portal->requestCount(Route::Any), before + 1); // that page, nothing else
    QVERIFY(model.missingParts().isEmpty());
}

void TestProductOverview::failedProductListLeavesTheKnownProducts()
{
    m_portal->injectFault(Route::ProductList, PracticeFault::Kind::MalformedJson, 1);
    ProductInstanceModel model(m_client);
    QVERIFY(loadAndSettle(model));
    QCOMPARE(model.state(), RemoteListModel::State::Failed);
    QCOMPARE(model.error().kind(), ApiError::Kind::MalformedBody);
    // The products the API reference names were asked for all the same.
    QCOMPARE(model.rowCount(), m_portal->instanceCount());
    QCOMPARE(model.missingParts(), QStringList{QStringLiteral("the product list")});
    QVERIFY(loadAndSettle(model));
    QCOMPARE(model.state(), RemoteListModel::State::Ready);
    QCOMPARE(model.rowCount(), m_portal->instanceCount());
}

void TestProductOverview::clearCancelsTheLoad()
{
    m_portal->setLatency(400ms);
    ProductInstanceModel model(m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.load();
    QTRY_VERIFY_WITH_TIMEOUT(m_portal->requestCount(Route::InstanceList) >= 3, kWait);
    model.clear();
    QCOMPARE(model.state(), RemoteListModel::State::Idle);
    QTest::qWait(100); // requests written before the clear may still be on their way in
    const int asked = m_portal->requestCount(Route::Any);
    QVERIFY(m_portal->requestCount(Route::InstanceList) <= InstanceLoader::kMaxInFlight);
    // Long enough for every answer in flight to have come back and asked for more.
    QTest::qWait(1200);
    QCOMPARE(m_portal->requestCount(Route::Any), asked);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.state(), RemoteListModel::State::Idle);
    QVERIFY(!model.loader()->isRunning());
}

void TestProductOverview::reloadChangesOnlyWhatChanged()
{
    ProductInstanceModel model(m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loadAndSettle(model));
    QCOMPARE(model.state(), RemoteListModel::State::Ready);
    const int all = model.rowCount();
    QCOMPARE(all, m_portal->instanceCount());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    // A row a view would have selected: a persistent index, as a selection keeps.
    int turnkeyRow = -1;
    for (int row = 0; row < all && turnkeyRow < 0; ++row) {
        if (model.at(row).productId == 14)
            turnkeyRow = row;
    }
    QVERIFY(turnkeyRow >= 0);
    const QString turnkeyKey = model.at(turnkeyRow).key();
    const QPersistentModelIndex selected = model.index(turnkeyRow, 0);

    // Nothing changed in the portal: the rows stay while it loads, and nothing is announced.
    model.reload();
    QCOMPARE(model.state(), RemoteListModel::State::Loading);
    QCOMPARE(model.rowCount(), all);
    QTRY_COMPARE_WITH_TIMEOUT(model.state(), RemoteListModel::State::Ready, kWait);
    QCOMPARE(model.rowCount(), all);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(changed.count(), 0);
    QVERIFY(selected.isValid());
    QCOMPARE(model.at(selected.row()).key(), turnkeyKey);

    // The second page of Cloud PBX fails this time: its three rows go, the others stay.
    connect(m_portal, &PracticePortal::requestReceived, this, [this](Route route) {
        const std::optional<PracticeRequest> request = m_portal->lastRequest(Route::InstanceList);
        if (route == Route::InstanceList && request->query.queryItemValue(QStringLiteral("pageNo")) == QLatin1String("2"))
            m_portal->injectFault(Route::InstanceList, PracticeFault::httpError(503), 1);
    });
    model.reload();
    QTRY_COMPARE_WITH_TIMEOUT(model.state(), RemoteListModel::State::Failed, kWait);
    disconnect(m_portal, nullptr, this, nullptr);
    QCOMPARE(model.rowCount(), all - 3);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(removed.count(), 1);
    QVERIFY(selected.isValid());
    QCOMPARE(model.at(selected.row()).key(), turnkeyKey);
    QCOMPARE(model.missingParts(), QStringList{QStringLiteral("Cloud PBX (PCE Instance) (page 2)")});

    // Retry: just that page, its rows added.
    QVERIFY(loadAndSettle(model));
    QCOMPARE(model.state(), RemoteListModel::State::Ready);
    QCOMPARE(model.rowCount(), all);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(model.at(selected.row()).key(), turnkeyKey);
    QSet<QString> keys;
    for (int row = 0; row < model.rowCount(); ++row)
        keys.insert(model.at(row).key());
    QCOMPARE(keys.size(), all); // no row twice
}

void TestProductOverview::expiryBandsFilterAndSort()
{
    ProductInstanceModel model(m_client);
    ProductInstanceFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.sort(ProductInstanceModel::DaysLeftColumn);
    QVERIFY(loadAndSettle(model));
    const QList<PracticeInstance> all = m_portal->instances();

    // Marked in words as well as by band.
    int expired = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const int days = *model.daysLeft(row);
        const QString text = model.index(row, ProductInstanceModel::DaysLeftColumn).data().toString();
        const auto band = ExpiryBand::Band(model.index(row, 0).data(ProductInstanceModel::ExpiryBandRole).toInt());
        if (days < 0) {
            ++expired;
            QCOMPARE(band, ExpiryBand::Band::Expired);
            QVERIFY2(text.startsWith(QLatin1String("Expired ")) && text.contains(QString::number(-days)),
                     qPrintable(text));
        } else if (days <= 30) {
            QCOMPARE(band, ExpiryBand::Band::Expiring);
            QVERIFY2(days == 0 ? text == QLatin1String("Expires today")
                               : text.endsWith(QLatin1String(" left")) && text.contains(QString::number(days)),
                     qPrintable(text));
        } else {
            QCOMPARE(band, ExpiryBand::Band::Current);
        }
    }
    QCOMPARE(expired, int(std::count_if(all.cbegin(), all.cend(), [](const PracticeInstance &i) { return daysLeft(i) < 0; })));
    QVERIFY(expired > 0);

    // Soonest first: the expired ones on top.
    for (int row = 1; row < filter.rowCount(); ++row)
        QVERIFY(*model.daysLeft(filter.sourceRow(row - 1)) <= *model.daysLeft(filter.sourceRow(row)));

    // Expiring within 30 days, expired included.
    filter.setExpiresWithinDays(30);
    QCOMPARE(filter.rowCount(),
             int(std::count_if(all.cbegin(), all.cend(), [](const PracticeInstance &i) { return daysLeft(i) <= 30; })));
    filter.setExpiresWithinDays(std::nullopt);
    QCOMPARE(filter.rowCount(), model.rowCount());

    // Text: a customer, a serial number, a product; every word must match.
    filter.setSearchText(QStringLiteral("LONE star"));
    const qsizetype loneStar = std::count_if(all.cbegin(), all.cend(), [](const PracticeInstance &i) {
        return i.companyName == QLatin1String("Lone Star Dental LLC");
    });
    QVERIFY(loneStar > 0);
    QCOMPARE(filter.rowCount(), int(loneStar));
    const PracticeInstance &pse = *std::find_if(all.cbegin(), all.cend(), [](const PracticeInstance &i) { return i.productId == 12; });
    filter.setSearchText(pse.productNo.left(9));
    QVERIFY(filter.rowCount() >= 1);
    QCOMPARE(filter.index(0, ProductInstanceModel::ProductNoColumn).data().toString().left(9), pse.productNo.left(9));
    filter.setSearchText(QStringLiteral("turnkey"));
    QCOMPARE(filter.rowCount(),
             int(std::count_if(all.cbegin(), all.cend(), [](const PracticeInstance &i) { return i.productId == 14; })));
    filter.setSearchText(QStringLiteral("turnkey nobody-has-this"));
    QCOMPARE(filter.rowCount(), 0);
}

void TestProductOverview::sortAndFilterHoldAcrossReloads()
{
    ProductInstanceModel model(m_client);
    ProductInstanceFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.sort(ProductInstanceModel::CustomerColumn, Qt::DescendingOrder);
    filter.setSearchText(QStringLiteral("cloud"));
    QVERIFY(loadAndSettle(model));
    QCOMPARE(model.state(), RemoteListModel::State::Ready);
    auto expected = [&] {
        return expectedRows(model, filter.sortColumn(), filter.sortOrder(), filter.searchText(), std::nullopt);
    };
    // Rows arrived page by page, each placed where it sorts.
    QVERIFY(filter.rowCount() > 3);
    QVERIFY(filter.rowCount() < model.rowCount());
    QCOMPARE(shownRows(filter), expected());

    // A row shown is selected (a persistent index, as a selection keeps).
    const QPersistentModelIndex selected = filter.index(2, ProductInstanceModel::PlanColumn);
    const QString selectedKey = model.at(filter.sourceRow(2)).key();

    // A reload in which the second page of Cloud PBX fails: its rows go, the others keep
    // their order and the selection.
    connect(m_portal, &PracticePortal::requestReceived, this, [this](Route route) {
        const std::optional<PracticeRequest> request = m_portal->lastRequest(Route::InstanceList);
        if (route == Route::InstanceList && request->query.queryItemValue(QStringLiteral("pageNo")) == QLatin1String("2"))
            m_portal->injectFault(Route::InstanceList, PracticeFault::httpError(503), 1);
    });
    const int all = model.rowCount();
    model.reload();
    QTRY_COMPARE_WITH_TIMEOUT(model.state(), RemoteListModel::State::Failed, kWait);
    disconnect(m_portal, nullptr, this, nullptr);
    QCOMPARE(model.rowCount(), all - 3);
    QCOMPARE(shownRows(filter), expected());
    QVERIFY(selected.isValid());
    QCOMPARE(model.at(filter.sourceRow(selected.row())).key(), selectedKey);
    QCOMPARE(selected.column(), int(ProductInstanceModel::PlanColumn));

    // Retry: the rows come back, each where it sorts.
    QVERIFY(loadAndSettle(model));
    QCOMPARE(model.rowCount(), all);
    QCOMPARE(shownRows(filter), expected());
    QCOMPARE(model.at(filter.sourceRow(selected.row())).key(), selectedKey);

    // Another sort (a header clicked), a narrower and a wider filter, the expiry filter.
    filter.sort(ProductInstanceModel::ProductNoColumn, Qt::AscendingOrder);
    QCOMPARE(shownRows(filter), expected());
    QCOMPARE(model.at(filter.sourceRow(selected.row())).key(), selectedKey);
    // A row the filter hides leaves the selection; one it shows stays selected.
    filter.setSearchText(QStringLiteral("cloud pbx"));
    QCOMPARE(shownRows(filter), expected());
    const QList<int> cloudPbx = shownRows(filter);
    const bool stillShown = std::any_of(cloudPbx.cbegin(), cloudPbx.cend(),
                                        [&](int row) { return model.at(row).key() == selectedKey; });
    QCOMPARE(selected.isValid(), stillShown);
    filter.setSearchText(QStringLiteral("c"));
    QCOMPARE(shownRows(filter), expected());
    filter.sort(ProductInstanceModel::DaysLeftColumn, Qt::DescendingOrder);
    QCOMPARE(shownRows(filter), expected());
    filter.setExpiresWithinDays(30);
    QCOMPARE(shownRows(filter),
             expectedRows(model, filter.sortColumn(), filter.sortOrder(), filter.searchText(), 30));
    filter.setExpiresWithinDays(std::nullopt);
    QCOMPARE(shownRows(filter), expected());

    // A reload that changes nothing changes nothing shown, and moves no row.
    const QPersistentModelIndex reselected = filter.index(filter.rowCount() / 2, 0);
    const QString reselectedKey = model.at(filter.sourceRow(reselected.row())).key();
    const QList<int> shownBefore = shownRows(filter);
    QSignalSpy layouts(&filter, &QAbstractItemModel::layoutChanged);
    model.reload();
    QTRY_COMPARE_WITH_TIMEOUT(model.state(), RemoteListModel::State::Ready, kWait);
    QCOMPARE(shownRows(filter), shownBefore);
    QCOMPARE(layouts.count(), 0);
    QVERIFY(reselected.isValid());
    QCOMPARE(model.at(filter.sourceRow(reselected.row())).key(), reselectedKey);

    // The model's order again: no sort column.
    filter.sort(-1);
    QCOMPARE(shownRows(filter), expectedRows(model, -1, Qt::AscendingOrder, filter.searchText(), std::nullopt));
}

void TestProductOverview::largeListSortsInBackground()
{
    const int total = ProductInstanceFilterModel::kSortInBackgroundFrom + 100;
    m_portal->setInstanceScale(total, 10);
    ProductInstanceModel model(m_client);
    ProductInstanceFilterModel filter;
    filter.setSourceModel(&model);
    filter.sort(ProductInstanceModel::DaysLeftColumn);
    QVERIFY(loadAndSettle(model));
    // Attached once loaded: its checks on every page of the load made it take longer than
    // the wait in the ASan build. The sorts below are what it is here for.
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), total);
    auto expected = [&] {
        return expectedRows(model, filter.sortColumn(), filter.sortOrder(), filter.searchText(), std::nullopt);
    };
    QCOMPARE(shownRows(filter), expected());
    // A row selected, as a view selects it, and the current one.
    QItemSelectionModel selection(&filter);
    const int selectedRow = total / 3;
    selection.setCurrentIndex(filter.index(selectedRow, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QString selectedKey = model.at(filter.sourceRow(selectedRow)).key();
    auto selectedKeys = [&] {
        QStringList keys;
        for (const QModelIndex &index : selection.selectedRows())
            keys << model.at(filter.sourceRow(index.row())).key();
        return keys;
    };

    // By customer, last first: worked out in the background, the rows as they were meanwhile.
    const QList<int> before = shownRows(filter);
    QSignalSpy layouts(&filter, &QAbstractItemModel::layoutChanged);
    filter.sort(ProductInstanceModel::CustomerColumn, Qt::DescendingOrder);
    QVERIFY(filter.isSorting());
    QCOMPARE(filter.sortColumn(), int(ProductInstanceModel::CustomerColumn));
    QCOMPARE(shownRows(filter), before);
    QTRY_VERIFY_WITH_TIMEOUT(!filter.isSorting(), kWait);
    QCOMPARE(layouts.count(), 1);
    QCOMPARE(shownRows(filter), expected());
    QVERIFY(shownRows(filter) != before);
    QCOMPARE(selectedKeys(), QStringList{selectedKey});
    QCOMPARE(model.at(filter.sourceRow(selection.currentIndex().row())).key(), selectedKey);

    // Two clicks in a row: the second order is the one shown, once.
    layouts.clear();
    filter.sort(ProductInstanceModel::ProductNoColumn, Qt::AscendingOrder);
    filter.sort(ProductInstanceModel::ProductColumn, Qt::AscendingOrder);
    QTRY_VERIFY_WITH_TIMEOUT(!filter.isSorting(), kWait);
    QCOMPARE(layouts.count(), 1);
    QCOMPARE(shownRows(filter), expected());
    QCOMPARE(selectedKeys(), QStringList{selectedKey});

    // A filter typed while a sort is on its way keeps to it.
    filter.sort(ProductInstanceModel::ExpiryColumn, Qt::DescendingOrder);
    filter.setSearchText(QStringLiteral("cloud"));
    QTRY_VERIFY_WITH_TIMEOUT(!filter.isSorting(), kWait);
    QCOMPARE(shownRows(filter), expected());

    // Rows that change while a sort is on its way: it is worked out at once instead.
    filter.setSearchText(QString());
    selection.setCurrentIndex(filter.index(selectedRow, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QString reselectedKey = model.at(filter.sourceRow(selectedRow)).key();
    filter.sort(ProductInstanceModel::PlanColumn, Qt::AscendingOrder);
    QVERIFY(filter.isSorting());
    emit model.dataChanged(model.index(0, 0), model.index(0, ProductInstanceModel::ColumnCount - 1));
    QVERIFY(!filter.isSorting());
    QCOMPARE(shownRows(filter), expected());
    QCOMPARE(selectedKeys(), QStringList{reselectedKey});
}

void TestProductOverview::csvOfWhatIsShown()
{
    ProductInstanceModel model(m_client);
    ProductInstanceFilterModel filter;
    filter.setSourceModel(&model);
    filter.sort(ProductInstanceModel::DaysLeftColumn);
    QVERIFY(loadAndSettle(model));
    filter.setSearchText(QStringLiteral("lone star"));
    QList<int> rows;
    for (int row = 0; row < filter.rowCount(); ++row)
        rows << filter.sourceRow(row);
    QVERIFY(!rows.isEmpty());

    const QByteArray bytes = ProductInstanceCsvExporter::toCsv(model, rows);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const auto records = readStrictCsv(QString::fromUtf8(bytes.mid(3)));
    QVERIFY(records);
    QCOMPARE(int(records->size()), int(rows.size()) + 1);
    QCOMPARE(records->first(), ProductInstanceCsvExporter::headers());
    for (int i = 0; i < rows.size(); ++i) {
        const QStringList &record = records->at(i + 1);
        const ProductInstance &instance = model.at(rows.at(i));
        QCOMPARE(record.size(), int(ProductInstanceCsvExporter::ColumnCount));
        // IDs as exact text, dates ISO, days a number (a minus sign is no formula here).
        QCOMPARE(record.at(ProductInstanceCsvExporter::ProductNo), QStringLiteral("=\"%1\"").arg(instance.productNo));
        QCOMPARE(record.at(ProductInstanceCsvExporter::CustomerPartnerId),
                 QStringLiteral("=\"3201877455120978121\""));
        QCOMPARE(record.at(ProductInstanceCsvExporter::Expires), instance.expiryDate.toString(Qt::ISODate));
        QCOMPARE(record.at(ProductInstanceCsvExporter::DaysLeft), QString::number(*model.daysLeft(rows.at(i))));
        QCOMPARE(record.at(ProductInstanceCsvExporter::Customer), QStringLiteral("Lone Star Dental LLC"));
    }
}

void TestProductOverview::detailsCodeAndModel()
{
    ProductInstanceModel model(m_client);
    QVERIFY(loadAndSettle(model));
    InstanceDetailsLoader details(m_client);
    using Part = InstanceDetailsLoader::Part;
    using State = InstanceDetailsLoader::State;
    auto rowOf = [&model](qint64 productId) {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.at(row).productId == productId)
                return row;
        }
        return -1;
    };

    // A P-Series Software Edition: details and activation code, no model.
    const ProductInstance pse = model.at(rowOf(12));
    details.show(pse);
    QCOMPARE(details.state(Part::Details), State::Loading);
    QCOMPARE(details.state(Part::DeviceModel), State::NotApplicable);
    QTRY_VERIFY_WITH_TIMEOUT(details.state(Part::Details) == State::Ready
                                 && details.state(Part::ActivationCode) == State::Ready,
                             kWait);
    const PracticeInstance *portalSide = nullptr;
    const QList<PracticeInstance> all = m_portal->instances();
    for (const PracticeInstance &instance : all) {
        if (instance.productId == 12 && instance.productNo == pse.productNo)
            portalSide = &instance;
    }
    QVERIFY(portalSide);
    QCOMPARE(details.activationCode()->code, portalSide->activationCode);
    QVERIFY(details.activationCode()->generatedAt.isValid());
    // The list's fields and the details' fields, the 19-digit plan ID exact.
    const QJsonObject fields = details.fields();
    QVERIFY(fields.contains(QLatin1String("serviceList")));
    QCOMPARE(fields.value(QLatin1String("planId")).toInteger(), portalSide->planId);
    QCOMPARE(fields.value(QLatin1String("productNo")).toString(), pse.productNo);

    // An appliance: its model; no activation code.
    details.show(model.at(rowOf(11)));
    QCOMPARE(details.state(Part::ActivationCode), State::NotApplicable);
    QTRY_VERIFY_WITH_TIMEOUT(details.state(Part::DeviceModel) == State::Ready, kWait);
    QVERIFY(details.deviceModel()->productModel.startsWith(QLatin1Char('P')));

    // An account-bound product: details only.
    details.show(model.at(rowOf(15)));
    QCOMPARE(details.state(Part::ActivationCode), State::NotApplicable);
    QCOMPARE(details.state(Part::DeviceModel), State::NotApplicable);
    QTRY_COMPARE_WITH_TIMEOUT(details.state(Part::Details), State::Ready, kWait);
}

void TestProductOverview::detailsFailAndRetry()
{
    ProductInstanceModel model(m_client);
    QVERIFY(loadAndSettle(model));
    InstanceDetailsLoader details(m_client);
    using Part = InstanceDetailsLoader::Part;
    using State = InstanceDetailsLoader::State;
    m_portal->injectFault(Route::InstanceDetail, PracticeFault::portalError(QStringLiteral("system_busy")), 1);
    details.show(model.at(0));
    QTRY_COMPARE_WITH_TIMEOUT(details.state(Part::Details), State::Failed, kWait);
    QCOMPARE(details.error(Part::Details).code(), QStringLiteral("system_busy"));
    QCOMPARE(details.fields(), model.at(0).raw); // the list's fields stay
    details.retry(Part::Details);
    QTRY_COMPARE_WITH_TIMEOUT(details.state(Part::Details), State::Ready, kWait);
    QVERIFY(details.fields().contains(QLatin1String("quantity")));

    // Empty details: Ready, and said so.
    m_portal->injectFault(Route::InstanceDetail, PracticeFault::Kind::EmptyList, 1);
    details.show(model.at(1));
    QTRY_COMPARE_WITH_TIMEOUT(details.state(Part::Details), State::Ready, kWait);
    QVERIFY(details.detailsWereEmpty());
    QCOMPARE(details.fields(), model.at(1).raw);
}

void TestProductOverview::detailsOfALeftProductAreDropped()
{
    ProductInstanceModel model(m_client);
    QVERIFY(loadAndSettle(model));
    m_portal->setLatency(300ms);
    InstanceDetailsLoader details(m_client);
    QSignalSpy changed(&details, &InstanceDetailsLoader::changed);
    details.show(model.at(0));
    details.show(model.at(5));
    QTRY_COMPARE_WITH_TIMEOUT(details.state(InstanceDetailsLoader::Part::Details),
                              InstanceDetailsLoader::State::Ready, kWait);
    QCOMPARE(details.fields().value(QLatin1String("productNo")).toString(), model.at(5).productNo);
    QTest::qWait(400); // the first answer would have arrived by now
    QCOMPARE(details.fields().value(QLatin1String("productNo")).toString(), model.at(5).productNo);
    details.clear();
    QVERIFY(!details.instance());
}

void TestProductOverview::jsonTreeIsExactAndExpandable()
{
    JsonTreeModel tree;
    QAbstractItemModelTester tester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QJsonObject object = QJsonDocument::fromJson(
                                   R"({"planId": 3052260698545168384, "name": "Ultimate", "autoRenew": true, "ratio": 0.5,
            "serviceList": [{"serviceId": "3052261021133287424", "quantity": 2}, {"serviceId": 3052261306803138560}],
            "nested": {"deeper": {"leaf": null}}})")
                                   .object();
    tree.setObject(object);
    QCOMPARE(tree.rowCount(), 6);
    auto rowOf = [&tree](const QString &key, const QModelIndex &parent = QModelIndex()) {
        for (int row = 0; row < tree.rowCount(parent); ++row) {
            if (tree.index(row, JsonTreeModel::KeyColumn, parent).data().toString() == key)
                return tree.index(row, JsonTreeModel::KeyColumn, parent);
        }
        return QModelIndex();
    };
    auto value = [&tree](const QModelIndex &key) { return tree.index(key.row(), JsonTreeModel::ValueColumn, key.parent()).data().toString(); };
    QCOMPARE(value(rowOf(QStringLiteral("planId"))), QStringLiteral("3052260698545168384"));
    QCOMPARE(value(rowOf(QStringLiteral("autoRenew"))), QStringLiteral("true"));
    QCOMPARE(value(rowOf(QStringLiteral("ratio"))), QStringLiteral("0.5"));
    const QModelIndex services = rowOf(QStringLiteral("serviceList"));
    QVERIFY(value(services).startsWith(QLatin1String("[2 item")));
    QCOMPARE(tree.rowCount(services), 2);
    const QModelIndex second = rowOf(QStringLiteral("[2]"), services);
    QCOMPARE(tree.rowCount(second), 1);
    QCOMPARE(value(rowOf(QStringLiteral("serviceId"), second)), QStringLiteral("3052261306803138560"));
    QCOMPARE(tree.parent(rowOf(QStringLiteral("serviceId"), second)), second);
    const QModelIndex leaf = rowOf(QStringLiteral("leaf"), rowOf(QStringLiteral("deeper"), rowOf(QStringLiteral("nested"))));
    QCOMPARE(value(leaf), QStringLiteral("null"));
    tree.clear();
    QCOMPARE(tree.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestProductOverview)
#include "tst_productoverview.moc"
