#include "OrderDetailsFormatter.h"

#include "api/JsonFields.h"
#include "api/OrderPage.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QStringList>

namespace {

const char *const kSectionKeys[]
    = {"basicInformation", "billingInformation", "orderInformation", "orderSummary"};

bool isTimeKey(const QString &key)
{
    return key.endsWith(QLatin1String("Time")) || key.endsWith(QLatin1String("time"))
        || key.endsWith(QLatin1String("Date"));
}

bool isListOfObjects(const QJsonValue &value)
{
    if (!value.isArray() || value.toArray().isEmpty())
        return false;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isObject())
            return false;
    }
    return true;
}

// Known keys first, in the order a reader expects them; unknown keys after, by name.
QStringList orderedKeys(const QJsonObject &object)
{
    static const QStringList preferred{
        QStringLiteral("orderNo"), QStringLiteral("id"), QStringLiteral("orderId"),
        QStringLiteral("orderStatus"), QStringLiteral("createTime"), QStringLiteral("productName"),
        QStringLiteral("productId"), QStringLiteral("productNo"), QStringLiteral("company"),
        QStringLiteral("firstName"), QStringLiteral("lastName"), QStringLiteral("email"),
        QStringLiteral("serviceType"), QStringLiteral("name"), QStringLiteral("serviceId"),
        QStringLiteral("quantity"), QStringLiteral("billingCycle"), QStringLiteral("multiCycle"),
        QStringLiteral("unitPrice"), QStringLiteral("amount"), QStringLiteral("totalAmount"),
        QStringLiteral("currencyCode")};
    QStringList keys;
    for (const QString &key : preferred) {
        if (object.contains(key))
            keys << key;
    }
    const QStringList all = object.keys(); // sorted
    for (const QString &key : all) {
        if (!keys.contains(key))
            keys << key;
    }
    return keys;
}

QString keyCell(const QString &key)
{
    const QString label = OrderDetailsFormatter::labelFor(key);
    if (!label.isEmpty())
        return label.toHtmlEscaped();
    // An undocumented field: its raw key, so that nothing the portal sent is hidden.
    return QStringLiteral("<code>%1</code>").arg(key.toHtmlEscaped());
}

} // namespace

QString OrderDetailsFormatter::labelFor(const QString &key)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("orderNo"), QT_TR_NOOP("Order number")},
        {QStringLiteral("id"), QT_TR_NOOP("ID")},
        {QStringLiteral("orderId"), QT_TR_NOOP("Order ID")},
        {QStringLiteral("orderStatus"), QT_TR_NOOP("Status")},
        {QStringLiteral("createTime"), QT_TR_NOOP("Created")},
        {QStringLiteral("currencyCode"), QT_TR_NOOP("Currency")},
        {QStringLiteral("invoiceNo"), QT_TR_NOOP("Invoice number")},
        //: customReferenceNo: the buyer's own reference (PO number) for the order
        {QStringLiteral("customReferenceNo"), QT_TR_NOOP("Custom reference")},
        {QStringLiteral("transactionNo"), QT_TR_NOOP("Transaction number")},
        {QStringLiteral("instanceId"), QT_TR_NOOP("Instance ID")},
        {QStringLiteral("productId"), QT_TR_NOOP("Product ID")},
        {QStringLiteral("productName"), QT_TR_NOOP("Product")},
        {QStringLiteral("productNo"), QT_TR_NOOP("Product number (serial)")},
        //: the portal's operationType of an order, e.g. purchase or renewal
        {QStringLiteral("operationType"), QT_TR_NOOP("Operation")},
        {QStringLiteral("partnerId"), QT_TR_NOOP("Bought for (partner ID)")},
        {QStringLiteral("billingContactId"), QT_TR_NOOP("Billing contact ID")},
        {QStringLiteral("firstName"), QT_TR_NOOP("First name")},
        {QStringLiteral("lastName"), QT_TR_NOOP("Last name")},
        {QStringLiteral("company"), QT_TR_NOOP("Company")},
        {QStringLiteral("email"), QT_TR_NOOP("Email")},
        {QStringLiteral("emailAddress"), QT_TR_NOOP("Email")},
        {QStringLiteral("paymentMethod"), QT_TR_NOOP("Payment method")},
        {QStringLiteral("totalAmount"), QT_TR_NOOP("Total")},
        {QStringLiteral("amount"), QT_TR_NOOP("Amount")},
        {QStringLiteral("unitPrice"), QT_TR_NOOP("Unit price")},
        {QStringLiteral("country"), QT_TR_NOOP("Country")},
        {QStringLiteral("remark"), QT_TR_NOOP("Remark")},
        //: serviceType of an ordered item: plan or service
        {QStringLiteral("serviceType"), QT_TR_NOOP("Kind")},
        {QStringLiteral("serviceId"), QT_TR_NOOP("Plan or service ID")},
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("quantity"), QT_TR_NOOP("Quantity")},
        //: billingCycle of an ordered item: annually, monthly or once
        {QStringLiteral("billingCycle"), QT_TR_NOOP("Billing")},
        //: multiCycle: how many billing periods were paid in advance
        {QStringLiteral("multiCycle"), QT_TR_NOOP("Periods in advance")},
    };
    const auto it = labels.constFind(key);
    return it == labels.constEnd() ? QString() : tr(it.value());
}

