#include "PurchaseSession.h"

#include "BatchRunner.h"
#include "OperationDraft.h"
#include "OrderBodyBuilder.h"
#include "OrderLog.h"
#include "OrderSubmitter.h"
#include "ReceiptStore.h"
#include "models/OfferingLoader.h"

PurchaseSession::PurchaseSession(OrderSubmitter *submitter, ReceiptStore *receipts, OrderLookup *lookup,
                                 OfferingLoader *offering, QObject *parent)
    : QObject(parent)
    , m_submitter(submitter)
    , m_receipts(receipts)
    , m_lookup(lookup)
    , m_offering(offering)
{
    connect(m_submitter, &OrderSubmitter::stateChanged, this, &PurchaseSession::submitterChanged);
    connect(m_lookup, &OrderLookup::finished, this, &PurchaseSession::lookupFinished);
}

void PurchaseSession::setAccount(const QString &accountId, const QString &accountLabel)
{
    m_accountId = accountId;
    m_accountLabel = accountLabel;
}

bool PurchaseSession::startOperation(OrderOperation operation, const CurrentSubscription &subscription)
{
    if (!startOver())
        return false;
    m_draft = OperationDraft::start(operation, subscription);
    return true;
}

bool PurchaseSession::setOperation(OrderOperation operation)
{
    if (m_state == State::Sending)
        return false;
    if (m_draft.operation == operation)
        return true;
    if (m_draft.subscription && operation != OrderOperation::NewPurchase) {
        const OrderDraft previous = m_draft;
        m_draft = OperationDraft::start(operation, *previous.subscription);
        m_draft.billingContact = previous.billingContact;
        m_draft.poNumber = previous.poNumber;
        return true;
    }
    if (operation == OrderOperation::NewPurchase || OrderOperations::actsOnExistingProduct(operation)) {
        // Leaving a product's action: what it fixed is no longer chosen by the user.
        if (m_draft.subscription) {
            m_draft.subscription.reset();
            m_draft.product.reset();
            m_draft.subordinate.reset();
            m_draft.clearProductChoices();
        }
    }
    if (OrderOperations::isTrial(operation) != OrderOperations::isTrial(m_draft.operation))
        m_draft.clearProductChoices(); // trial items and paid items are different offers
    m_draft.operation = operation;
    return true;
}

bool PurchaseSession::offers(const OfferingItem &item) const
{
    // Additions add services to the current plan; a switch changes only the plan.
    const OrderOperation operation = m_draft.operation;
    if (item.isPlan() && (operation == OrderOperation::AddCapacity || operation == OrderOperation::AddService))
        return false;
    if (!item.isPlan() && operation == OrderOperation::SwitchPlan)
        return false;
    return OrderOperations::isTrial(operation) ? item.purchaseType == QLatin1String("trial") : item.isPurchasable();
}

OrderLine PurchaseSession::startingLine(const OfferingItem &item) const
{
    return OperationDraft::startingLine(m_draft, item);
}

void PurchaseSession::prefillFromOffering()
{
    if (offeringMatchesDraft() && m_offering->state() == LoadState::State::Ready)
        OperationDraft::prefill(m_draft, m_offering->offering());
}

bool PurchaseSession::offeringMatchesDraft() const
{
    return m_draft.product && m_offering->productId() == m_draft.product->productId
        && m_offering->productNo() == m_draft.productNo;
}

void PurchaseSession::loadOffering()
{
    if (!m_draft.product)
        return;
    const LoadState::State state = m_offering->state();
    if (offeringMatchesDraft() && state != LoadState::State::Idle && state != LoadState::State::Failed)
        return;
    m_offering->setProduct(m_draft.product->productId, m_draft.productNo);
    m_offering->load();
}

PurchaseSession::Preview PurchaseSession::preview() const
{
    Preview preview;
    const OrderBodyBuilder::Outcome outcome = OrderBodyBuilder::build(m_draft);
    preview.problems = outcome.problems;
    if (outcome.request) {
        preview.receipt = Receipt::fromOrder(m_draft, *outcome.request, OrderReceipt(), m_accountId,
                                             m_accountLabel, QDateTime::currentDateTimeUtc());
        preview.body = outcome.request->toJsonBody();
    }
    return preview;
}

