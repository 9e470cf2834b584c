#include "BatchRunner.h"

#include "OrderBodyReader.h"
#include "OrderLog.h"
#include "ReceiptStore.h"

#include <QFutureWatcher>
#include <QSet>
#include <QtConcurrent>

namespace {
// How often the history is rewritten while a batch runs.
constexpr qint64 kReceiptIntervalMs = 1000;
} // namespace

BatchRunner::BatchRunner(OrderSubmitter *submitter, OrderLookup *lookup, ReceiptStore *receipts,
                         BatchJournal *journal, QObject *parent)
    : QObject(parent)
    , m_submitter(submitter)
    , m_lookup(lookup)
    , m_receipts(receipts)
    , m_journal(journal)
{
    connect(m_submitter, &OrderSubmitter::stateChanged, this, &BatchRunner::submitterChanged);
    connect(m_lookup, &OrderLookup::finished, this, &BatchRunner::lookupFinished);
}

bool BatchRunner::isBusy() const
{
    return m_preparing || m_state == State::Running || m_state == State::Stopping || m_state == State::LookingUp;
}

bool BatchRunner::begin(const QList<BatchOrder> &orders, QString *error)
{
    if (isBusy()) {
        if (error)
            *error = tr("Another batch is under way.");
        return false;
    }
    ++m_generation;
    m_orders = orders;
    m_journalError.clear();
    m_current = -1;
    m_stopRequested = false;
    m_resumeGoesOn = false;
    m_lookupQueue.clear();
    m_receiptQueue.clear();
    m_receiptClock.start();
    m_doneMs = 0;
    m_done = 0;
    m_sent = 0;
    return true;
}

bool BatchRunner::checkBodies(QString *error) const
{
    // Every body must read back exactly, or it could not be sent after a restart.
    for (const BatchOrder &order : m_orders) {
        if (!OrderBodyReader::read(order.plan.requestBody)) {
            if (error)
                *error = tr("Order %1 of the batch cannot be sent as planned.").arg(order.index + 1);
            return false;
        }
    }
    return true;
}

bool BatchRunner::start(const QString &accountId, const QString &accountLabel, const QList<BatchOrder> &orders,
                        QString *error)
{
    if (!begin(orders, error))
        return false;
    m_preparing = true;
    setState(State::Running);
    // A thousand bodies checked, serialised and synced take longer than a frame: on a
    // worker. Nothing else touches the journal meanwhile.
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        watcher->deleteLater();
        journalCreated(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([this, accountId, accountLabel] {
        QString why;
        if (!checkBodies(&why))
            return why;
        if (!m_journal->create(accountId, accountLabel, m_orders, &why))
            return tr("The batch could not be written to disk, so nothing was sent: %1").arg(why);
        return QString();
    }));
    return true;
}

void BatchRunner::journalCreated(const QString &error)
{
    m_preparing = false;
    if (!error.isEmpty()) {
        for (BatchOrder &order : m_orders)
            order.state = BatchOrder::State::Planned;
        m_journalError = error;
        qCWarning(lcOrder) << "batch not started:" << error;
        setState(State::JournalFailed);
        return;
    }
    sendNext();
}

bool BatchRunner::resume(const BatchJournal::Batch &batch, QString *error)
{
    if (!begin(batch.orders, error))
        return false;
    if (!checkBodies(error)) {
        m_orders.clear();
        return false;
    }
    QString why;
    if (!m_journal->reopen(batch.path, &why)) {
        if (error)
            *error = tr("The batch journal could not be opened: %1").arg(why);
        m_orders.clear();
        return false;
    }
    // A placed order whose receipt did not reach the history before the app stopped.
    for (const BatchOrder &order : std::as_const(m_orders)) {
        if (order.state == BatchOrder::State::Placed)
            queueReceipt(order.index);
    }
    saveReceipts();
    QList<int> unsettled;
    for (const BatchOrder &order : std::as_const(m_orders)) {
        if (order.state == BatchOrder::State::Sending || order.state == BatchOrder::State::Unknown)
            unsettled << order.index;
    }
    qCInfo(lcOrder) << "batch resumed from" << batch.path << ":" << unsettled.size() << "to look up";
    if (unsettled.isEmpty()) {
        setState(State::Running);
        sendNext();
    } else {
        m_resumeGoesOn = true;
        startLookups(unsettled);
    }
    return true;
}

