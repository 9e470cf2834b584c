#include "ProductInstanceCsvExporter.h"

#include "ProductInstanceModel.h"

QStringList ProductInstanceCsvExporter::headers()
{
    return {
        //: CSV column headers of the purchased products export
        tr("Product"),
        tr("Product ID"),
        tr("Serial / product number"),
        tr("Activation"),
        tr("Plan"),
        tr("Expires"),
        tr("Days left"),
        tr("Customer"),
        tr("Customer partner ID"),
        tr("Comment"),
    };
}

bool ProductInstanceCsvExporter::isIdColumn(int column)
{
    return column == ProductId || column == ProductNo || column == CustomerPartnerId;
}

QByteArray ProductInstanceCsvExporter::toCsv(const ProductInstanceModel &model, const QList<int> &rows,
                                             const CsvWriter::Options &options)
{
    CsvWriter csv(options);
    csv.addHeader(headers());
    for (const int row : rows) {
        csv.startRow();
        for (int column = 0; column < ColumnCount; ++column) {
            if (column == DaysLeft) {
                const std::optional<int> days = model.daysLeft(row);
                csv.addNumber(days ? std::optional<qint64>(*days) : std::nullopt);
            } else if (isIdColumn(column))
                csv.addId(value(model, row, column));
            else
                csv.addText(value(model, row, column));
        }
    }
    return csv.toBytes();
}

QString ProductInstanceCsvExporter::value(const ProductInstanceModel &model, int row, int column)
{
    const ProductInstance &instance = model.at(row);
    switch (column) {
    case Product:
        return model.productName(instance.productId);
    case ProductId:
        return instance.productId > 0 ? QString::number(instance.productId) : QString();
    case ProductNo:
        return instance.productNo;
    case Activation:
        return ProductInstanceModel::activationText(instance.activationStatus);
    case Plan:
        return instance.plan;
    case Expires:
        return instance.expiryDate.isValid() ? instance.expiryDate.toString(Qt::ISODate) : instance.expiryText;
    case Customer:
        return instance.customerName;
    case CustomerPartnerId:
        return instance.customerId.toString();
    case Comment:
        return instance.comment;
    default:
        return QString();
    }
}
