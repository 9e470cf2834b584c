// The draft → order body mapping, with the two seed tutorials as acceptance tests.
#include "TestData.h"
#include "order/OrderBodyBuilder.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

namespace {

OfferingItem item(OfferingItem::Kind kind, const char *id, const char *name)
{
    OfferingItem offered;
    offered.kind = kind;
    offered.id = EntityId::fromString(QString::fromLatin1(id));
    offered.name = QString::fromLatin1(name);
    offered.maxQuantity = 100000;
    return offered;
}

BillingContact seedContact()
{
    BillingContact contact;
    contact.billingContactId = EntityId::fromString(QStringLiteral("3197218168379846218"));
    contact.firstName = QStringLiteral("Sanne");
    return contact;
}

OrderDraft remoteManagementPremiumSeed()
{
    OrderDraft draft;
    draft.product = Product{20, QStringLiteral("Remote Management Premium")};
    OrderLine line = OrderLine::defaultsFor(
        item(OfferingItem::Kind::Service, "3375818821640175616", "Remote Management Premium"));
    line.quantity = 10;
    draft.services << line;
    draft.billingContact = seedContact();
    return draft;
}

OrderDraft turnkeySeed()
{
    OrderDraft draft;
    draft.product = Product{14, QStringLiteral("P-Series Turnkey Package")};
    OrderLine plan = OrderLine::defaultsFor(item(OfferingItem::Kind::Plan, "3048941892189077504", "Turnkey"));
    plan.quantity = 100;
    draft.plan = plan;
    OrderLine minutes = OrderLine::defaultsFor(
        item(OfferingItem::Kind::Service, "3049032352364388352", "Recording Minutes"));
    minutes.quantity = 10000;
    draft.services << minutes;
    draft.billingContact = seedContact();
    return draft;
}

} // namespace

class TestOrderBuilder : public QObject
{
    Q_OBJECT

private slots:
    void seedBodiesAreExact_data();
    void seedBodiesAreExact();
    void customerBecomesPartnerId_data();
    void customerBecomesPartnerId();
    void planComesFirstAndLinksServices();
    void problemsExplainWhatIsMissing();
    void quantityAndCycleLimits();
    void planRequiredServiceNeedsPlan();
    void stringsAreEscaped();
};

void TestOrderBuilder::seedBodiesAreExact_data()
{
    QTest::addColumn<OrderDraft>("draft");
    QTest::addColumn<QString>("seedFile");
    QTest::newRow("Remote Management Premium") << remoteManagementPremiumSeed()
                                               << QStringLiteral("examples/order_request_rm_premium_seed.json");
    QTest::newRow("P-Series Turnkey") << turnkeySeed()
                                      << QStringLiteral("examples/order_request_turnkey_seed.json");
}

void TestOrderBuilder::seedBodiesAreExact()
{
    QFETCH(OrderDraft, draft);
    QFETCH(QString, seedFile);
    const auto outcome = OrderBodyBuilder::build(draft);
    QVERIFY2(outcome.request, qPrintable(outcome.problems.join(QLatin1Char(' '))));
    const QByteArray body = outcome.request->toJsonBody();
    const QByteArray seed = testData(seedFile);

    // Same JSON value, and the raw ID digits are there as bare integers.
    QCOMPARE(QJsonDocument::fromJson(body), QJsonDocument::fromJson(seed));
    QVERIFY(body.contains("\"billingId\": 3197218168379846218,"));
    // Byte for byte the tutorial's text (our writer uses its layout).
    QCOMPARE(QString::fromUtf8(body), QString::fromUtf8(seed));
}

void TestOrderBuilder::customerBecomesPartnerId_data()
{
    QTest::addColumn<OrderDraft>("draft");
    QTest::addColumn<QString>("expectedFile");
    QTest::newRow("Remote Management Premium") << remoteManagementPremiumSeed()
                                               << QStringLiteral("order_request_rm_premium_for_customer.json");
    QTest::newRow("P-Series Turnkey") << turnkeySeed() << QStringLiteral("order_request_turnkey_for_customer.json");
}

void TestOrderBuilder::customerBecomesPartnerId()
{
    QFETCH(OrderDraft, draft);
    QFETCH(QString, expectedFile);
    // For yourself: neither key.
    const QByteArray own = OrderBodyBuilder::build(draft).request->toJsonBody();
    QVERIFY(!own.contains("partnerId"));
    QVERIFY(!own.contains("assignId"));

    Subordinate customer;
    customer.partnerId = EntityId::fromString(QStringLiteral("3201877455120978121"));
    draft.subordinate = customer;
    const QByteArray body = OrderBodyBuilder::build(draft).request->toJsonBody();
    // The seed body plus one line: partnerId, bare digits, right after productId.
    QCOMPARE(QString::fromUtf8(body), QString::fromUtf8(testData(expectedFile)));
    QVERIFY(!body.contains("assignId"));
    QCOMPARE(QJsonDocument::fromJson(body).object().value(QLatin1String("partnerId")).toInteger(),
             3201877455120978121LL);
}

