// Orders on an existing product: operationType and purchaseType per operation, what the
// product fixes, the tutorials' rules (with the reason the wizard shows), and the bodies.
#include "api/AutoRenewRequest.h"
#include "order/OperationDraft.h"
#include "order/OperationRules.h"
#include "order/OrderBodyBuilder.h"
#include "order/OrderTerms.h"
#include "order/TermsFormatter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kEnterprise = QStringLiteral("3052260447906144256"); // P-Series Software Edition plans
const QString kUltimate = QStringLiteral("3052260698545168384");
const QString kHotStandby = QStringLiteral("3052261021133287424");
const QString kDisasterRecovery = QStringLiteral("3052261306803138560");
const QString kCustomer = QStringLiteral("3201877455120978121");
const QString kBilling = QStringLiteral("3197218168379846218");

OfferingItem offered(OfferingItem::Kind kind, const QString &id, const QString &name, int max,
                     const QString &unit = QString(),
                     const QString &purchaseType = QStringLiteral("purchase"))
{
    OfferingItem item;
    item.kind = kind;
    item.id = EntityId::fromString(id);
    item.name = name;
    item.minQuantity = 1;
    item.maxQuantity = max;
    item.quantityUnit = unit;
    item.purchaseType = purchaseType;
    item.billingCycles = {QStringLiteral("monthly"), QStringLiteral("annually")};
    item.multiCycles = {0, 1, 2};
    return item;
}

Offering softwareOffering()
{
    Offering offering;
    offering.productId = 12;
    offering.plans = {offered(OfferingItem::Kind::Plan, kEnterprise, QStringLiteral("Enterprise Plan"), 10000,
                              QStringLiteral("extensions")),
                      offered(OfferingItem::Kind::Plan, kUltimate, QStringLiteral("Ultimate Plan"), 10000,
                              QStringLiteral("extensions"))};
    offering.services
        = {offered(OfferingItem::Kind::Service, kHotStandby, QStringLiteral("Hot Standby"), 1),
           offered(OfferingItem::Kind::Service, kDisasterRecovery, QStringLiteral("Disaster Recovery"), 1)};
    return offering;
}

// A P-Series Software Edition of a customer: Enterprise, 20 extensions, annually, Hot Standby.
CurrentSubscription softwarePbx()
{
    const QByteArray details = R"({"productNo":"3651E1234567","partnerId":3201877455120978121,
        "companyName":"Lone Star Comms","planId":3052260447906144256,"planName":"Enterprise Plan",
        "quantity":20,"quantityUnit":"extensions","billingCycle":"annually","autoRenew":false,
        "serviceList":[{"serviceId":"3052261021133287424","serviceName":"Hot Standby","quantity":1}]})";
    return CurrentSubscription::fromDetails(QJsonDocument::fromJson(details).object(), 12,
                                            QStringLiteral("Software PBX (PSE Self-hosted)"));
}

BillingContact contact()
{
    BillingContact billing;
    billing.billingContactId = EntityId::fromString(kBilling);
    return billing;
}

QJsonObject bodyOf(const OrderDraft &draft)
{
    const OrderBodyBuilder::Outcome outcome = OrderBodyBuilder::build(draft);
    if (!outcome.request) {
        qWarning() << outcome.problems;
        return {};
    }
    return QJsonDocument::fromJson(outcome.request->toJsonBody()).object();
}

QByteArray rawBodyOf(const OrderDraft &draft)
{
    const OrderBodyBuilder::Outcome outcome = OrderBodyBuilder::build(draft);
    return outcome.request ? outcome.request->toJsonBody() : QByteArray();
}

OrderLine line(const OfferingItem *item, int quantity)
{
    OrderLine chosen = OrderLine::defaultsFor(*item);
    chosen.quantity = quantity;
    chosen.billingCycle = QStringLiteral("annually");
    return chosen;
}

// How the body writes an ID field: the bare digits, then a comma and a line break.
QByteArray idField(const char *key, const QString &digits)
{
    return QByteArray("\"") + key + "\": " + digits.toLatin1() + ",\n";
}

