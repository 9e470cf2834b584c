#pragma once

#include "WizardContext.h"
#include "order/OrderDraft.h"

#include <QWizard>

// The purchase, page by page: product → for whom → plans and services → billing
// contact → review (the commit page) → receipt, or "outcome unknown" when the order's
// reply was lost. The pages show one PurchaseSession and write the user's choices into
// its draft.
class PurchaseWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId {
        ProductPageId,
        RecipientPageId,
        OfferingPageId,
        BillingContactPageId,
        ReviewPageId,
        ReceiptPageId,
        OutcomeUnknownPageId,
    };

    PurchaseWizard(const WizardContext &context, QWidget *parent = nullptr);

    PurchaseSession *session() const { return m_context.purchase; }
    OrderDraft &draft();
    const WizardContext &context() const { return m_context; }

    // Back to the first page with an empty draft; loaded lists are kept. Not while an
    // order is on its way: its answer belongs to this draft.
    void startNewPurchase();
    // An order body is on its way: nothing may leave the review page until its answer.
    bool isSendingOrder() const;

    // The wizard lives inside the main window: Done starts a new purchase, and Escape
    // (QDialog's reject) must not throw away what the user entered.
    void done(int result) override;
    void reject() override { }

signals:
    void sendingOrderChanged(bool sending);

private:
    void keepOnReviewPageWhileSending();

    WizardContext m_context;
};