void TestOrderBuilder::planComesFirstAndLinksServices()
{
    OrderDraft draft = turnkeySeed();
    draft.services << OrderLine::defaultsFor(item(OfferingItem::Kind::Service, "3049032352364388999", "Hot Standby"));
    const OrderRequest request = *OrderBodyBuilder::build(draft).request;
    QCOMPARE(request.operationType, QStringLiteral("purchase_plan"));
    QCOMPARE(request.serviceList.size(), 3);
    QVERIFY(request.serviceList.at(0).isPlan());
    QVERIFY(!request.serviceList.at(0).connectionPlanId.isValid());
    for (int i = 1; i < 3; ++i)
        QCOMPARE(request.serviceList.at(i).connectionPlanId.toString(), QStringLiteral("3048941892189077504"));

    draft.plan.reset();
    const OrderRequest servicesOnly = *OrderBodyBuilder::build(draft).request;
    QCOMPARE(servicesOnly.operationType, QStringLiteral("purchase_service"));
    QVERIFY(!servicesOnly.serviceList.at(0).connectionPlanId.isValid());
}

void TestOrderBuilder::problemsExplainWhatIsMissing()
{
    QCOMPARE(OrderBodyBuilder::problemsWith(OrderDraft()).size(), 1);
    OrderDraft draft;
    draft.product = Product{14, QStringLiteral("Turnkey")};
    const QStringList problems = OrderBodyBuilder::problemsWith(draft);
    QCOMPARE(problems.size(), 2); // nothing chosen, no billing contact
    QVERIFY(!OrderBodyBuilder::build(draft).request);

    draft = remoteManagementPremiumSeed();
    draft.product = Product{9, QStringLiteral("Linkus")};
    QVERIFY(OrderBodyBuilder::problemsWith(draft).join(QLatin1Char(' ')).contains(QLatin1String("serial number")));
    draft.productNo = QStringLiteral(" SN123 ");
    QVERIFY(OrderBodyBuilder::problemsWith(draft).isEmpty());
    QVERIFY(OrderBodyBuilder::build(draft).request->toJsonBody().contains("\"productNo\": \"SN123\""));
}

void TestOrderBuilder::quantityAndCycleLimits()
{
    OrderDraft draft = remoteManagementPremiumSeed();
    draft.services[0].quantity = 0;
    QCOMPARE(OrderBodyBuilder::problemsWith(draft).size(), 1);
    draft.services[0].quantity = 100001;
    QCOMPARE(OrderBodyBuilder::problemsWith(draft).size(), 1);
    draft.services[0].quantity = 5;
    draft.services[0].billingCycle = QStringLiteral("monthly");
    QCOMPARE(OrderBodyBuilder::problemsWith(draft).size(), 1);
    draft.services[0].billingCycle = QStringLiteral("annually");
    draft.services[0].multiCycle = 3;
    QCOMPARE(OrderBodyBuilder::problemsWith(draft).size(), 1);
    draft.services[0].multiCycle = 0;
    draft.services[0].item.purchaseType = QStringLiteral("trial");
    QCOMPARE(OrderBodyBuilder::problemsWith(draft).size(), 1);
}

void TestOrderBuilder::planRequiredServiceNeedsPlan()
{
    OrderDraft draft = turnkeySeed();
    draft.services[0].item.planRequired = true;
    QVERIFY(OrderBodyBuilder::problemsWith(draft).isEmpty());
    draft.plan.reset();
    QCOMPARE(OrderBodyBuilder::problemsWith(draft).size(), 1);
}

void TestOrderBuilder::stringsAreEscaped()
{
    OrderDraft draft = remoteManagementPremiumSeed();
    draft.poNumber = QStringLiteral("PO \"7\"\n\\ é");
    const QByteArray body = OrderBodyBuilder::build(draft).request->toJsonBody();
    const QJsonDocument parsed = QJsonDocument::fromJson(body);
    QVERIFY(parsed.isObject());
    QCOMPARE(parsed.object().value(QLatin1String("poNumber")).toString(), QStringLiteral("PO \"7\"\n\\ é"));
}

QTEST_GUILESS_MAIN(TestOrderBuilder)
#include "tst_orderbuilder.moc"