QString OrderDetailsFormatter::valueText(const QString &key, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QString();
    if (value.isObject() || value.isArray()) {
        const QJsonDocument document
            = value.isObject() ? QJsonDocument(value.toObject()) : QJsonDocument(value.toArray());
        return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
    }
    if (isTimeKey(key)) {
        if (const auto number = JsonFields::integer(value); number && !value.isString()) {
            OrderListEntry entry; // it knows whether the number is seconds or milliseconds
            entry.createTime = *number;
            if (entry.createdAt().isValid())
                return QLocale().toString(entry.createdAt().toLocalTime(), QLocale::LongFormat);
        }
    }
    if (value.isDouble() && !JsonFields::integer(value))
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    return JsonFields::text(value); // integers as their exact digits
}

QString OrderDetailsFormatter::rowsHtml(const QJsonObject &object, QString *lists)
{
    QString rows;
    for (const QString &key : orderedKeys(object)) {
        const QJsonValue value = object.value(key);
        if (lists && isListOfObjects(value)) {
            *lists += listHtml(key, value.toArray());
            continue;
        }
        // An ID broken over two lines is misread: words wrap, one-word values do not.
        const QString text = valueText(key, value);
        const QLatin1String wrap(text.contains(QLatin1Char(' ')) ? "normal" : "nowrap");
        rows += QStringLiteral("<tr><td style=\"padding-right:16px;\">%1</td>"
                               "<td style=\"white-space:%2;\">%3</td></tr>")
                    .arg(keyCell(key), wrap, text.toHtmlEscaped());
    }
    return rows;
}

// One block per element (the ordered plans and services): a table with a column per
// field would be too wide for the pane once the portal adds fields.
QString OrderDetailsFormatter::listHtml(const QString &key, const QJsonArray &items)
{
    const bool known = key == QLatin1String("items");
    QString html;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        const QString name = JsonFields::text(item, QLatin1String("name"));
        QString heading;
        if (!known)
            heading = name.isEmpty() ? QStringLiteral("%1[%2]").arg(key, QString::number(i))
                                     : QStringLiteral("%1[%2]: %3").arg(key, QString::number(i), name);
        else if (name.isEmpty())
            //: heading of one ordered plan or service; %1 its position (1, 2…)
            heading = tr("Item %1").arg(i + 1);
        else
            //: heading of one ordered plan or service; %1 its position (1, 2…), %2 its name
            heading = tr("Item %1: %2").arg(QString::number(i + 1), name);
        html += QStringLiteral("<p style=\"margin-top:8px; margin-bottom:2px;\"><b>%1</b></p>"
                               "<table cellspacing=\"2\" style=\"margin-left:12px;\">%2</table>")
                    .arg(heading.toHtmlEscaped(), rowsHtml(item, nullptr));
    }
    return html;
}

QString OrderDetailsFormatter::sectionHtml(const QString &title, const QJsonObject &section)
{
    QString lists;
    QString rows = rowsHtml(section, &lists);
    if (rows.isEmpty() && lists.isEmpty())
        rows = QStringLiteral("<tr><td><i>%1</i></td></tr>")
                   .arg(tr("The portal sent nothing here.").toHtmlEscaped());
    return QStringLiteral("<h3>%1</h3><table cellspacing=\"2\">%2</table>%3")
        .arg(title.toHtmlEscaped(), rows, lists);
}

QString OrderDetailsFormatter::html(const OrderDetails &details)
{
    QString html = sectionHtml(tr("Order"), details.orderInformation)
        + sectionHtml(tr("Product"), details.basicInformation)
        + sectionHtml(tr("Billing contact"), details.billingInformation)
        + sectionHtml(tr("What was ordered"), details.orderSummary);
    QJsonObject others = details.raw;
    for (const char *key : kSectionKeys)
        others.remove(QLatin1String(key));
    if (!others.isEmpty())
        html += sectionHtml(tr("Other fields"), others);
    return html;
}
