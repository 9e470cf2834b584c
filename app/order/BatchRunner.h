#pragma once

#include "BatchJournal.h"
#include "BatchOrder.h"
#include "OrderLookup.h"
#include "OrderSubmitter.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>

class ReceiptStore;

// Sends a batch of orders, strictly one after another, through one OrderSubmitter (each
// body once, with a confirmation of its own), and keeps the journal in step: an order's
// `sending` is on disk before its body leaves; its outcome is written as the next order's
// `sending` is (the same sync), so it is on disk before the next body leaves.
// - A refusal is recorded and the batch goes on.
// - An unknown outcome stops the batch: that order is looked up at once, and the batch
//   waits for the user (go() goes on; nothing is ever sent twice on its own).
// - stop() takes effect before the next order, never in the middle of one.
// - resume() takes up a journal left unfinished (a crash, a kill, a stop): orders left
//   `sending` are looked up before anything else is sent; placed ones are never sent.
// Every placed order gets its receipt in the history: written on a worker thread while the
// next order is on its way, at most about once a second (the history is rewritten whole
// each time), and always before the batch is announced stopped or finished. The journal holds the answer meanwhile, and
// resume() adds a receipt that a crash kept from the history.
class BatchRunner : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Idle,           // no batch
        Running,        // an order is on its way, or the next one is about to leave
        Stopping,       // stop() asked: the order on its way finishes first
        Stopped,        // the user stopped it; go() sends the rest
        LookingUp,      // an unknown outcome (or a restart) is being looked up
        WaitingForUser, // after a look-up: the user decides (go(), lookUpAgain(), close())
        Finished,       // nothing left to send
        JournalFailed,  // the journal could not be written: nothing more is sent
    };
    Q_ENUM(State)

    BatchRunner(OrderSubmitter *submitter, OrderLookup *lookup, ReceiptStore *receipts, BatchJournal *journal,
                QObject *parent = nullptr);

    // Writes the journal (every planned body) on a worker thread, then starts sending.
    // False (nothing sent, `error` says why) when a batch is under way; a journal that
    // cannot be written ends in JournalFailed with journalError(), nothing sent.
    bool start(const QString &accountId, const QString &accountLabel, const QList<BatchOrder> &orders,
               QString *error = nullptr);
    // Takes up an unfinished journal: looks up every order left sending (or unknown), then
    // sends the rest when every one was found, or waits for the user.
    bool resume(const BatchJournal::Batch &batch, QString *error = nullptr);

    void stop();
    // After Stopped or WaitingForUser: sends the orders not sent yet. Orders whose outcome
    // is still unknown stay so (they are not sent again).
    bool go();
    // Looks up every order whose outcome is unknown once more.
    bool lookUpAgain();
    // Marks the batch done in the journal (orders not sent stay unsent). Not while an
    // order is on its way or being looked up.
    bool close();
    // The account signed out, or another signed in: the batch is left as it is, its journal
    // unfinished (offered again when its account signs in), so that nothing of it is ever
    // sent with another account's token. Not while an order is on its way or looked up.
    bool setAside();

    State state() const { return m_state; }
    bool isBusy() const;
    const QList<BatchOrder> &orders() const { return m_orders; }
    QString journalPath() const { return m_journal->path(); }
    QString journalError() const { return m_journalError; }
    // The order being sent or looked up, -1 when none.
    int currentIndex() const { return m_current; }
    int count(BatchOrder::State state) const;
    int settledCount() const; // placed + refused + unknown
    // From the orders sent so far; empty until one is done.
    std::optional<std::chrono::milliseconds> timeLeft() const;
    int sendCount() const { return m_sent; }

signals:
    void stateChanged(BatchRunner::State state);
    void orderChanged(int index);

private:
    bool begin(const QList<BatchOrder> &orders, QString *error);
    bool checkBodies(QString *error) const;
    void journalCreated(const QString &error);
    void sendNext();
    void submit(int index);
    void submitterChanged();
    void settle(BatchOrder::State outcome);
    void startLookups(const QList<int> &indexes);
    void lookUpNext();
    void lookupFinished(OrderLookup::Verdict verdict);
    // Hands the order's state to the journal; a failed write stops the batch.
    void record(int index);
    void journalFailed(const QString &why);
    // Announces `state` once every journal line so far is on disk and the receipts saved.
    void settleInto(State state);
    void queueReceipt(int index);
    // Hands the receipts queued so far to the store's background write (one at a time).
    void saveReceipts();
    void receiptsSaved(const QString &why);
    // `then` once every receipt queued so far is written (or failed to be).
    void afterReceiptsSaved(std::function<void()> then);
    QSet<QString> placedOrderKeys() const;
    void setState(State state);

    OrderSubmitter *m_submitter;
    OrderLookup *m_lookup;
    ReceiptStore *m_receipts;
    BatchJournal *m_journal;
    QList<BatchOrder> m_orders;
    State m_state = State::Idle;
    QString m_journalError;
    int m_current = -1;
    bool m_stopRequested = false;
    bool m_preparing = false;    // the journal is being written; nothing sent yet
    bool m_resumeGoesOn = false; // after a restart's look-ups: send the rest when all were found
    quint64 m_confirmation = 0;
    QList<int> m_lookupQueue;
    QList<Receipt> m_receiptQueue;    // placed, not yet in the history
    QList<Receipt> m_receiptsWriting; // being written to the history on a worker
    QList<std::function<void()>> m_afterReceipts;
    QElapsedTimer m_receiptClock; // since the receipts were last written
    quint64 m_generation = 0;     // a journal answer for an older generation is stale
    QElapsedTimer m_orderClock;
    qint64 m_doneMs = 0; // time spent on the orders settled by a send in this run
    int m_done = 0;
    int m_sent = 0;
};
