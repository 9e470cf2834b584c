// Every endpoint the wizard and the purchased-products window use × every fault the
// practice portal can inject, through the real window (WizardHarness): each case must end
// with a clear message on the right page or pane, recover with Retry once the fault is
// gone, keep what the user chose, and never let more than one order through. Also: the
// portal going away mid-purchase and coming back.
#include "FollowUpActions.h"
#include "InstanceDetailsPane.h"
#include "ProductsWindow.h"
#include "SeedIds.h"
#include "WizardHarness.h"
#include "models/JsonTreeModel.h"
#include "products/InstanceDetailsLoader.h"
#include "products/ProductInstanceModel.h"

#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>

using namespace std::chrono_literals;
using Route = PracticePortal::Route;

// A helper's QVERIFY returns from the helper only: stop the caller too.
#define STEP(call)                      \
    do {                                \
        call;                           \
        if (QTest::currentTestFailed()) \
            return;                     \
    } while (false)

namespace {

constexpr auto kShortTimeout = 400ms; // for the cases that wait for the client's timeout
constexpr auto kNormalTimeout = 10s;
constexpr int kWait = 15000; // generous for the sanitizer build

enum class Fault {
    Timeout, // the answer comes after the client's timeout
    Http500,
    Http502,
    Http503,
    Http401,
    PortalError,
    MalformedJson,
    TruncatedBody,
    HtmlPage,
    DropConnection,
    NoAnswer,
    ExpiredToken,
    EmptyList,
    SuccessWithHttp500,   // "success" in the body, HTTP 500 on the status line
    ErrorStatusInHttp200, // HTTP 200 and "success", but the envelope's status is 500
    HundredThousand,      // 100,000 customers
};

QString faultName(Fault fault)
{
    switch (fault) {
    case Fault::Timeout: return QStringLiteral("latency beyond the timeout");
    case Fault::Http500: return QStringLiteral("HTTP 500");
    case Fault::Http502: return QStringLiteral("HTTP 502");
    case Fault::Http503: return QStringLiteral("HTTP 503");
    case Fault::Http401: return QStringLiteral("HTTP 401");
    case Fault::PortalError: return QStringLiteral("portal error code");
    case Fault::MalformedJson: return QStringLiteral("malformed JSON");
    case Fault::TruncatedBody: return QStringLiteral("truncated body");
    case Fault::HtmlPage: return QStringLiteral("HTML page");
    case Fault::DropConnection: return QStringLiteral("dropped connection");
    case Fault::NoAnswer: return QStringLiteral("no answer");
    case Fault::ExpiredToken: return QStringLiteral("expired token");
    case Fault::EmptyList: return QStringLiteral("empty list");
    case Fault::SuccessWithHttp500: return QStringLiteral("success with HTTP 500");
    case Fault::ErrorStatusInHttp200: return QStringLiteral("status 500 inside HTTP 200");
    case Fault::HundredThousand: return QStringLiteral("100,000 entries");
    }
    return QString();
}

QString routeName(Route route)
{
    switch (route) {
    case Route::Token: return QStringLiteral("token");
    case Route::ProductList: return QStringLiteral("product_list");
    case Route::PartnerList: return QStringLiteral("partner_list");
    case Route::BillingContactList: return QStringLiteral("billing_contact_list");
    case Route::PurchaseProductInfo: return QStringLiteral("purchase_product_info");
    case Route::OrderSave: return QStringLiteral("order save");
    case Route::OrderPage: return QStringLiteral("order page");
    case Route::OrderGet: return QStringLiteral("order details");
    case Route::InstanceList: return QStringLiteral("purchased products");
    case Route::InstanceDetail: return QStringLiteral("product details");
    default: return QStringLiteral("?");
    }
}

bool applies(Route route, Fault fault)
{
    if (fault == Fault::HundredThousand)
        return route == Route::PartnerList;
    if (fault == Fault::EmptyList) // the routes that answer with a list (or, for details, nothing)
        return route == Route::ProductList || route == Route::PartnerList || route == Route::BillingContactList
            || route == Route::PurchaseProductInfo || route == Route::OrderPage || route == Route::InstanceList
            || route == Route::InstanceDetail;
    return true;
}

// The access token expired: the client renews it and sends the request again on its
// own. The user sees nothing (except when the token endpoint itself refuses).
bool recoversUnseen(Route route, Fault fault)
{
    return fault == Fault::ExpiredToken && route != Route::Token;
}

bool waitsForTimeout(Fault fault)
{
    return fault == Fault::Timeout || fault == Fault::NoAnswer;
}

PracticeFault practiceFault(Fault fault)
{
    switch (fault) {
    case Fault::Timeout: return PracticeFault::delayed(1500ms);
    case Fault::Http500: return PracticeFault::httpError(500);
    case Fault::Http502: return PracticeFault::httpError(502);
    case Fault::Http503: return PracticeFault::httpError(503);
    case Fault::Http401: return PracticeFault::httpError(401);
    case Fault::PortalError:
        return PracticeFault::portalError(QStringLiteral("system_busy"), QStringLiteral("Fault matrix says no"));
    case Fault::MalformedJson: return PracticeFault::Kind::MalformedJson;
    case Fault::TruncatedBody: return PracticeFault::Kind::TruncatedBody;
    case Fault::HtmlPage: return PracticeFault::Kind::HtmlPage;
    case Fault::DropConnection: return PracticeFault::Kind::DropConnection;
    case Fault::NoAnswer: return PracticeFault::Kind::NoAnswer;
    case Fault::ExpiredToken: return PracticeFault::Kind::ExpiredToken;
    case Fault::EmptyList: return PracticeFault::Kind::EmptyList;
    case Fault::SuccessWithHttp500: return PracticeFault::successWithHttpError(500);
    case Fault::ErrorStatusInHttp200: return PracticeFault::errorStatusInSuccess(500);
    case Fault::HundredThousand: return PracticeFault::Kind::None;
    }
    return PracticeFault::Kind::None;
}

// The error kinds the app may name for a fault: anything else is a misdiagnosis.
QList<ApiError::Kind> expectedKinds(Fault fault)
{
    using K = ApiError::Kind;
    switch (fault) {
    case Fault::Timeout:
    case Fault::NoAnswer: return {K::Timeout};
    case Fault::Http500:
    case Fault::Http502:
    case Fault::Http503: return {K::Portal, K::HttpStatus};
    case Fault::Http401: return {K::Portal, K::HttpStatus};
    case Fault::ExpiredToken: return {K::Portal}; // only the token endpoint's refusal is shown
    case Fault::PortalError: return {K::Portal};
    case Fault::MalformedJson: return {K::MalformedBody};
    case Fault::TruncatedBody: return {K::TruncatedBody, K::ConnectionLost};
    case Fault::HtmlPage: return {K::HttpStatus};
    case Fault::DropConnection: return {K::ConnectionLost};
    case Fault::SuccessWithHttp500:
    case Fault::ErrorStatusInHttp200: return {K::InconsistentAnswer};
    case Fault::EmptyList:
    case Fault::HundredThousand: return {};
    }
    return {};
}

// Refusals prove the order was not taken (the review page says so, confirm again);
// everything else leaves the outcome unknown.
bool orderIsRefused(Fault fault)
{
    return fault == Fault::PortalError || fault == Fault::Http401;
}

// A 401 makes the client renew the token and send the request again, once, by design.
int expectedOrderBodies(Fault fault)
{
    return fault == Fault::Http401 ? 2 : 1;
}

// What each fault kind did on each endpoint, printed at the end.
QMap<QString, QStringList> g_summary;

class FaultCase
{
public:
    FaultCase(WizardHarness &app, Route route, Fault fault)
        : m_app(app)
        , m_route(route)
        , m_fault(fault)
    {
    }

