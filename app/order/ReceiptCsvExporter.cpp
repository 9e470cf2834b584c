#include "ReceiptCsvExporter.h"

namespace {

QString dateTimeText(const QDateTime &when, bool utc)
{
    if (!when.isValid())
        return QString();
    // "2025-02-11 14:33:35" is read as a date by every spreadsheet; the UTC column adds
    // the unambiguous ISO 8601 form for books kept in another time zone.
    return utc ? when.toUTC().toString(Qt::ISODate)
               : when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

QStringList ReceiptCsvExporter::headers()
{
    return {
        //: CSV column headers; the file is read by people reconciling their books
        tr("Date (local time)"),
        tr("Date (UTC)"),
        tr("Account"),
        //: column: what the order did (New purchase, Renewal, Switch plan…)
        tr("Order type"),
        tr("Product"),
        tr("Product ID"),
        tr("Device serial number"),
        //: column: the number of the existing product an order renewed, extended…
        tr("Existing product"),
        //: column: whom the order was for (the user's own account or a customer)
        tr("For"),
        tr("Partner ID"),
        tr("Items"),
        tr("Billing contact"),
        tr("Billing contact ID"),
        tr("PO number"),
        tr("Order number"),
        tr("Order ID"),
        tr("Status"),
        tr("Status last checked"),
        tr("Transaction number"),
        tr("Instance ID"),
        tr("Request ID"),
    };
}

bool ReceiptCsvExporter::isIdColumn(int column)
{
    switch (column) {
    case ProductId:
    case DeviceSerialNumber:
    case ExistingProductNo:
    case RecipientPartnerId:
    case BillingContactId:
    case PoNumber:
    case OrderNo:
    case OrderId:
    case TransactionNo:
    case InstanceId:
    case RequestId:
        return true;
    default:
        return false;
    }
}

QString ReceiptCsvExporter::value(const Receipt &receipt, int column)
{
    switch (column) {
    case PlacedAtLocal:
        return dateTimeText(receipt.placedAt, false);
    case PlacedAtUtc:
        return dateTimeText(receipt.placedAt, true);
    case Account:
        return receipt.accountLabel;
    case Operation:
        return OrderOperations::label(receipt.operation);
    case Product:
        return receipt.productName;
    case ProductId:
        return receipt.productId > 0 ? QString::number(receipt.productId) : QString();
    case DeviceSerialNumber:
        return receipt.deviceSerialNumber;
    case ExistingProductNo:
        return receipt.subscriptionNo;
    case Recipient:
        return receipt.isForSubordinate() ? receipt.recipientName : tr("Myself");
    case RecipientPartnerId:
        return receipt.recipientPartnerId;
    case Items:
        return receipt.itemsSummary();
    case BillingContact:
        return receipt.billingContactName;
    case BillingContactId:
        return receipt.billingContactId;
    case PoNumber:
        return receipt.poNumber;
    case OrderNo:
        return receipt.portal.orderNo;
    case OrderId:
        return receipt.portal.orderId;
    case OrderStatus:
        return receipt.portal.orderStatus;
    case StatusCheckedAt:
        return dateTimeText(receipt.statusCheckedAt, false);
    case TransactionNo:
        return receipt.portal.transactionNo;
    case InstanceId:
        return receipt.portal.instanceId;
    case RequestId:
        return receipt.portal.requestId;
    default:
        return QString();
    }
}

QByteArray ReceiptCsvExporter::toCsv(const QList<Receipt> &receipts, const Options &options)
{
    CsvWriter csv(options);
    csv.addHeader(headers());
    for (const Receipt &receipt : receipts) {
        csv.startRow();
        addCells(csv, receipt);
    }
    return csv.toBytes();
}

void ReceiptCsvExporter::addCells(CsvWriter &csv, const Receipt &receipt)
{
    for (int column = 0; column < ColumnCount; ++column) {
        if (isIdColumn(column))
            csv.addId(value(receipt, column));
        else
            csv.addText(value(receipt, column));
    }
}

QString ReceiptCsvExporter::writeFile(const QList<Receipt> &receipts, const QString &path,
                                      const Options &options)
{
    return CsvWriter::writeFile(toCsv(receipts, options), path);
}
