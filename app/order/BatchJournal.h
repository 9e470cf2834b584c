#pragma once

#include "BatchOrder.h"

#include <QDateTime>
#include <QFile>
#include <QList>
#include <QMutex>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QThreadPool>

#include <functional>
#include <optional>

// The batch's record on disk, written before anything is sent and after every change:
// an append-only file of JSON lines (a header, one "planned" line per order with its
// exact body, then one line per state change), each write flushed and synced before the
// call returns. A crash can tear at most the last line, which reading skips: the state
// it would have recorded never happened as far as the next start knows, and the order
// it was about is looked up before anything else is sent.
//
// recordLater() writes on a worker thread (a sync takes milliseconds, too long for the
// GUI thread a thousand times over): lines are written in the order they were handed
// in, those that queue up meanwhile share one sync, and each caller hears when its line
// is on disk. The other writing calls wait for the queue first.
class BatchJournal
{
public:
    using Written = std::function<void(bool ok, const QString &error)>;

    struct Batch
    {
        QString path;
        QString accountId;
        QString accountLabel;
        QDateTime createdAt;
        QList<BatchOrder> orders;
        bool closed = false;     // the user closed it: nothing more to do
        int unreadableLines = 0; // damaged lines other than a torn last one

        // Not closed, and some order is not settled (planned, sending or unknown).
        bool isUnfinished() const;
        int count(BatchOrder::State state) const;
    };

    // `directory` is created when the first batch is.
    explicit BatchJournal(const QString &directory);
    ~BatchJournal();

    QString directory() const { return m_directory; }

    // Writes a new journal with every planned order (its exact body) and keeps it open.
    // Nothing may be sent unless this returned true.
    bool create(const QString &accountId, const QString &accountLabel, const QList<BatchOrder> &orders,
                QString *error = nullptr);
    // Opens an existing journal (`batch.path`) to go on writing to it.
    bool reopen(const QString &path, QString *error = nullptr);
    QString path() const { return m_path; }
    bool isOpen() const { return m_open; }

    // Appends the order's current state (sending, placed, refused, unknown).
    bool record(const BatchOrder &order, QString *error = nullptr);
    // The same on the worker; `done` runs on `context`'s thread once the line is synced
    // (or failed), after every line handed in before it.
    void recordLater(const BatchOrder &order, QObject *context, Written done);
    // `done` runs once everything handed in so far is on disk.
    void afterPendingWrites(QObject *context, Written done);
    // Appends "closed": the next start does not offer this batch again.
    bool close(QString *error = nullptr);
    // Stops writing to the journal without closing the batch: it stays unfinished, and is
    // offered again when its account signs in.
    void release();

    static std::optional<Batch> read(const QString &path, QString *error = nullptr);
    // The journals in the directory that belong to `accountId` and are unfinished, oldest first.
    QList<Batch> unfinished(const QString &accountId) const;

private:
    struct Pending
    {
        QByteArray lines; // empty: only waits for the lines before it
        QPointer<QObject> context;
        Written done;
    };
    bool append(const QByteArray &lines, QString *error);
    void enqueue(Pending pending);
    void writeQueue(); // on the worker
    void waitForWrites();

    QString m_directory;
    QString m_path;
    bool m_open = false;
    QFile m_file; // written by the worker while it runs, else by the caller
    QMutex m_mutex;
    QList<Pending> m_queue;
    bool m_writing = false;
    QThreadPool m_worker;
};
