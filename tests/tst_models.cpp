// The wizard's list models against the practice portal, each watched by
// QAbstractItemModelTester through loading, failing, reloading and clearing; and the
// offering, which is loaded the same way but is not a list.
#include "SignedInClient.h"
#include "api/PortalClient.h"
#include "auth/TokenSession.h"
#include "models/BillingContactListModel.h"
#include "models/OfferingLoader.h"
#include "models/ProductListModel.h"
#include "models/SubordinateFilterModel.h"
#include "models/SubordinateListModel.h"
#include "models/SubordinatePagedMatches.h"
#include "models/SubordinateTableDiff.h"
#include "practice/PracticePortal.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

class TestModels : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void productsLoadFailAndRetry();
    void subordinatesSearchTextAndIds();
    void subordinatesInBothListShapes();
    void subordinatesReloadChangesRowsWithoutAReset_data();
    void subordinatesReloadChangesRowsWithoutAReset();
    void subordinatesReloadWithManyChangesResets();
    void subordinateFilterNarrowsToWhatAFreshFilterFinds();
    void subordinatePagedMatchesShowAPageAtATime();
    void subordinateDiffOfHandMadeTables_data();
    void subordinateDiffOfHandMadeTables();
    void billingContacts();
    void offeringPlansThenServices();
    void newerLoadWinsOverAnOlderAnswer();
    void clearForgetsRowsAndPendingAnswers();
    void loadStateTicketsAndRetry();

private:
    bool waitUntilSettled(const LoadState &load);
    bool waitUntilSettled(const RemoteListModel &model) { return waitUntilSettled(*model.loadState()); }

    SignedInClient m_app;
    PracticePortal *m_portal = nullptr;
    PortalClient *m_client = nullptr;
};

void TestModels::init()
{
    QVERIFY(m_app.start());
    m_portal = m_app.portal.get();
    m_client = m_app.client.get();
}

void TestModels::cleanup()
{
    m_app.stop();
}

bool TestModels::waitUntilSettled(const LoadState &load)
{
    return QTest::qWaitFor([&load] {
        return load.state() == LoadState::State::Ready || load.state() == LoadState::State::Failed;
    },
                           20000);
}

void TestModels::productsLoadFailAndRetry()
{
    ProductListModel model(m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.state(), RemoteListModel::State::Idle);
    m_portal->injectFault(PracticePortal::Route::ProductList, PracticeFault::Kind::MalformedJson, 1);
    model.load();
    QCOMPARE(model.state(), RemoteListModel::State::Loading);
    QVERIFY(waitUntilSettled(model));
    QCOMPARE(model.state(), RemoteListModel::State::Failed);
    QCOMPARE(model.error().kind(), ApiError::Kind::MalformedBody);
    QCOMPARE(model.rowCount(), 0);

    model.load();
    QVERIFY(waitUntilSettled(model));
    QCOMPARE(model.state(), RemoteListModel::State::Ready);
    QCOMPARE(model.rowCount(), 9);
    const int row = model.rowOf(14);
    QCOMPARE(model.index(row).data().toString(), QStringLiteral("P-Series Turnkey Package"));
    QCOMPARE(model.index(row).data(RemoteListModel::IdRole).toString(), QStringLiteral("14"));
    QVERIFY(!model.data(QModelIndex()).isValid());
}

void TestModels::subordinatesSearchTextAndIds()
{
    SubordinateListModel model(m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.load();
    QVERIFY(waitUntilSettled(model));
    const int row = model.rowOf(EntityId::fromString(QStringLiteral("3201877455120978121")));
    QVERIFY(row >= 0);
    const QModelIndex index = model.index(row);
    QCOMPARE(index.data(RemoteListModel::IdRole).toString(), QStringLiteral("3201877455120978121"));
    const QString search = index.data(RemoteListModel::SearchTextRole).toString();
    QVERIFY(search.contains(QLatin1String("lone star dental")));
    QVERIFY(search.contains(QLatin1String("mark rivera")));
    QVERIFY(search.contains(QLatin1String("@")));
    QCOMPARE(search, search.toLower());
    QVERIFY(index.data(Qt::ToolTipRole).toString().contains(QLatin1String("3201877455120978121")));
}

void TestModels::subordinatesInBothListShapes()
{
    m_portal->setListShape(PracticePortal::ListShape::Wrapped);
    m_portal->setSubordinateCount(1000);
    SubordinateListModel model(m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.load();
    QVERIFY(waitUntilSettled(model));
    QCOMPARE(model.state(), RemoteListModel::State::Ready);
    QCOMPARE(model.rowCount(), 1000);
}

namespace {

// Every row as "id|display name|search text", to compare two models row by row.
QStringList rowsOf(const QAbstractItemModel &model)
{
    QStringList rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        rows << index.data(RemoteListModel::IdRole).toString() + QLatin1Char('|') + index.data().toString()
                + QLatin1Char('|') + index.data(RemoteListModel::SearchTextRole).toString();
    }
    return rows;
}

int rowsIn(const QSignalSpy &spy)
{
    int rows = 0;
    for (const QList<QVariant> &signal : spy)
        rows += signal.at(2).toInt() - signal.at(1).toInt() + 1;
    return rows;
}

} // namespace

void TestModels::subordinatesReloadChangesRowsWithoutAReset_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("compared in place") << 200;
    QTest::newRow("compared on a worker thread") << 5000;
}

