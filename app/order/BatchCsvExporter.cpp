#include "BatchCsvExporter.h"

#include "ReceiptCsvExporter.h"

#include "csv/CsvWriter.h"

QString BatchCsvExporter::outcomeText(BatchOrder::State state)
{
    switch (state) {
    case BatchOrder::State::Planned:
        //: outcome of one order of a batch
        return tr("not sent");
    case BatchOrder::State::Sending:
        //: outcome of one order of a batch: sent, no answer yet (or the app stopped meanwhile)
        return tr("sending");
    case BatchOrder::State::Placed:
        //: outcome of one order of a batch
        return tr("placed");
    case BatchOrder::State::Refused:
        //: outcome of one order of a batch: the portal refused it, nothing was bought
        return tr("refused");
    case BatchOrder::State::Unknown:
        //: outcome of one order of a batch: it may or may not have been placed
        return tr("unknown");
    }
    return QString();
}

QByteArray BatchCsvExporter::toCsv(const QList<BatchOrder> &orders)
{
    CsvWriter csv;
    csv.addHeader(QStringList{tr("Order"), tr("Outcome"), tr("Reason")} + ReceiptCsvExporter::headers());
    for (const BatchOrder &order : orders) {
        Receipt receipt = order.plan;
        receipt.portal = order.portal;
        if (order.state != BatchOrder::State::Placed)
            receipt.placedAt = QDateTime(); // nothing was placed: no time to report
        csv.startRow();
        csv.addNumber(order.index + 1);
        csv.addText(outcomeText(order.state));
        csv.addText(order.reason);
        ReceiptCsvExporter::addCells(csv, receipt);
    }
    return csv.toBytes();
}

QString BatchCsvExporter::writeFile(const QList<BatchOrder> &orders, const QString &path)
{
    return CsvWriter::writeFile(toCsv(orders), path);
}
