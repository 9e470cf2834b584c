// Batches for money safety, without any widget: BatchRunner, BatchJournal and the practice
// portal over real HTTP, with a real journal and receipt folder. The portal counts every
// order body it receives; a test passes only when no body arrived twice.
#include "PortalTestHelpers.h"
#include "api/PortalClient.h"
#include "auth/TokenSession.h"
#include "models/CustomerListMatcher.h"
#include "models/SubordinateListModel.h"
#include "order/BatchCsvExporter.h"
#include "order/BatchJournal.h"
#include "order/BatchPlanner.h"
#include "order/BatchRunner.h"
#include "order/OrderBodyReader.h"
#include "order/OrderLookup.h"
#include "order/OrderSubmitter.h"
#include "order/ReceiptStore.h"
#include "practice/PracticePortal.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <memory>

using namespace std::chrono_literals;
using Route = PracticePortal::Route;
using State = BatchRunner::State;
using OrderState = BatchOrder::State;

namespace {

constexpr int kTimeoutMs = 120000;
const QString kAccount = QStringLiteral("practice");

// What AppServices builds for batches, on a signed-in client.
struct Batches
{
    Batches(PortalClient *client, const QString &directory)
        : submitter(client)
        , lookup(client)
        , receipts(directory)
        , journal(QDir(directory).filePath(QStringLiteral("batches")))
        , runner(&submitter, &lookup, &receipts, &journal)
    {
        receipts.open(kAccount);
    }

    OrderSubmitter submitter;
    OrderLookup lookup;
    ReceiptStore receipts;
    BatchJournal journal;
    BatchRunner runner;
};

// Every line of the journal, parsed (a torn line reads as an empty object).
QList<QJsonObject> journalLines(const QString &path)
{
    QList<QJsonObject> lines;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        while (!file.atEnd())
            lines << QJsonDocument::fromJson(file.readLine()).object();
    }
    return lines;
}

// The last state the journal recorded for order `index`.
QString journalStateOf(const QString &path, int index)
{
    QString state;
    for (const QJsonObject &line : journalLines(path)) {
        if (line.value(QLatin1String("index")).toInt(-1) == index)
            state = line.value(QLatin1String("event")).toString();
    }
    return state;
}

bool hasDuplicates(const QList<QByteArray> &bodies)
{
    return QSet<QByteArray>(bodies.cbegin(), bodies.cend()).size() != bodies.size();
}

} // namespace

class TestBatchRunner : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void bodyReaderAcceptsOnlyWhatItWritesBack();
    void plannerMakesOneOrderPerCustomer();
    void journalHoldsEveryBodyBeforeTheFirstOrderAndEachStateBeforeItsBodyLeaves();
    void droppedConnectionAtOrder57StopsLooksUpAndResumesOnce();
    void refusalIsRecordedAndTheBatchGoesOn();
    void stopTakesEffectBeforeTheNextOrder();
    void restartLooksUpOrdersLeftSendingBeforeSendingAnything();
    void tornLastLineIsSkippedAndTheJournalGoesOn();
    void unwritableJournalSendsNothing();
    void csvHasEveryOrderWithItsOutcome();
    void pastedListMatchesIdsAndEmailsAndReportsTheRest();

private:
    QList<Subordinate> customers(int count);
    QList<BatchOrder> plan(int count);
    bool waitFor(const Batches &batches, State state);

    std::unique_ptr<PracticePortal> m_portal;
    std::unique_ptr<PortalClient> m_client;
    std::unique_ptr<TokenSession> m_tokens;
    std::unique_ptr<QTemporaryDir> m_directory;
};

void TestBatchRunner::init()
{
    m_portal = std::make_unique<PracticePortal>();
    m_portal->setSubordinateCount(250);
    QVERIFY(m_portal->listen());
    m_client = std::make_unique<PortalClient>();
    QVERIFY(!m_client->setBaseUrl(m_portal->baseUrl()).isError());
    m_tokens = std::make_unique<TokenSession>(m_client.get());
    m_client->setAccessTokenProvider(m_tokens.get());
    QSignalSpy signedIn(m_tokens.get(), &TokenSession::started);
    m_tokens->start(PracticePortal::practiceClientId(), PracticePortal::practiceClientSecret());
    QVERIFY(signedIn.wait(kTimeoutMs));
    m_directory = std::make_unique<QTemporaryDir>();
}