bool mentions(const QStringList &problems, const QString &words)
{
    for (const QString &problem : problems) {
        if (problem.contains(words))
            return true;
    }
    return false;
}

} // namespace

class TestOrderOperation : public QObject
{
    Q_OBJECT

private slots:
    void operationAndPurchaseTypes_data();
    void operationAndPurchaseTypes();
    void keysRoundTrip();
    void detailsAreReadExactly();
    void startFillsWhatTheProductFixes();
    void renewalOfPlanAndService();
    void renewalKeepsTheExtensionCount();
    void renewalKeepsTheBillingCycleAndPlan();
    void planAndServicesAreRenewedTogether();
    void renewServiceOfAnAccountBoundProduct();
    void addServiceLinksTheCurrentPlan();
    void disasterRecoveryOnlyOnUltimate();
    void addServiceRefusesWhatIsThere();
    void addedLinesStartInTheProductsBillingCycle();
    void operationsOfferedPerProduct();
    void addCapacityNeedsACapacity();
    void switchPlan();
    void trialHasNoBillingAndNoQuantity();
    void trialToPaidCarriesTheSerialNumber();
    void termsQueriesFollowTheOperation();
    void termsAreShownWhateverTheirShape();
    void autoRenewBodyTypes();
};

void TestOrderOperation::operationAndPurchaseTypes_data()
{
    QTest::addColumn<OrderOperation>("operation");
    QTest::addColumn<bool>("withPlan");
    QTest::addColumn<QString>("operationType");
    QTest::addColumn<QString>("purchaseType");
    QTest::newRow("purchase plan") << OrderOperation::NewPurchase << true << "purchase_plan"
                                   << "purchase";
    QTest::newRow("purchase service") << OrderOperation::NewPurchase << false << "purchase_service"
                                      << "purchase";
    QTest::newRow("renew plan") << OrderOperation::Renew << true << "renew_plan"
                                << "renew";
    QTest::newRow("renew service") << OrderOperation::Renew << false << "renew_service"
                                   << "renew";
    QTest::newRow("add capacity") << OrderOperation::AddCapacity << false << "purchase_service"
                                  << "purchase";
    QTest::newRow("add service") << OrderOperation::AddService << false << "purchase_service"
                                 << "purchase";
    QTest::newRow("switch") << OrderOperation::SwitchPlan << true << "switch_plan"
                            << "switch";
    QTest::newRow("trial plan") << OrderOperation::Trial << true << "trial_plan"
                                << "trial";
    QTest::newRow("trial service") << OrderOperation::Trial << false << "trial_service"
                                   << "trial";
    QTest::newRow("trial to paid") << OrderOperation::TrialToPaid << true << "purchase_plan"
                                   << "purchase";
}

void TestOrderOperation::operationAndPurchaseTypes()
{
    QFETCH(OrderOperation, operation);
    QFETCH(bool, withPlan);
    QFETCH(QString, operationType);
    QFETCH(QString, purchaseType);
    QCOMPARE(OrderOperations::operationType(operation, withPlan), operationType);
    QCOMPARE(OrderOperations::purchaseType(operation), purchaseType);
}

void TestOrderOperation::keysRoundTrip()
{
    for (const OrderOperation operation :
         {OrderOperation::NewPurchase, OrderOperation::Renew, OrderOperation::AddCapacity,
          OrderOperation::AddService, OrderOperation::SwitchPlan, OrderOperation::Trial,
          OrderOperation::TrialToPaid}) {
        QCOMPARE(OrderOperations::fromKey(OrderOperations::key(operation)), operation);
        QVERIFY(!OrderOperations::label(operation).isEmpty());
    }
    QCOMPARE(OrderOperations::fromKey(QString()), OrderOperation::NewPurchase); // receipts of older versions
}

