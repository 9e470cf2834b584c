// PurchaseSession without any widget, against the practice portal over real HTTP and a
// real receipt folder: the order of the steps after an answer (placed → receipt saved →
// announced; unknown → pending record → announced → looked up on request), a receipt
// store that cannot write, and one body per confirmation.
#include "PortalTestHelpers.h"
#include "SignedInClient.h"
#include "api/PortalClient.h"
#include "auth/TokenSession.h"
#include "models/OfferingLoader.h"
#include "order/OrderLookup.h"
#include "order/OrderSubmitter.h"
#include "order/PurchaseSession.h"
#include "order/ReceiptStore.h"
#include "practice/PracticePortal.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <memory>

using namespace std::chrono_literals;
using Route = PracticePortal::Route;
using State = PurchaseSession::State;

Q_DECLARE_METATYPE(PurchaseSession::State)

namespace {

constexpr int kTimeoutMs = 15000;
const QString kAccount = QStringLiteral("practice");

// What the composition root builds for one purchase, on a signed-in client.
struct Purchase
{
    explicit Purchase(PortalClient *client, const QString &receiptsDirectory)
        : submitter(client)
        , lookup(client)
        , offering(client)
        , receipts(receiptsDirectory)
        , session(&submitter, &receipts, &lookup, &offering)
    {
        receipts.open(kAccount);
        session.setAccount(QStringLiteral("pp-client@https://127.0.0.1"), QStringLiteral("Practice account"));
    }

    OrderSubmitter submitter;
    OrderLookup lookup;
    OfferingLoader offering;
    ReceiptStore receipts;
    PurchaseSession session;
};

// The lines of the pending-orders file, parsed.
QList<QJsonObject> pendingRecords(const ReceiptStore &store)
{
    QList<QJsonObject> records;
    QFile file(store.pendingFilePath());
    if (!file.open(QIODevice::ReadOnly))
        return records;
    while (!file.atEnd())
        records << QJsonDocument::fromJson(file.readLine()).object();
    return records;
}

} // namespace

class TestPurchaseSession : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void receiptIsSavedBeforeThePlacedOrderIsAnnounced();
    void unsavableReceiptIsNotAnnouncedAsSaved();
    void oneBodyPerConfirmation();
    void refusedOrderKeepsTheDraftForAFreshConfirmation();
    void unknownOutcomeIsRecordedBeforeItIsAnnouncedThenLookedUp();
    void previewIsTheBodyThatIsSent();
    void startOverWaitsForTheAnswer();
    void offeringFollowsTheDraftsProduct();

private:
    SignedInClient m_app;
    PracticePortal *m_portal = nullptr;
    PortalClient *m_client = nullptr;
    std::unique_ptr<QTemporaryDir> m_directory;
};

void TestPurchaseSession::init()
{
    QVERIFY(m_app.start());
    m_portal = m_app.portal.get();
    m_client = m_app.client.get();
    m_directory = std::make_unique<QTemporaryDir>();
}

void TestPurchaseSession::cleanup()
{
    m_app.stop();
    m_directory.reset();
}

