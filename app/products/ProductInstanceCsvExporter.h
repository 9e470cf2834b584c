#pragma once

#include "csv/CsvWriter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

class ProductInstanceModel;

// The purchased products the overview shows, as CSV (CsvWriter: a BOM for Excel, the
// serial or product number and the partner ID as exact text, formulas defused). Dates
// are ISO 8601 (2026-03-31) and days left a plain number, so that a spreadsheet can sort
// and compute with them.
class ProductInstanceCsvExporter
{
    Q_DECLARE_TR_FUNCTIONS(ProductInstanceCsvExporter)

public:
    enum Column {
        Product,
        ProductId,
        ProductNo,
        Activation,
        Plan,
        Expires,
        DaysLeft,
        Customer,
        CustomerPartnerId,
        Comment,
        ColumnCount
    };

    static QStringList headers();
    static bool isIdColumn(int column);
    // `rows`: rows of `model`, in the order to write them.
    static QByteArray toCsv(const ProductInstanceModel &model, const QList<int> &rows,
                            const CsvWriter::Options &options = CsvWriter::Options());

private:
    static QString value(const ProductInstanceModel &model, int row, int column);
};