    void arm()
    {
        if (waitsForTimeout(m_fault))
            m_app.services->client.setTransferTimeout(kShortTimeout);
        if (m_fault == Fault::HundredThousand)
            m_app.portal.setSubordinateCount(100000);
        else // an expired token expires once: every later token is a fresh one
            m_app.portal.injectFault(m_route, practiceFault(m_fault), m_fault == Fault::ExpiredToken ? 1 : -1);
    }

    void disarm()
    {
        m_app.portal.clearFaults();
        m_app.services->client.setTransferTimeout(kNormalTimeout);
    }

    Route route() const { return m_route; }
    Fault fault() const { return m_fault; }

private:
    WizardHarness &m_app;
    Route m_route;
    Fault m_fault;
};

QWidget *page(WizardHarness &app, PurchaseWizard::PageId id)
{
    return app.wizard()->page(id);
}

template <typename T>
T *on(WizardHarness &app, PurchaseWizard::PageId id, const QString &name)
{
    return page(app, id)->findChild<T *>(name);
}

// The page shows the list's failure: a message naming what happened, and Retry.
bool showsListFailure(WizardHarness &app, PurchaseWizard::PageId id, const LoadState &model, Fault fault,
                      QString *why)
{
    auto *message = on<QLabel>(app, id, QStringLiteral("loadStatusLabel"));
    auto *retry = on<QPushButton>(app, id, QStringLiteral("retryButton"));
    if (fault == Fault::EmptyList) {
        *why = QStringLiteral("empty: ") + message->text();
        return model.isEmpty() && message->isVisible()
            && !message->text().isEmpty() && retry->isVisible();
    }
    *why = message->text();
    return model.state() == LoadState::State::Failed && message->isVisible()
        && message->text() == model.error().userMessage() && message->text().startsWith(model.error().title())
        && expectedKinds(fault).contains(model.error().kind()) && retry->isVisible();
}

void waitForListFailure(WizardHarness &app, PurchaseWizard::PageId id, const LoadState &model, Fault fault,
                        const QString &label)
{
    QString why;
    QVERIFY2(QTest::qWaitFor([&] { return showsListFailure(app, id, model, fault, &why); }, kWait),
             qPrintable(QStringLiteral("state %1, kind %2, message “%3”")
                            .arg(int(model.state()))
                            .arg(int(model.error().kind()))
                            .arg(why)));
    g_summary[faultName(fault)] << label + QStringLiteral(": ") + why.left(60);
}

void pressRetry(WizardHarness &app, PurchaseWizard::PageId id)
{
    QTest::mouseClick(on<QPushButton>(app, id, QStringLiteral("retryButton")), Qt::LeftButton);
}

// Product page: choose Remote Management Premium.
void chooseProduct(WizardHarness &app)
{
    QTRY_VERIFY_WITH_TIMEOUT(app.services->products.rowCount() > 0, kWait);
    app.chooseProduct(QStringLiteral("Remote Management Premium"));
    QVERIFY(app.wizard()->currentPage()->isComplete());
}

// Recipient page: the customer Lone Star Dental.
void chooseCustomer(WizardHarness &app)
{
    QTest::mouseClick(app.find<QRadioButton>(QStringLiteral("customerRadioButton")), Qt::LeftButton, {}, QPoint(4, 4));
    auto *combo = app.find<QComboBox>(QStringLiteral("subordinateComboBox"));
    QTRY_VERIFY_WITH_TIMEOUT(combo->findData(kLoneStarPartnerId, RemoteListModel::IdRole) >= 0, kWait);
    QVERIFY(app.chooseCustomer(kLoneStarPartnerId));
    QVERIFY(app.wizard()->currentPage()->isComplete());
}

// Offering page: the Remote Management Premium service × 10.
void chooseService(WizardHarness &app)
{
    const QString box = QStringLiteral("service%1CheckBox").arg(kRmpService);
    QTRY_VERIFY_WITH_TIMEOUT(app.find<QCheckBox>(box), kWait);
    app.tick(box);
    app.setQuantity(QStringLiteral("service%1QuantitySpinBox").arg(kRmpService), 10);
    QVERIFY(app.wizard()->currentPage()->isComplete());
}

void chooseBillingContact(WizardHarness &app)
{
    auto *combo = app.find<QComboBox>(QStringLiteral("billingContactComboBox"));
    QTRY_VERIFY_WITH_TIMEOUT(combo->findData(kSeedBillingContact, RemoteListModel::IdRole) >= 0, kWait);
    app.chooseBillingContact(kSeedBillingContact);
    QVERIFY(app.wizard()->currentPage()->isComplete());
}

void next(WizardHarness &app, PurchaseWizard::PageId expected)
{
    app.clickNext();
    QTRY_COMPARE_WITH_TIMEOUT(app.wizard()->currentId(), int(expected), kWait);
}

// Everything chosen so far is still in the draft.
void verifyDraft(WizardHarness &app, PurchaseWizard::PageId reached)
{
    const OrderDraft &draft = app.services->purchase.draft();
    if (reached > PurchaseWizard::ProductPageId) {
        QVERIFY(draft.product);
        QCOMPARE(draft.product->name, QStringLiteral("Remote Management Premium"));
    }
    if (reached > PurchaseWizard::RecipientPageId) {
        QVERIFY(draft.subordinate);
        QCOMPARE(draft.subordinate->partnerId.toString(), kLoneStarPartnerId);
    }
    if (reached > PurchaseWizard::OfferingPageId) {
        QCOMPARE(draft.services.size(), 1);
        QCOMPARE(draft.services.first().item.id.toString(), kRmpService);
        QCOMPARE(draft.services.first().quantity, 10);
    }
    if (reached > PurchaseWizard::BillingContactPageId) {
        QVERIFY(draft.billingContact);
        QCOMPARE(draft.billingContact->billingContactId.toString(), kSeedBillingContact);
    }
}

void confirmAndPlace(WizardHarness &app)
{
    app.tick(QStringLiteral("confirmCheckBox"));
    QVERIFY(app.wizard()->currentPage()->isComplete());
    app.clickNext();
}

// From the page after `from` to the review page, choosing as the seed tutorial does.
void walkOn(WizardHarness &app, PurchaseWizard::PageId from)
{
    if (from < PurchaseWizard::RecipientPageId) {
        STEP(next(app, PurchaseWizard::RecipientPageId));
        STEP(chooseCustomer(app));
    }
    if (from < PurchaseWizard::OfferingPageId) {
        STEP(next(app, PurchaseWizard::OfferingPageId));
        STEP(chooseService(app));
    }
    if (from < PurchaseWizard::BillingContactPageId) {
        STEP(next(app, PurchaseWizard::BillingContactPageId));
        STEP(chooseBillingContact(app));
    }
    if (from < PurchaseWizard::ReviewPageId)
        STEP(next(app, PurchaseWizard::ReviewPageId));
    STEP(verifyDraft(app, PurchaseWizard::ReviewPageId));
}

void placeOrderSuccessfully(WizardHarness &app)
{
    STEP(confirmAndPlace(app));
    QTRY_COMPARE_WITH_TIMEOUT(app.wizard()->currentId(), int(PurchaseWizard::ReceiptPageId), kWait);
    QCOMPARE(app.portal.acceptedOrderCount(), 1);
}

} // namespace

