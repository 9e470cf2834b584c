// kill -9 in the middle of a batch, then a restart: no order body is ever received twice.
// The practice portal runs in a process of its own (pp-practice-portal) that outlives the
// app and prints every order body it receives; the app's batch machinery runs in another
// (pp-batch-process), which this test kills with SIGKILL and starts again on the same
// journal and receipt folder.
#include "TestPaths.h"
#include "order/BatchJournal.h"
#include "order/ReceiptStore.h"

#include <QDir>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

constexpr int kTimeoutMs = 120000;
constexpr int kOrders = 30;

// A child process whose stdout is collected line by line; `onLine` sees each at once.
class Child
{
public:
    Child()
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process, [this] {
            while (m_process.canReadLine()) {
                const QByteArray line = m_process.readLine().trimmed();
                lines << line;
                if (onLine)
                    onLine(line);
            }
        });
    }
    ~Child()
    {
        m_process.kill();
        m_process.waitForFinished(10000);
    }

    void start(const QString &program, const QStringList &arguments) { m_process.start(program, arguments); }
    // SIGKILL: no destructor, no flush, no goodbye.
    void killNow() { m_process.kill(); }
    // Keeps the event loop turning (waitForFinished() would not): the other child's output
    // must be read, and acted on, while this one runs.
    bool waitForExit()
    {
        return QTest::qWaitFor([this] { return m_process.state() == QProcess::NotRunning; }, kTimeoutMs);
    }
    QProcess &process() { return m_process; }
    bool hasLineStartingWith(const QByteArray &prefix) const
    {
        return std::any_of(lines.cbegin(), lines.cend(), [&](const QByteArray &line) { return line.startsWith(prefix); });
    }

    QList<QByteArray> lines;
    std::function<void(const QByteArray &)> onLine;

private:
    QProcess m_process;
};

} // namespace

class TestBatchCrash : public QObject
{
    Q_OBJECT

private slots:
    void killedMidBatchAndRestartedSendsNoBodyTwice();

private:
    QList<QByteArray> bodiesReceived() const;
    void startApp(Child &app);

    std::unique_ptr<Child> m_portal;
    QString m_portalUrl;
    QTemporaryDir m_directory;
};

QList<QByteArray> TestBatchCrash::bodiesReceived() const
{
    QList<QByteArray> bodies;
    for (const QByteArray &line : m_portal->lines) {
        if (line.startsWith("order "))
            bodies << QByteArray::fromBase64(line.mid(6));
    }
    return bodies;
}

void TestBatchCrash::startApp(Child &app)
{
    app.start(testPath("pp-batch-process"),
              {QStringLiteral("--portal"), m_portalUrl, QStringLiteral("--dir"), m_directory.path(),
               QStringLiteral("--orders"), QString::number(kOrders)});
}

void TestBatchCrash::killedMidBatchAndRestartedSendsNoBodyTwice()
{
    // Each answer takes 200 ms: long enough that a kill lands while an order is on its way.
    m_portal = std::make_unique<Child>();
    m_portal->start(testPath("pp-practice-portal"),
                    {QStringLiteral("--latency"), QStringLiteral("200"), QStringLiteral("--subordinates"),
                     QString::number(kOrders + 10), QStringLiteral("--print-orders")});
    QTRY_VERIFY_WITH_TIMEOUT(m_portal->hasLineStartingWith("port "), kTimeoutMs);
    m_portalUrl = QStringLiteral("http://127.0.0.1:") + QString::fromLatin1(m_portal->lines.first().mid(5));

    // Run 1: killed the moment the portal has the 8th body, before its answer is back.
    {
        Child app;
        m_portal->onLine = [&app, this](const QByteArray &) {
            if (bodiesReceived().size() == 8)
                app.killNow();
        };
        startApp(app);
        QVERIFY(app.waitForExit());
        m_portal->onLine = nullptr;
        QCOMPARE(app.process().exitStatus(), QProcess::CrashExit);
    }
    QCOMPARE(bodiesReceived().size(), 8);
    BatchJournal journal(QDir(m_directory.path()).filePath(QStringLiteral("batches")));
    QList<BatchJournal::Batch> unfinished = journal.unfinished(QStringLiteral("practice"));
    QCOMPARE(unfinished.size(), 1);
    QCOMPARE(unfinished.first().orders.at(7).state, BatchOrder::State::Sending);
    QCOMPARE(unfinished.first().count(BatchOrder::State::Placed), 7);

    // Run 2: resumes (order 8 is looked up, not sent), killed as soon as it hands over
    // order 20: its body may or may not have left.
    {
        Child app;
        app.onLine = [&app](const QByteArray &line) {
            if (line == "sending 19")
                app.killNow();
        };
        startApp(app);
        QVERIFY(app.waitForExit());
        QCOMPARE(app.process().exitStatus(), QProcess::CrashExit);
        QVERIFY(app.lines.contains("resuming"));
        QVERIFY(!app.lines.contains("sending 7")); // order 8 was looked up, not sent again
    }
    unfinished = journal.unfinished(QStringLiteral("practice"));
    QCOMPARE(unfinished.size(), 1);
    QCOMPARE(unfinished.first().orders.at(7).state, BatchOrder::State::Placed);
    QVERIFY(unfinished.first().orders.at(7).foundByLookup);

    // Run 3: to the end.
    {
        Child app;
        startApp(app);
        QVERIFY(app.waitForExit());
        QCOMPARE(app.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.process().exitCode(), 0);
        QVERIFY(app.lines.contains("resuming"));
        QVERIFY(app.hasLineStartingWith("finished "));
    }

    const QList<QByteArray> received = bodiesReceived();
    QCOMPARE(QSet<QByteArray>(received.cbegin(), received.cend()).size(), received.size());
    const std::optional<BatchJournal::Batch> batch = BatchJournal::read(unfinished.first().path);
    QVERIFY(batch);
    int placed = 0;
    for (const BatchOrder &order : batch->orders) {
        const int times = int(received.count(order.plan.requestBody));
        QVERIFY2(order.state == BatchOrder::State::Placed || order.state == BatchOrder::State::Unknown,
                 qPrintable(QString::number(order.index)));
        // A placed order's body arrived exactly once; an unknown one (killed before its
        // body left) never did, and was never sent again on its own.
        QCOMPARE(times, order.state == BatchOrder::State::Placed ? 1 : 0);
        placed += order.state == BatchOrder::State::Placed ? 1 : 0;
    }
    QCOMPARE(received.size(), placed);
    QVERIFY(placed >= kOrders - 1);
    qInfo("%d placed, %d unknown (killed before its body left, never sent again)", placed, kOrders - placed);
    // One receipt per placed order in the history.
    ReceiptStore receipts(m_directory.path());
    receipts.open(QStringLiteral("practice"));
    QCOMPARE(receipts.receipts().size(), placed);
}

QTEST_GUILESS_MAIN(TestBatchCrash)
#include "tst_batchcrash.moc"