void TestBatchRunner::cleanup()
{
    m_client->setAccessTokenProvider(nullptr);
    m_tokens.reset();
    m_client.reset();
    m_portal.reset();
    m_directory.reset();
}

QList<Subordinate> TestBatchRunner::customers(int count)
{
    const auto answer = PortalTest::await<SubordinateTable>(
        [this](auto callback) { m_client->fetchSubordinates(m_client.get(), callback); }, kTimeoutMs);
    if (!answer->arrived() || !answer->result->ok())
        return {};
    QList<Subordinate> customers;
    for (int row = 0; row < std::min(answer->result->value->size(), count); ++row)
        customers << answer->result->value->at(row);
    return customers;
}

QList<BatchOrder> TestBatchRunner::plan(int count)
{
    const BatchPlanner::Plan plan = BatchPlanner::forCustomers(PortalTest::remoteManagementPremiumSeed(),
                                                               customers(count), kAccount, QStringLiteral("Practice"));
    if (!plan.problems.isEmpty())
        qWarning("batch not plannable: %s", qPrintable(plan.problems.join(QLatin1Char(' '))));
    return plan.orders;
}

bool TestBatchRunner::waitFor(const Batches &batches, State state)
{
    return QTest::qWaitFor([&] { return batches.runner.state() == state; }, kTimeoutMs);
}

void TestBatchRunner::bodyReaderAcceptsOnlyWhatItWritesBack()
{
    for (const OrderDraft &draft : {PortalTest::remoteManagementPremiumSeed(), PortalTest::turnkeySeed()}) {
        const std::optional<OrderRequest> request = PortalTest::orderFor(draft);
        QVERIFY(request);
        const QByteArray body = request->toJsonBody();
        const std::optional<OrderRequest> read = OrderBodyReader::read(body);
        QVERIFY(read);
        QVERIFY(*read == *request);
        // Anything the reader would lose or change makes it refuse the body.
        QVERIFY(!OrderBodyReader::read(QByteArray(body).replace("\"quantity\": ", "\"quantity\":")));
        QVERIFY(!OrderBodyReader::read(QByteArray(body).replace("\"productId\"", "\"extra\": 1,\n  \"productId\"")));
        QVERIFY(!OrderBodyReader::read(body.left(body.size() / 2)));
    }
}

void TestBatchRunner::plannerMakesOneOrderPerCustomer()
{
    QList<Subordinate> three = customers(3);
    QCOMPARE(three.size(), 3);
    three << three.first(); // the same customer twice buys once
    const BatchPlanner::Plan plan
        = BatchPlanner::forCustomers(PortalTest::remoteManagementPremiumSeed(), three, kAccount, QString());
    QVERIFY(plan.problems.isEmpty());
    QCOMPARE(plan.orders.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const BatchOrder &order = plan.orders.at(i);
        QCOMPARE(order.index, i);
        QCOMPARE(order.plan.recipientPartnerId, three.at(i).partnerId.toString());
        QVERIFY(order.plan.requestBody.contains(QByteArray("\"partnerId\": " + three.at(i).partnerId.toString().toLatin1())));
        QCOMPARE(order.state, OrderState::Planned);
    }
    OrderDraft incomplete = PortalTest::remoteManagementPremiumSeed();
    incomplete.billingContact.reset();
    QVERIFY(!BatchPlanner::forCustomers(incomplete, three, kAccount, QString()).problems.isEmpty());
    QVERIFY(!BatchPlanner::forCustomers(PortalTest::remoteManagementPremiumSeed(), {}, kAccount, QString())
                 .problems.isEmpty());
}