void TestOrderOperation::detailsAreReadExactly()
{
    const CurrentSubscription current = softwarePbx();
    QCOMPARE(current.planId.toString(), kEnterprise); // a bare integer above 2^53, exact
    QCOMPARE(current.partnerId.toString(), kCustomer);
    QCOMPARE(current.productNo, QStringLiteral("3651E1234567"));
    QCOMPARE(current.quantity, 20);
    QCOMPARE(current.billingCycle, QStringLiteral("annually"));
    QCOMPARE(current.services.size(), 1);
    QCOMPARE(current.services.constFirst().serviceId.toString(), kHotStandby); // given as a string
    QVERIFY(!current.isTrial);

    // Nothing known: nothing invented.
    const CurrentSubscription empty
        = CurrentSubscription::fromDetails({}, 15, QStringLiteral("Remote Management"));
    QVERIFY(!empty.hasPlan());
    QVERIFY(!empty.isForCustomer());
    QCOMPARE(empty.quantity, 0);
}

void TestOrderOperation::startFillsWhatTheProductFixes()
{
    const OrderDraft draft = OperationDraft::start(OrderOperation::Renew, softwarePbx());
    QCOMPARE(draft.product->productId, 12);
    QCOMPARE(draft.productNo, QStringLiteral("3651E1234567"));
    QVERIFY(draft.subordinate);
    QCOMPARE(draft.subordinate->partnerId.toString(), kCustomer);
    QCOMPARE(draft.subordinate->company, QStringLiteral("Lone Star Comms"));

    // An account-bound product is named by its owner: no productNo is sent for it.
    CurrentSubscription turnkey;
    turnkey.productId = 14;
    turnkey.productNo = QStringLiteral("3077000000000033000");
    QVERIFY(OperationDraft::start(OrderOperation::Renew, turnkey).productNo.isEmpty());
}

void TestOrderOperation::renewalOfPlanAndService()
{
    const OrderDraft draft = OperationDraft::renewal(softwarePbx(), softwareOffering(), contact());
    QVERIFY2(OrderBodyBuilder::problemsWith(draft).isEmpty(),
             qPrintable(OrderBodyBuilder::problemsWith(draft).join(u'\n')));
    const QJsonObject body = bodyOf(draft);
    QCOMPARE(body.value(u"operationType").toString(), QStringLiteral("renew_plan"));
    QCOMPARE(body.value(u"productNo").toString(), QStringLiteral("3651E1234567"));
    const QJsonArray items = body.value(u"serviceList").toArray();
    QCOMPARE(items.size(), 2);
    const QJsonObject plan = items.at(0).toObject();
    QCOMPARE(plan.value(u"serviceType").toString(), QStringLiteral("plan"));
    QCOMPARE(plan.value(u"quantity").toInt(), 20);
    QCOMPARE(plan.value(u"purchaseType").toString(), QStringLiteral("renew"));
    QCOMPARE(plan.value(u"billingCycle").toString(), QStringLiteral("annually"));
    const QJsonObject service = items.at(1).toObject();
    QCOMPARE(service.value(u"purchaseType").toString(), QStringLiteral("renew"));
    QVERIFY(!service.contains(u"quantity")); // a single licence: no quantity row
    // Bare digits, exact: the plan, the service linked to it, the customer, the billing contact.
    const QByteArray raw = rawBodyOf(draft);
    QVERIFY(raw.contains(idField("connectionPlanId", kEnterprise)));
    QVERIFY(raw.contains(idField("serviceId", kHotStandby)));
    QVERIFY(raw.contains(idField("partnerId", kCustomer)));
    QVERIFY(raw.contains(idField("billingId", kBilling)));
}

void TestOrderOperation::renewalKeepsTheExtensionCount()
{
    OrderDraft draft = OperationDraft::renewal(softwarePbx(), softwareOffering(), contact());
    draft.plan->quantity = 25;
    const QStringList problems = OrderBodyBuilder::problemsWith(draft);
    QVERIFY(mentions(problems, QStringLiteral("20 extension")));
    QVERIFY(mentions(problems, QStringLiteral("Add capacity")));
    QVERIFY(!OrderBodyBuilder::build(draft).request);

    // Remote Management keeps no such rule.
    QVERIFY(!OperationRules::renewalKeepsExtensionCount(15));
    QVERIFY(OperationRules::renewalKeepsExtensionCount(14));
    QVERIFY(OperationRules::renewalKeepsExtensionCount(13));
}