void BatchRunner::stop()
{
    if (m_state == State::Running && (m_current >= 0 || m_preparing)) {
        m_stopRequested = true;
        setState(State::Stopping);
    }
}

bool BatchRunner::go()
{
    if (m_state != State::Stopped && m_state != State::WaitingForUser)
        return false;
    m_stopRequested = false;
    setState(State::Running);
    sendNext();
    return true;
}

bool BatchRunner::lookUpAgain()
{
    if (m_state != State::WaitingForUser && m_state != State::Stopped && m_state != State::Finished)
        return false;
    QList<int> unknown;
    for (const BatchOrder &order : std::as_const(m_orders)) {
        if (order.state == BatchOrder::State::Unknown)
            unknown << order.index;
    }
    if (unknown.isEmpty())
        return false;
    m_resumeGoesOn = false;
    startLookups(unknown);
    return true;
}

bool BatchRunner::close()
{
    if (isBusy() || m_state == State::Idle)
        return false;
    ++m_generation;
    saveReceipts();
    if (m_journal->isOpen())
        m_journal->close(&m_journalError);
    setState(State::Idle);
    return true;
}

bool BatchRunner::setAside()
{
    if (isBusy() || m_state == State::Idle)
        return false;
    ++m_generation;
    saveReceipts();
    m_journal->release();
    m_orders.clear();
    setState(State::Idle);
    return true;
}

int BatchRunner::count(BatchOrder::State state) const
{
    return BatchOrder::count(m_orders, state);
}

int BatchRunner::settledCount() const
{
    return count(BatchOrder::State::Placed) + count(BatchOrder::State::Refused) + count(BatchOrder::State::Unknown);
}

std::optional<std::chrono::milliseconds> BatchRunner::timeLeft() const
{
    if (m_done == 0)
        return std::nullopt;
    const int left = count(BatchOrder::State::Planned) + (m_current >= 0 ? 1 : 0);
    return std::chrono::milliseconds(m_doneMs * left / m_done);
}

void BatchRunner::sendNext()
{
    m_current = -1;
    if (m_state == State::JournalFailed)
        return;
    if (m_stopRequested) {
        m_stopRequested = false;
        settleInto(State::Stopped);
        return;
    }
    const auto next = std::find_if(m_orders.begin(), m_orders.end(),
                                   [](const BatchOrder &order) { return order.state == BatchOrder::State::Planned; });
    if (next == m_orders.end()) {
        settleInto(State::Finished);
        return;
    }
    BatchOrder &order = *next;
    order.state = BatchOrder::State::Sending;
    order.sentAt = QDateTime::currentDateTimeUtc();
    m_current = order.index;
    m_orderClock.start();
    emit orderChanged(order.index);
    // On disk before the body leaves: after a crash this order is looked up, not re-sent.
    const quint64 generation = m_generation;
    const int index = order.index;
    m_journal->recordLater(order, this, [this, generation, index](bool ok, const QString &why) {
        if (generation != m_generation)
            return;
        if (!ok) {
            m_orders[index].state = BatchOrder::State::Planned;
            emit orderChanged(index);
            journalFailed(why);
            return;
        }
        submit(index);
    });
}

void BatchRunner::submit(int index)
{
    // begin() checked that every body reads back.
    const std::optional<OrderRequest> request = OrderBodyReader::read(m_orders.at(index).plan.requestBody);
    m_submitter->reset();
    if (!request || !m_submitter->submit(*request, ++m_confirmation)) {
        qCCritical(lcOrder) << "batch order" << index << "could not be handed to the submitter";
        journalFailed(tr("The order could not be sent."));
        return;
    }
    ++m_sent;
    // Saved while this order is on its way, not between two orders.
    if (m_receiptClock.elapsed() >= kReceiptIntervalMs)
        saveReceipts();
}