void TestBatchRunner::journalHoldsEveryBodyBeforeTheFirstOrderAndEachStateBeforeItsBodyLeaves()
{
    Batches batches(m_client.get(), m_directory->path());
    const QList<BatchOrder> orders = plan(20);
    QCOMPARE(orders.size(), 20);
    // What the journal says at the moment each body arrives at the portal.
    QStringList statesOnArrival;
    QStringList previousOnArrival; // the order before it: its outcome is on disk first
    int plannedOnFirstArrival = -1;
    connect(m_portal.get(), &PracticePortal::requestReceived, this, [&](Practice::Route route) {
        if (route != Route::OrderSave)
            return;
        const QList<QJsonObject> lines = journalLines(batches.runner.journalPath());
        if (plannedOnFirstArrival < 0) {
            plannedOnFirstArrival = int(std::count_if(lines.cbegin(), lines.cend(), [](const QJsonObject &line) {
                return line.value(QLatin1String("event")).toString() == QLatin1String("planned")
                    && !line.value(QLatin1String("plan")).toObject().value(QLatin1String("requestBody")).toString().isEmpty();
            }));
        }
        const int index = int(statesOnArrival.size());
        statesOnArrival << journalStateOf(batches.runner.journalPath(), index);
        if (index > 0)
            previousOnArrival << journalStateOf(batches.runner.journalPath(), index - 1);
    });
    QVERIFY(batches.runner.start(kAccount, QStringLiteral("Practice"), orders));
    QVERIFY(waitFor(batches, State::Finished));
    QCOMPARE(plannedOnFirstArrival, 20);
    QCOMPARE(statesOnArrival, QStringList(20, QStringLiteral("sending")));
    QCOMPARE(previousOnArrival, QStringList(19, QStringLiteral("placed")));
    for (int i = 0; i < 20; ++i)
        QCOMPARE(journalStateOf(batches.runner.journalPath(), i), QStringLiteral("placed"));
    // Exactly the planned bodies, once each, in order.
    QList<QByteArray> planned;
    for (const BatchOrder &order : orders)
        planned << order.plan.requestBody;
    QCOMPARE(m_portal->receivedOrderBodies(), planned);
    // A receipt per placed order in the history, with the portal's order number.
    QCOMPARE(batches.receipts.receipts().size(), 20);
    for (int i = 0; i < 20; ++i) {
        QCOMPARE(batches.receipts.receipts().at(i).portal.orderNo, batches.runner.orders().at(i).portal.orderNo);
        QCOMPARE(batches.receipts.receipts().at(i).requestBody, planned.at(i));
    }
    // Read back, the journal says the same.
    const std::optional<BatchJournal::Batch> read = BatchJournal::read(batches.runner.journalPath());
    QVERIFY(read);
    QCOMPARE(read->count(OrderState::Placed), 20);
    QVERIFY(!read->isUnfinished());
}

void TestBatchRunner::droppedConnectionAtOrder57StopsLooksUpAndResumesOnce()
{
    Batches batches(m_client.get(), m_directory->path());
    const QList<BatchOrder> orders = plan(200);
    QCOMPARE(orders.size(), 200);
    // The portal stores order 57, then hangs up before a byte of its answer.
    m_portal->injectFaultAt(Route::OrderSave, PracticeFault::Kind::DropConnection, 57);
    QVERIFY(batches.runner.start(kAccount, QStringLiteral("Practice"), orders));
    QVERIFY(waitFor(batches, State::WaitingForUser));
    QCOMPARE(m_portal->requestCount(Route::OrderSave), 57);
    QVERIFY(m_portal->requestCount(Route::OrderPage) >= 1); // order 57 was looked up
    const BatchOrder &order57 = batches.runner.orders().at(56);
    QCOMPARE(order57.state, OrderState::Placed);
    QVERIFY(order57.foundByLookup);
    // The look-up found order 57 itself, not one of the 56 alike orders before it.
    QSet<QString> orderNumbers;
    for (int i = 0; i < 57; ++i)
        orderNumbers.insert(batches.runner.orders().at(i).portal.orderNo);
    QCOMPARE(orderNumbers.size(), 57);
    QCOMPARE(batches.runner.count(OrderState::Planned), 143);
    QCOMPARE(journalStateOf(batches.runner.journalPath(), 56), QStringLiteral("placed"));
    QCOMPARE(journalStateOf(batches.runner.journalPath(), 57), QStringLiteral("planned"));

    QVERIFY(batches.runner.go());
    QVERIFY(waitFor(batches, State::Finished));
    const QList<QByteArray> received = m_portal->receivedOrderBodies();
    QCOMPARE(received.size(), 200);
    QVERIFY(!hasDuplicates(received));
    for (int i = 0; i < 200; ++i)
        QCOMPARE(received.at(i), orders.at(i).plan.requestBody);
    QCOMPARE(batches.runner.count(OrderState::Placed), 200);
    QCOMPARE(m_portal->acceptedOrderCount(), 200);
    QCOMPARE(batches.receipts.receipts().size(), 200);
}