class TestFaultMatrix : public QObject
{
    Q_OBJECT

private slots:
    void matrix_data();
    void matrix();
    void portalGoesAwayAndComesBack();
    void cleanupTestCase();

private:
    void signInFault(WizardHarness &app, FaultCase &fault);
    void listFault(WizardHarness &app, FaultCase &fault);
    void orderFault(WizardHarness &app, FaultCase &fault);
    void outcomeCheckFault(WizardHarness &app, FaultCase &fault);
    void purchasedProductsFault(WizardHarness &app, FaultCase &fault);
    void productDetailsFault(WizardHarness &app, FaultCase &fault);
};

void TestFaultMatrix::matrix_data()
{
    QTest::addColumn<int>("route");
    QTest::addColumn<int>("fault");
    const QList<Route> routes{Route::Token, Route::ProductList, Route::PartnerList,
                              Route::BillingContactList, Route::PurchaseProductInfo, Route::OrderSave,
                              Route::OrderPage, Route::OrderGet, Route::InstanceList,
                              Route::InstanceDetail};
    for (const Route route : routes) {
        for (int fault = int(Fault::Timeout); fault <= int(Fault::HundredThousand); ++fault) {
            if (applies(route, Fault(fault))) {
                QTest::addRow("%s / %s", qPrintable(routeName(route)), qPrintable(faultName(Fault(fault))))
                    << int(route) << fault;
            }
        }
    }
}