void TestModels::subordinatesReloadChangesRowsWithoutAReset()
{
    QFETCH(int, count);
    m_portal->setSubordinateCount(count);
    SubordinateListModel model(m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    SubordinateFilterModel filtered(&model);
    QAbstractItemModelTester filteredTester(&filtered, QAbstractItemModelTester::FailureReportingMode::QtTest);
    SubordinateFilterModel everyone(&model);
    QAbstractItemModelTester everyoneTester(&everyone, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.load();
    QVERIFY(waitUntilSettled(model));
    QCOMPARE(model.rowCount(), count);
    filtered.setFilterText(QStringLiteral("Keller"));
    QVERIFY(filtered.rowCount() > 0);

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy updated(&model, &SubordinateListModel::rowsUpdated);

    // Three customers gone, three renamed; then those three back and ten more at the end.
    m_portal->setSubordinateRevision(1);
    model.load();
    QVERIFY(waitUntilSettled(model));
    QCOMPARE(model.rowCount(), count - 3);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(rowsIn(removed), 3);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(rowsIn(changed), 3);
    QCOMPARE(updated.count(), 1);
    m_portal->setSubordinateRevision(0);
    m_portal->setSubordinateCount(count + 10);
    model.load();
    QVERIFY(waitUntilSettled(model));
    QCOMPARE(resets.count(), 0);
    QCOMPARE(rowsIn(inserted), 13);
    QCOMPARE(rowsIn(removed), 3);
    QCOMPARE(model.rowCount(), count + 10);

    // Row by row what a model that loads the list afresh shows, filtered or not.
    SubordinateListModel fresh(m_client);
    SubordinateFilterModel freshFiltered(&fresh);
    fresh.load();
    QVERIFY(waitUntilSettled(fresh));
    freshFiltered.setFilterText(QStringLiteral("Keller"));
    QCOMPARE(rowsOf(model), rowsOf(fresh));
    QCOMPARE(rowsOf(filtered), rowsOf(freshFiltered));
    QCOMPARE(rowsOf(everyone), rowsOf(fresh));
    m_portal->setSubordinateRevision(1); // renamed ones shown again
    model.load();
    QVERIFY(waitUntilSettled(model));
    QVERIFY(rowsOf(model).join(QLatin1Char('\n')).contains(QLatin1String("(renamed)")));
    QCOMPARE(resets.count(), 0);
}

void TestModels::subordinatesReloadWithManyChangesResets()
{
    m_portal->setSubordinateCount(100);
    SubordinateListModel model(m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.load();
    QVERIFY(waitUntilSettled(model));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    m_portal->setSubordinateCount(100 + SubordinateListModel::kMaxRowEdits + 1);
    model.load();
    QVERIFY(waitUntilSettled(model));
    QCOMPARE(model.rowCount(), 100 + SubordinateListModel::kMaxRowEdits + 1);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(inserted.count(), 0);
}

namespace {

// A table of customers named by single letters: "abc" is three rows, IDs 1000 + letter;
// an upper-case letter is the same customer with another company name.
SubordinateTable lettersTable(const QString &letters)
{
    SubordinateTable table;
    for (const QChar letter : letters) {
        Subordinate subordinate;
        subordinate.partnerId = EntityId::fromInteger(1000 + letter.toLower().unicode());
        subordinate.company = letter.isUpper() ? QStringLiteral("Renamed") : QStringLiteral("Company");
        table.append(subordinate);
    }
    table.finish();
    return table;
}

// Applies a diff to `old`'s letters as the model does (hunks from the last), giving the new letters.
QString applied(const QString &old, const QString &fresh, const SubordinateTableDiff &diff)
{
    QString rows = old;
    for (auto hunk = diff.hunks.crbegin(); hunk != diff.hunks.crend(); ++hunk)
        rows.replace(hunk->oldRow, hunk->removed, fresh.mid(hunk->freshRow, hunk->inserted));
    return rows;
}

} // namespace

// Typing on only looks again at the rows that matched before; they are still exactly the
// rows a filter given the whole text at once finds, in the list's order.
void TestModels::subordinateFilterNarrowsToWhatAFreshFilterFinds()
{
    m_portal->setSubordinateCount(2000);
    SubordinateListModel model(m_client);
    model.load();
    QVERIFY(waitUntilSettled(model));
    SubordinateFilterModel typed(&model);
    QAbstractItemModelTester tester(&typed, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto sourceRows = [](const SubordinateFilterModel &filter) {
        QList<int> rows;
        for (int row = 0; row < filter.rowCount(); ++row)
            rows << filter.mapToSource(filter.index(row, 0)).row();
        return rows;
    };
    // Also what is not a letter or digit, a text longer than the 16 bytes compared at once,
    // a whole row, and characters beyond ASCII.
    const QString row77 = model.index(77).data(RemoteListModel::SearchTextRole).toString();
    QStringList texts{QStringLiteral("t"), QStringLiteral("ta"), QStringLiteral("tan"), QStringLiteral("tana"),
                      QStringLiteral("tanaka"), QStringLiteral("1"), QStringLiteral("12"), QStringLiteral("123"),
                      QStringLiteral("1234"), QStringLiteral("@"), QStringLiteral("."), QStringLiteral("e."),
                      row77.left(24), row77};
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString text = model.index(row).data(RemoteListModel::SearchTextRole).toString();
        const auto beyondAscii = std::find_if(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x80; });
        if (beyondAscii != text.cend()) {
            texts << text.mid(std::max<qsizetype>(0, beyondAscii - text.cbegin() - 1), 3);
            break;
        }
    }
    int narrowed = 0; // keys after which fewer customers match than before
    for (const QString &text : std::as_const(texts)) {
        const int before = typed.rowCount();
        typed.setFilterText(text);
        SubordinateFilterModel fresh(&model);
        fresh.setFilterText(text);
        QList<int> expected;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row).data(RemoteListModel::SearchTextRole).toString().contains(text))
                expected << row;
        }
        QVERIFY2(!expected.isEmpty(), qPrintable(text));
        QCOMPARE(sourceRows(typed), expected);
        QCOMPARE(sourceRows(fresh), expected);
        narrowed += text.size() > 1 && typed.rowCount() < before ? 1 : 0;
    }
    QVERIFY(narrowed >= 2);
}

