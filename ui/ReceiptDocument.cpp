#include "ReceiptDocument.h"

#include "order/ReceiptFormatter.h"

#include <QCoreApplication>
#include <QFile>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTextDocument>

namespace ReceiptDocument {

void print(const Receipt &receipt, QPagedPaintDevice *device)
{
    QTextDocument document;
    document.setDocumentMargin(0);
    document.setHtml(ReceiptFormatter::html(receipt));
    document.print(device);
}

QString writePdf(const Receipt &receipt, const QString &path)
{
    QPdfWriter writer(path);
    if (!QFile(path).exists() && !QFile(path).open(QIODevice::WriteOnly))
        return QCoreApplication::translate("ReceiptDocument", "Could not write %1.").arg(path);
    writer.setTitle(QCoreApplication::translate("ReceiptDocument", "Order receipt %1").arg(receipt.portal.orderNo));
    writer.setCreator(QStringLiteral("Partner Purchase " PP_VERSION));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 20, 20, 20),
                                     QPageLayout::Millimeter));
    writer.setResolution(300);
    print(receipt, &writer);
    return QString();
}

QString suggestedFileName(const Receipt &receipt)
{
    const QString number = receipt.portal.orderNo.isEmpty() ? receipt.portal.orderId : receipt.portal.orderNo;
    return QStringLiteral("receipt-%1.pdf").arg(number);
}

} // namespace ReceiptDocument
