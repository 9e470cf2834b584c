#pragma once

#include "order/Receipt.h"

#include <QString>

class QPagedPaintDevice;

// Lays a receipt out for paper: the PDF export and the printer share this, so both
// show exactly what the receipt page shows.
namespace ReceiptDocument {

// Writes an A4 PDF to `path`; returns an empty string or the reason it failed.
QString writePdf(const Receipt &receipt, const QString &path);
void print(const Receipt &receipt, QPagedPaintDevice *device);
// A file name such as "receipt-RV3401167833536552960.pdf".
QString suggestedFileName(const Receipt &receipt);

} // namespace ReceiptDocument
