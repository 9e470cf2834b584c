// The receipt history: the store on disk (add, restart, damage, 10,000 receipts), the
// table model and its search/sort proxy, the CSV export read back, and the window.
// PP_SCREENSHOT_DIR=<dir> saves pictures of the window's states.
#include "ReceiptDetailPane.h"
#include "ReceiptHistoryWindow.h"
#include "ReceiptView.h"
#include "StrictCsvReader.h"
#include "TestData.h"
#include "api/PortalClient.h"
#include "models/ReceiptHistoryModel.h"
#include "models/ReceiptSearchProxyModel.h"
#include "order/ReceiptCsvExporter.h"
#include "order/ReceiptFormatter.h"
#include "order/ReceiptStatusRefresher.h"
#include "order/ReceiptStore.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

namespace {

const QString kAccount = QStringLiteral("pp-client@https://openapi.partner.yeastar.com");

// The exported file, read back strictly (tests/StrictCsvReader.h); empty if malformed.
QList<QStringList> parseCsv(const QString &text)
{
    return readStrictCsv(text).value_or(QList<QStringList>());
}

// ="123" → 123: the spreadsheet idiom undone, as a spreadsheet would show it.
QString unwrapId(const QString &cell)
{
    if (cell.startsWith(QLatin1String("=\"")) && cell.endsWith(QLatin1Char('"')))
        return cell.mid(2, cell.size() - 3).replace(QStringLiteral("\"\""), QStringLiteral("\""));
    return cell;
}

// Writes `count` numbered receipts straight to the store's file (add() would rewrite the
// file once per receipt).
void writeStoreFile(const QString &path, int count)
{
    QSaveFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    for (int n = 0; n < count; ++n)
        file.write(QJsonDocument(numberedReceipt(n).toJson()).toJson(QJsonDocument::Compact) + '\n');
    QVERIFY(file.commit());
}

void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("PP_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QTest::qWait(50); // let pending layout requests and repaints run first
    QVERIFY(widget->grab().save(QDir(dir).filePath(name)));
}

} // namespace

