#include "ReceiptStore.h"

#include "OrderLog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>

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

QString ReceiptStore::filePath() const
{
    // The account ID holds a URL; a hash makes a safe, stable file name.
    const QByteArray hash = QCryptographicHash::hash(m_accountId.toUtf8(), QCryptographicHash::Sha256);
    return m_directory + QStringLiteral("/receipts-") + QString::fromLatin1(hash.toHex().left(16))
        + QStringLiteral(".jsonl");
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
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonDocument document = QJsonDocument::fromJson(line);
        const auto receipt = document.isObject() ? Receipt::fromJson(document.object()) : std::nullopt;
        if (receipt)
            result.receipts.append(*receipt);
        else
            ++result.unreadable;
    }
    return result;
}

ReceiptStore::OpenReport ReceiptStore::open(const QString &accountId)
{
    m_accountId = accountId;
    OpenReport report;
    ReadResult main = readFile(filePath());
    report.error = main.error;
    report.unreadable = main.unreadable;
    m_fileReadCleanly = main.error.isEmpty() && main.unreadable == 0;

    if (!m_fileReadCleanly || !main.exists) {
        // Complete what the damaged (or vanished) file lost from the last clean copy.
        const ReadResult backup = readFile(backupPath());
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
    }
    if (report.unreadable > 0 || !report.error.isEmpty())
        qCWarning(lcOrder) << "receipt file damaged:" << report.unreadable << "unreadable lines,"
                           << report.recoveredFromBackup << "recovered from backup" << report.error;
    m_receipts = main.receipts;
    report.loaded = int(m_receipts.size());
    emit receiptsChanged();
    return report;
}

bool ReceiptStore::writeAll(const QList<Receipt> &receipts, QString *error)
{
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error = tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    // Keep the current file as the backup only if it read back cleanly: a damaged file
    // must never replace the last good copy.
    if (m_fileReadCleanly && QFile::exists(filePath())) {
        QFile::remove(backupPath());
        QFile::copy(filePath(), backupPath());
    }
    QSaveFile file(filePath());
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    for (const Receipt &receipt : receipts)
        file.write(QJsonDocument(receipt.toJson()).toJson(QJsonDocument::Compact) + '\n');
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    m_fileReadCleanly = true;
    return true;
}

bool ReceiptStore::add(const Receipt &receipt, QString *error)
{
    QList<Receipt> updated = m_receipts;
    updated.append(receipt);
    if (!writeAll(updated, error))
        return false;
    m_receipts = updated;
    emit receiptsChanged();
    return true;
}

bool ReceiptStore::replace(int index, const Receipt &receipt, QString *error)
{
    if (index < 0 || index >= m_receipts.size())
        return false;
    QList<Receipt> updated = m_receipts;
    updated[index] = receipt;
    if (!writeAll(updated, error))
        return false;
    m_receipts = updated;
    emit receiptsChanged();
    return true;
}