void TestOrderOperation::renewalKeepsTheBillingCycleAndPlan()
{
    OrderDraft draft = OperationDraft::renewal(softwarePbx(), softwareOffering(), contact());
    draft.plan->billingCycle = QStringLiteral("monthly");
    QVERIFY(mentions(OrderBodyBuilder::problemsWith(draft), QStringLiteral("billing cycle (annually)")));

    draft = OperationDraft::renewal(softwarePbx(), softwareOffering(), contact());
    draft.plan = line(softwareOffering().findPlan(EntityId::fromString(kUltimate)), 20);
    QVERIFY(mentions(OrderBodyBuilder::problemsWith(draft), QStringLiteral("Switch plan")));
}

void TestOrderOperation::planAndServicesAreRenewedTogether()
{
    OrderDraft draft = OperationDraft::renewal(softwarePbx(), softwareOffering(), contact());
    draft.services.clear();
    QVERIFY(mentions(OrderBodyBuilder::problemsWith(draft),
                     QStringLiteral("renewed together: include “Hot Standby”")));

    draft = OperationDraft::renewal(softwarePbx(), softwareOffering(), contact());
    draft.plan.reset();
    QVERIFY(mentions(OrderBodyBuilder::problemsWith(draft),
                     QStringLiteral("renewed together: include the plan “Enterprise Plan”")));
}

void TestOrderOperation::renewServiceOfAnAccountBoundProduct()
{
    CurrentSubscription domains;
    domains.productId = 19;
    domains.productName = QStringLiteral("Add-on Service");
    domains.productNo = QStringLiteral("3077000000000033000");
    domains.partnerId = EntityId::fromString(kCustomer);
    domains.services = {{EntityId::fromString(QStringLiteral("3071227183079006208")),
                         QStringLiteral("Custom Domain Name"), 3}};
    Offering offering;
    offering.productId = 19;
    offering.services = {offered(OfferingItem::Kind::Service, QStringLiteral("3071227183079006208"),
                                 QStringLiteral("Custom Domain Name"), 10, QStringLiteral("domains"))};
    const OrderDraft draft = OperationDraft::renewal(domains, offering, contact());
    const QJsonObject body = bodyOf(draft);
    QCOMPARE(body.value(u"operationType").toString(), QStringLiteral("renew_service"));
    QVERIFY(!body.contains(u"productNo"));
    const QJsonObject service = body.value(u"serviceList").toArray().at(0).toObject();
    QCOMPARE(service.value(u"quantity").toInt(), 3); // the domains to renew
    QVERIFY(!service.contains(u"connectionPlanId"));
    QVERIFY(rawBodyOf(draft).contains(idField("partnerId", kCustomer)));
}

void TestOrderOperation::addServiceLinksTheCurrentPlan()
{
    CurrentSubscription current = softwarePbx();
    current.planId = EntityId::fromString(kUltimate);
    current.planName = QStringLiteral("Ultimate Plan");
    OrderDraft draft = OperationDraft::start(OrderOperation::AddService, current);
    draft.services << line(softwareOffering().findService(EntityId::fromString(kDisasterRecovery)), 1);
    draft.billingContact = contact();
    QVERIFY2(OrderBodyBuilder::problemsWith(draft).isEmpty(),
             qPrintable(OrderBodyBuilder::problemsWith(draft).join(u'\n')));
    const QJsonObject body = bodyOf(draft);
    QCOMPARE(body.value(u"operationType").toString(), QStringLiteral("purchase_service"));
    const QJsonObject service = body.value(u"serviceList").toArray().at(0).toObject();
    QCOMPARE(service.value(u"purchaseType").toString(), QStringLiteral("purchase"));
    QCOMPARE(service.value(u"quantity").toInt(), 1);
    QVERIFY(rawBodyOf(draft).contains(idField("connectionPlanId", kUltimate)));
}

