#pragma once

#include "api/ProductInstance.h"
#include "order/OrderDraft.h"

#include <QWizard>

class BillingContactListModel;
class OfferingLoader;
class OrderTerms;
class ProductListModel;
class PurchaseSession;
class SubordinateListModel;

// The purchase, page by page: what to do and which product → for whom → plans and
// services → billing contact → review (the commit page) → receipt, or "outcome unknown"
// when the order's reply was lost. An action on a product the account has skips "for
// whom" (the product fixes it); a free trial skips the billing contact. Every page shows
// the PurchaseSession (and the one list it offers), and writes the user's choices into
// the session's draft. Several products renewed at once start at the billing contact.
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
                   OfferingLoader *offering, BillingContactListModel *billingContacts, OrderTerms *terms,
                   QWidget *parent = nullptr);

    PurchaseSession *session() const { return m_session; }

    // Back to the first page with an empty draft; loaded lists are kept. Not while an
    // order is on its way: its answer belongs to this draft.
    void startNewPurchase();
    // Starts `operation` on `product` from its first page (a product's action in the
    // Products window). Not while an order is on its way.
    bool startOperation(OrderOperation operation, const CurrentSubscription &product);
    // Renews several products at once (chosen in the Products window): from the billing
    // contact to one review of every renewal. Not while an order is on its way.
    bool startRenewals(const QList<ProductInstance> &instances, const QStringList &productNames);
    int nextId() const override;
    // An order body is on its way: nothing may leave the review page until its answer.
    bool isSendingOrder() const;

    // The wizard lives inside the main window: Done starts a new purchase, and Escape
    // (QDialog's reject) must not throw away what the user entered.
    void done(int result) override;
    void reject() override { }

signals:
    void sendingOrderChanged(bool sending);
    void productsWindowRequested();
    // Orders for several customers were journaled and started (the wizard starts over).
    void batchStarted();

private:
    void keepOnReviewPageWhileSending();

    PurchaseSession *m_session;
};