void TestFaultMatrix::matrix()
{
    QFETCH(int, route);
    QFETCH(int, fault);
    WizardHarness app;
    FaultCase faultCase(app, Route(route), Fault(fault));
    switch (Route(route)) {
    case Route::Token:
        signInFault(app, faultCase);
        break;
    case Route::ProductList:
    case Route::PartnerList:
    case Route::BillingContactList:
    case Route::PurchaseProductInfo:
        listFault(app, faultCase);
        break;
    case Route::OrderSave:
        orderFault(app, faultCase);
        break;
    case Route::InstanceList:
        purchasedProductsFault(app, faultCase);
        break;
    case Route::InstanceDetail:
        productDetailsFault(app, faultCase);
        break;
    default:
        outcomeCheckFault(app, faultCase);
        break;
    }
    if (QTest::currentTestFailed())
        g_summary[faultName(Fault(fault))] << routeName(Route(route)) + QStringLiteral(": FAILED");
    // Never more than one order, whatever happened.
    QVERIFY(app.portal.acceptedOrderCount() <= 1);
}

// Sign-in dialog: the error under the fields, nothing typed lost, Sign in again works.
void TestFaultMatrix::signInFault(WizardHarness &app, FaultCase &fault)
{
    fault.arm();
    app.window->start();
    SignInDialog *dialog = app.window->signInDialog();
    QVERIFY(dialog);
    auto *signIn = dialog->findChild<QAbstractButton *>(QStringLiteral("signInButton"));
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("signInErrorLabel"));
    QTest::mouseClick(signIn, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible() && signIn->isEnabled(), kWait);
    QVERIFY(!error->text().isEmpty());
    QVERIFY(!app.wizard()->isEnabled());
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("clientIdLineEdit"))->text(),
             PracticePortal::practiceClientId());
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("clientSecretLineEdit"))->text(),
             PracticePortal::practiceClientSecret());
    g_summary[faultName(fault.fault())] << QStringLiteral("token: ") + error->text().left(60);

    fault.disarm();
    QTest::mouseClick(signIn, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(app.wizard()->isEnabled(), kWait);
    QVERIFY(app.listsReady());
}