void BatchRunner::submitterChanged()
{
    if (m_current < 0 || m_state == State::LookingUp)
        return;
    switch (m_submitter->state()) {
    case OrderSubmitter::State::Idle:
    case OrderSubmitter::State::Sending:
        return;
    case OrderSubmitter::State::Placed:
        settle(BatchOrder::State::Placed);
        return;
    case OrderSubmitter::State::Rejected:
        settle(BatchOrder::State::Refused);
        return;
    case OrderSubmitter::State::Unknown:
        settle(BatchOrder::State::Unknown);
        return;
    }
}

void BatchRunner::settle(BatchOrder::State outcome)
{
    const int index = m_current;
    BatchOrder &order = m_orders[index];
    order.state = outcome;
    if (outcome == BatchOrder::State::Placed) {
        order.portal = m_submitter->receipt();
    } else {
        order.reason = m_submitter->error().userMessage();
        order.reference = m_submitter->error().referenceLine();
    }
    m_doneMs += m_orderClock.elapsed();
    ++m_done;
    // Written together with the next order's `sending`, before its body leaves.
    record(index);
    emit orderChanged(index);

    switch (outcome) {
    case BatchOrder::State::Placed:
        queueReceipt(index);
        sendNext();
        return;
    case BatchOrder::State::Refused:
        sendNext();
        return;
    case BatchOrder::State::Unknown:
        m_stopRequested = false;
        m_resumeGoesOn = false;
        startLookups({index});
        return;
    case BatchOrder::State::Planned:
    case BatchOrder::State::Sending:
        return;
    }
}

void BatchRunner::startLookups(const QList<int> &indexes)
{
    m_lookupQueue = indexes;
    setState(State::LookingUp);
    lookUpNext();
}

void BatchRunner::lookUpNext()
{
    if (m_lookupQueue.isEmpty()) {
        m_current = -1;
        // A restart whose orders were all found goes on by itself; anything still
        // unknown waits for the user.
        const bool allFound = count(BatchOrder::State::Unknown) == 0 && count(BatchOrder::State::Sending) == 0;
        if (allFound && m_resumeGoesOn) {
            m_resumeGoesOn = false;
            setState(State::Running);
            sendNext();
        } else {
            settleInto(State::WaitingForUser);
        }
        return;
    }
    m_current = m_lookupQueue.takeFirst();
    const BatchOrder &order = m_orders.at(m_current);
    const std::optional<OrderRequest> request = OrderBodyReader::read(order.plan.requestBody);
    const QDateTime since = order.sentAt.isValid() ? order.sentAt : QDateTime::currentDateTimeUtc();
    // Orders this batch already placed are not this one, however alike they look.
    m_lookup->find(request.value_or(OrderRequest()), since, placedOrderKeys());
    emit orderChanged(m_current);
}

void BatchRunner::lookupFinished(OrderLookup::Verdict verdict)
{
    if (m_state != State::LookingUp || m_current < 0)
        return;
    BatchOrder &order = m_orders[m_current];
    if (verdict == OrderLookup::Verdict::Found) {
        const OrderListEntry &match = *m_lookup->match();
        order.state = BatchOrder::State::Placed;
        order.foundByLookup = true;
        order.portal = OrderReceipt();
        order.portal.orderNo = match.orderNo;
        order.portal.orderId = match.id;
        order.portal.orderStatus = match.orderStatus;
        queueReceipt(order.index);
    } else {
        order.state = BatchOrder::State::Unknown;
        if (order.reason.isEmpty())
            order.reason = tr("The app stopped while this order was being sent.");
        if (verdict == OrderLookup::Verdict::Failed)
            order.reason += QLatin1Char(' ') + tr("It could not be looked up: %1").arg(m_lookup->error().title());
    }
    record(order.index);
    emit orderChanged(order.index);
    if (m_state == State::LookingUp)
        lookUpNext();
}

