#include "ReceiptStore.h"

#include "OrderLog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>

#include <QtConcurrent/QtConcurrentRun>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <utility>

namespace {

QString receiptKey(const Receipt &receipt)
{
    return receipt.portal.orderNo + QLatin1Char('|') + receipt.portal.orderId;
}

} // namespace

ReceiptStore::ReceiptStore(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_directory(directory.isEmpty()
                      ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                          + QStringLiteral("/receipts")
                      : directory)
{
}

ReceiptStore::~ReceiptStore()
{
    // A batch's receipts still being written reach the disk before the store goes.
    if (m_writing)
        m_writing->waitForFinished();
}

QString ReceiptStore::filePath() const
{
    // The account ID holds a URL; a hash makes a safe, stable file name.
    const QByteArray hash = QCryptographicHash::hash(m_accountId.toUtf8(), QCryptographicHash::Sha256);
    return m_directory + QStringLiteral("/receipts-") + QString::fromLatin1(hash.toHex().left(16))
        + QStringLiteral(".jsonl");
}

QString ReceiptStore::pendingFilePath() const
{
    QString path = filePath();
    path.chop(int(qstrlen(".jsonl")));
    return path + QStringLiteral(".pending.jsonl");
}

bool ReceiptStore::addPending(const Receipt &attempt, const QString &reason, QString *error)
{
    auto failed = [error](const QString &why) {
        qCWarning(lcOrder) << "pending order not recorded:" << why;
        if (error)
            *error = why;
        return false;
    };
    if (!QDir().mkpath(m_directory))
        return failed(tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(m_directory)));
    QJsonObject record = attempt.toJson();
    record.insert(QStringLiteral("outcome"), QStringLiteral("unknown"));
    record.insert(QStringLiteral("reason"), reason);
    // Append-only: earlier records are never rewritten, so a crash mid-write costs at
    // most this line, which a reader skips.
    QFile file(pendingFilePath());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        return failed(file.errorString());
    const QByteArray line = QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n';
    if (file.write(line) != line.size() || !file.flush())
        return failed(file.errorString());
#ifdef Q_OS_UNIX
    if (::fsync(file.handle()) != 0)
        return failed(QString::fromLocal8Bit(std::strerror(errno)));
#endif
    return true;
}

ReceiptStore::ReadResult ReceiptStore::readFile(const QString &path)
{
    ReadResult result;
    QFile file(path);
    if (!file.exists())
        return result;
    result.exists = true;
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = file.errorString();
        return result;
    }
    // Parsing is nearly all of the cost, and in a fresh process most of that is faulting
    // in the memory the receipts take. Parsing on every core with QtConcurrent was faster
    // only once memory was warm, and slower cold, so one thread it is. Each line is kept
    // as read, for the next rewrite of the file.
    while (!file.atEnd()) {
        QByteArray line = file.readLine();
        const bool blank = std::all_of(line.cbegin(), line.cend(), [](char c) {
            return c == ' ' || c == '\t' || c == '\r' || c == '\n';
        });
        if (blank)
            continue;
        const QJsonDocument document = QJsonDocument::fromJson(line); // the '\n' is allowed
        const auto receipt = document.isObject() ? Receipt::fromJson(document.object()) : std::nullopt;
        if (receipt) {
            if (!line.endsWith('\n'))
                line += '\n';
            result.receipts.append(*receipt);
            result.lines.append(line);
        } else {
            ++result.unreadable;
        }
    }
    return result;
}

ReceiptStore::Loaded ReceiptStore::load(const QString &path, const QString &backupPath)
{
    Loaded loaded;
    ReadResult main = readFile(path);
    OpenReport &report = loaded.report;
    report.error = main.error;
    report.unreadable = main.unreadable;
    loaded.readCleanly = main.error.isEmpty() && main.unreadable == 0;

    if (!loaded.readCleanly || !main.exists) {
        // Complete what the damaged (or vanished) file lost from the last clean copy.
        const ReadResult backup = readFile(backupPath);
        QSet<QString> known;
        for (const Receipt &receipt : std::as_const(main.receipts))
            known.insert(receiptKey(receipt));
        for (const Receipt &receipt : backup.receipts) {
            if (!known.contains(receiptKey(receipt))) {
                main.receipts.append(receipt);
                ++report.recoveredFromBackup;
            }
        }
        std::stable_sort(main.receipts.begin(), main.receipts.end(),
                         [](const Receipt &a, const Receipt &b) { return a.placedAt < b.placedAt; });
        main.lines.clear(); // out of order now: written afresh on the next write
    }
    report.loaded = int(main.receipts.size());
    loaded.receipts = std::move(main.receipts);
    loaded.lines = std::move(main.lines);
    return loaded;
}

void ReceiptStore::apply(Loaded loaded)
{
    const OpenReport &report = loaded.report;
    if (report.unreadable > 0 || !report.error.isEmpty())
        qCWarning(lcOrder) << "receipt file damaged:" << report.unreadable << "unreadable lines,"
                           << report.recoveredFromBackup << "recovered from backup" << report.error;
    m_fileReadCleanly = loaded.readCleanly;
    m_receipts = std::move(loaded.receipts);
    m_lines = std::move(loaded.lines);
    m_lastReport = report;
    emit reloaded();
}

