#pragma once

#include "WizardContext.h"
#include "order/OrderDraft.h"
#include "order/Receipt.h"

#include <QWizard>

// The purchase, page by page: product → for whom → plans and services → billing
// contact → review (the commit page) → receipt, or "outcome unknown" when the order's
// reply was lost. The pages write their choices into one OrderDraft.
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

    OrderDraft &draft() { return m_draft; }
    const WizardContext &context() const { return m_context; }

    // Who is signed in, for the receipt.
    void setAccount(const QString &accountId, const QString &accountLabel);
    QString accountId() const { return m_accountId; }
    QString accountLabel() const { return m_accountLabel; }

    // The receipt of the order just placed (valid on the receipt page).
    const Receipt &lastReceipt() const { return m_lastReceipt; }
    void setLastReceipt(const Receipt &receipt, const QString &saveError);
    QString lastReceiptSaveError() const { return m_lastReceiptSaveError; }

    // Back to the first page with an empty draft; loaded lists are kept. Not while an
    // order is being sent.
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
    OrderDraft m_draft;
    QString m_accountId;
    QString m_accountLabel;
    Receipt m_lastReceipt;
    QString m_lastReceiptSaveError;
};