void TestOrderOperation::disasterRecoveryOnlyOnUltimate()
{
    OrderDraft draft = OperationDraft::start(OrderOperation::AddService, softwarePbx());
    draft.services << line(softwareOffering().findService(EntityId::fromString(kDisasterRecovery)), 1);
    draft.billingContact = contact();
    const QStringList problems = OrderBodyBuilder::problemsWith(draft);
    QVERIFY(mentions(problems, QStringLiteral("only available on the Ultimate plan")));
    QVERIFY(mentions(problems, QStringLiteral("“Enterprise Plan”")));
}

void TestOrderOperation::addedLinesStartInTheProductsBillingCycle()
{
    // The offering lists monthly first; the product is billed annually.
    const Offering offering = softwareOffering();
    const OfferingItem *hotStandby = offering.findService(EntityId::fromString(kHotStandby));
    const OrderDraft addition = OperationDraft::start(OrderOperation::AddService, softwarePbx());
    QCOMPARE(OperationDraft::startingLine(addition, *hotStandby).billingCycle, QStringLiteral("annually"));
    QCOMPARE(OperationDraft::startingLine(addition, *hotStandby).quantity, 1);

    // A cycle the item does not offer is not forced on it; a new purchase has no product.
    CurrentSubscription weekly = softwarePbx();
    weekly.billingCycle = QStringLiteral("weekly");
    const OrderDraft odd = OperationDraft::start(OrderOperation::AddService, weekly);
    QCOMPARE(OperationDraft::startingLine(odd, *hotStandby).billingCycle, QStringLiteral("monthly"));
    QCOMPARE(OperationDraft::startingLine(OrderDraft(), *hotStandby).billingCycle, QStringLiteral("monthly"));
}

void TestOrderOperation::operationsOfferedPerProduct()
{
    const CurrentSubscription software = softwarePbx();
    QVERIFY(OperationRules::isOffered(OrderOperation::Renew, software));
    QVERIFY(OperationRules::isOffered(OrderOperation::AddService, software));
    QVERIFY(OperationRules::isOffered(OrderOperation::SwitchPlan, software));
    QVERIFY(OperationRules::isOffered(OrderOperation::Trial, software));
    QVERIFY(!OperationRules::isOffered(OrderOperation::TrialToPaid, software)); // not a trial
    QVERIFY(!OperationRules::isOffered(OrderOperation::NewPurchase, software));

    // One per account: no second trial of the same product, no plan to switch or add to.
    CurrentSubscription remoteManagement;
    remoteManagement.productId = 15;
    QVERIFY(OperationRules::isOffered(OrderOperation::Renew, remoteManagement));
    QVERIFY(!OperationRules::isOffered(OrderOperation::Trial, remoteManagement));
    QVERIFY(!OperationRules::isOffered(OrderOperation::SwitchPlan, remoteManagement));
    QVERIFY(!OperationRules::isOffered(OrderOperation::AddService, remoteManagement));

    // Cloud Edition has no free trial in the vendor's tutorials.
    CurrentSubscription cloud = software;
    cloud.productId = 13;
    QVERIFY(!OperationRules::isOffered(OrderOperation::Trial, cloud));
    QVERIFY(OperationRules::isOffered(OrderOperation::AddCapacity, cloud));
}

void TestOrderOperation::addServiceRefusesWhatIsThere()
{
    OrderDraft draft = OperationDraft::start(OrderOperation::AddService, softwarePbx());
    draft.services << line(softwareOffering().findService(EntityId::fromString(kHotStandby)), 1);
    draft.billingContact = contact();
    QVERIFY(mentions(OrderBodyBuilder::problemsWith(draft), QStringLiteral("already part of this product")));
    draft.plan = line(softwareOffering().findPlan(EntityId::fromString(kUltimate)), 20);
    QVERIFY(mentions(OrderBodyBuilder::problemsWith(draft), QStringLiteral("Only services are added")));
}