ReceiptStore::OpenReport ReceiptStore::open(const QString &accountId)
{
    finishWriting();   // into the account it was for
    m_loading.reset(); // a background open of another account no longer matters
    m_accountId = accountId;
    apply(load(filePath(), backupPath()));
    return m_lastReport;
}

void ReceiptStore::openInBackground(const QString &accountId)
{
    finishWriting(); // into the account it was for
    m_accountId = accountId;
    m_receipts.clear();
    m_lines.clear();
    m_lastReport = OpenReport();
    emit reloaded();
    // A long history takes a noticeable time to read: not at sign-in, on the GUI thread.
    auto watcher = std::make_shared<QFutureWatcher<Loaded>>();
    m_loading = watcher;
    connect(watcher.get(), &QFutureWatcherBase::finished, this, [this, watcher] {
        if (m_loading != watcher)
            return; // replaced by a newer open, or already applied by finishLoading()
        m_loading.reset();
        apply(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(&ReceiptStore::load, filePath(), backupPath()));
}

void ReceiptStore::finishLoading()
{
    finishWriting();
    if (!m_loading)
        return;
    const std::shared_ptr<QFutureWatcher<Loaded>> watcher = std::exchange(m_loading, nullptr);
    watcher->waitForFinished();
    apply(watcher->result());
}

QByteArray ReceiptStore::lineOf(const Receipt &receipt)
{
    return QJsonDocument(receipt.toJson()).toJson(QJsonDocument::Compact) + '\n';
}

QList<QByteArray> ReceiptStore::currentLines() const
{
    if (m_lines.size() == m_receipts.size())
        return m_lines;
    QList<QByteArray> lines;
    lines.reserve(m_receipts.size());
    for (const Receipt &receipt : m_receipts)
        lines.append(lineOf(receipt));
    return lines;
}

bool ReceiptStore::writeAll(const QList<QByteArray> &lines, QString *error)
{
    const QString why = writeFile(m_directory, filePath(), backupPath(), m_fileReadCleanly, lines);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    m_fileReadCleanly = true;
    return true;
}

QString ReceiptStore::writeFile(const QString &directory, const QString &path, const QString &backupPath,
                                bool keepBackup, const QList<QByteArray> &lines)
{
    if (!QDir().mkpath(directory))
        return tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(directory));
    // Keep the current file as the backup only if it read back cleanly: a damaged file
    // must never replace the last good copy.
    if (keepBackup && QFile::exists(path)) {
        QFile::remove(backupPath);
        QFile::copy(path, backupPath);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    for (const QByteArray &line : lines)
        file.write(line);
    if (!file.commit())
        return file.errorString();
    return QString();
}

bool ReceiptStore::add(const Receipt &receipt, QString *error)
{
    finishLoading();
    QList<QByteArray> lines = currentLines();
    lines.append(lineOf(receipt));
    if (!writeAll(lines, error))
        return false;
    m_receipts.append(receipt);
    m_lines = lines;
    emit receiptAdded(int(m_receipts.size()) - 1);
    return true;
}

bool ReceiptStore::addAllInBackground(const QList<Receipt> &receipts, QObject *context,
                                      std::function<void(const QString &error)> done)
{
    if (m_writing || receipts.isEmpty())
        return false;
    finishLoading();
    QList<QByteArray> lines = currentLines();
    for (const Receipt &receipt : receipts)
        lines.append(lineOf(receipt));
    auto watcher = std::make_shared<QFutureWatcher<QString>>();
    m_writing = watcher;
    m_written = {lines, receipts, context, std::move(done)};
    connect(watcher.get(), &QFutureWatcherBase::finished, this, [this, watcher] {
        if (m_writing == watcher)
            finishWriting();
    });
    watcher->setFuture(QtConcurrent::run(&ReceiptStore::writeFile, m_directory, filePath(), backupPath(),
                                         m_fileReadCleanly, lines));
    return true;
}

void ReceiptStore::finishWriting()
{
    if (!m_writing)
        return;
    const std::shared_ptr<QFutureWatcher<QString>> watcher = std::exchange(m_writing, nullptr);
    watcher->waitForFinished();
    const QString error = watcher->result();
    Writing written = std::exchange(m_written, Writing());
    if (error.isEmpty()) {
        m_fileReadCleanly = true;
        m_lines = written.lines;
        for (const Receipt &receipt : std::as_const(written.receipts)) {
            m_receipts.append(receipt);
            emit receiptAdded(int(m_receipts.size()) - 1);
        }
    }
    // Queued: a write that waited for this one goes on before whoever asked hears of it.
    if (written.context) {
        QMetaObject::invokeMethod(
            written.context, [done = std::move(written.done), error] { done(error); }, Qt::QueuedConnection);
    }
}

bool ReceiptStore::replace(int index, const Receipt &receipt, QString *error)
{
    finishLoading();
    if (index < 0 || index >= m_receipts.size())
        return false;
    QList<QByteArray> lines = currentLines();
    lines[index] = lineOf(receipt);
    if (!writeAll(lines, error))
        return false;
    m_receipts[index] = receipt;
    m_lines = lines;
    emit receiptReplaced(index);
    return true;
}