// The completer's pop-up is given the matches a page at a time; every match is counted, and
// each row shown is the customer's own row of the list (QComboBox maps it back directly).
void TestModels::subordinatePagedMatchesShowAPageAtATime()
{
    m_portal->setSubordinateCount(2000);
    SubordinateListModel model(m_client);
    model.load();
    QVERIFY(waitUntilSettled(model));
    SubordinatePagedMatches pages(&model);
    QAbstractItemModelTester tester(&pages, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(pages.sourceModel(), &model);
    const auto matching = [&model](const QString &text) {
        QList<int> rows;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row).data(RemoteListModel::SearchTextRole).toString().contains(text))
                rows << row;
        }
        return rows;
    };
    const auto shownRows = [&pages] {
        QList<int> rows;
        for (int row = 0; row < pages.rowCount(); ++row) {
            const QModelIndex customer = pages.mapToSource(pages.index(row, 0));
            rows << (customer.model() == pages.sourceModel() ? customer.row() : -1);
        }
        return rows;
    };
    constexpr int page = SubordinatePagedMatches::kPageRows;

    pages.setFilterText(QStringLiteral("a"));
    QList<int> expected = matching(QStringLiteral("a"));
    QVERIFY(expected.size() > 2 * page);
    QCOMPARE(pages.matchCount(), expected.size());
    QCOMPARE(shownRows(), expected.mid(0, page));
    QVERIFY(pages.hasMore());
    QVERIFY(!pages.canFetchMore({})); // QCompleter would fetch every page in a chain
    QSignalSpy inserted(&pages, &QAbstractItemModel::rowsInserted);
    pages.showMore();
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(shownRows(), expected.mid(0, 2 * page));
    QCOMPARE(pages.mapFromSource(model.index(expected.at(page + 1))).row(), page + 1);
    QVERIFY(!pages.mapFromSource(model.index(expected.at(2 * page))).isValid()); // not shown yet

    // The same text again keeps what is shown; another one starts at its first page.
    pages.setFilterText(QStringLiteral("a"));
    QCOMPARE(pages.rowCount(), 2 * page);
    pages.setFilterText(QStringLiteral("an"));
    expected = matching(QStringLiteral("an"));
    QCOMPARE(pages.matchCount(), expected.size());
    QCOMPARE(shownRows(), expected.mid(0, page));
    pages.showAll();
    QCOMPARE(shownRows(), expected);
    QVERIFY(!pages.hasMore());
    pages.showMore(); // nothing more
    QCOMPARE(pages.rowCount(), expected.size());

    // A reload that removes and renames customers keeps every match shown.
    m_portal->setSubordinateRevision(1);
    model.load();
    QVERIFY(waitUntilSettled(model));
    QCOMPARE(model.rowCount(), 1997);
    expected = matching(QStringLiteral("an"));
    QCOMPARE(pages.matchCount(), expected.size());
    QCOMPARE(shownRows(), expected);
    pages.setFilterText(QString()); // every customer, a page of them
    QCOMPARE(pages.matchCount(), model.rowCount());
    QCOMPARE(pages.rowCount(), page);
}