class TestReceiptHistory : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void addShowsNewestFirstAndSurvivesARestart();
    void modelFollowsTheStoreRowByRow();
    void searchFiltersAcrossAllColumns();
    void sortsByWhatColumnsMean();
    void csvExportReadsBackWithIdsIntact();
    void csvPlainStyleHasNoBomAndBareIds();
    void truncatedFileKeepsTheOtherReceipts();
    void backgroundOpenLoadsOffTheGuiThreadAndLosesNothing();
    void tenThousandReceiptsLoadAndFilter();
    void windowSearchesShowsAndExports();
    void operationAndProductAreNamedEverywhere();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestReceiptHistory::operationAndProductAreNamedEverywhere()
{
    // A renewal of an account-bound product (no serial number, a product number of its own).
    Receipt renewal = sampleReceipt();
    renewal.operation = OrderOperation::Renew;
    renewal.subscriptionNo = QStringLiteral("3077000000000033000");
    const std::optional<Receipt> reread = Receipt::fromJson(renewal.toJson());
    QVERIFY(reread);
    QCOMPARE(reread->operation, OrderOperation::Renew);
    QCOMPARE(reread->subscriptionNo, renewal.subscriptionNo);
    QCOMPARE(Receipt::fromJson(sampleReceipt().toJson())->operation, OrderOperation::NewPurchase);

    const QString text = ReceiptFormatter::plainText(renewal); // also what the PDF prints
    QVERIFY2(text.contains(QStringLiteral("Order type: Renewal")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Existing product: 3077000000000033000")));
    QVERIFY(ReceiptFormatter::html(renewal).contains(QStringLiteral("3077000000000033000")));
    QCOMPARE(ReceiptHistoryModel::columnText(renewal, ReceiptHistoryModel::ProductColumn),
             QStringLiteral("Renewal: P-Series Cloud Edition · 3077000000000033000"));
    QCOMPARE(ReceiptHistoryModel::columnText(sampleReceipt(), ReceiptHistoryModel::ProductColumn),
             QStringLiteral("P-Series Cloud Edition"));

    const QList<QStringList> records
        = parseCsv(QString::fromUtf8(ReceiptCsvExporter::toCsv({renewal, sampleReceipt()}).mid(3)));
    QCOMPARE(records.at(1).at(ReceiptCsvExporter::Operation), QStringLiteral("Renewal"));
    QCOMPARE(unwrapId(records.at(1).at(ReceiptCsvExporter::ExistingProductNo)), renewal.subscriptionNo);
    QCOMPARE(records.at(2).at(ReceiptCsvExporter::Operation), QStringLiteral("New purchase"));
}

void TestReceiptHistory::backgroundOpenLoadsOffTheGuiThreadAndLosesNothing()
{
    const QString account = QStringLiteral("client@https://portal.example");
    {
        ReceiptStore writer(m_dir->path());
        writer.open(account);
        for (int n = 1; n <= 300; ++n)
            QVERIFY(writer.add(numberedReceipt(n)));
    }
    ReceiptStore store(m_dir->path());
    QSignalSpy reloaded(&store, &ReceiptStore::reloaded);
    store.openInBackground(account);
    QVERIFY(store.isLoading());
    QVERIFY(store.receipts().isEmpty()); // nothing half-read is ever visible
    QTRY_VERIFY(!store.isLoading());
    QCOMPARE(store.receipts().size(), 300);
    QVERIFY(reloaded.count() >= 2); // emptied at once, filled when read

    // A receipt saved while the background read is still running waits for it: the file
    // keeps every earlier receipt.
    ReceiptStore busy(m_dir->path());
    busy.openInBackground(account);
    QVERIFY(busy.add(numberedReceipt(301)));
    QVERIFY(!busy.isLoading());
    QCOMPARE(busy.receipts().size(), 301);
    ReceiptStore reread(m_dir->path());
    QCOMPARE(reread.open(account).loaded, 301);
}

void TestReceiptHistory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestReceiptHistory::addShowsNewestFirstAndSurvivesARestart()
{
    {
        ReceiptStore store(m_dir->path());
        store.open(kAccount);
        ReceiptHistoryModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int n = 0; n < 3; ++n) {
            QString error;
            QVERIFY2(store.add(numberedReceipt(n), &error), qPrintable(error));
        }
        QCOMPARE(model.rowCount(), 3);
        // Newest first: row 0 is the last one added.
        QCOMPARE(model.index(0, ReceiptHistoryModel::OrderNoColumn).data().toString(),
                 numberedReceipt(2).portal.orderNo);
        QCOMPARE(model.index(2, ReceiptHistoryModel::OrderNoColumn).data().toString(),
                 numberedReceipt(0).portal.orderNo);
    }
    // "Restart": a new store object reads the same folder.
    ReceiptStore store(m_dir->path());
    const ReceiptStore::OpenReport report = store.open(kAccount);
    QCOMPARE(report.loaded, 3);
    QCOMPARE(report.unreadable, 0);
    ReceiptHistoryModel model(&store);
    QCOMPARE(model.rowCount(), 3);
    const Receipt &read = model.receiptAt(0);
    const Receipt expected = numberedReceipt(2);
    QCOMPARE(read.portal.orderId, expected.portal.orderId); // 19 digits, exact
    QCOMPARE(read.recipientPartnerId, expected.recipientPartnerId);
    QCOMPARE(read.billingContactId, QStringLiteral("3197218168379846218"));
    QCOMPARE(read.lines.at(1).id, QStringLiteral("3049032352364388352"));
    QCOMPARE(read.placedAt, expected.placedAt);
    QCOMPARE(read.itemsSummary(), expected.itemsSummary());
    QCOMPARE(read.requestBody, expected.requestBody);

    // Another account's store is another file: nothing of this one shows there.
    ReceiptStore other(m_dir->path());
    QCOMPARE(other.open(QStringLiteral("someone-else@https://openapi.partner.yeastar.com")).loaded, 0);
}

void TestReceiptHistory::modelFollowsTheStoreRowByRow()
{
    ReceiptStore store(m_dir->path());
    store.open(kAccount);
    ReceiptHistoryModel model(&store);
    ReceiptSearchProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(ReceiptHistoryModel::PlacedAtColumn, Qt::DescendingOrder);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    for (int n = 0; n < 5; ++n)
        QVERIFY(store.add(numberedReceipt(n)));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    QVERIFY(store.add(numberedReceipt(5)));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0); // at the top
    QCOMPARE(reset.size(), 0);

    // A refreshed status changes one row, and the search sees the new text.
    Receipt refreshed = store.receipts().at(0);
    refreshed.portal.orderStatus = QStringLiteral("refunded");
    refreshed.statusCheckedAt = QDateTime::currentDateTimeUtc();
    proxy.setSearchText(QStringLiteral("refunded"));
    QCOMPARE(proxy.rowCount(), 0);
    QVERIFY(store.replace(0, refreshed));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 5); // the oldest is the last row
    QCOMPARE(proxy.rowCount(), 1);
    QVERIFY(!proxy.index(0, ReceiptHistoryModel::StatusCheckedColumn).data().toString().isEmpty());
    QCOMPARE(reset.size(), 0);

    store.open(QStringLiteral("another@https://openapi.partner.yeastar.com"));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 0);
}