void TestPurchaseSession::receiptIsSavedBeforeThePlacedOrderIsAnnounced()
{
    Purchase purchase(m_client, m_directory->path());
    PurchaseSession &session = purchase.session;
    session.draft() = PortalTest::remoteManagementPremiumSeed();

    QList<State> announced;
    int receiptsOnDiskWhenAnnounced = -1;
    bool savedWhenAnnounced = false;
    connect(&session, &PurchaseSession::stateChanged, this, [&](State state) {
        announced << state;
        if (state != State::Placed)
            return;
        ReceiptStore reread(m_directory->path()); // what a crash right now would leave
        reread.open(kAccount);
        receiptsOnDiskWhenAnnounced = int(reread.receipts().size());
        savedWhenAnnounced = session.isReceiptSaved();
    });

    QVERIFY(session.place(1));
    QCOMPARE(session.state(), State::Sending);
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Placed, kTimeoutMs);
    QCOMPARE(announced, QList<State>({State::Sending, State::Placed}));
    QCOMPARE(receiptsOnDiskWhenAnnounced, 1);
    QVERIFY(savedWhenAnnounced);
    QVERIFY(session.receiptSaveError().isEmpty());

    // The receipt is what was sent and what the portal answered, for this account.
    const Receipt &receipt = session.receipt();
    QCOMPARE(receipt.portal.orderNo, purchase.submitter.receipt().orderNo);
    QVERIFY(!receipt.portal.requestId.isEmpty());
    QCOMPARE(receipt.requestBody, m_portal->receivedOrderBodies().value(0));
    QCOMPARE(receipt.accountLabel, QStringLiteral("Practice account"));
    QCOMPARE(receipt.placedAt, session.attemptedAt());
    QCOMPARE(purchase.receipts.receipts().size(), qsizetype(1));
    QCOMPARE(purchase.receipts.receipts().first().portal.orderNo, receipt.portal.orderNo);
    QVERIFY(pendingRecords(purchase.receipts).isEmpty());
}

void TestPurchaseSession::unsavableReceiptIsNotAnnouncedAsSaved()
{
    // The receipts folder cannot be created: a file stands where it should be.
    const QString blocked = m_directory->filePath(QStringLiteral("receipts"));
    QFile blocker(blocked);
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    Purchase purchase(m_client, blocked);
    PurchaseSession &session = purchase.session;
    session.draft() = PortalTest::remoteManagementPremiumSeed();

    bool savedWhenAnnounced = true;
    QString errorWhenAnnounced;
    connect(&session, &PurchaseSession::stateChanged, this, [&](State state) {
        if (state == State::Placed) {
            savedWhenAnnounced = session.isReceiptSaved();
            errorWhenAnnounced = session.receiptSaveError();
        }
    });
    QVERIFY(session.place(1));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Placed, kTimeoutMs);
    QVERIFY(!savedWhenAnnounced);
    QVERIFY2(errorWhenAnnounced.contains(QDir::toNativeSeparators(blocked)), qPrintable(errorWhenAnnounced));
    QVERIFY(purchase.receipts.receipts().isEmpty());
    // The order was placed all the same: its receipt is there to show, print or copy.
    QCOMPARE(m_portal->acceptedOrderCount(), 1);
    QCOMPARE(session.receipt().portal.orderNo, purchase.submitter.receipt().orderNo);
    QVERIFY(!session.receipt().portal.orderNo.isEmpty());
}

void TestPurchaseSession::oneBodyPerConfirmation()
{
    Purchase purchase(m_client, m_directory->path());
    PurchaseSession &session = purchase.session;
    session.draft() = PortalTest::remoteManagementPremiumSeed();
    m_portal->setLatency(300ms); // time for impatience

    QVERIFY(session.place(1));
    QVERIFY(!session.place(1)); // the same confirmation again
    QVERIFY(!session.place(2)); // a new one, but an order is on its way
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Placed, kTimeoutMs);
    QVERIFY(!session.place(3)); // placed: a new purchase starts over first
    QTest::qWait(400);          // anything that slipped through would have arrived by now
    QCOMPARE(m_portal->receivedOrderBodies().size(), 1);
    QCOMPARE(m_portal->acceptedOrderCount(), 1);
    QCOMPARE(purchase.submitter.sendCount(), 1);
    QCOMPARE(purchase.receipts.receipts().size(), qsizetype(1));
}