void TestModels::subordinateDiffOfHandMadeTables_data()
{
    QTest::addColumn<QString>("old");
    QTest::addColumn<QString>("fresh");
    QTest::addColumn<int>("edits"); // rows removed plus rows inserted, at least
    QTest::addColumn<QList<int>>("changedRows");
    QTest::newRow("same") << QStringLiteral("abcdef") << QStringLiteral("abcdef") << 0 << QList<int>{};
    QTest::newRow("renamed") << QStringLiteral("abcdef") << QStringLiteral("abCdeF") << 0 << QList<int>{2, 5};
    QTest::newRow("one gone") << QStringLiteral("abcdef") << QStringLiteral("abdef") << 1 << QList<int>{};
    QTest::newRow("one new") << QStringLiteral("abcdef") << QStringLiteral("abcxdef") << 1 << QList<int>{};
    QTest::newRow("first and last gone") << QStringLiteral("abcdef") << QStringLiteral("bcde") << 2 << QList<int>{};
    QTest::newRow("new first and last") << QStringLiteral("bcde") << QStringLiteral("abcdef") << 2 << QList<int>{};
    QTest::newRow("moved") << QStringLiteral("abcdef") << QStringLiteral("abdecf") << 2 << QList<int>{};
    QTest::newRow("replaced in the middle, renamed around")
        << QStringLiteral("abcdefgh") << QStringLiteral("aBxyzgH") << 7 << QList<int>{1, 6};
    QTest::newRow("all new") << QStringLiteral("abc") << QStringLiteral("xyz") << 6 << QList<int>{};
    QTest::newRow("from nothing") << QString() << QStringLiteral("xyz") << 3 << QList<int>{};
    QTest::newRow("to nothing") << QStringLiteral("abc") << QString() << 3 << QList<int>{};
}

void TestModels::subordinateDiffOfHandMadeTables()
{
    QFETCH(QString, old);
    QFETCH(QString, fresh);
    QFETCH(int, edits);
    QFETCH(QList<int>, changedRows);
    const SubordinateTableDiff diff = SubordinateTableDiff::between(lettersTable(old), lettersTable(fresh), 100);
    QVERIFY(!diff.tooLarge);
    QCOMPARE(applied(old.toLower(), fresh.toLower(), diff), fresh.toLower());
    int done = 0;
    for (const SubordinateTableDiff::Hunk &hunk : diff.hunks)
        done += hunk.removed + hunk.inserted;
    QCOMPARE(done, edits); // the shortest edit
    QCOMPARE(diff.changedRows, changedRows);
    QCOMPARE(diff.isEmpty(), old == fresh);
    QVERIFY(SubordinateTableDiff::between(lettersTable(old), lettersTable(fresh), edits - 1).tooLarge || edits == 0);
}