void TestReceiptHistory::searchFiltersAcrossAllColumns()
{
    ReceiptStore store(m_dir->path());
    store.open(kAccount);
    for (int n = 0; n < 20; ++n)
        QVERIFY(store.add(numberedReceipt(n)));
    ReceiptHistoryModel model(&store);
    ReceiptSearchProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    auto count = [&proxy](const char *text) {
        proxy.setSearchText(QString::fromUtf8(text));
        return proxy.rowCount();
    };
    QCOMPARE(count(""), 20);
    QCOMPARE(count("ACME"), 5);         // recipient column, any case
    QCOMPARE(count("linkus"), 7);       // product column
    QCOMPARE(count("pending"), 4);      // status column
    QCOMPARE(count("acme pending"), 1); // every word must match (n = 0)
    QCOMPARE(count("  acme   pending "), 1);
    QCOMPARE(count("café örebro"), 5);                // non-ASCII, lower-cased
    QCOMPARE(count("2024010100000013"), 1);           // order number
    QCOMPARE(count("3214560987123400013"), 1);        // order ID: not a column, still found
    QCOMPARE(count("req0000000d"), 1);                // request ID
    QCOMPARE(count("recording minutes × 10000"), 20); // items
    int sameDay = 0;                                  // ISO date, whatever the locale shows (and in local time, as shown)
    for (int n = 0; n < 20; ++n)
        sameDay += numberedReceipt(n).placedAt.toLocalTime().date() == QDate(2024, 1, 1) ? 1 : 0;
    QCOMPARE(count("2024-01-01"), sameDay);
    QCOMPARE(count("no such thing"), 0);
    proxy.setSearchText(QStringLiteral("zeta"));
    for (int row = 0; row < proxy.rowCount(); ++row)
        QCOMPARE(proxy.index(row, ReceiptHistoryModel::RecipientColumn).data().toString(),
                 QStringLiteral("Zeta Logistics"));
}