void TestPurchaseSession::refusedOrderKeepsTheDraftForAFreshConfirmation()
{
    Purchase purchase(m_client, m_directory->path());
    PurchaseSession &session = purchase.session;
    session.draft() = PortalTest::remoteManagementPremiumSeed();
    m_portal->injectFault(Route::OrderSave,
                          PracticeFault::portalError(QStringLiteral("parameter_validation_failed"),
                                                     QStringLiteral("billingId is required")),
                          1);
    QVERIFY(session.place(1));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Rejected, kTimeoutMs);
    QCOMPARE(session.error().detailMessage(), QStringLiteral("billingId is required"));
    QVERIFY(session.draft().billingContact.has_value());
    QVERIFY(purchase.receipts.receipts().isEmpty());
    QVERIFY(pendingRecords(purchase.receipts).isEmpty()); // refused is not unknown

    QVERIFY(!session.place(1)); // that confirmation is spent
    QVERIFY(session.place(2));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Placed, kTimeoutMs);
    QCOMPARE(m_portal->receivedOrderBodies().size(), 2);
    QCOMPARE(m_portal->acceptedOrderCount(), 1);
}

void TestPurchaseSession::unknownOutcomeIsRecordedBeforeItIsAnnouncedThenLookedUp()
{
    Purchase purchase(m_client, m_directory->path());
    PurchaseSession &session = purchase.session;
    session.draft() = PortalTest::remoteManagementPremiumSeed();
    // The portal takes the order and the connection drops before the answer.
    m_portal->injectFault(Route::OrderSave, PracticeFault::Kind::DropConnection, 1);

    int pendingWhenAnnounced = -1;
    OrderLookup::Verdict lookupWhenAnnounced = OrderLookup::Verdict::NotFound;
    connect(&session, &PurchaseSession::stateChanged, this, [&](State state) {
        if (state != State::Unknown)
            return;
        pendingWhenAnnounced = int(pendingRecords(purchase.receipts).size());
        lookupWhenAnnounced = session.lookup().verdict();
    });
    QSignalSpy verdicts(&session, &PurchaseSession::lookupFinished);
    QVERIFY(session.place(1));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Unknown, kTimeoutMs);
    QCOMPARE(pendingWhenAnnounced, 1);
    QCOMPARE(lookupWhenAnnounced, OrderLookup::Verdict::Searching);
    QVERIFY(!session.error().provesRequestNotApplied());

    const QJsonObject pending = pendingRecords(purchase.receipts).value(0);
    QCOMPARE(pending.value(QLatin1String("outcome")).toString(), QStringLiteral("unknown"));
    QCOMPARE(pending.value(QLatin1String("reason")).toString(), session.error().title());
    QCOMPARE(pending.value(QLatin1String("requestBody")).toString().toUtf8(),
             m_portal->receivedOrderBodies().value(0));
    QCOMPARE(QDateTime::fromString(pending.value(QLatin1String("placedAt")).toString(), Qt::ISODateWithMs),
             session.attemptedAt());
    QVERIFY(purchase.receipts.receipts().isEmpty()); // not a receipt: nothing confirmed it
    QCOMPARE(session.receipt().requestBody, m_portal->receivedOrderBodies().value(0));

    // Never sent again, whatever the caller does; the portal is asked instead.
    QVERIFY(!session.place(2));
    QTRY_COMPARE_WITH_TIMEOUT(verdicts.size(), 1, kTimeoutMs);
    QCOMPARE(verdicts.first().first().value<OrderLookup::Verdict>(), OrderLookup::Verdict::Found);
    QVERIFY(!session.lookup().match()->orderNo.isEmpty());
    session.lookUpOrder(); // and again, when the user asks
    QTRY_COMPARE_WITH_TIMEOUT(verdicts.size(), 2, kTimeoutMs);
    QCOMPARE(session.lookup().verdict(), OrderLookup::Verdict::Found);
    QCOMPARE(m_portal->acceptedOrderCount(), 1);
    QCOMPARE(m_portal->receivedOrderBodies().size(), 1);
    QCOMPARE(purchase.submitter.sendCount(), 1);
}

