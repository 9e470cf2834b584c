#pragma once

#include <QWizard>

class BillingContactListModel;
class OfferingLoader;
class ProductListModel;
class PurchaseSession;
class SubordinateListModel;

// The purchase, page by page: product → for whom → plans and services → billing
// contact → review (the commit page) → receipt, or "outcome unknown" when the order's
// reply was lost. Every page shows the PurchaseSession (and the one list it offers), and
// writes the user's choices into the session's draft.
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

    PurchaseWizard(PurchaseSession *session, ProductListModel *products, SubordinateListModel *subordinates,
                   OfferingLoader *offering, BillingContactListModel *billingContacts, QWidget *parent = nullptr);

    PurchaseSession *session() const { return m_session; }

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

    PurchaseSession *m_session;
};