void TestOrderOperation::addCapacityNeedsACapacity()
{
    OrderDraft draft = OperationDraft::start(OrderOperation::AddCapacity, softwarePbx());
    draft.services << line(softwareOffering().findService(EntityId::fromString(kDisasterRecovery)), 1);
    draft.billingContact = contact();
    QVERIFY(mentions(OrderBodyBuilder::problemsWith(draft), QStringLiteral("not a capacity")));

    // A cloud PBX gets at most 500 extensions more in one order.
    CurrentSubscription cloud;
    cloud.productId = 13;
    cloud.productName = QStringLiteral("Cloud PBX (PCE Instance)");
    cloud.productNo = QStringLiteral("3681C1015838");
    cloud.planId = EntityId::fromString(QStringLiteral("3055801812412657664"));
    cloud.planName = QStringLiteral("Enterprise Plan");
    draft = OperationDraft::start(OrderOperation::AddCapacity, cloud);
    const OfferingItem extensions
        = offered(OfferingItem::Kind::Service, QStringLiteral("3055802900000000000"),
                  QStringLiteral("Extensions"), 1000, QStringLiteral("extensions"));
    draft.services << line(&extensions, 501);
    draft.billingContact = contact();
    QVERIFY(mentions(OrderBodyBuilder::problemsWith(draft), QStringLiteral("500 extensions")));
    draft.services.first().quantity = 500;
    QVERIFY(OrderBodyBuilder::problemsWith(draft).isEmpty());
    QVERIFY(rawBodyOf(draft).contains("\"connectionPlanId\": 3055801812412657664,\n"));
}

void TestOrderOperation::switchPlan()
{
    OrderDraft draft = OperationDraft::start(OrderOperation::SwitchPlan, softwarePbx());
    draft.billingContact = contact();
    QVERIFY(mentions(OrderBodyBuilder::problemsWith(draft), QStringLiteral("Choose the plan to switch to")));
    draft.plan = line(softwareOffering().findPlan(EntityId::fromString(kEnterprise)), 20);
    QVERIFY(mentions(OrderBodyBuilder::problemsWith(draft), QStringLiteral("already the current plan")));
    draft.plan = line(softwareOffering().findPlan(EntityId::fromString(kUltimate)), 20);
    QVERIFY(OrderBodyBuilder::problemsWith(draft).isEmpty());
    const QJsonObject body = bodyOf(draft);
    QCOMPARE(body.value(u"operationType").toString(), QStringLiteral("switch_plan"));
    QCOMPARE(body.value(u"serviceList").toArray().size(), 1);
    QCOMPARE(body.value(u"serviceList").toArray().at(0).toObject().value(u"purchaseType").toString(),
             QStringLiteral("switch"));

    // Cloud Edition: the billing cycle stays.
    CurrentSubscription cloud;
    cloud.productId = 13;
    cloud.productNo = QStringLiteral("3681C1015838");
    cloud.planId = EntityId::fromString(QStringLiteral("3055801590382166016"));
    cloud.billingCycle = QStringLiteral("monthly");
    draft = OperationDraft::start(OrderOperation::SwitchPlan, cloud);
    const OfferingItem ultimate = offered(OfferingItem::Kind::Plan, QStringLiteral("3055802049806270464"),
                                          QStringLiteral("Ultimate Plan"), 1000);
    draft.plan = line(&ultimate, 10); // annually
    draft.billingContact = contact();
    QVERIFY(mentions(OrderBodyBuilder::problemsWith(draft), QStringLiteral("billing cycle (monthly) stays")));
}

