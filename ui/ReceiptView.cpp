#include "ReceiptView.h"

#include "MessageLabel.h"

#include "ReceiptDocument.h"
#include "SaveFileDialog.h"
#include "order/ReceiptFormatter.h"

#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

ReceiptView::ReceiptView(QWidget *parent)
    : QWidget(parent)
    , m_text(new QTextBrowser(this))
    , m_feedback(new MessageLabel(this))
    , m_copy(new QPushButton(tr("&Copy as text"), this))
    , m_pdf(new QPushButton(tr("Save as P&DF…"), this))
    , m_print(new QPushButton(tr("P&rint…"), this))
{
    m_text->setObjectName(QStringLiteral("receiptTextBrowser"));
    m_text->setAccessibleName(tr("Order receipt"));
    m_text->setOpenLinks(false);
    setFocusProxy(m_text); // focusing the view reads the receipt
    m_feedback->setObjectName(QStringLiteral("receiptFeedbackLabel"));
    m_copy->setObjectName(QStringLiteral("copyReceiptButton"));
    m_pdf->setObjectName(QStringLiteral("savePdfButton"));
    m_print->setObjectName(QStringLiteral("printButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_pdf);
    buttons->addWidget(m_print);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_feedback);

    connect(m_copy, &QPushButton::clicked, this, &ReceiptView::copyToClipboard);
    connect(m_pdf, &QPushButton::clicked, this, &ReceiptView::chooseFileAndSavePdf);
    connect(m_print, &QPushButton::clicked, this, &ReceiptView::print);
}

void ReceiptView::setReceipt(const Receipt &receipt)
{
    m_receipt = receipt;
    m_text->setHtml(ReceiptFormatter::html(receipt));
    m_feedback->setMessage(QString());
}

void ReceiptView::copyToClipboard()
{
    QGuiApplication::clipboard()->setText(ReceiptFormatter::plainText(m_receipt));
    m_feedback->setMessage(tr("The receipt was copied to the clipboard."));
}

void ReceiptView::chooseFileAndSavePdf()
{
    QFileDialog *dialog = openSaveFileDialog(this, QStringLiteral("savePdfFileDialog"), tr("Save the receipt as PDF"),
                                             ReceiptDocument::suggestedFileName(m_receipt),
                                             tr("PDF documents (*.pdf)"), QStringLiteral("pdf"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        const QString error = ReceiptDocument::writePdf(m_receipt, path);
        m_feedback->setMessage(error.isEmpty() ? tr("Saved to %1.").arg(QDir::toNativeSeparators(path)) : error);
    });
    dialog->open();
}

void ReceiptView::print()
{
    auto *printer = new QPrinter(QPrinter::HighResolution);
    auto *dialog = new QPrintDialog(printer, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QObject::destroyed, this, [printer] { delete printer; });
    connect(dialog, qOverload<QPrinter *>(&QPrintDialog::accepted), this, [this](QPrinter *chosen) {
        ReceiptDocument::print(m_receipt, chosen);
        m_feedback->setMessage(tr("The receipt was sent to the printer."));
    });
    dialog->open();
}
