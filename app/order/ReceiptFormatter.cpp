#include "ReceiptFormatter.h"

#include <QLocale>
#include <QStringList>

namespace {

struct Field
{
    QString label;
    QString value;
};

QList<Field> fieldsOf(const Receipt &receipt)
{
    const QLocale locale;
    QList<Field> fields{
        {ReceiptFormatter::tr("Order number"), receipt.portal.orderNo},
        {ReceiptFormatter::tr("Order ID"), receipt.portal.orderId},
        {ReceiptFormatter::tr("Status"), receipt.portal.orderStatus},
        //: field label: when the order was placed
        {ReceiptFormatter::tr("Date"), locale.toString(receipt.placedAt.toLocalTime(), QLocale::LongFormat)},
        {ReceiptFormatter::tr("Product"), receipt.productName},
        //: field label: whom the order is for (the user's own account or a customer)
        {ReceiptFormatter::tr("For"), ReceiptFormatter::recipientText(receipt)},
        {ReceiptFormatter::tr("Billing contact"), receipt.billingContactName},
        {ReceiptFormatter::tr("Transaction number"), receipt.portal.transactionNo},
        {ReceiptFormatter::tr("Instance ID"), receipt.portal.instanceId},
        {ReceiptFormatter::tr("Product number"), receipt.portal.productNo},
        {ReceiptFormatter::tr("Request ID"), receipt.portal.requestId},
        {ReceiptFormatter::tr("Account"), receipt.accountLabel},
    };
    if (!receipt.deviceSerialNumber.isEmpty())
        fields.insert(5, {ReceiptFormatter::tr("Device serial number"), receipt.deviceSerialNumber});
    else if (!receipt.subscriptionNo.isEmpty())
        //: field label: the number of the existing product an order renewed, extended…
        fields.insert(5, {ReceiptFormatter::tr("Existing product"), receipt.subscriptionNo});
    //: field label: what the order did (new purchase, renewal, switch plan…)
    fields.insert(4, {ReceiptFormatter::tr("Order type"), OrderOperations::label(receipt.operation)});
    if (!receipt.poNumber.isEmpty())
        fields.append({ReceiptFormatter::tr("Your PO number"), receipt.poNumber});
    return fields;
}

QString lineText(const Receipt::Line &line)
{
    //: kind of a bought item: a plan (subscription tier) or an add-on service
    const QString kind = line.serviceType == QLatin1String("plan") ? ReceiptFormatter::tr("Plan")
                                                                   : ReceiptFormatter::tr("Service");
    // One arg() pass for all four: chained, a "%1" in the name would take the next value.
    //: one bought item: kind, name, quantity, billing; e.g. "Plan: Turnkey × 100 (billed annually)"
    return ReceiptFormatter::tr("%1: %2 × %L3 (%4)")
        .arg(kind, line.name, QLocale().toString(line.quantity),
             ReceiptFormatter::billingDescription(line.billingCycle, line.multiCycle));
}

} // namespace

QString ReceiptFormatter::recipientText(const Receipt &receipt)
{
    if (!receipt.isForSubordinate())
        return tr("Myself (my own partner account)");
    //: a customer's name and their partner ID
    return tr("%1 (partner ID %2)").arg(receipt.recipientName, receipt.recipientPartnerId);
}

QString ReceiptFormatter::productText(const Receipt &receipt)
{
    const QString number = !receipt.deviceSerialNumber.isEmpty() ? receipt.deviceSerialNumber : receipt.subscriptionNo;
    const QString product = number.isEmpty() ? receipt.productName
                                             //: a product and its serial (or product) number
                                             : tr("%1 · %2").arg(receipt.productName, number);
    if (receipt.operation == OrderOperation::NewPurchase)
        return product;
    //: %1 what the order did (Renewal, Switch plan…), %2 the product it did it to
    return tr("%1: %2").arg(OrderOperations::label(receipt.operation), product);
}

QString ReceiptFormatter::billingDescription(const QString &billingCycle, int multiCycle)
{
    QString cycle;
    if (billingCycle == QLatin1String("annually"))
        cycle = tr("billed annually");
    else if (billingCycle == QLatin1String("monthly"))
        cycle = tr("billed monthly");
    else if (billingCycle == QLatin1String("once"))
        cycle = tr("billed once");
    else
        //: %1 a billing cycle this app does not know, as the portal names it
        cycle = tr("billed: %1").arg(billingCycle);
    if (multiCycle > 0)
        //: %1 is e.g. "billed annually"; %n the number of billing periods paid in advance
        return tr("%1, %n period(s) in advance", nullptr, multiCycle).arg(cycle);
    return cycle;
}

