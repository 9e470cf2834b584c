#pragma once

// What must hold of every order body the app can send (fuzz_order_body, fuzz_offering):
// it is JSON, its keys come in the tutorials' order, every value is the one in the
// request, and every ID travels as its exact digits, 19-digit ones included.

#include "FuzzSupport.h"
#include "StrictCsvReader.h" // tests/
#include "api/OrderRequest.h"
#include "order/OrderBodyBuilder.h"
#include "order/OrderDraft.h"
#include "order/Receipt.h"
#include "order/ReceiptCsvExporter.h"
#include "order/ReceiptFormatter.h"

#include <QByteArrayList>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QList>
#include <QPair>
#include <QStringList>

namespace OrderChecks {

// The body's `"key": value` lines in order, the value as raw text (no trailing comma).
// Exact: toJsonBody() writes one field a line, and a JSON string cannot hold a raw newline.
inline QList<QPair<QByteArray, QByteArray>> fieldLines(const QByteArray &body)
{
    QList<QPair<QByteArray, QByteArray>> fields;
    const QByteArrayList lines = body.split('\n');
    for (const QByteArray &line : lines) {
        const QByteArray text = line.trimmed();
        if (!text.startsWith('"'))
            continue;
        const qsizetype separator = text.indexOf("\": ");
        FUZZ_CHECK(separator > 0);
        QByteArray value = text.mid(separator + 3);
        if (value.endsWith(','))
            value.chop(1);
        fields.append({text.mid(1, separator - 1), value});
    }
    return fields;
}

inline void checkString(const QJsonValue &value, const QString &expected)
{
    FUZZ_CHECK(value.isString());
    if (FuzzSupport::survivesUtf8(expected))
        FUZZ_CHECK(value.toString() == expected);
}

inline void checkId(const QJsonValue &value, const QByteArray &raw, const EntityId &expected)
{
    if (!expected.isValid()) {
        FUZZ_CHECK(raw == "null" && value.isNull());
        return;
    }
    // Byte for byte the digits we hold, and read back by Qt as the same 64-bit integer.
    FUZZ_CHECK(raw == expected.toString().toLatin1());
    FUZZ_CHECK(value.isDouble());
    FUZZ_CHECK(value.toInteger() == expected.toInteger());
    FUZZ_CHECK(EntityId::fromJson(value) == expected);
}

// `body` is request.toJsonBody(): check it against `request`.
inline void checkBody(const OrderRequest &request, const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    FUZZ_CHECK(error.error == QJsonParseError::NoError);
    FUZZ_CHECK(document.isObject());
    FUZZ_CHECK(body.endsWith("}\n"));
    const QJsonObject object = document.object();

    // The keys, in the order the tutorials print them; optional ones only when set.
    QByteArrayList expectedKeys{"operationType", "productId"};
    if (request.partnerId.isValid())
        expectedKeys << "partnerId";
    if (!request.productNo.isEmpty())
        expectedKeys << "productNo";
    expectedKeys << "billingId";
    if (!request.poNumber.isEmpty())
        expectedKeys << "poNumber";
    expectedKeys << "serviceList";
    for (const OrderItem &item : request.serviceList) {
        if (item.connectionPlanId.isValid())
            expectedKeys << "connectionPlanId";
        expectedKeys << "serviceType"
                     << "serviceId"
                     << "quantity"
                     << "purchaseType"
                     << "billingModel"
                     << "billingCycle"
                     << "multiCycle";
    }
    const auto fields = fieldLines(body);
    QByteArrayList keys;
    for (const auto &field : fields)
        keys << field.first;
    FUZZ_CHECK(keys == expectedKeys);
    FUZZ_CHECK(object.size() == expectedKeys.indexOf("serviceList") + 1);

    auto rawValue = [&fields](const QByteArray &key, int occurrence) {
        for (const auto &field : fields) {
            if (field.first == key && occurrence-- == 0)
                return field.second;
        }
        return QByteArray();
    };

    checkString(object.value(QLatin1String("operationType")), request.operationType);
    FUZZ_CHECK(rawValue("productId", 0) == QByteArray::number(request.productId));
    FUZZ_CHECK(object.value(QLatin1String("productId")).toInteger() == request.productId);
    if (request.partnerId.isValid())
        checkId(object.value(QLatin1String("partnerId")), rawValue("partnerId", 0), request.partnerId);
    FUZZ_CHECK(!object.contains(QLatin1String("assignId")));
    if (!request.productNo.isEmpty())
        checkString(object.value(QLatin1String("productNo")), request.productNo);
    checkId(object.value(QLatin1String("billingId")), rawValue("billingId", 0), request.billingId);
    if (!request.poNumber.isEmpty())
        checkString(object.value(QLatin1String("poNumber")), request.poNumber);

    const QJsonArray list = object.value(QLatin1String("serviceList")).toArray();
    FUZZ_CHECK(list.size() == request.serviceList.size());
    int linked = 0;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const OrderItem &item = request.serviceList.at(i);
        const QJsonObject element = list.at(i).toObject();
        const int n = int(i);
        if (item.connectionPlanId.isValid())
            checkId(element.value(QLatin1String("connectionPlanId")), rawValue("connectionPlanId", linked++),
                    item.connectionPlanId);
        else
            FUZZ_CHECK(!element.contains(QLatin1String("connectionPlanId")));
        checkString(element.value(QLatin1String("serviceType")), item.serviceType);
        checkId(element.value(QLatin1String("serviceId")), rawValue("serviceId", n), item.serviceId);
        FUZZ_CHECK(element.value(QLatin1String("quantity")).toInteger() == item.quantity);
        FUZZ_CHECK(rawValue("quantity", n) == QByteArray::number(item.quantity));
        checkString(element.value(QLatin1String("purchaseType")), item.purchaseType);
        checkString(element.value(QLatin1String("billingModel")), item.billingModel);
        checkString(element.value(QLatin1String("billingCycle")), item.billingCycle);
        FUZZ_CHECK(element.value(QLatin1String("multiCycle")).toInteger() == item.multiCycle);
    }
}