// A list page: the failure (or the empty state) on that page, the other pages unaffected,
// Retry recovers, and the purchase goes through with every earlier choice intact.
void TestFaultMatrix::listFault(WizardHarness &app, FaultCase &fault)
{
    const Route route = fault.route();
    if (route != Route::PurchaseProductInfo)
        fault.arm(); // these three are fetched at sign-in
    QVERIFY(app.signIn());

    PurchaseWizard::PageId faultPage = PurchaseWizard::ProductPageId;
    LoadState *model = app.services->products.loadState();
    switch (route) {
    case Route::PartnerList:
        faultPage = PurchaseWizard::RecipientPageId;
        model = app.services->subordinates.loadState();
        break;
    case Route::BillingContactList:
        faultPage = PurchaseWizard::BillingContactPageId;
        model = app.services->billingContacts.loadState();
        break;
    case Route::PurchaseProductInfo:
        faultPage = PurchaseWizard::OfferingPageId;
        model = app.services->offering.loadState();
        fault.arm(); // fetched as soon as a product is chosen
        break;
    default:
        break;
    }

    if (faultPage != PurchaseWizard::ProductPageId)
        STEP(chooseProduct(app));
    if (faultPage > PurchaseWizard::RecipientPageId) {
        STEP(next(app, PurchaseWizard::RecipientPageId));
        STEP(chooseCustomer(app));
    }
    if (faultPage > PurchaseWizard::OfferingPageId) {
        STEP(next(app, PurchaseWizard::OfferingPageId));
        STEP(chooseService(app));
    }
    if (faultPage != PurchaseWizard::ProductPageId)
        STEP(next(app, faultPage));

    if (fault.fault() == Fault::HundredThousand) {
        QTRY_VERIFY_WITH_TIMEOUT(model->state() == LoadState::State::Ready, 60000);
        QCOMPARE(app.services->subordinates.rowCount(), 100000);
        QVERIFY(!on<QWidget>(app, faultPage, QStringLiteral("loadStatusPanel"))->isVisible());
        g_summary[faultName(fault.fault())] << routeName(route) + QStringLiteral(": all listed");
    } else if (recoversUnseen(route, fault.fault())) {
        QTRY_VERIFY_WITH_TIMEOUT(model->state() == LoadState::State::Ready && !model->isEmpty(), kWait);
        QVERIFY(!on<QWidget>(app, faultPage, QStringLiteral("loadStatusPanel"))->isVisible());
        QCOMPARE(app.portal.tokenRequestCount(QStringLiteral("refresh_token")), 1);
        g_summary[faultName(fault.fault())] << routeName(route) + QStringLiteral(": renewed unseen");
    } else {
        STEP(waitForListFailure(app, faultPage, *model, fault.fault(), routeName(route)));
        if (QTest::currentTestFailed())
            return;
        STEP(verifyDraft(app, faultPage));
        // Buying for yourself does not need the customer list.
        if (faultPage == PurchaseWizard::RecipientPageId)
            QVERIFY(app.wizard()->currentPage()->isComplete());
        else
            QVERIFY(!app.wizard()->currentPage()->isComplete());
        fault.disarm();
        pressRetry(app, faultPage);
        QTRY_VERIFY_WITH_TIMEOUT(model->state() == LoadState::State::Ready && !model->isEmpty(), kWait);
        QVERIFY(!on<QWidget>(app, faultPage, QStringLiteral("loadStatusPanel"))->isVisible());
        STEP(verifyDraft(app, faultPage));
    }

    if (faultPage == PurchaseWizard::ProductPageId)
        STEP(chooseProduct(app));
    else if (faultPage == PurchaseWizard::RecipientPageId)
        STEP(chooseCustomer(app));
    else if (faultPage == PurchaseWizard::OfferingPageId)
        STEP(chooseService(app));
    else
        STEP(chooseBillingContact(app));
    STEP(walkOn(app, faultPage));
    STEP(placeOrderSuccessfully(app));
}

