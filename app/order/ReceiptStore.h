#pragma once

#include "Receipt.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

// The receipts of one account, in a JSON-lines file under AppDataLocation.
//
// Why JSON lines and not SQLite: receipts are written a few times a day and read whole;
// a text file needs no extra Qt SQL driver package, is easy to inspect and back up, and
// one receipt per line means a damaged line costs that line, not the file. Every write
// rewrites the file through QSaveFile (atomic rename), and the last state that read back
// cleanly is kept as a .bak copy from which a damaged file is completed.
class ReceiptStore : public QObject
{
    Q_OBJECT

public:
    // `directory` empty: <AppDataLocation>/receipts.
    explicit ReceiptStore(const QString &directory = QString(), QObject *parent = nullptr);
    ~ReceiptStore() override;

    struct OpenReport
    {
        int loaded = 0;
        int unreadable = 0; // lines that could not be read
        int recoveredFromBackup = 0;
        QString error; // the file exists but could not be opened
    };

    // Reads the receipts of `accountId` (newest last, as written), now.
    OpenReport open(const QString &accountId);
    // The same on a worker thread: receipts() is empty until reloaded() is emitted.
    void openInBackground(const QString &accountId);
    bool isLoading() const { return m_loading != nullptr; }
    // What the last open() found, for views that show damage after the fact.
    const OpenReport &lastOpenReport() const { return m_lastReport; }
    QString accountId() const { return m_accountId; }
    const QList<Receipt> &receipts() const { return m_receipts; }
    QString filePath() const;

    // Both write the whole file atomically; on failure nothing on disk changes and
    // `error` says why.
    bool add(const Receipt &receipt, QString *error = nullptr);
    // Several at once (a batch's placed orders), written on a worker thread, so that a long
    // history is not rewritten on the GUI thread while a batch goes on. `done` is called
    // on `context`'s thread once the file is written (receipts() has them from then on)
    // or with why it failed (nothing changed). False, nothing started, while such a write
    // is under way. Any other write or open waits for it first.
    bool addAllInBackground(const QList<Receipt> &receipts, QObject *context,
                            std::function<void(const QString &error)> done);
    bool isWriting() const { return m_writing != nullptr; }
    bool replace(int index, const Receipt &receipt, QString *error = nullptr);

    // An order whose outcome is unknown (sent, no usable answer): what was sent and when,
    // and why the answer was lost, appended and synced to a file of its own next to the
    // receipts. Not a receipt: the history lists only orders the portal confirmed; this
    // keeps the attempt for a later look-up and for support, whatever happens to the app.
    bool addPending(const Receipt &attempt, const QString &reason, QString *error = nullptr);
    QString pendingFilePath() const;

signals:
    // open() and openInBackground() replaced the whole list; add() and replace() name the
    // row, so that a view can update just that row.
    void reloaded();
    void receiptAdded(int index);
    void receiptReplaced(int index);

private:
    struct ReadResult
    {
        QList<Receipt> receipts;
        QList<QByteArray> lines; // as read, one per receipt
        int unreadable = 0;
        bool exists = false;
        QString error;
    };
    struct Loaded
    {
        QList<Receipt> receipts;
        QList<QByteArray> lines;
        OpenReport report;
        bool readCleanly = true;
    };
    static ReadResult readFile(const QString &path);
    // Reads the file and completes it from the backup; touches no member (runs on a worker).
    static Loaded load(const QString &path, const QString &backupPath);
    void apply(Loaded loaded);
    // A write needs the current receipts: wait for a background open (rare: it takes a
    // fraction of a second and a purchase takes longer than that) and a background write.
    void finishLoading();
    void finishWriting();
    // The file is rewritten from each receipt's serialised line, kept since it was read or
    // written: serialising a long history again on every add() would stall the window.
    static QByteArray lineOf(const Receipt &receipt);
    QList<QByteArray> currentLines() const;
    bool writeAll(const QList<QByteArray> &lines, QString *error);
    // Touches no member (runs on a worker for addAllInBackground()); empty, or why it failed.
    static QString writeFile(const QString &directory, const QString &path, const QString &backupPath,
                             bool keepBackup, const QList<QByteArray> &lines);
    QString backupPath() const { return filePath() + QStringLiteral(".bak"); }

    QString m_directory;
    QString m_accountId;
    QList<Receipt> m_receipts;
    QList<QByteArray> m_lines; // m_receipts serialised; empty after a recovery
    OpenReport m_lastReport;
    std::shared_ptr<QFutureWatcher<Loaded>> m_loading;
    struct Writing
    {
        QList<QByteArray> lines;
        QList<Receipt> receipts;
        QPointer<QObject> context;
        std::function<void(const QString &error)> done;
    };
    std::shared_ptr<QFutureWatcher<QString>> m_writing;
    Writing m_written; // what m_writing writes
    bool m_fileReadCleanly = true;
};