void BatchRunner::record(int index)
{
    const quint64 generation = m_generation;
    m_journal->recordLater(m_orders.at(index), this, [this, generation](bool ok, const QString &why) {
        if (!ok && generation == m_generation)
            journalFailed(why);
    });
}

void BatchRunner::journalFailed(const QString &why)
{
    ++m_generation; // nothing handed to the journal after this is sent
    m_current = -1;
    m_journalError = tr("The batch journal could not be written, so the batch stopped: %1").arg(why);
    qCWarning(lcOrder) << "batch journal write failed:" << why;
    saveReceipts();
    setState(State::JournalFailed);
}

void BatchRunner::settleInto(State state)
{
    const quint64 generation = m_generation;
    afterReceiptsSaved([this, generation, state] {
        m_journal->afterPendingWrites(this, [this, generation, state](bool ok, const QString &why) {
            if (generation != m_generation)
                return;
            if (!ok)
                journalFailed(why);
            else
                setState(state);
        });
    });
}

void BatchRunner::queueReceipt(int index)
{
    const BatchOrder &order = m_orders.at(index);
    const auto sameOrder = [&order](const Receipt &receipt) {
        return (!order.portal.orderNo.isEmpty() && receipt.portal.orderNo == order.portal.orderNo)
            || (!order.portal.orderId.isEmpty() && receipt.portal.orderId == order.portal.orderId);
    };
    if (std::any_of(m_receipts->receipts().cbegin(), m_receipts->receipts().cend(), sameOrder)
        || std::any_of(m_receiptQueue.cbegin(), m_receiptQueue.cend(), sameOrder)
        || std::any_of(m_receiptsWriting.cbegin(), m_receiptsWriting.cend(), sameOrder))
        return;
    Receipt receipt = order.plan;
    receipt.placedAt = order.sentAt.isValid() ? order.sentAt : QDateTime::currentDateTimeUtc();
    receipt.portal = order.portal;
    m_receiptQueue << receipt;
}

void BatchRunner::saveReceipts()
{
    m_receiptClock.start();
    if (m_receiptQueue.isEmpty() || !m_receiptsWriting.isEmpty())
        return;
    m_receiptsWriting = std::exchange(m_receiptQueue, {});
    const bool started = m_receipts->addAllInBackground(m_receiptsWriting, this, [this](const QString &why) {
        receiptsSaved(why);
    });
    if (!started)
        receiptsSaved(tr("Another write of the receipts is under way."));
}

void BatchRunner::receiptsSaved(const QString &why)
{
    if (!why.isEmpty()) {
        // The journal still holds every answer; the receipts are kept for the next try.
        qCWarning(lcOrder) << m_receiptsWriting.size() << "receipts of batch orders not saved:" << why;
        m_receiptQueue = m_receiptsWriting + m_receiptQueue;
    }
    m_receiptsWriting.clear();
    const QList<std::function<void()>> waiting = std::exchange(m_afterReceipts, {});
    for (const std::function<void()> &then : waiting)
        then();
}

void BatchRunner::afterReceiptsSaved(std::function<void()> then)
{
    if (!m_receiptsWriting.isEmpty()) {
        // The write on its way first, then whatever was queued meanwhile.
        m_afterReceipts << [this, then = std::move(then)] { afterReceiptsSaved(then); };
        return;
    }
    if (m_receiptQueue.isEmpty()) {
        then();
        return;
    }
    m_afterReceipts << std::move(then); // called once this write is done, saved or not
    saveReceipts();
}

QSet<QString> BatchRunner::placedOrderKeys() const
{
    QSet<QString> keys;
    for (const BatchOrder &order : m_orders) {
        if (order.state != BatchOrder::State::Placed)
            continue;
        if (!order.portal.orderNo.isEmpty())
            keys.insert(order.portal.orderNo);
        if (!order.portal.orderId.isEmpty())
            keys.insert(order.portal.orderId);
    }
    return keys;
}

void BatchRunner::setState(State state)
{
    m_state = state;
    emit stateChanged(state);
}