void TestOrderOperation::trialHasNoBillingAndNoQuantity()
{
    // A Turnkey trial for a customer, chosen on the first page.
    OrderDraft draft;
    draft.operation = OrderOperation::Trial;
    draft.product = Product{14, QStringLiteral("P-Series Turnkey Package")};
    Subordinate customer;
    customer.partnerId = EntityId::fromString(kCustomer);
    draft.subordinate = customer;
    const OfferingItem plan
        = offered(OfferingItem::Kind::Plan, QStringLiteral("3048941892189077504"),
                  QStringLiteral("Turnkey trial"), 1000, QString(), QStringLiteral("trial"));
    const OfferingItem minutes
        = offered(OfferingItem::Kind::Service, QStringLiteral("3049032352364388352"),
                  QStringLiteral("Recording Minutes"), 100000, QString(), QStringLiteral("trial"));
    draft.plan = line(&plan, 1);
    draft.services << line(&minutes, 1);
    QVERIFY2(OrderBodyBuilder::problemsWith(draft).isEmpty(),
             qPrintable(OrderBodyBuilder::problemsWith(draft).join(u'\n')));
    const QJsonObject body = bodyOf(draft);
    QCOMPARE(body.value(u"operationType").toString(), QStringLiteral("trial_plan"));
    QVERIFY(!body.contains(u"billingId"));
    for (const QJsonValue &item : body.value(u"serviceList").toArray()) {
        const QJsonObject object = item.toObject();
        QCOMPARE(object.value(u"purchaseType").toString(), QStringLiteral("trial"));
        QCOMPARE(object.value(u"multiCycle").toInt(), 0);
        QVERIFY(!object.contains(u"quantity"));
        QVERIFY(!object.contains(u"billingModel"));
        QVERIFY(!object.contains(u"billingCycle"));
    }
    QVERIFY(rawBodyOf(draft).contains("\"connectionPlanId\": 3048941892189077504,\n"));
    QVERIFY(rawBodyOf(draft).contains(idField("partnerId", kCustomer)));

    // A plan that is sold, not tried, is no trial.
    const OfferingItem paid = offered(OfferingItem::Kind::Plan, QStringLiteral("3048941892189077504"),
                                      QStringLiteral("Turnkey"), 1000);
    draft.plan = line(&paid, 1);
    QVERIFY(mentions(OrderBodyBuilder::problemsWith(draft), QStringLiteral("not offered as a free trial")));

    // An account that has the Turnkey Package gets no trial of it; a PBX's trial is a new PBX.
    CurrentSubscription turnkey;
    turnkey.productId = 14;
    turnkey.productName = QStringLiteral("P-Series Turnkey Package");
    QVERIFY(mentions(OperationRules::problems(OperationDraft::start(OrderOperation::Trial, turnkey)),
                     QStringLiteral("already has")));
    const OrderDraft newPbx = OperationDraft::start(OrderOperation::Trial, softwarePbx());
    QVERIFY(newPbx.productNo.isEmpty());
    QVERIFY(OperationRules::problems(newPbx).isEmpty());
}

void TestOrderOperation::trialToPaidCarriesTheSerialNumber()
{
    CurrentSubscription trial = softwarePbx();
    trial.isTrial = true;
    trial.services.clear();
    OrderDraft draft = OperationDraft::start(OrderOperation::TrialToPaid, trial);
    draft.billingContact = contact();
    QVERIFY(
        mentions(OrderBodyBuilder::problemsWith(draft), QStringLiteral("Choose the plan of the licence")));
    draft.plan = line(softwareOffering().findPlan(EntityId::fromString(kUltimate)), 30);
    const QJsonObject body = bodyOf(draft);
    QCOMPARE(body.value(u"operationType").toString(), QStringLiteral("purchase_plan"));
    QCOMPARE(body.value(u"productNo").toString(), QStringLiteral("3651E1234567"));
    QCOMPARE(body.value(u"serviceList").toArray().at(0).toObject().value(u"purchaseType").toString(),
             QStringLiteral("purchase"));
}

