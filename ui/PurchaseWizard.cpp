#include "PurchaseWizard.h"

#include "BillingContactPage.h"
#include "OfferingPage.h"
#include "OutcomeUnknownPage.h"
#include "ProductPage.h"
#include "ReceiptPage.h"
#include "RecipientPage.h"
#include "ReviewPage.h"
#include "order/PurchaseSession.h"

#include <QAbstractButton>

PurchaseWizard::PurchaseWizard(PurchaseSession *session, ProductListModel *products,
                               SubordinateListModel *subordinates, OfferingLoader *offering,
                               BillingContactListModel *billingContacts, OrderTerms *terms, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("purchaseWizard"));
    setWindowTitle(tr("New purchase"));
    setWizardStyle(QWizard::ClassicStyle);
    setOptions(QWizard::NoCancelButton | QWizard::NoBackButtonOnLastPage
               | QWizard::NoBackButtonOnStartPage);
    auto *productPage = new ProductPage(session, products, this);
    setPage(ProductPageId, productPage);
    connect(productPage, &ProductPage::productsWindowRequested, this, &PurchaseWizard::productsWindowRequested);
    setPage(RecipientPageId, new RecipientPage(session, subordinates, this));
    setPage(OfferingPageId, new OfferingPage(session, offering, this));
    setPage(BillingContactPageId, new BillingContactPage(session, billingContacts, this));
    auto *review = new ReviewPage(session, terms, this);
    setPage(ReviewPageId, review);
    setPage(ReceiptPageId, new ReceiptPage(session, this));
    setPage(OutcomeUnknownPageId, new OutcomeUnknownPage(session, this));
    setStartId(ProductPageId);

    //: wizard buttons; & marks the keyboard shortcut
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::CommitButton, tr("&Place order"));
    setButtonText(QWizard::FinishButton, tr("&New purchase"));
    button(QWizard::NextButton)->setObjectName(QStringLiteral("nextButton"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("backButton"));
    button(QWizard::CommitButton)->setObjectName(QStringLiteral("placeOrderButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("finishButton"));
    // A child of the main window, the wizard has no window title of its own to be named by.
    setAccessibleName(windowTitle());

    // QWizard enables Back again whenever any page reports completeChanged(); connected
    // after its own handler, this takes it away again while an order is on its way.
    for (const int id : pageIds())
        connect(page(id), &QWizardPage::completeChanged, this, &PurchaseWizard::keepOnReviewPageWhileSending);
    connect(review, &ReviewPage::batchStarted, this, [this] {
        emit batchStarted();
        startNewPurchase();
    });
    connect(m_session, &PurchaseSession::stateChanged, this, [this] {
        keepOnReviewPageWhileSending();
        emit sendingOrderChanged(isSendingOrder());
    });
}

bool PurchaseWizard::isSendingOrder() const
{
    return m_session->isSending();
}

void PurchaseWizard::keepOnReviewPageWhileSending()
{
    if (isSendingOrder())
        button(QWizard::BackButton)->setEnabled(false);
}

void PurchaseWizard::startNewPurchase()
{
    if (!m_session->startOver())
        return;
    setStartId(ProductPageId);
    restart();
}

bool PurchaseWizard::startOperation(OrderOperation operation, const CurrentSubscription &product)
{
    if (!m_session->startOperation(operation, product))
        return false;
    setStartId(ProductPageId);
    restart();
    return true;
}

bool PurchaseWizard::startRenewals(const QList<ProductInstance> &instances, const QStringList &productNames)
{
    if (!m_session->startRenewals(instances, productNames))
        return false;
    // Each product fixes its plan, services and customer: only the billing contact is chosen.
    setStartId(BillingContactPageId);
    restart();
    return true;
}

int PurchaseWizard::nextId() const
{
    const OrderDraft &draft = m_session->draft();
    switch (currentId()) {
    case ProductPageId:
        // The product an action is for says whose it is.
        return draft.subscription ? OfferingPageId : RecipientPageId;
    case OfferingPageId:
        return draft.needsBillingContact() ? BillingContactPageId : ReviewPageId;
    default:
        return QWizard::nextId();
    }
}

void PurchaseWizard::done(int result)
{
    if (result == QDialog::Accepted)
        startNewPurchase();
}
