#include "ReceiptDocument.h"

#include "order/ReceiptFormatter.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFont>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

namespace {

// The page's own words, plus a line that says where the paper came from.
QString footerText(const Receipt &receipt)
{
    //: footer of a printed receipt: app name and version, when it was printed
    return QCoreApplication::translate("ReceiptDocument", "Partner Purchase %1 · %2 · printed %3")
        .arg(QStringLiteral(PP_VERSION), receipt.accountLabel,
             QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat));
}

// A table that shrinks to fit wraps "Müller & Söhne GmbH (partner ID …)" although half
// the page is empty: on paper the field table takes the whole width, labels a quarter.
void useFullWidthForTables(QTextDocument &document)
{
    const QList<QTextFrame *> frames = document.rootFrame()->childFrames();
    for (QTextFrame *frame : frames) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table || table->columns() != 2)
            continue;
        QTextTableFormat format = table->format();
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        format.setColumnWidthConstraints(
            {QTextLength(QTextLength::PercentageLength, 26), QTextLength(QTextLength::PercentageLength, 74)});
        table->setFormat(format);
    }
}

// Lays the receipt's HTML out at the device's own resolution (so 10 pt is 10 pt on paper)
// inside the page layout's margins, and paints it page by page. QTextDocument::print()
// would add a second 2 cm margin and a page number to every page, a lone "1" on a
// one-page receipt.
bool paint(const Receipt &receipt, QPagedPaintDevice *device)
{
    QPainter painter;
    if (!painter.begin(device))
        return false;
    const QRectF area = device->pageLayout().paintRectPixels(device->logicalDpiX());
    QFont font = painter.font();
    font.setPointSizeF(10);

    QTextDocument document;
    document.documentLayout()->setPaintDevice(device);
    document.setDefaultFont(font);
    document.setDocumentMargin(0);
    QFont small = font;
    small.setPointSizeF(8);
    const qreal footerHeight = 2.0 * QFontMetricsF(small, device).height();
    document.setPageSize(QSizeF(area.width(), area.height() - footerHeight));
    document.setHtml(ReceiptFormatter::html(receipt));
    useFullWidthForTables(document);

    const int pages = document.pageCount();
    const qreal pageHeight = document.pageSize().height();
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device->newPage();
        painter.save();
        painter.translate(0, -page * pageHeight);
        document.drawContents(&painter, QRectF(0, page * pageHeight, area.width(), pageHeight));
        painter.restore();

        QString footer = footerText(receipt);
        if (pages > 1)
            //: %1 the footer, %2 page number, %3 page count
            footer = QCoreApplication::translate("ReceiptDocument", "%1 · page %2 of %3")
                         .arg(footer)
                         .arg(page + 1)
                         .arg(pages);
        painter.setFont(small);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        painter.drawText(QRectF(0, area.height() - footerHeight, area.width(), footerHeight),
                         Qt::AlignLeft | Qt::AlignBottom | Qt::TextSingleLine, footer);
    }
    return painter.end();
}

} // namespace

namespace ReceiptDocument {

void print(const Receipt &receipt, QPagedPaintDevice *device)
{
    paint(receipt, device);
}

QString writePdf(const Receipt &receipt, const QString &path)
{
    // Through QSaveFile: a failed write never leaves half a PDF under the chosen name.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QCoreApplication::translate("ReceiptDocument", "Could not write %1: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setTitle(
            QCoreApplication::translate("ReceiptDocument", "Order receipt %1").arg(receipt.portal.orderNo));
        writer.setCreator(QStringLiteral("Partner Purchase " PP_VERSION));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(20, 18, 20, 15), QPageLayout::Millimeter));
        writer.setResolution(300);
        if (!paint(receipt, &writer)) {
            file.cancelWriting();
            return QCoreApplication::translate("ReceiptDocument", "Could not write %1.")
                .arg(QDir::toNativeSeparators(path));
        }
    }
    if (!file.commit())
        return QCoreApplication::translate("ReceiptDocument", "Could not write %1: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    return QString();
}

QString suggestedFileName(const Receipt &receipt)
{
    const QString number = receipt.portal.orderNo.isEmpty() ? receipt.portal.orderId : receipt.portal.orderNo;
    return QStringLiteral("receipt-%1.pdf").arg(number);
}

} // namespace ReceiptDocument