// `outcome` is OrderBodyBuilder::build(draft), which accepted the draft: the request is
// the draft's choices, plan first, services linked to it, and its body passes checkBody.
inline void checkBuiltRequest(const OrderDraft &draft, const OrderBodyBuilder::Outcome &outcome)
{
    FUZZ_CHECK(outcome.request.has_value());
    FUZZ_CHECK(outcome.problems.isEmpty());
    const OrderRequest &request = *outcome.request;

    FUZZ_CHECK(draft.product && draft.billingContact);
    FUZZ_CHECK(request.operationType
               == (draft.plan ? QLatin1String("purchase_plan") : QLatin1String("purchase_service")));
    FUZZ_CHECK(request.productId == draft.product->productId);
    FUZZ_CHECK(request.productNo == draft.productNo.trimmed());
    if (draft.product->requiresSerialNumber())
        FUZZ_CHECK(!request.productNo.isEmpty());
    FUZZ_CHECK(request.poNumber == draft.poNumber.trimmed());
    FUZZ_CHECK(request.partnerId == (draft.subordinate ? draft.subordinate->partnerId : EntityId()));
    FUZZ_CHECK(request.billingId.isValid());
    FUZZ_CHECK(request.billingId == draft.billingContact->billingContactId);

    FUZZ_CHECK(!request.serviceList.isEmpty());
    FUZZ_CHECK(request.serviceList.size() == (draft.plan ? 1 : 0) + draft.services.size());
    const EntityId planId = draft.plan ? draft.plan->item.id : EntityId();
    for (qsizetype i = 0; i < request.serviceList.size(); ++i) {
        const OrderItem &item = request.serviceList.at(i);
        const bool isPlanLine = draft.plan && i == 0;
        const OrderLine &line = isPlanLine ? *draft.plan : draft.services.at(i - (draft.plan ? 1 : 0));
        // The plan, and only the plan, comes first; every service names it.
        FUZZ_CHECK(item.isPlan() == isPlanLine);
        FUZZ_CHECK(item.serviceType == (isPlanLine ? QLatin1String("plan") : QLatin1String("service")));
        FUZZ_CHECK(item.connectionPlanId == (isPlanLine ? EntityId() : planId));
        FUZZ_CHECK(item.serviceId.isValid());
        FUZZ_CHECK(item.serviceId == line.item.id);
        FUZZ_CHECK(line.item.isPurchasable());
        FUZZ_CHECK(item.quantity == line.quantity);
        FUZZ_CHECK(item.quantity >= line.item.minQuantity && item.quantity <= line.item.maxQuantity);
        FUZZ_CHECK(item.quantity > 0);
        FUZZ_CHECK(line.item.billingCycles.contains(item.billingCycle));
        FUZZ_CHECK(line.item.multiCycles.contains(item.multiCycle));
        FUZZ_CHECK(item.purchaseType == line.item.purchaseType);
        FUZZ_CHECK(item.billingModel == line.item.billingModel);
    }
    checkBody(request, request.toJsonBody());
}