void TestBatchRunner::refusalIsRecordedAndTheBatchGoesOn()
{
    Batches batches(m_client.get(), m_directory->path());
    const QList<BatchOrder> orders = plan(200);
    m_portal->injectFaultAt(Route::OrderSave,
                            PracticeFault::portalError(QStringLiteral("insufficient_balance"),
                                                       QStringLiteral("The account balance is insufficient")),
                            10);
    QVERIFY(batches.runner.start(kAccount, QStringLiteral("Practice"), orders));
    QVERIFY(waitFor(batches, State::Finished));
    QCOMPARE(m_portal->requestCount(Route::OrderSave), 200);
    QVERIFY(!hasDuplicates(m_portal->receivedOrderBodies()));
    const BatchOrder &refused = batches.runner.orders().at(9);
    QCOMPARE(refused.state, OrderState::Refused);
    QVERIFY2(refused.reason.contains(QStringLiteral("The account balance is insufficient")), qPrintable(refused.reason));
    QVERIFY(refused.reference.contains(QStringLiteral("insufficient_balance")));
    QCOMPARE(journalStateOf(batches.runner.journalPath(), 9), QStringLiteral("refused"));
    QCOMPARE(batches.runner.count(OrderState::Placed), 199);
    QCOMPARE(batches.receipts.receipts().size(), 199);
    QCOMPARE(m_portal->acceptedOrderCount(), 199);
    QCOMPARE(m_portal->requestCount(Route::OrderPage), 0); // a refusal needs no look-up
}

void TestBatchRunner::stopTakesEffectBeforeTheNextOrder()
{
    Batches batches(m_client.get(), m_directory->path());
    const QList<BatchOrder> orders = plan(10);
    m_portal->setLatency(100ms);
    connect(m_portal.get(), &PracticePortal::requestReceived, this, [&](Practice::Route route) {
        if (route == Route::OrderSave && m_portal->requestCount(Route::OrderSave) == 3)
            batches.runner.stop(); // while order 3 is on its way
    });
    QVERIFY(batches.runner.start(kAccount, QStringLiteral("Practice"), orders));
    QTRY_COMPARE_WITH_TIMEOUT(batches.runner.state(), State::Stopping, kTimeoutMs);
    QVERIFY(waitFor(batches, State::Stopped));
    // Order 3 was not cut off; nothing after it left.
    QCOMPARE(batches.runner.orders().at(2).state, OrderState::Placed);
    QCOMPARE(m_portal->requestCount(Route::OrderSave), 3);
    QCOMPARE(batches.runner.count(OrderState::Planned), 7);
    QVERIFY(batches.runner.timeLeft().has_value());
    QVERIFY(batches.runner.go());
    QVERIFY(waitFor(batches, State::Finished));
    QCOMPARE(m_portal->requestCount(Route::OrderSave), 10);
    QVERIFY(!hasDuplicates(m_portal->receivedOrderBodies()));
    QVERIFY(batches.runner.close());
    QVERIFY(!BatchJournal::read(batches.runner.journalPath())->isUnfinished());
    QVERIFY(batches.journal.unfinished(kAccount).isEmpty());
}

