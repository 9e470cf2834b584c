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

PurchaseWizard::PurchaseWizard(const WizardContext &context, QWidget *parent)
    : QWizard(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("purchaseWizard"));
    setWindowTitle(tr("New purchase"));
    setWizardStyle(QWizard::ClassicStyle);
    setOptions(QWizard::NoCancelButton | QWizard::NoBackButtonOnLastPage
               | QWizard::NoBackButtonOnStartPage);
    setPage(ProductPageId, new ProductPage(this));
    setPage(RecipientPageId, new RecipientPage(this));
    setPage(OfferingPageId, new OfferingPage(this));
    setPage(BillingContactPageId, new BillingContactPage(this));
    setPage(ReviewPageId, new ReviewPage(this));
    setPage(ReceiptPageId, new ReceiptPage(this));
    setPage(OutcomeUnknownPageId, new OutcomeUnknownPage(this));
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
    connect(m_context.purchase, &PurchaseSession::stateChanged, this, [this] {
        keepOnReviewPageWhileSending();
        emit sendingOrderChanged(isSendingOrder());
    });
}

bool PurchaseWizard::isSendingOrder() const
{
    return m_context.purchase->isSending();
}

void PurchaseWizard::keepOnReviewPageWhileSending()
{
    if (isSendingOrder())
        button(QWizard::BackButton)->setEnabled(false);
}

OrderDraft &PurchaseWizard::draft()
{
    return m_context.purchase->draft();
}

void PurchaseWizard::startNewPurchase()
{
    if (m_context.purchase->startOver())
        restart();
}

void PurchaseWizard::done(int result)
{
    if (result == QDialog::Accepted)
        startNewPurchase();
}
