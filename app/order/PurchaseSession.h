#pragma once

#include "BatchPlanner.h"
#include "OrderDraft.h"
#include "OrderLookup.h"
#include "Receipt.h"
#include "api/ApiError.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QString>
#include <QStringList>

class BatchRunner;
class RenewalBatchLoader;
class OfferingLoader;
class OrderSubmitter;
class ReceiptStore;

// One purchase, from the first choice to its outcome. The wizard's pages fill in the
// draft and forward the user's intent; this object owns the rest:
// - the account the purchase is for, and the offering of the chosen product;
// - the exact body the draft becomes (preview()), sent through OrderSubmitter at most
//   once per confirmation (place());
// - on *placed*: the receipt is built and saved to disk (atomically) first, and only then
//   announced (state() Placed) — with receiptSaveError() when the disk refused it;
// - on *unknown*: the attempt is recorded as pending next to the receipts, the portal's
//   order list is searched for it (a read), then it is announced (state() Unknown);
//   lookUpOrder() searches again. Nothing is ever sent again on its own.
class PurchaseSession : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Editing,  // the user is choosing; nothing sent (or the last attempt was refused)
        Sending,  // the body is on its way
        Placed,   // the portal accepted it; receipt() is the saved (or unsavable) receipt
        Rejected, // the portal refused it, nothing was bought: error() says why
        Unknown,  // sent, no usable answer: it may or may not have been placed
    };
    Q_ENUM(State)

    // What the review page shows before the order is placed.
    struct Preview
    {
        QStringList problems; // translated; empty when the draft is orderable
        Receipt receipt;      // what is about to be ordered (no portal answer yet)
        QByteArray body;      // the exact JSON body that will be sent
    };

    PurchaseSession(OrderSubmitter *submitter, ReceiptStore *receipts, OrderLookup *lookup,
                    OfferingLoader *offering, QObject *parent = nullptr);

    OrderDraft &draft() { return m_draft; }
    const OrderDraft &draft() const { return m_draft; }

    // An order on a product the account has (renew, add, switch, trial…): a fresh draft
    // with what the product fixes. Refused (false) while an order is on its way.
    bool startOperation(OrderOperation operation, const CurrentSubscription &subscription);
    // Another operation for the same draft: on the same product when there is one, with
    // the billing contact and PO number kept. Refused while an order is on its way.
    bool setOperation(OrderOperation operation);
    // Whether the wizard offers `item` for the draft's operation: trial items for a trial,
    // services only for an addition, plans only for a switch.
    bool offers(const OfferingItem &item) const;
    // What `item`'s editor shows before the user changes it (OperationDraft::startingLine).
    OrderLine startingLine(const OfferingItem &item) const;
    // The lines the operation starts with, once the offering of the product is loaded.
    void prefillFromOffering();

    // Who is signed in: the receipt names the account.
    void setAccount(const QString &accountId, const QString &accountLabel);
    QString accountId() const { return m_accountId; }
    QString accountLabel() const { return m_accountLabel; }

    // Makes sure the offering is loaded (or loading) for the draft's product and serial
    // number; asks again only when it is for another product or its last load failed.
    void loadOffering();
    bool offeringMatchesDraft() const;

    Preview preview() const;
    // Everything that keeps the draft from being sent (translated); empty when it can be.
    QStringList problems() const;

    // Sends the draft's body, unless `confirmation` was used before, an order is on its
    // way, or the last outcome was unknown. Returns whether it was sent.
    bool place(quint64 confirmation);

    State state() const { return m_state; }
    bool isSending() const { return m_state == State::Sending; }
    // Why the last attempt was refused, or why its answer was lost.
    const ApiError &error() const;
    QDateTime attemptedAt() const;
    // Placed: the receipt as saved. Unknown: what was sent (no portal answer).
    const Receipt &receipt() const { return m_receipt; }
    bool isReceiptSaved() const { return m_state == State::Placed && m_receiptSaveError.isEmpty(); }
    QString receiptSaveError() const { return m_receiptSaveError; }

    // Several customers (draft().isBatch()): one order each, sent by `batches` (set once,
    // by the composition root).
    void setBatchRunner(BatchRunner *batches) { m_batches = batches; }
    // Under which name the account's receipts and batch journals are kept (practice
    // accounts change ID with the port, their receipts do not).
    void setStoreAccountId(const QString &id) { m_storeAccountId = id; }
    BatchRunner *batchRunner() const { return m_batches; }
    // Several products renewed at once: `renewals` reads what each renewal needs (set once,
    // by the composition root); startRenewals() starts the draft and the reading.
    void setRenewalLoader(RenewalBatchLoader *renewals) { m_renewals = renewals; }
    RenewalBatchLoader *renewalLoader() const { return m_renewals; }
    bool startRenewals(const QList<ProductInstance> &instances, const QStringList &productNames);
    // The orders of the batch: one per customer, or one renewal per product.
    BatchPlanner::Plan batchPlan() const;
    // Journals and starts the batch for this confirmation (each confirmation once);
    // false with `error` when it was not started (nothing was sent).
    bool placeBatch(quint64 confirmation, QString *error = nullptr);

    // After an unknown outcome: looks for the order in the portal's order list again.
    void lookUpOrder();
    const OrderLookup &lookup() const { return *m_lookup; }

    // An empty draft for the next purchase. Refused (false) while an order is on its way:
    // its answer belongs to this draft.
    bool startOver();

signals:
    void stateChanged(PurchaseSession::State state);
    void lookupFinished(OrderLookup::Verdict verdict);

private:
    void submitterChanged();
    void recordPlaced();
    void recordUnknown();
    Receipt receiptFor(const OrderReceipt &answer, const QDateTime &when) const;
    void setState(State state);

    OrderSubmitter *m_submitter;
    ReceiptStore *m_receipts;
    OrderLookup *m_lookup;
    OfferingLoader *m_offering;
    OrderDraft m_draft;
    QString m_accountId;
    QString m_accountLabel;
    QString m_storeAccountId;
    State m_state = State::Editing;
    BatchRunner *m_batches = nullptr;
    RenewalBatchLoader *m_renewals = nullptr;
    quint64 m_lastBatchConfirmation = 0;
    Receipt m_receipt;
    QString m_receiptSaveError;
};