// The order itself: refused → the review page says why and a fresh confirmation places
// it; lost → "outcome unknown", nothing re-sent, and the order check finds it.
void TestFaultMatrix::orderFault(WizardHarness &app, FaultCase &fault)
{
    QVERIFY(app.signIn());
    QVERIFY(app.listsReady());
    STEP(chooseProduct(app));
    STEP(walkOn(app, PurchaseWizard::ProductPageId));
    fault.arm();
    STEP(confirmAndPlace(app));
    const QString name = faultName(fault.fault());
    if (recoversUnseen(fault.route(), fault.fault())) {
        // Refused for the token only: renewed and replayed once, bought once.
        QTRY_COMPARE_WITH_TIMEOUT(app.wizard()->currentId(), int(PurchaseWizard::ReceiptPageId), kWait);
        QCOMPARE(app.portal.receivedOrderBodies().size(), 2);
        QCOMPARE(app.portal.acceptedOrderCount(), 1);
        g_summary[name] << QStringLiteral("order save: renewed, replayed once, placed");
        return;
    }
    if (orderIsRefused(fault.fault())) {
        auto *error = app.find<QLabel>(QStringLiteral("orderErrorLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), kWait);
        QCOMPARE(app.wizard()->currentId(), int(PurchaseWizard::ReviewPageId));
        QCOMPARE(app.services->submitter.state(), OrderSubmitter::State::Rejected);
        QVERIFY(expectedKinds(fault.fault()).contains(app.services->submitter.error().kind()));
        QVERIFY(error->text().contains(app.services->submitter.error().title()));
        QCOMPARE(app.portal.acceptedOrderCount(), 0);
        QCOMPARE(app.portal.receivedOrderBodies().size(), expectedOrderBodies(fault.fault()));
        STEP(verifyDraft(app, PurchaseWizard::ReviewPageId));
        g_summary[name] << QStringLiteral("order save: refused, ") + error->text().left(50);

        fault.disarm();
        STEP(placeOrderSuccessfully(app));
        QCOMPARE(app.portal.receivedOrderBodies().size(), expectedOrderBodies(fault.fault()) + 1);
        return;
    }

    QTRY_COMPARE_WITH_TIMEOUT(app.wizard()->currentId(), int(PurchaseWizard::OutcomeUnknownPageId), kWait);
    auto *explanation = app.find<QLabel>(QStringLiteral("outcomeExplanationLabel"));
    QVERIFY(explanation->text().contains(app.services->submitter.error().title()));
    QVERIFY(expectedKinds(fault.fault()).contains(app.services->submitter.error().kind()));
    QCOMPARE(app.portal.receivedOrderBodies().size(), 1);
    QVERIFY(app.portal.acceptedOrderCount() <= 1);
    STEP(verifyDraft(app, PurchaseWizard::ReviewPageId));
    g_summary[name] << QStringLiteral("order save: outcome unknown, ")
            + app.services->submitter.error().title().left(50);

    fault.disarm();
    QTest::mouseClick(app.find<QPushButton>(QStringLiteral("checkOrdersButton")), Qt::LeftButton);
    auto *verdict = app.find<QLabel>(QStringLiteral("lookupVerdictLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(verdict->text().startsWith(QLatin1String("Found it")), kWait);
    QTest::qWait(int(kShortTimeout.count())); // a re-send would have arrived by now
    QCOMPARE(app.portal.receivedOrderBodies().size(), 1);
    QCOMPARE(app.portal.acceptedOrderCount(), 1);
}

// The order check the outcome-unknown page makes by itself: its failure said on the page,
// the order not sent again, and checking again once the portal answers finds the order.
void TestFaultMatrix::outcomeCheckFault(WizardHarness &app, FaultCase &fault)
{
    QVERIFY(app.signIn());
    QVERIFY(app.listsReady());
    STEP(chooseProduct(app));
    STEP(walkOn(app, PurchaseWizard::ProductPageId));
    app.portal.injectFault(Route::OrderSave, PracticeFault::Kind::DropConnection, 1); // taken, answer lost
    fault.arm();                                                                      // the page checks the order list once by itself, as soon as it is shown
    STEP(confirmAndPlace(app));
    QTRY_COMPARE_WITH_TIMEOUT(app.wizard()->currentId(), int(PurchaseWizard::OutcomeUnknownPageId), kWait);

    auto *check = app.find<QPushButton>(QStringLiteral("checkOrdersButton"));
    auto *verdict = app.find<QLabel>(QStringLiteral("lookupVerdictLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(app.services->lookup.verdict() != OrderLookup::Verdict::Searching && check->isEnabled(),
                             kWait);
    if (recoversUnseen(fault.route(), fault.fault())) {
        QCOMPARE(app.services->lookup.verdict(), OrderLookup::Verdict::Found);
        g_summary[faultName(fault.fault())] << routeName(fault.route()) + QStringLiteral(": renewed unseen");
        QCOMPARE(app.portal.acceptedOrderCount(), 1);
        return;
    }
    if (fault.fault() == Fault::EmptyList) {
        QCOMPARE(app.services->lookup.verdict(), OrderLookup::Verdict::NotFound);
        QVERIFY(verdict->text().startsWith(QLatin1String("No matching order")));
    } else {
        QCOMPARE(app.services->lookup.verdict(), OrderLookup::Verdict::Failed);
        QVERIFY(expectedKinds(fault.fault()).contains(app.services->lookup.error().kind()));
        QVERIFY(verdict->text().contains(app.services->lookup.error().title()));
        // Not known yet: no way to start over as if it were.
        QVERIFY(!app.wizard()->button(QWizard::FinishButton)->isEnabled());
    }
    QCOMPARE(app.wizard()->currentId(), int(PurchaseWizard::OutcomeUnknownPageId));
    g_summary[faultName(fault.fault())] << routeName(fault.route()) + QStringLiteral(": ") + verdict->text().left(50);

    fault.disarm();
    QTest::mouseClick(check, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(verdict->text().startsWith(QLatin1String("Found it")), kWait);
    QVERIFY(app.wizard()->button(QWizard::FinishButton)->isEnabled());
    QCOMPARE(app.portal.receivedOrderBodies().size(), 1);
    QCOMPARE(app.portal.acceptedOrderCount(), 1);
    STEP(verifyDraft(app, PurchaseWizard::ReviewPageId));
}

namespace {

ProductsWindow *openProducts(WizardHarness &app)
{
    app.window->findChild<QAction *>(QStringLiteral("productsAction"))->trigger();
    return app.window->findChild<FollowUpActions *>()->productsWindow();
}

} // namespace

// File > Products…: every product's list fails (or is empty), said under the table with
// Retry; once the fault is gone Retry loads everything.
void TestFaultMatrix::purchasedProductsFault(WizardHarness &app, FaultCase &fault)
{
    QVERIFY(app.signIn());
    QVERIFY(app.listsReady());
    fault.arm();
    ProductsWindow *window = openProducts(app);
    QVERIFY(window);
    ProductInstanceModel *model = window->model();
    auto *message = window->findChild<QLabel *>(QStringLiteral("loadStatusLabel"));
    auto *retry = window->findChild<QPushButton *>(QStringLiteral("retryButton"));
    const QString name = faultName(fault.fault());
    const int all = app.portal.instanceCount();

    if (recoversUnseen(fault.route(), fault.fault())) {
        QTRY_VERIFY_WITH_TIMEOUT(model->state() == RemoteListModel::State::Ready, kWait);
        QCOMPARE(model->rowCount(), all);
        QCOMPARE(app.portal.tokenRequestCount(QStringLiteral("refresh_token")), 1);
        g_summary[name] << routeName(fault.route()) + QStringLiteral(": renewed unseen");
        return;
    }
    if (fault.fault() == Fault::EmptyList) {
        QTRY_VERIFY_WITH_TIMEOUT(model->state() == RemoteListModel::State::Ready, kWait);
        QCOMPARE(model->rowCount(), 0);
        QTRY_VERIFY(message->isVisible() && retry->isVisible());
        g_summary[name] << routeName(fault.route()) + QStringLiteral(": empty: ") + message->text().left(50);
    } else {
        QTRY_VERIFY_WITH_TIMEOUT(model->state() == RemoteListModel::State::Failed, kWait);
        QTRY_VERIFY(message->isVisible() && retry->isVisible());
        QCOMPARE(message->text(), model->error().userMessage());
        QVERIFY(message->text().startsWith(model->error().title()));
        QVERIFY2(expectedKinds(fault.fault()).contains(model->error().kind()),
                 qPrintable(QString::number(int(model->error().kind()))));
        QCOMPARE(model->missingParts().size(), 9); // every product the portal sells
        g_summary[name] << routeName(fault.route()) + QStringLiteral(": ") + message->text().left(50);
    }
    fault.disarm();
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(model->state() == RemoteListModel::State::Ready && model->rowCount() == all, kWait);
    QVERIFY(!window->findChild<QWidget *>(QStringLiteral("loadStatusPanel"))->isVisible());
}

// The details of the product selected: the failure in the pane with Retry, the list's
// fields still shown; Retry brings the details once the fault is gone.
void TestFaultMatrix::productDetailsFault(WizardHarness &app, FaultCase &fault)
{
    QVERIFY(app.signIn());
    ProductsWindow *window = openProducts(app);
    QVERIFY(window);
    QTRY_VERIFY_WITH_TIMEOUT(window->model()->state() == RemoteListModel::State::Ready, kWait);
    fault.arm();
    window->tableView()->setCurrentIndex(window->tableView()->model()->index(0, 0));
    InstanceDetailsLoader *details = window->detailsLoader();
    using Part = InstanceDetailsLoader::Part;
    using State = InstanceDetailsLoader::State;
    auto *message = window->findChild<QLabel *>(QStringLiteral("instanceDetailsMessageLabel"));
    auto *retry = window->findChild<QPushButton *>(QStringLiteral("instanceDetailsRetryButton"));
    const QString name = faultName(fault.fault());
    QTRY_VERIFY_WITH_TIMEOUT(details->state(Part::Details) != State::Loading, kWait);

    if (recoversUnseen(fault.route(), fault.fault())) {
        QCOMPARE(details->state(Part::Details), State::Ready);
        QCOMPARE(app.portal.tokenRequestCount(QStringLiteral("refresh_token")), 1);
        g_summary[name] << routeName(fault.route()) + QStringLiteral(": renewed unseen");
        return;
    }
    if (fault.fault() == Fault::EmptyList) {
        QCOMPARE(details->state(Part::Details), State::Ready);
        QVERIFY(details->detailsWereEmpty());
        QTRY_VERIFY(message->isVisible());
        QVERIFY(window->detailsPane()->fieldsModel()->rowCount() > 0); // the list's fields
        g_summary[name] << routeName(fault.route()) + QStringLiteral(": empty: ") + message->text().left(50);
        return;
    }
    QCOMPARE(details->state(Part::Details), State::Failed);
    QTRY_VERIFY(message->isVisible() && retry->isVisible());
    const ApiError &error = details->error(Part::Details);
    QVERIFY(message->text().contains(error.title()));
    QVERIFY2(expectedKinds(fault.fault()).contains(error.kind()), qPrintable(QString::number(int(error.kind()))));
    QVERIFY(window->detailsPane()->fieldsModel()->rowCount() > 0); // the list's fields stay
    g_summary[name] << routeName(fault.route()) + QStringLiteral(": ") + error.title().left(50);

    fault.disarm();
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(details->state(Part::Details) == State::Ready, kWait);
    QVERIFY(!retry->isVisible());
    QVERIFY(details->fields().contains(QLatin1String("serviceList")));
}

// Mid-purchase the portal stops (connections dropped, nothing listening), then another
// portal starts on the same port (it knows none of the old tokens), then that one is
// destroyed and the first comes back. Errors on the pages, Retry, and one order.
void TestFaultMatrix::portalGoesAwayAndComesBack()
{
    WizardHarness app;
    const quint16 port = app.portal.port();
    QVERIFY(app.signIn());
    QVERIFY(app.listsReady());

    // Gone: choosing a product cannot fetch its offering; the customers, already loaded,
    // can still be chosen; the offering page says what is wrong.
    app.portal.close();
    STEP(chooseProduct(app));
    STEP(next(app, PurchaseWizard::RecipientPageId));
    STEP(chooseCustomer(app));
    STEP(next(app, PurchaseWizard::OfferingPageId));
    QTRY_VERIFY_WITH_TIMEOUT(app.services->offering.state() == LoadState::State::Failed, kWait);
    QCOMPARE(app.services->offering.error().kind(), ApiError::Kind::CannotConnect);
    auto *message = on<QLabel>(app, PurchaseWizard::OfferingPageId, QStringLiteral("loadStatusLabel"));
    QTRY_VERIFY(message->isVisible());
    QVERIFY(message->text().startsWith(app.services->offering.error().title()));
    STEP(verifyDraft(app, PurchaseWizard::OfferingPageId));

    // Back, as a different portal on the same port: the old access token means nothing
    // there, so the client signs in again with the secret on its own.
    auto replacement = std::make_unique<PracticePortal>();
    QVERIFY(replacement->listen(port));
    pressRetry(app, PurchaseWizard::OfferingPageId);
    STEP(chooseService(app));
    QCOMPARE(replacement->tokenRequestCount(QStringLiteral("pp_credentials")), 1);
    STEP(next(app, PurchaseWizard::BillingContactPageId));
    STEP(chooseBillingContact(app));
    STEP(next(app, PurchaseWizard::ReviewPageId));

    // Destroyed just before the order: refused connection, so nothing can have been
    // bought; the review page says so and keeps everything.
    replacement.reset();
    // A kept-alive connection may not have seen the close yet: the order would go out on
    // it and end "outcome unknown" (the dropped-connection cases of the matrix). This
    // case is about a refused connection, so the client starts from fresh connections.
    app.services->client.findChild<QNetworkAccessManager *>()->clearConnectionCache();
    STEP(confirmAndPlace(app));
    auto *error = app.find<QLabel>(QStringLiteral("orderErrorLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), kWait);
    QCOMPARE(app.services->submitter.error().kind(), ApiError::Kind::CannotConnect);
    QCOMPARE(app.wizard()->currentId(), int(PurchaseWizard::ReviewPageId));
    STEP(verifyDraft(app, PurchaseWizard::ReviewPageId));

    // The first portal is back: confirm again, one order.
    QVERIFY(app.portal.listen(port));
    STEP(placeOrderSuccessfully(app));
    QCOMPARE(app.portal.acceptedOrderCount(), 1);
}

void TestFaultMatrix::cleanupTestCase()
{
    for (auto it = g_summary.cbegin(); it != g_summary.cend(); ++it) {
        const int failed = int(it.value().filter(QStringLiteral(": FAILED")).size());
        qInfo().noquote() << QStringLiteral("%1: %2 endpoint(s)%3 — %4")
                                 .arg(it.key())
                                 .arg(it.value().size() - failed)
                                 .arg(failed ? QStringLiteral(", %1 FAILED").arg(failed) : QString())
                                 .arg(it.value().join(QStringLiteral(" | ")));
    }
}

QTEST_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
