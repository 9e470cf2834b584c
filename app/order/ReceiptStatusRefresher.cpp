#include "ReceiptStatusRefresher.h"

#include "OrderLog.h"
#include "ReceiptStore.h"
#include "api/JsonFields.h"
#include "api/PortalClient.h"

ReceiptStatusRefresher::ReceiptStatusRefresher(PortalClient *client, ReceiptStore *store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
{
    if (m_store)
        connect(m_store, &ReceiptStore::reloaded, this, &ReceiptStatusRefresher::abandonAll);
}

bool ReceiptStatusRefresher::canChange(const Receipt &receipt)
{
    static const QStringList finalStatuses{QStringLiteral("succeed"), QStringLiteral("failed"),
                                           QStringLiteral("cancelled"), QStringLiteral("refunded"),
                                           QStringLiteral("invalid")};
    return !finalStatuses.contains(receipt.portal.orderStatus);
}

QString ReceiptStatusRefresher::orderKey(const Receipt &receipt)
{
    return receipt.portal.orderNo.isEmpty() ? receipt.portal.orderId : receipt.portal.orderNo;
}

std::optional<QString> ReceiptStatusRefresher::statusIn(const OrderDetails &details)
{
    const QLatin1String key("orderStatus");
    for (const QJsonObject &section : {details.orderInformation, details.basicInformation, details.raw}) {
        const QString status = JsonFields::text(section, key);
        if (!status.isEmpty())
            return status;
    }
    return std::nullopt;
}

bool ReceiptStatusRefresher::refresh(const Receipt &receipt)
{
    const QString key = orderKey(receipt);
    if (key.isEmpty() || m_inFlight.contains(key))
        return false;
    m_inFlight.insert(key);
    emit started(key);
    const quint64 epoch = m_epoch;
    m_client->fetchOrderDetails(key, this, [this, key, epoch](const ApiResult<OrderDetails> &result) {
        if (epoch != m_epoch)
            return; // another account's store is open now
        m_inFlight.remove(key);
        if (!result.ok()) {
            qCWarning(lcOrder) << "status check of" << key << "failed:" << result.error.referenceLine();
            emit finished(key, result.error.userMessage(), result.error.referenceLine());
            return;
        }
        const std::optional<QString> status = statusIn(*result.value);
        if (!status) {
            emit finished(key, tr("The portal's answer did not include the order's status."),
                          result.requestId.isEmpty() ? QString()
                                                     : tr("Request ID: %1").arg(result.requestId));
            return;
        }
        apply(key, *status);
    });
    return true;
}

void ReceiptStatusRefresher::apply(const QString &key, const QString &status)
{
    const QList<Receipt> &receipts = m_store->receipts();
    // Newest last: the receipts worth checking are usually near the end.
    for (qsizetype index = receipts.size() - 1; index >= 0; --index) {
        if (orderKey(receipts.at(index)) != key)
            continue;
        Receipt updated = receipts.at(index);
        updated.portal.orderStatus = status;
        updated.statusCheckedAt = QDateTime::currentDateTimeUtc();
        QString error;
        if (!m_store->replace(int(index), updated, &error)) {
            emit finished(key, tr("The new status could not be saved: %1").arg(error), QString());
            return;
        }
        qCInfo(lcOrder) << "status of" << key << "is" << status;
        emit finished(key, QString(), QString());
        return;
    }
    emit finished(key, tr("The receipt is no longer in the history."), QString());
}

void ReceiptStatusRefresher::abandonAll()
{
    ++m_epoch;
    const QSet<QString> keys = std::exchange(m_inFlight, {});
    for (const QString &key : keys)
        emit finished(key, tr("The check was abandoned: another account's receipts are open."), QString());
}
