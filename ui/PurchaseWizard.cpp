#include "PurchaseWizard.h"

#include "BillingContactPage.h"
#include "OfferingPage.h"
#include "OutcomeUnknownPage.h"
#include "ProductPage.h"
#include "ReceiptPage.h"
#include "RecipientPage.h"
#include "ReviewPage.h"
#include "order/OrderSubmitter.h"

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
    connect(m_context.submitter, &OrderSubmitter::stateChanged, this, [this] {
        keepOnReviewPageWhileSending();
        emit sendingOrderChanged(isSendingOrder());
    });
}

bool PurchaseWizard::isSendingOrder() const
{
    return m_context.submitter->state() == OrderSubmitter::State::Sending;
}

void PurchaseWizard::keepOnReviewPageWhileSending()
{
    if (isSendingOrder())
        button(QWizard::BackButton)->setEnabled(false);
}

void PurchaseWizard::setAccount(const QString &accountId, const QString &accountLabel)
{
    m_accountId = accountId;
    m_accountLabel = accountLabel;
}

void PurchaseWizard::setLastReceipt(const Receipt &receipt, const QString &saveError)
{
    m_lastReceipt = receipt;
    m_lastReceiptSaveError = saveError;
}

void PurchaseWizard::startNewPurchase()
{
    // While an order is on its way, its answer belongs to this draft: keep both.
    if (isSendingOrder())
        return;
    m_context.submitter->reset();
    m_draft = OrderDraft();
    m_lastReceipt = Receipt();
    m_lastReceiptSaveError.clear();
    restart();
}

void PurchaseWizard::done(int result)
{
    if (result == QDialog::Accepted)
        startNewPurchase();
}