void TestReceiptHistory::sortsByWhatColumnsMean()
{
    ReceiptStore store(m_dir->path());
    store.open(kAccount);
    // Placed out of order, so that "newest first" is the proxy's work, not the file's.
    for (int n : {3, 0, 12, 7, 1})
        QVERIFY(store.add(numberedReceipt(n)));
    ReceiptHistoryModel model(&store);
    ReceiptSearchProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    auto column = [&proxy](int col) {
        QStringList values;
        for (int row = 0; row < proxy.rowCount(); ++row)
            values << proxy.index(row, col).data().toString();
        return values;
    };
    auto orderNo = [](int n) {
        return numberedReceipt(n).portal.orderNo;
    };

    proxy.sort(ReceiptHistoryModel::PlacedAtColumn, Qt::DescendingOrder);
    QCOMPARE(column(ReceiptHistoryModel::OrderNoColumn),
             (QStringList{orderNo(12), orderNo(7), orderNo(3), orderNo(1), orderNo(0)}));
    proxy.sort(ReceiptHistoryModel::PlacedAtColumn, Qt::AscendingOrder);
    QCOMPARE(column(ReceiptHistoryModel::OrderNoColumn).first(), orderNo(0));

    proxy.sort(ReceiptHistoryModel::ProductColumn, Qt::AscendingOrder);
    QStringList products = column(ReceiptHistoryModel::ProductColumn);
    QStringList sorted = products;
    std::sort(sorted.begin(), sorted.end(),
              [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    QCOMPARE(products, sorted);

    proxy.sort(ReceiptHistoryModel::OrderStatusColumn, Qt::DescendingOrder);
    QCOMPARE(column(ReceiptHistoryModel::OrderStatusColumn).first(), QStringLiteral("succeed"));
    QCOMPARE(column(ReceiptHistoryModel::OrderStatusColumn).last(), QStringLiteral("pending"));
}

void TestReceiptHistory::csvExportReadsBackWithIdsIntact()
{
    QList<Receipt> receipts{sampleReceipt(), numberedReceipt(14), numberedReceipt(35)};
    receipts[1].recipientName = QStringLiteral("=HYPERLINK(\"http://evil\")"); // a formula, as a name
    receipts[2].billingContactName = QStringLiteral("Line one\nline two, \"quoted\"");
    receipts[2].statusCheckedAt = QDateTime(QDate(2025, 3, 1), QTime(9, 30), QTimeZone::utc());

    const QString path = m_dir->filePath(QStringLiteral("receipts.csv"));
    QCOMPARE(ReceiptCsvExporter::writeFile(receipts, path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // UTF-8 with BOM, for Excel
    QVERIFY(bytes.endsWith("\r\n"));
    const QList<QStringList> records = parseCsv(QString::fromUtf8(bytes.mid(3)));
    QCOMPARE(records.size(), 1 + receipts.size());
    QCOMPARE(records.at(0), ReceiptCsvExporter::headers());
    for (const QStringList &record : records)
        QCOMPARE(int(record.size()), int(ReceiptCsvExporter::ColumnCount));

    for (int i = 0; i < receipts.size(); ++i) {
        const Receipt &receipt = receipts.at(i);
        const QStringList &row = records.at(i + 1);
        // Every ID is written as ="…" and comes back digit for digit.
        for (int col = 0; col < ReceiptCsvExporter::ColumnCount; ++col) {
            if (ReceiptCsvExporter::isIdColumn(col) && !row.at(col).isEmpty())
                QVERIFY2(row.at(col).startsWith(QLatin1String("=\"")), qPrintable(row.at(col)));
        }
        QCOMPARE(unwrapId(row.at(ReceiptCsvExporter::OrderId)), receipt.portal.orderId);
        QCOMPARE(unwrapId(row.at(ReceiptCsvExporter::OrderNo)), receipt.portal.orderNo);
        QCOMPARE(unwrapId(row.at(ReceiptCsvExporter::RecipientPartnerId)), receipt.recipientPartnerId);
        QCOMPARE(unwrapId(row.at(ReceiptCsvExporter::BillingContactId)), receipt.billingContactId);
        QCOMPARE(unwrapId(row.at(ReceiptCsvExporter::TransactionNo)), receipt.portal.transactionNo);
        QCOMPARE(unwrapId(row.at(ReceiptCsvExporter::RequestId)), receipt.portal.requestId);
        QCOMPARE(unwrapId(row.at(ReceiptCsvExporter::PoNumber)), receipt.poNumber);
        QCOMPARE(row.at(ReceiptCsvExporter::Product), receipt.productName);
        QCOMPARE(row.at(ReceiptCsvExporter::Items), receipt.itemsSummary());
        QCOMPARE(row.at(ReceiptCsvExporter::OrderStatus), receipt.portal.orderStatus);
        QCOMPARE(row.at(ReceiptCsvExporter::PlacedAtUtc), receipt.placedAt.toUTC().toString(Qt::ISODate));
    }
    QCOMPARE(records.at(1).at(ReceiptCsvExporter::Recipient), QStringLiteral("Müller & Söhne GmbH, Köln"));
    QCOMPARE(records.at(1).at(ReceiptCsvExporter::BillingContact),
             QStringLiteral("Jane Doe, \"Accounts\" dept."));
    QCOMPARE(records.at(1).at(ReceiptCsvExporter::DeviceSerialNumber), QString());
    // A name that is a formula is defused, not executed.
    QCOMPARE(records.at(2).at(ReceiptCsvExporter::Recipient), QStringLiteral("'=HYPERLINK(\"http://evil\")"));
    QCOMPARE(records.at(3).at(ReceiptCsvExporter::BillingContact), receipts.at(2).billingContactName);
    QCOMPARE(records.at(3).at(ReceiptCsvExporter::StatusCheckedAt),
             receipts.at(2).statusCheckedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    QCOMPARE(unwrapId(records.at(3).at(ReceiptCsvExporter::PoNumber)), QStringLiteral("0035")); // zeros kept
}

void TestReceiptHistory::csvPlainStyleHasNoBomAndBareIds()
{
    ReceiptCsvExporter::Options options;
    options.byteOrderMark = false;
    options.ids = ReceiptCsvExporter::IdStyle::Plain;
    const QByteArray bytes = ReceiptCsvExporter::toCsv({numberedReceipt(3)}, options);
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> records = parseCsv(QString::fromUtf8(bytes));
    QCOMPARE(records.size(), qsizetype(2));
    QCOMPARE(records.at(1).at(ReceiptCsvExporter::OrderId), QStringLiteral("3214560987123400003"));
    QCOMPARE(CsvWriter::quoted(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    QCOMPARE(CsvWriter::quoted(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    QCOMPARE(CsvWriter::quoted(QStringLiteral("plain")), QStringLiteral("plain"));
}

void TestReceiptHistory::truncatedFileKeepsTheOtherReceipts()
{
    QString path;
    {
        ReceiptStore store(m_dir->path());
        store.open(kAccount);
        for (int n = 0; n < 5; ++n)
            QVERIFY(store.add(numberedReceipt(n)));
        path = store.filePath();
    }
    QVERIFY(QFile::exists(path + QStringLiteral(".bak"))); // the state before the last add

    // A crash in the middle of the second line (as if the disk filled up mid-write).
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const QByteArray content = file.readAll();
    const qsizetype secondLineMiddle = content.indexOf('\n') + 200;
    QVERIFY(file.resize(secondLineMiddle));
    file.close();

    ReceiptStore store(m_dir->path());
    const ReceiptStore::OpenReport report = store.open(kAccount);
    QCOMPARE(report.unreadable, 1);          // detected and reported…
    QCOMPARE(report.recoveredFromBackup, 3); // …receipts 1-3 come back from the backup
    QCOMPARE(report.loaded, 4);              // only receipt 4, never in a backup, is gone
    QCOMPARE(store.receipts().at(0).portal.orderNo, numberedReceipt(0).portal.orderNo);
    QCOMPARE(store.receipts().at(3).portal.orderNo, numberedReceipt(3).portal.orderNo);
    QCOMPARE(store.lastOpenReport().unreadable, 1);

    // The window says so.
    PortalClient client;
    ReceiptStatusRefresher refresher(&client, &store);
    ReceiptHistoryWindow window(&store, &refresher);
    auto *damage = window.findChild<QLabel *>(QStringLiteral("receiptDamageLabel"));
    QVERIFY(damage);
    QVERIFY(!damage->isHidden());
    QVERIFY2(damage->text().contains(QLatin1String("could not be read")), qPrintable(damage->text()));
    QVERIFY(damage->text().contains(QLatin1String("backup")));

    // The next write must not replace the good backup with the damaged file.
    const QByteArray goodBackup = [&] {
        QFile backup(path + QStringLiteral(".bak"));
        return backup.open(QIODevice::ReadOnly) ? backup.readAll() : QByteArray();
    }();
    QVERIFY(store.add(numberedReceipt(5)));
    QFile backup(path + QStringLiteral(".bak"));
    QVERIFY(backup.open(QIODevice::ReadOnly));
    QCOMPARE(backup.readAll(), goodBackup);
    ReceiptStore reread(m_dir->path());
    const ReceiptStore::OpenReport clean = reread.open(kAccount);
    QCOMPARE(clean.unreadable, 0);
    QCOMPARE(clean.loaded, 5);
}

void TestReceiptHistory::tenThousandReceiptsLoadAndFilter()
{
    constexpr int count = 10000;
    {
        ReceiptStore probe(m_dir->path());
        probe.open(kAccount);
        writeStoreFile(probe.filePath(), count);
    }
    QElapsedTimer timer;
    ReceiptStore store(m_dir->path());
    timer.start();
    const ReceiptStore::OpenReport report = store.open(kAccount);
    const qint64 openMs = timer.elapsed();
    QCOMPARE(report.loaded, count);
    QCOMPARE(report.unreadable, 0);

    timer.restart();
    ReceiptHistoryModel model(&store);
    ReceiptSearchProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(ReceiptHistoryModel::PlacedAtColumn, Qt::DescendingOrder);
    const qint64 modelMs = timer.elapsed();
    QCOMPARE(proxy.rowCount(), count);
    QCOMPARE(proxy.index(0, ReceiptHistoryModel::OrderNoColumn).data().toString(),
             numberedReceipt(count - 1).portal.orderNo);

    // The search text of every row is built in slices while the event loop is idle.
    timer.restart();
    QTRY_VERIFY_WITH_TIMEOUT(model.isSearchReady(), 30000);
    const qint64 warmMs = timer.elapsed();
    timer.restart();
    proxy.setSearchText(QStringLiteral("acme"));
    const qint64 firstFilterMs = timer.elapsed();
    QCOMPARE(proxy.rowCount(), count / 4);
    timer.restart();
    proxy.setSearchText(QStringLiteral("acme pending"));
    const qint64 secondFilterMs = timer.elapsed();
    QCOMPARE(proxy.rowCount(), count / 20);
    timer.restart();
    proxy.setSearchText(QStringLiteral("2024010100009999"));
    const qint64 thirdFilterMs = timer.elapsed();
    QCOMPARE(proxy.rowCount(), 1);
    timer.restart();
    proxy.setSearchText(QString());
    proxy.sort(ReceiptHistoryModel::ProductColumn, Qt::AscendingOrder);
    const qint64 sortMs = timer.elapsed();
    QCOMPARE(proxy.rowCount(), count);

    timer.restart();
    QVERIFY(store.add(numberedReceipt(count)));
    const qint64 addMs = timer.elapsed();
    QCOMPARE(model.rowCount(), count + 1);

    timer.restart();
    QList<Receipt> all;
    for (int row = 0; row < proxy.rowCount(); ++row)
        all << model.receiptAt(proxy.mapToSource(proxy.index(row, 0)).row());
    const QByteArray csv = ReceiptCsvExporter::toCsv(all);
    const qint64 csvMs = timer.elapsed();
    QVERIFY(csv.size() > count * 100);

    // Numbers, not assertions: this machine's speed is not the app's contract.
    qInfo("10,000 receipts: open %lld ms, model+proxy %lld ms, search index built in idle slices within %lld "
          "ms, "
          "searches %lld / %lld / %lld ms, sort by product %lld ms, add one %lld ms, CSV of all %lld ms "
          "(%lld KB)",
          openMs, modelMs, warmMs, firstFilterMs, secondFilterMs, thirdFilterMs, sortMs, addMs, csvMs,
          qint64(csv.size() / 1024));
}

void TestReceiptHistory::windowSearchesShowsAndExports()
{
    ReceiptStore store(m_dir->path());
    store.open(kAccount);
    PortalClient client;
    ReceiptStatusRefresher refresher(&client, &store);
    ReceiptHistoryWindow window(&store, &refresher);
    window.resize(1180, 660);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *empty = window.findChild<QLabel *>(QStringLiteral("receiptEmptyLabel"));
    auto *table = window.findChild<QTableView *>(QStringLiteral("receiptsTableView"));
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("receiptSearchLineEdit"));
    auto *exportButton = window.findChild<QPushButton *>(QStringLiteral("exportCsvButton"));
    QVERIFY(empty && table && search && exportButton);
    QVERIFY(empty->isVisible());
    QVERIFY(!exportButton->isEnabled());
    saveScreenshot(&window, QStringLiteral("receipts-empty.png"));

    store.add(sampleReceipt());
    for (int n = 0; n < 30; ++n)
        store.add(numberedReceipt(n));
    QTRY_VERIFY(!empty->isVisible());
    QCOMPARE(table->model()->rowCount(), 31);

    QTest::keyClicks(search, QStringLiteral("zeta"));
    QTRY_COMPARE(table->model()->rowCount(), 8);
    QCOMPARE(window.visibleReceipts().size(), qsizetype(8));

    table->setCurrentIndex(table->model()->index(0, 0));
    auto *browser = window.findChild<QTextBrowser *>(QStringLiteral("receiptTextBrowser"));
    QVERIFY(browser);
    QTRY_VERIFY(browser->toPlainText().contains(window.visibleReceipts().first().portal.orderNo));
    saveScreenshot(&window, QStringLiteral("receipts-search.png"));

    const QString path = m_dir->filePath(QStringLiteral("visible.csv"));
    QCOMPARE(window.exportVisibleRows(path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QStringList> records = parseCsv(QString::fromUtf8(file.readAll().mid(3)));
    QCOMPARE(records.size(), qsizetype(1 + 8)); // only what the search shows
    QCOMPARE(unwrapId(records.at(1).at(ReceiptCsvExporter::OrderNo)),
             window.visibleReceipts().first().portal.orderNo);
    auto *feedback = window.findChild<QLabel *>(QStringLiteral("exportFeedbackLabel"));
    QVERIFY(feedback->text().contains(QLatin1String("8")));

    search->clear();
    QTest::keyClicks(search, QStringLiteral("nothing like this"));
    QTRY_VERIFY(empty->isVisible());
    QVERIFY2(empty->text().contains(QLatin1String("nothing like this")), qPrintable(empty->text()));
    QVERIFY(!exportButton->isEnabled());
    saveScreenshot(&window, QStringLiteral("receipts-nomatch.png"));
    search->clear();
    table->setCurrentIndex(table->model()->index(0, 0));
    saveScreenshot(&window, QStringLiteral("receipts-full.png"));
}

QTEST_MAIN(TestReceiptHistory)
#include "tst_receipthistory.moc"