QString ReceiptFormatter::statusMeaning(const QString &orderStatus)
{
    if (orderStatus == QLatin1String("succeed"))
        return tr("The order is complete.");
    if (orderStatus == QLatin1String("pending"))
        //: "Orders and Billing > Orders" is the Partner Portal's menu path, in the portal's own words
        return tr("The order is waiting for payment. Pay it in the Partner Portal under "
                  "Orders and Billing > Orders.");
    if (orderStatus == QLatin1String("failed"))
        return tr("The order failed. Nothing was bought; check the order in the Partner Portal.");
    if (orderStatus == QLatin1String("cancelled"))
        return tr("The order was cancelled.");
    if (orderStatus == QLatin1String("refunded"))
        return tr("The order was refunded.");
    if (orderStatus == QLatin1String("invalid"))
        return tr("The portal marked the order as invalid.");
    return tr("Check this order in the Partner Portal.");
}

QString ReceiptFormatter::plainText(const Receipt &receipt)
{
    QStringList out{tr("Partner Purchase — order receipt"), QString()};
    for (const Field &field : fieldsOf(receipt)) {
        if (!field.value.isEmpty())
            out << QStringLiteral("%1: %2").arg(field.label, field.value);
    }
    out << QString() << tr("Items:");
    for (const Receipt::Line &line : receipt.lines)
        out << QStringLiteral("  • ") + lineText(line);
    out << QString() << statusMeaning(receipt.portal.orderStatus);
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString ReceiptFormatter::html(const Receipt &receipt)
{
    QString rows;
    for (const Field &field : fieldsOf(receipt)) {
        if (field.value.isEmpty())
            continue;
        rows += QStringLiteral("<tr><td style=\"padding-right:16px;\">%1</td><td><b>%2</b></td></tr>")
                    .arg(field.label.toHtmlEscaped(), field.value.toHtmlEscaped());
    }
    QString items;
    for (const Receipt::Line &line : receipt.lines)
        items += QStringLiteral("<li>%1</li>").arg(lineText(line).toHtmlEscaped());
    return QStringLiteral("<h2>%1</h2><p>%2</p><table cellspacing=\"2\">%3</table><h3>%4</h3><ul>%5</ul>")
        .arg(tr("Order receipt").toHtmlEscaped(),
             statusMeaning(receipt.portal.orderStatus).toHtmlEscaped(), rows,
             tr("What was bought").toHtmlEscaped(), items);
}

QString ReceiptFormatter::orderSummaryHtml(const Receipt &draftReceipt, const QString &forWhom)
{
    QList<Field> fields{
        //: field label: what the order does (new purchase, renewal, switch plan…)
        {tr("Order type"), OrderOperations::label(draftReceipt.operation)},
        {tr("Product"), draftReceipt.productName},
        {tr("Device serial number"), draftReceipt.deviceSerialNumber},
        //: field label: the number of the existing product an order renews, extends…
        {tr("Existing product"), draftReceipt.deviceSerialNumber.isEmpty() ? draftReceipt.subscriptionNo : QString()},
        //: field label: whom the order is for (the user's own account or a customer)
        {tr("For"), forWhom.isEmpty() ? recipientText(draftReceipt) : forWhom},
        {tr("Billing contact"), draftReceipt.billingContactName},
        {tr("Your PO number"), draftReceipt.poNumber},
        {tr("Account"), draftReceipt.accountLabel},
    };
    QString rows;
    for (const Field &field : std::as_const(fields)) {
        if (!field.value.isEmpty())
            rows += QStringLiteral("<tr><td style=\"padding-right:16px;\">%1</td><td><b>%2</b></td></tr>")
                        .arg(field.label.toHtmlEscaped(), field.value.toHtmlEscaped());
    }
    QString items;
    for (const Receipt::Line &line : draftReceipt.lines)
        items += QStringLiteral("<li>%1</li>").arg(lineText(line).toHtmlEscaped());
    return QStringLiteral("<table cellspacing=\"2\">%1</table><p><b>%2</b></p><ul>%3</ul>")
        .arg(rows, tr("You are ordering:").toHtmlEscaped(), items);
}