void TestBatchRunner::restartLooksUpOrdersLeftSendingBeforeSendingAnything()
{
    const QList<BatchOrder> orders = plan(6);
    QString path;
    {
        // A run that "crashed": order 1 placed, order 2's body reached the portal but the
        // app died before its answer, order 3 was marked sending but its body never left.
        BatchJournal journal(QDir(m_directory->path()).filePath(QStringLiteral("batches")));
        QVERIFY(journal.create(kAccount, QStringLiteral("Practice"), orders));
        path = journal.path();
        for (int i : {0, 1}) {
            BatchOrder sending = orders.at(i);
            sending.state = OrderState::Sending;
            sending.sentAt = QDateTime::currentDateTimeUtc();
            QVERIFY(journal.record(sending));
            const auto answer = PortalTest::await<OrderReceipt>([&](auto callback) {
                m_client->placeOrder(*OrderBodyReader::read(sending.plan.requestBody), m_client.get(), callback);
            });
            QVERIFY2(answer->arrived() && answer->result->ok(), PortalTest::describe(answer).constData());
            if (i == 0) {
                sending.state = OrderState::Placed;
                sending.portal = *answer->result->value;
                QVERIFY(journal.record(sending));
            }
        }
        BatchOrder neverSent = orders.at(2);
        neverSent.state = OrderState::Sending;
        neverSent.sentAt = QDateTime::currentDateTimeUtc();
        QVERIFY(journal.record(neverSent));
    }
    QCOMPARE(m_portal->requestCount(Route::OrderSave), 2);

    Batches batches(m_client.get(), m_directory->path());
    const QList<BatchJournal::Batch> unfinished = batches.journal.unfinished(kAccount);
    QCOMPARE(unfinished.size(), 1);
    QCOMPARE(unfinished.first().count(OrderState::Sending), 2);
    QVERIFY(batches.journal.unfinished(QStringLiteral("another-account")).isEmpty());
    int savesWhileLookingUp = -1;
    connect(&batches.runner, &BatchRunner::stateChanged, this, [&](State state) {
        if (state != State::LookingUp && savesWhileLookingUp < 0)
            savesWhileLookingUp = m_portal->requestCount(Route::OrderSave);
    });
    QVERIFY(batches.runner.resume(unfinished.first()));
    QVERIFY(waitFor(batches, State::WaitingForUser));
    QCOMPARE(savesWhileLookingUp, 2); // nothing was sent before both were looked up
    QCOMPARE(m_portal->requestCount(Route::OrderSave), 2);
    // Order 2 reached the portal: found. Order 3 did not: still unknown, although order 1
    // and 2 (other customers, same items) were made after its attempt.
    QCOMPARE(batches.runner.orders().at(1).state, OrderState::Placed);
    QVERIFY(batches.runner.orders().at(1).foundByLookup);
    QCOMPARE(batches.runner.orders().at(2).state, OrderState::Unknown);
    QCOMPARE(journalStateOf(path, 2), QStringLiteral("unknown"));
    // The placed orders have their receipts, including the one placed before the "crash".
    QCOMPARE(batches.receipts.receipts().size(), 2);

    QVERIFY(batches.runner.go());
    QVERIFY(waitFor(batches, State::Finished));
    const QList<QByteArray> received = m_portal->receivedOrderBodies();
    QCOMPARE(received.size(), 5); // orders 1, 2, 4, 5, 6: order 3 is never sent on its own
    QVERIFY(!hasDuplicates(received));
    QVERIFY(!received.contains(orders.at(2).plan.requestBody));
    QCOMPARE(batches.runner.count(OrderState::Unknown), 1);
    QCOMPARE(batches.receipts.receipts().size(), 5);
    // Still unfinished (one unknown) until the user closes it.
    QCOMPARE(batches.journal.unfinished(kAccount).size(), 1);
    QVERIFY(batches.runner.lookUpAgain());
    QVERIFY(waitFor(batches, State::WaitingForUser));
    QCOMPARE(batches.runner.orders().at(2).state, OrderState::Unknown);
    QVERIFY(batches.runner.close());
    QVERIFY(batches.journal.unfinished(kAccount).isEmpty());
}

void TestBatchRunner::tornLastLineIsSkippedAndTheJournalGoesOn()
{
    const QList<BatchOrder> orders = plan(3);
    BatchJournal journal(QDir(m_directory->path()).filePath(QStringLiteral("batches")));
    QVERIFY(journal.create(kAccount, QStringLiteral("Practice"), orders));
    const QString path = journal.path();
    BatchOrder first = orders.at(0);
    first.state = OrderState::Sending;
    QVERIFY(journal.record(first));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write("{\"event\":\"placed\",\"index\":0,\"por"); // the crash tore this line
    }
    std::optional<BatchJournal::Batch> read = BatchJournal::read(path);
    QVERIFY(read);
    QCOMPARE(read->unreadableLines, 0);
    QCOMPARE(read->orders.size(), 3);
    QCOMPARE(read->orders.at(0).state, OrderState::Sending);
    QCOMPARE(read->orders.at(2).plan.requestBody, orders.at(2).plan.requestBody);
    QVERIFY(read->isUnfinished());

    BatchJournal again(journal.directory());
    QVERIFY(again.reopen(path));
    first.state = OrderState::Unknown;
    first.reason = QStringLiteral("lost");
    QVERIFY(again.record(first));
    read = BatchJournal::read(path);
    QVERIFY(read);
    QCOMPARE(read->unreadableLines, 1); // the torn line, no longer last
    QCOMPARE(read->orders.at(0).state, OrderState::Unknown);
    QCOMPARE(read->orders.at(0).reason, QStringLiteral("lost"));
}