// RFC 4180 as ReceiptCsvExporter promises it (tests/StrictCsvReader.h); any deviation is a finding.
inline QList<QStringList> parseCsv(const QString &text)
{
    const std::optional<QList<QStringList>> records = readStrictCsv(text);
    FUZZ_CHECK(records.has_value());
    return *records;
}

inline bool allSurviveUtf8(std::initializer_list<QString> texts)
{
    for (const QString &text : texts) {
        if (!FuzzSupport::survivesUtf8(text))
            return false;
    }
    return true;
}

// Names are text, never format strings: a summary names each item as it is.
inline void checkNamesShown(const QString &text, const Receipt &receipt)
{
    for (const Receipt::Line &line : receipt.lines)
        FUZZ_CHECK_TEXT(text.contains(line.name), line.name, text);
}

// What happens to a placed order's answer: the receipt is made, saved as one JSON line
// (ReceiptStore), read back, shown (ReceiptFormatter) and exported (ReceiptCsvExporter).
inline void checkReceipt(const OrderDraft &draft, const OrderRequest &request, const OrderReceipt &answer)
{
    const QDateTime placedAt = QDateTime::fromMSecsSinceEpoch(1739254415123LL, Qt::UTC);
    const Receipt receipt = Receipt::fromOrder(draft, request, answer, QStringLiteral("account"),
                                               QStringLiteral("Account"), placedAt);
    FUZZ_CHECK(receipt.requestBody == request.toJsonBody());
    FUZZ_CHECK(receipt.lines.size() == request.serviceList.size());

    // One receipt a line: the store splits its file at '\n'.
    const QByteArray line = QJsonDocument(receipt.toJson()).toJson(QJsonDocument::Compact) + '\n';
    FUZZ_CHECK(line.count('\n') == 1);
    const QJsonDocument reread = QJsonDocument::fromJson(line);
    FUZZ_CHECK(reread.isObject());
    const auto back = Receipt::fromJson(reread.object());
    FUZZ_CHECK(back.has_value());
    FUZZ_CHECK(back->placedAt == placedAt);
    FUZZ_CHECK(back->productId == receipt.productId);
    FUZZ_CHECK(back->lines.size() == receipt.lines.size());
    for (qsizetype i = 0; i < receipt.lines.size(); ++i) {
        FUZZ_CHECK(back->lines.at(i).id == receipt.lines.at(i).id);
        FUZZ_CHECK(back->lines.at(i).quantity == receipt.lines.at(i).quantity);
        FUZZ_CHECK(back->lines.at(i).multiCycle == receipt.lines.at(i).multiCycle);
        if (FuzzSupport::survivesUtf8(receipt.lines.at(i).name))
            FUZZ_CHECK(back->lines.at(i).name == receipt.lines.at(i).name);
    }
    FUZZ_CHECK(back->recipientPartnerId == receipt.recipientPartnerId);
    FUZZ_CHECK(back->billingContactId == receipt.billingContactId);
    const OrderReceipt &portal = receipt.portal;
    if (allSurviveUtf8({portal.orderNo, portal.orderId, portal.orderStatus, portal.transactionNo,
                        portal.instanceId, portal.productNo, portal.requestId})) {
        FUZZ_CHECK(back->portal.orderNo == portal.orderNo);
        FUZZ_CHECK(back->portal.orderId == portal.orderId);
        FUZZ_CHECK(back->portal.orderStatus == portal.orderStatus);
        FUZZ_CHECK(back->portal.transactionNo == portal.transactionNo);
        FUZZ_CHECK(back->portal.instanceId == portal.instanceId);
        FUZZ_CHECK(back->portal.productNo == portal.productNo);
        FUZZ_CHECK(back->portal.requestId == portal.requestId);
    }
    if (QString::fromUtf8(receipt.requestBody).toUtf8() == receipt.requestBody)
        FUZZ_CHECK(back->requestBody == receipt.requestBody);

    checkNamesShown(receipt.itemsSummary(), receipt);
    checkNamesShown(ReceiptFormatter::plainText(receipt), receipt);
    const QString html = ReceiptFormatter::html(receipt);
    FuzzSupport::checkOnlyTags(html, {"h2", "h3", "p", "table", "tr", "td", "b", "ul", "li"});
    FuzzSupport::checkOnlyTags(ReceiptFormatter::orderSummaryHtml(receipt),
                               {"h2", "h3", "p", "table", "tr", "td", "b", "ul", "li"});

    // CSV: one header and one record, every cell the receipt's value as it is; IDs as
    // ="…" text; free text that a spreadsheet would run as a formula behind an apostrophe.
    for (const auto ids :
         {ReceiptCsvExporter::IdStyle::SpreadsheetText, ReceiptCsvExporter::IdStyle::Plain}) {
        ReceiptCsvExporter::Options options;
        options.byteOrderMark = false;
        options.ids = ids;
        const QList<QStringList> records
            = parseCsv(QString::fromUtf8(ReceiptCsvExporter::toCsv({receipt}, options)));
        FUZZ_CHECK(records.size() == 2);
        FUZZ_CHECK(records.at(0).size() == ReceiptCsvExporter::ColumnCount);
        FUZZ_CHECK(records.at(1).size() == ReceiptCsvExporter::ColumnCount);
        const QStringList &cells = records.at(1);
        auto checkId = [&](int column, const QString &value) {
            if (!FuzzSupport::survivesUtf8(value))
                return;
            QString literal = value;
            literal.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            const bool asText = ids == ReceiptCsvExporter::IdStyle::SpreadsheetText && !value.isEmpty();
            FUZZ_CHECK(cells.at(column)
                       == (asText ? QStringLiteral("=\"") + literal + QLatin1Char('"') : value));
        };
        checkId(ReceiptCsvExporter::OrderNo, portal.orderNo);
        checkId(ReceiptCsvExporter::OrderId, portal.orderId);
        checkId(ReceiptCsvExporter::TransactionNo, portal.transactionNo);
        checkId(ReceiptCsvExporter::InstanceId, portal.instanceId);
        checkId(ReceiptCsvExporter::RequestId, portal.requestId);
        checkId(ReceiptCsvExporter::BillingContactId, receipt.billingContactId);
        auto checkText = [&](int column, const QString &value) {
            if (!FuzzSupport::survivesUtf8(value))
                return;
            const QString &cell = cells.at(column);
            static const QString formulaStarts = QStringLiteral("=+-@\t\r");
            if (!value.isEmpty() && formulaStarts.contains(value.front()))
                FUZZ_CHECK(cell == QLatin1Char('\'') + value);
            else
                FUZZ_CHECK(cell == value);
        };
        checkText(ReceiptCsvExporter::OrderStatus, portal.orderStatus);
        checkText(ReceiptCsvExporter::Items, receipt.itemsSummary());
        checkText(ReceiptCsvExporter::Product, receipt.productName);
    }
}

} // namespace OrderChecks