void TestPurchaseSession::previewIsTheBodyThatIsSent()
{
    Purchase purchase(m_client, m_directory->path());
    PurchaseSession &session = purchase.session;
    PurchaseSession::Preview empty = session.preview();
    QVERIFY(!empty.problems.isEmpty());
    QVERIFY(empty.body.isEmpty());
    QCOMPARE(session.problems(), empty.problems);
    QVERIFY(!session.place(1)); // nothing orderable: nothing sent
    QCOMPARE(session.state(), State::Editing);

    session.draft() = PortalTest::turnkeySeed();
    const PurchaseSession::Preview preview = session.preview();
    QVERIFY(preview.problems.isEmpty());
    QCOMPARE(preview.receipt.productName, QStringLiteral("P-Series Turnkey Package"));
    QCOMPARE(preview.receipt.lines.size(), qsizetype(2));
    QCOMPARE(preview.receipt.accountLabel, QStringLiteral("Practice account"));
    QVERIFY(preview.receipt.portal.orderNo.isEmpty());
    QVERIFY(session.place(1));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Placed, kTimeoutMs);
    QCOMPARE(m_portal->receivedOrderBodies(), QList<QByteArray>{preview.body});
}

void TestPurchaseSession::startOverWaitsForTheAnswer()
{
    Purchase purchase(m_client, m_directory->path());
    PurchaseSession &session = purchase.session;
    session.draft() = PortalTest::remoteManagementPremiumSeed();
    m_portal->setLatency(300ms);
    QVERIFY(session.place(1));
    QVERIFY(!session.startOver()); // the answer belongs to this draft
    QVERIFY(session.draft().product.has_value());
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Placed, kTimeoutMs);
    const QString orderNo = session.receipt().portal.orderNo;
    QVERIFY(!orderNo.isEmpty());

    QSignalSpy changes(&session, &PurchaseSession::stateChanged);
    QVERIFY(session.startOver());
    QCOMPARE(session.state(), State::Editing);
    QCOMPARE(changes.size(), 1);
    QVERIFY(!session.draft().product.has_value());
    QVERIFY(session.receipt().portal.orderNo.isEmpty());
    QCOMPARE(session.accountLabel(), QStringLiteral("Practice account"));   // still signed in
    QCOMPARE(purchase.receipts.receipts().first().portal.orderNo, orderNo); // the receipt stays
}

void TestPurchaseSession::offeringFollowsTheDraftsProduct()
{
    Purchase purchase(m_client, m_directory->path());
    PurchaseSession &session = purchase.session;
    session.loadOffering(); // no product yet: nothing to ask
    QCOMPARE(purchase.offering.state(), LoadState::State::Idle);

    session.draft().product = Product{20, QStringLiteral("Remote Management Premium")};
    QVERIFY(!session.offeringMatchesDraft());
    session.loadOffering();
    QVERIFY(session.offeringMatchesDraft());
    session.loadOffering(); // the same product: the load in flight is kept
    QTRY_COMPARE_WITH_TIMEOUT(purchase.offering.state(), LoadState::State::Ready, kTimeoutMs);
    session.loadOffering();
    QCOMPARE(m_portal->requestCount(Route::PurchaseProductInfo), 1);

    // A failed load is asked again; another product too.
    m_portal->injectFault(Route::PurchaseProductInfo, PracticeFault::httpError(503), 1);
    session.draft().product = Product{14, QStringLiteral("P-Series Turnkey Package")};
    session.loadOffering();
    QTRY_COMPARE_WITH_TIMEOUT(purchase.offering.state(), LoadState::State::Failed, kTimeoutMs);
    session.loadOffering();
    QTRY_COMPARE_WITH_TIMEOUT(purchase.offering.state(), LoadState::State::Ready, kTimeoutMs);
    QCOMPARE(purchase.offering.productId(), 14);
    QCOMPARE(m_portal->requestCount(Route::PurchaseProductInfo), 3);
}

QTEST_GUILESS_MAIN(TestPurchaseSession)
#include "tst_purchasesession.moc"