void TestModels::billingContacts()
{
    BillingContactListModel model(m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.load();
    QVERIFY(waitUntilSettled(model));
    const int row = model.rowOf(EntityId::fromString(QStringLiteral("3197218168379846218")));
    QCOMPARE(row, 0);
    QVERIFY(model.index(row).data().toString().contains(QLatin1String("Sanne de Vries")));

    m_portal->injectFault(PracticePortal::Route::BillingContactList, PracticeFault::Kind::EmptyList, 1);
    model.load();
    QVERIFY(waitUntilSettled(model));
    QCOMPARE(model.state(), RemoteListModel::State::Ready);
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::offeringPlansThenServices()
{
    OfferingLoader loader(m_client);
    QCOMPARE(loader.state(), LoadState::State::Idle);
    loader.setProduct(14, QString());
    loader.load();
    QVERIFY(waitUntilSettled(*loader.loadState()));
    const Offering &offering = loader.offering();
    QCOMPARE(offering.plans.size(), 2); // the plan, and the plan offered for a free trial
    QVERIFY(offering.plans.at(0).isPurchasable());
    QCOMPARE(offering.plans.at(1).purchaseType, QStringLiteral("trial"));
    QVERIFY(offering.services.size() >= 2);
    QVERIFY(offering.plans.at(0).isPlan());
    QCOMPARE(offering.plans.at(0).id.toString(), QStringLiteral("3048941892189077504"));
    QVERIFY(!offering.services.at(0).isPlan());
    QVERIFY(!loader.loadState()->isEmpty());

    // Another product forgets the offering at once; its own answer fills it again.
    loader.setProduct(20, QString());
    QVERIFY(loader.offering().plans.isEmpty() && loader.offering().services.isEmpty());
    QCOMPARE(loader.state(), LoadState::State::Idle);
    loader.load();
    QVERIFY(waitUntilSettled(*loader.loadState()));
    QCOMPARE(loader.offering().services.at(0).id.toString(), QStringLiteral("3375818821640175616"));

    // A product that needs a serial number, asked without one: the portal's reason.
    loader.setProduct(9, QString());
    loader.load();
    QVERIFY(waitUntilSettled(*loader.loadState()));
    QCOMPARE(loader.state(), LoadState::State::Failed);
    QCOMPARE(loader.error().code(), QStringLiteral("parameter_validation_failed"));
}

void TestModels::newerLoadWinsOverAnOlderAnswer()
{
    ProductListModel model(m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The first answer is slow and would fail; the second is fast and succeeds.
    m_portal->injectFault(PracticePortal::Route::ProductList, PracticeFault::delayed(std::chrono::milliseconds(600)), 1);
    model.load();
    model.load();
    QVERIFY(waitUntilSettled(model));
    QCOMPARE(model.state(), RemoteListModel::State::Ready);
    QSignalSpy changes(&model, &RemoteListModel::stateChanged);
    QTest::qWait(900); // the old answer arrives now and must be ignored
    QCOMPARE(changes.count(), 0);
    QCOMPARE(model.rowCount(), 9);
}

void TestModels::clearForgetsRowsAndPendingAnswers()
{
    SubordinateListModel model(m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.load();
    QVERIFY(waitUntilSettled(model));
    QVERIFY(model.rowCount() > 0);
    m_portal->setLatency(std::chrono::milliseconds(300));
    model.load();
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.state(), RemoteListModel::State::Idle);
    QTest::qWait(600);
    QCOMPARE(model.rowCount(), 0); // the answer to the abandoned load was dropped
    QCOMPARE(model.state(), RemoteListModel::State::Idle);
}

void TestModels::loadStateTicketsAndRetry()
{
    int reloads = 0;
    bool empty = true;
    LoadState load([&reloads] { ++reloads; }, [&empty] { return empty; });
    QSignalSpy changes(&load, &LoadState::stateChanged);
    QCOMPARE(load.state(), LoadState::State::Idle);
    QVERIFY(!load.isEmpty()); // not loaded is not "empty"

    const LoadState::Ticket first = load.begin();
    const LoadState::Ticket second = load.begin(); // replaces the first
    QVERIFY(!load.isCurrent(first));
    load.fail(first, ApiError(ApiError::Kind::Timeout)); // the replaced load's answer
    QCOMPARE(load.state(), LoadState::State::Loading);
    QVERIFY(!load.error().isError());
    load.fail(second, ApiError(ApiError::Kind::CannotConnect));
    QCOMPARE(load.state(), LoadState::State::Failed);
    QCOMPARE(load.error().kind(), ApiError::Kind::CannotConnect);

    load.retry();
    QCOMPARE(reloads, 1);
    const LoadState::Ticket third = load.begin();
    QVERIFY(!load.error().isError()); // a new load forgets the old reason
    load.finish(third);
    QCOMPARE(load.state(), LoadState::State::Ready);
    QVERIFY(load.isEmpty());
    empty = false;
    QVERIFY(!load.isEmpty());

    const LoadState::Ticket fourth = load.begin();
    load.reset(); // sign-out: nothing in flight counts any more
    load.finish(fourth);
    QCOMPARE(load.state(), LoadState::State::Idle);
    QCOMPARE(changes.size(), 7); // Loading ×2, Failed, Loading, Ready, Loading, Idle
}

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
