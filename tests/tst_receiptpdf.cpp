// The receipt as PDF: produced, a valid PDF (poppler reads it), the order number in its
// text, one page for a normal order. Set PP_KEEP_PDF=<dir> to keep the files and look.
#include "ReceiptDocument.h"
#include "TestData.h"

#include <QApplication>
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestReceiptPdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writesAValidOnePagePdf();
    void keepsEveryFieldAndTheExactItems();
    void namesTheOperationAndTheProduct();
    void reportsAPathThatCannotBeWritten();
    void suggestsAFileName();

private:
    // Runs a poppler tool without blocking the event loop; empty and a skip when missing.
    QString runTool(const QString &tool, const QStringList &arguments);
    QString writeSample(const Receipt &receipt, const QString &name);

    QTemporaryDir m_dir;
    QString m_keepDir;
};

void TestReceiptPdf::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_keepDir = qEnvironmentVariable("PP_KEEP_PDF");
}

QString TestReceiptPdf::writeSample(const Receipt &receipt, const QString &name)
{
    const QString path = QDir(m_keepDir.isEmpty() ? m_dir.path() : m_keepDir).filePath(name);
    const QString error = ReceiptDocument::writePdf(receipt, path);
    if (!error.isEmpty())
        qWarning("writePdf: %s", qPrintable(error));
    return error.isEmpty() ? path : QString();
}

QString TestReceiptPdf::runTool(const QString &tool, const QStringList &arguments)
{
    if (QStandardPaths::findExecutable(tool).isEmpty())
        return QString();
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(tool, arguments);
    if (!finished.wait(20000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(tool), process.readAllStandardError().constData());
        return QString();
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

void TestReceiptPdf::writesAValidOnePagePdf()
{
    const Receipt receipt = sampleReceipt();
    const QString path = writeSample(receipt, QStringLiteral("receipt-sample.pdf"));
    QVERIFY(!path.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");

    if (QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
        QSKIP("pdfinfo is not installed (poppler-utils; scripts/install-deps.sh installs it)");
    const QString info = runTool(QStringLiteral("pdfinfo"), {path});
    QVERIFY2(!info.isEmpty(), "pdfinfo could not read the PDF");
    QVERIFY2(info.contains(
                 QRegularExpression(QStringLiteral("^Pages:\\s+1$"), QRegularExpression::MultilineOption)),
             qPrintable(info));
    QVERIFY2(info.contains(receipt.portal.orderNo), "the PDF title names the order");
}

void TestReceiptPdf::keepsEveryFieldAndTheExactItems()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext is not installed (poppler-utils; scripts/install-deps.sh installs it)");
    const Receipt receipt = sampleReceipt();
    const QString path = writeSample(receipt, QStringLiteral("receipt-fields.pdf"));
    QVERIFY(!path.isEmpty());
    // -raw keeps the text in reading order, one run per line.
    const QString text
        = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")});
    QVERIFY2(!text.isEmpty(), "pdftotext found no text");
    const QStringList expected{
        receipt.portal.orderNo,
        receipt.portal.orderId,
        receipt.portal.transactionNo,
        receipt.portal.instanceId,
        receipt.portal.productNo,
        receipt.portal.requestId,
        receipt.accountLabel,
        receipt.productName,
        receipt.recipientPartnerId,
        receipt.billingContactName,
        receipt.poNumber,
        QStringLiteral("Enterprise Plan"),
        QStringLiteral("Recording Minutes"),
        QStringLiteral("Müller & Söhne GmbH, Köln"),
    };
    for (const QString &value : expected)
        QVERIFY2(text.contains(value), qPrintable(QStringLiteral("missing from the PDF: ") + value));
    // The exact quantities, formatted as the receipt page shows them.
    QVERIFY2(text.contains(QLocale().toString(10000)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("× 100 ")), qPrintable(text));
}

void TestReceiptPdf::namesTheOperationAndTheProduct()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext is not installed (poppler-utils; scripts/install-deps.sh installs it)");
    Receipt renewal = sampleReceipt();
    renewal.operation = OrderOperation::Renew;
    renewal.subscriptionNo = QStringLiteral("3077000000000033000");
    const QString path = writeSample(renewal, QStringLiteral("receipt-renewal.pdf"));
    QVERIFY(!path.isEmpty());
    const QString text
        = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")});
    QVERIFY2(text.contains(QStringLiteral("Order type Renewal")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Existing product ") + renewal.subscriptionNo), qPrintable(text));
}

void TestReceiptPdf::reportsAPathThatCannotBeWritten()
{
    const QString error = ReceiptDocument::writePdf(
        sampleReceipt(), m_dir.filePath(QStringLiteral("missing/folder/receipt.pdf")));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("missing/folder/receipt.pdf"))));
}

void TestReceiptPdf::suggestsAFileName()
{
    QCOMPARE(ReceiptDocument::suggestedFileName(sampleReceipt()),
             QStringLiteral("receipt-RV3401167833536552960.pdf"));
}

QTEST_MAIN(TestReceiptPdf)
#include "tst_receiptpdf.moc"