QStringList PurchaseSession::problems() const
{
    return OrderBodyBuilder::problemsWith(m_draft);
}

bool PurchaseSession::place(quint64 confirmation)
{
    const OrderBodyBuilder::Outcome outcome = OrderBodyBuilder::build(m_draft);
    if (!outcome.request)
        return false;
    // Refused when this confirmation was already used: one body per confirmation.
    return m_submitter->submit(*outcome.request, confirmation);
}

bool PurchaseSession::startRenewals(const QList<ProductInstance> &instances, const QStringList &productNames)
{
    if (!m_renewals || instances.isEmpty() || !startOver())
        return false;
    m_draft.operation = OrderOperation::Renew;
    m_draft.renewsSeveral = true;
    m_renewals->load(instances, productNames);
    return true;
}

BatchPlanner::Plan PurchaseSession::batchPlan() const
{
    if (m_draft.renewsSeveral)
        return BatchPlanner::forRenewals(m_renewals->products(), m_draft, m_accountId, m_accountLabel);
    OrderDraft package = m_draft;
    package.customers.clear();
    return BatchPlanner::forCustomers(package, m_draft.customers, m_accountId, m_accountLabel);
}

bool PurchaseSession::placeBatch(quint64 confirmation, QString *error)
{
    if (!m_batches || confirmation <= m_lastBatchConfirmation)
        return false;
    const BatchPlanner::Plan plan = batchPlan();
    if (!plan.problems.isEmpty()) {
        if (error)
            *error = plan.problems.join(QLatin1Char(' '));
        return false;
    }
    m_lastBatchConfirmation = confirmation;
    return m_batches->start(m_storeAccountId.isEmpty() ? m_accountId : m_storeAccountId, m_accountLabel,
                            plan.orders, error);
}

const ApiError &PurchaseSession::error() const
{
    return m_submitter->error();
}

QDateTime PurchaseSession::attemptedAt() const
{
    return m_submitter->attemptedAt();
}

void PurchaseSession::submitterChanged()
{
    switch (m_submitter->state()) {
    case OrderSubmitter::State::Idle:
        setState(State::Editing);
        return;
    case OrderSubmitter::State::Sending:
        setState(State::Sending);
        return;
    case OrderSubmitter::State::Rejected:
        setState(State::Rejected);
        return;
    case OrderSubmitter::State::Placed:
        recordPlaced();
        return;
    case OrderSubmitter::State::Unknown:
        recordUnknown();
        return;
    }
}

Receipt PurchaseSession::receiptFor(const OrderReceipt &answer, const QDateTime &when) const
{
    return Receipt::fromOrder(m_draft, m_submitter->request(), answer, m_accountId, m_accountLabel, when);
}

void PurchaseSession::recordPlaced()
{
    // The disk copy is the proof of purchase: saved before anyone hears of the order.
    m_receipt = receiptFor(m_submitter->receipt(), m_submitter->attemptedAt());
    m_receiptSaveError.clear();
    if (!m_receipts->add(m_receipt, &m_receiptSaveError))
        qCWarning(lcOrder) << "receipt of order" << m_receipt.portal.orderNo << "not saved:" << m_receiptSaveError;
    setState(State::Placed);
}

void PurchaseSession::recordUnknown()
{
    m_receipt = receiptFor(OrderReceipt(), m_submitter->attemptedAt());
    m_receiptSaveError.clear();
    // What was sent survives even if the app does not; the page says the rest.
    m_receipts->addPending(m_receipt, error().title());
    // Asking whether the order was made is a read, safe to do at once: the look-up is
    // under way by the time anyone hears of the unknown outcome.
    m_lookup->find(m_submitter->request(), m_submitter->attemptedAt());
    setState(State::Unknown);
}

void PurchaseSession::lookUpOrder()
{
    if (m_state == State::Unknown)
        m_lookup->find(m_submitter->request(), m_submitter->attemptedAt());
}

bool PurchaseSession::startOver()
{
    if (m_state == State::Sending)
        return false;
    m_draft = OrderDraft();
    m_receipt = Receipt();
    m_receiptSaveError.clear();
    m_submitter->reset(); // → Editing
    return true;
}

void PurchaseSession::setState(State state)
{
    m_state = state;
    emit stateChanged(state);
}
