#include "Receipt.h"

#include "OrderDraft.h"
#include "api/JsonFields.h"
#include "api/OrderRequest.h"

#include <QJsonArray>
#include <QStringList>

namespace {

Receipt::Line lineFrom(const OrderLine &line)
{
    Receipt::Line out;
    out.serviceType = line.item.isPlan() ? QStringLiteral("plan") : QStringLiteral("service");
    out.id = line.item.id.toString();
    out.name = line.item.name;
    out.quantity = line.quantity;
    out.billingCycle = line.billingCycle;
    out.multiCycle = line.multiCycle;
    out.quantityUnit = line.item.quantityUnit;
    return out;
}

using JsonFields::text;

} // namespace

QString Receipt::itemsSummary() const
{
    QStringList parts;
    for (const Line &line : lines) // one arg() pass: a "%1" in a name stays text
        parts << QStringLiteral("%1 × %2").arg(line.name, QString::number(line.quantity));
    return parts.join(QStringLiteral(", "));
}

Receipt Receipt::fromOrder(const OrderDraft &draft, const OrderRequest &request,
                           const OrderReceipt &answer, const QString &accountId,
                           const QString &accountLabel, const QDateTime &placedAt)
{
    Receipt receipt;
    receipt.accountId = accountId;
    receipt.accountLabel = accountLabel;
    receipt.placedAt = placedAt;
    receipt.operation = draft.operation;
    receipt.productId = request.productId;
    receipt.productName = draft.product ? draft.product->name : QString();
    receipt.deviceSerialNumber = request.productNo;
    if (draft.subscription)
        receipt.subscriptionNo = draft.subscription->productNo;
    if (draft.subordinate) {
        receipt.recipientName = draft.subordinate->displayName();
        receipt.recipientPartnerId = draft.subordinate->partnerId.toString();
    }
    if (draft.plan)
        receipt.lines << lineFrom(*draft.plan);
    for (const OrderLine &service : draft.services)
        receipt.lines << lineFrom(service);
    if (draft.billingContact) {
        receipt.billingContactName = draft.billingContact->displayName();
        receipt.billingContactId = draft.billingContact->billingContactId.toString();
    }
    receipt.poNumber = request.poNumber;
    receipt.portal = answer;
    receipt.requestBody = request.toJsonBody();
    return receipt;
}

QJsonObject Receipt::toJson() const
{
    QJsonArray items;
    for (const Line &line : lines) {
        items.append(QJsonObject{
            {QStringLiteral("serviceType"), line.serviceType},
            {QStringLiteral("id"), line.id}, // IDs as strings: exact in any JSON reader
            {QStringLiteral("name"), line.name},
            {QStringLiteral("quantity"), line.quantity},
            {QStringLiteral("billingCycle"), line.billingCycle},
            {QStringLiteral("multiCycle"), line.multiCycle},
            {QStringLiteral("quantityUnit"), line.quantityUnit},
        });
    }
    return QJsonObject{
        {QStringLiteral("version"), 1},
        {QStringLiteral("accountId"), accountId},
        {QStringLiteral("accountLabel"), accountLabel},
        {QStringLiteral("placedAt"), placedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("operation"), OrderOperations::key(operation)},
        {QStringLiteral("subscriptionNo"), subscriptionNo},
        {QStringLiteral("productId"), QString::number(productId)},
        {QStringLiteral("productName"), productName},
        {QStringLiteral("deviceSerialNumber"), deviceSerialNumber},
        {QStringLiteral("recipientName"), recipientName},
        {QStringLiteral("recipientPartnerId"), recipientPartnerId},
        {QStringLiteral("lines"), items},
        {QStringLiteral("billingContactName"), billingContactName},
        {QStringLiteral("billingContactId"), billingContactId},
        {QStringLiteral("poNumber"), poNumber},
        {QStringLiteral("orderNo"), portal.orderNo},
        {QStringLiteral("orderId"), portal.orderId},
        {QStringLiteral("orderStatus"), portal.orderStatus},
        {QStringLiteral("transactionNo"), portal.transactionNo},
        {QStringLiteral("instanceId"), portal.instanceId},
        {QStringLiteral("productNo"), portal.productNo},
        {QStringLiteral("requestId"), portal.requestId},
        {QStringLiteral("requestBody"), QString::fromUtf8(requestBody)},
        {QStringLiteral("statusCheckedAt"), statusCheckedAt.isValid() ? statusCheckedAt.toUTC().toString(Qt::ISODateWithMs) : QString()},
    };
}

std::optional<Receipt> Receipt::fromJson(const QJsonObject &object)
{
    Receipt receipt = fromPlanJson(object);
    if (!receipt.placedAt.isValid() || (receipt.portal.orderNo.isEmpty() && receipt.portal.orderId.isEmpty()))
        return std::nullopt;
    return receipt;
}

Receipt Receipt::fromPlanJson(const QJsonObject &object)
{
    Receipt receipt;
    receipt.placedAt = QDateTime::fromString(text(object, "placedAt"), Qt::ISODateWithMs);
    receipt.portal.orderNo = text(object, "orderNo");
    receipt.portal.orderId = text(object, "orderId");
    receipt.accountId = text(object, "accountId");
    receipt.accountLabel = text(object, "accountLabel");
    receipt.operation = OrderOperations::fromKey(text(object, "operation"));
    receipt.subscriptionNo = text(object, "subscriptionNo");
    receipt.productId = text(object, "productId").toLongLong();
    receipt.productName = text(object, "productName");
    receipt.deviceSerialNumber = text(object, "deviceSerialNumber");
    receipt.recipientName = text(object, "recipientName");
    receipt.recipientPartnerId = text(object, "recipientPartnerId");
    const QJsonArray items = object.value(QLatin1String("lines")).toArray();
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        Line line;
        line.serviceType = text(item, "serviceType");
        line.id = text(item, "id");
        line.name = text(item, "name");
        line.quantity = item.value(QLatin1String("quantity")).toInt();
        line.billingCycle = text(item, "billingCycle");
        line.multiCycle = item.value(QLatin1String("multiCycle")).toInt();
        line.quantityUnit = text(item, "quantityUnit");
        receipt.lines << line;
    }
    receipt.billingContactName = text(object, "billingContactName");
    receipt.billingContactId = text(object, "billingContactId");
    receipt.poNumber = text(object, "poNumber");
    receipt.portal.orderStatus = text(object, "orderStatus");
    receipt.portal.transactionNo = text(object, "transactionNo");
    receipt.portal.instanceId = text(object, "instanceId");
    receipt.portal.productNo = text(object, "productNo");
    receipt.portal.requestId = text(object, "requestId");
    receipt.requestBody = text(object, "requestBody").toUtf8();
    const QString checked = text(object, "statusCheckedAt");
    if (!checked.isEmpty())
        receipt.statusCheckedAt = QDateTime::fromString(checked, Qt::ISODateWithMs);
    return receipt;
}