void TestOrderOperation::termsQueriesFollowTheOperation()
{
    const OrderDraft renewal = OperationDraft::renewal(softwarePbx(), softwareOffering(), contact());
    const QList<TermsQuery> queries = OrderTerms::queriesFor(renewal);
    QCOMPARE(queries.size(), 2);
    QCOMPARE(queries.at(0).path(), u"/pricing/openapi/purchase/v1/renew/plan_info/"_s + kEnterprise);
    QCOMPARE(queries.at(0).query().toString(), QStringLiteral("productId=12&productNo=3651E1234567"));
    QCOMPARE(queries.at(1).path(), u"/pricing/openapi/purchase/v1/renew/add_on_info/"_s + kHotStandby);
    QCOMPARE(queries.at(1).query().toString(),
             u"productId=12&productNo=3651E1234567&connectionPlanId="_s + kEnterprise);

    OrderDraft addition = OperationDraft::start(OrderOperation::AddService, softwarePbx());
    addition.services << line(softwareOffering().findService(EntityId::fromString(kDisasterRecovery)), 1);
    QCOMPARE(OrderTerms::queriesFor(addition).at(0).path(),
             u"/pricing/openapi/purchase/v1/purchase/add_on_info/"_s + kDisasterRecovery);
    OrderDraft trial = OperationDraft::start(OrderOperation::Trial, softwarePbx());
    trial.plan = line(softwareOffering().findPlan(EntityId::fromString(kUltimate)), 1);
    QCOMPARE(OrderTerms::queriesFor(trial).at(0).path(),
             u"/pricing/openapi/purchase/v1/trial/plan_info/"_s + kUltimate);
}

void TestOrderOperation::termsAreShownWhateverTheirShape()
{
    const QByteArray answer = R"({"unitPrice":"8.00","currencyCode":"USD","billingCycleList":["annually","biennially"],
        "planId":3052260447906144256,"discount":{"rate":"10%","until":"2026-12-31"},"notes":[{"a":1}],"flag":true})";
    const QList<TermsFormatter::Row> rows = TermsFormatter::rows(QJsonDocument::fromJson(answer).object());
    QStringList shown;
    for (const TermsFormatter::Row &row : rows)
        shown << row.label + u'=' + row.value + (row.known ? u"*"_s : QString());
    // Named fields first, then everything else by key; the ID exactly; a known billing cycle
    // in the user's words, one this app does not know as sent.
    QCOMPARE(shown.mid(0, 3), (QStringList{u"Billing cycle=Annually, biennially*"_s, u"Currency=USD*"_s, u"Unit price=8.00*"_s}));
    QVERIFY(shown.contains(u"planId=3052260447906144256"_s));
    QVERIFY(shown.contains(u"discount.rate=10%"_s));
    QVERIFY(shown.contains(u"notes[0].a=1"_s));
    QVERIFY(shown.contains(u"flag=true"_s));
    // Not an object: still shown; an empty object: nothing to show.
    QCOMPARE(TermsFormatter::rows(QJsonValue(true)).size(), 1);
    QVERIFY(TermsFormatter::rows(QJsonObject()).isEmpty());
    // Deep or huge answers are cut, not followed forever.
    QJsonObject deep{{u"x"_s, 1}};
    for (int i = 0; i < 20; ++i)
        deep = QJsonObject{{u"x"_s, deep}};
    QVERIFY(TermsFormatter::rows(deep).size() <= TermsFormatter::kMaxRows);
    QJsonArray many;
    for (int i = 0; i < 1000; ++i)
        many.append(i);
    QCOMPARE(TermsFormatter::rows(QJsonObject{{u"list"_s, QJsonArray{many, many}}}).size(), 2);
}

void TestOrderOperation::autoRenewBodyTypes()
{
    AutoRenewRequest request;
    request.productNo = QStringLiteral("3651E1234567");
    request.productId = 12;
    request.planOrServiceId = EntityId::fromString(kEnterprise);
    const QByteArray body = request.toJsonBody();
    // productNo and productId as strings, the plan as bare digits.
    QCOMPARE(body,
             "{\n  \"productNo\": \"3651E1234567\",\n  \"productId\": \"12\",\n  \"planOrServiceId\": "
                 + kEnterprise.toLatin1() + "\n}\n");
    QVERIFY(QJsonDocument::fromJson(body).isObject());
}

QTEST_GUILESS_MAIN(TestOrderOperation)
#include "tst_orderoperation.moc"