void TestBatchRunner::unwritableJournalSendsNothing()
{
    const QString blocked = QDir(m_directory->path()).filePath(QStringLiteral("batches"));
    QFile file(blocked);
    QVERIFY(file.open(QIODevice::WriteOnly)); // a file where the folder should be
    file.close();
    Batches batches(m_client.get(), m_directory->path());
    QVERIFY(batches.runner.start(kAccount, QStringLiteral("Practice"), plan(3)));
    QVERIFY(waitFor(batches, State::JournalFailed));
    QVERIFY(batches.runner.journalError().contains(QStringLiteral("nothing was sent")));
    QCOMPARE(batches.runner.count(OrderState::Planned), 3);
    QCOMPARE(m_portal->requestCount(Route::OrderSave), 0);
    QVERIFY(batches.runner.close());
}

void TestBatchRunner::csvHasEveryOrderWithItsOutcome()
{
    Batches batches(m_client.get(), m_directory->path());
    m_portal->injectFaultAt(Route::OrderSave, PracticeFault::portalError(QStringLiteral("insufficient_balance")), 2);
    QVERIFY(batches.runner.start(kAccount, QStringLiteral("Practice"), plan(3)));
    QVERIFY(waitFor(batches, State::Finished));
    const QList<QByteArray> rows = BatchCsvExporter::toCsv(batches.runner.orders()).split('\n');
    QCOMPARE(rows.size(), 5); // header, three orders, the empty rest after the last CRLF
    QVERIFY(rows.at(0).startsWith("\xEF\xBB\xBFOrder,Outcome,Reason,"));
    QVERIFY(rows.at(1).startsWith("1,placed,,"));
    QVERIFY(rows.at(2).startsWith("2,refused,"));
    QVERIFY(rows.at(3).contains(batches.runner.orders().at(2).portal.orderNo.toUtf8()));
    // The customer's 19-digit partner ID as exact text.
    QVERIFY(rows.at(3).contains(QByteArray("=\"\"" + batches.runner.orders().at(2).plan.recipientPartnerId.toUtf8() + "\"\"")));
}

void TestBatchRunner::pastedListMatchesIdsAndEmailsAndReportsTheRest()
{
    SubordinateListModel customers(m_client.get());
    customers.load();
    QTRY_COMPARE_WITH_TIMEOUT(customers.state(), RemoteListModel::State::Ready, kTimeoutMs);
    QVERIFY(customers.rowCount() >= 3);
    const Subordinate first = customers.at(0);
    const Subordinate second = customers.at(1);
    QVERIFY(!second.email.isEmpty());
    const Subordinate third = customers.at(2);
    const QString text = first.partnerId.toString() + QStringLiteral("\n\n  ") + second.email.toUpper()
        + QStringLiteral(" ; nobody@example.invalid\n") + first.partnerId.toString()
        + QStringLiteral("\n1234567890123456789\n")
        // CSV cells: quoted, and an ID as this app's CSV files write it (="digits", quoted).
        + QStringLiteral("\"%1\",\"=\"\"%2\"\"\"\r\n=\"%2\",\"Some \"\"name\"\"\"\n")
              .arg(second.email, third.partnerId.toString());
    const CustomerListMatcher::Result result = CustomerListMatcher::match(text, customers);
    QCOMPARE(result.rows, (QList<int>{0, 1, 2})); // each once, in the list's order
    QCOMPARE(result.unmatched.size(), 3);
    QCOMPARE(result.unmatched.at(0).line, 3);
    QCOMPARE(result.unmatched.at(0).text, QStringLiteral("nobody@example.invalid"));
    QCOMPARE(result.unmatched.at(1).line, 5);
    QCOMPARE(result.unmatched.at(1).text, QStringLiteral("1234567890123456789"));
    QCOMPARE(result.unmatched.at(2).line, 7);
    QCOMPARE(result.unmatched.at(2).text, QStringLiteral("Some \"name\""));
}

QTEST_GUILESS_MAIN(TestBatchRunner)
#include "tst_batchrunner.moc"
