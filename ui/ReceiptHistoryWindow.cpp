#include "ReceiptHistoryWindow.h"

#include "ListWindowParts.h"
#include "MessageLabel.h"
#include "ReceiptDetailPane.h"
#include "SaveFileDialog.h"
#include "TextStyle.h"
#include "UiLog.h"
#include "models/ReceiptHistoryModel.h"
#include "models/ReceiptSearchProxyModel.h"
#include "order/ReceiptCsvExporter.h"
#include "order/ReceiptStore.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

ReceiptHistoryWindow::ReceiptHistoryWindow(ReceiptStore *store, ReceiptStatusRefresher *refresher,
                                           QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_store(store)
    , m_model(new ReceiptHistoryModel(store, this))
    , m_proxy(new ReceiptSearchProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_damage(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_table(new QTableView(this))
    , m_detail(new ReceiptDetailPane(refresher, this))
    , m_export(new QPushButton(tr("&Export CSV…"), this))
    , m_exportFeedback(new MessageLabel(this))
{
    setObjectName(QStringLiteral("receiptHistoryWindow"));
    setWindowTitle(tr("Receipts"));
    resize(1180, 660);

    m_proxy->setSourceModel(m_model);
    m_search->setObjectName(QStringLiteral("receiptSearchLineEdit"));
    m_search->setPlaceholderText(tr("Search by date, product, customer, order number, status…"));
    m_search->setAccessibleName(tr("Search receipts"));
    m_search->setClearButtonEnabled(true);
    m_count->setObjectName(QStringLiteral("receiptCountLabel"));
    m_damage->setObjectName(QStringLiteral("receiptDamageLabel"));
    m_damage->setWordWrap(true);
    m_damage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    TextStyle::applyError(m_damage, false);
    m_empty->setObjectName(QStringLiteral("receiptEmptyLabel"));
    m_empty->setWordWrap(true);
    m_export->setObjectName(QStringLiteral("exportCsvButton"));
    m_export->setToolTip(tr("Save the receipts in view as a CSV file for your books"));
    m_exportFeedback->setObjectName(QStringLiteral("exportFeedbackLabel"));
    m_exportFeedback->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table->setObjectName(QStringLiteral("receiptsTableView"));
    m_table->setAccessibleName(tr("Receipts"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ReceiptHistoryModel::PlacedAtColumn, Qt::DescendingOrder);
    ListWindowParts::setUpTable(m_table);
    setColumnWidths();

    ListWindowParts::addFindShortcut(this, m_search);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_count);
    QSplitter *splitter = ListWindowParts::listAndDetails(this, QStringLiteral("receiptHistorySplitter"),
                                                          {m_empty, m_table}, m_detail, {680, 480});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(m_damage);
    layout->addWidget(splitter, 1);
    layout->addLayout(ListWindowParts::exportRow(m_export, m_exportFeedback));

    connect(m_search, &QLineEdit::textChanged, m_proxy, &ReceiptSearchProxyModel::setSearchText);
    connect(m_search, &QLineEdit::textChanged, this, &ReceiptHistoryWindow::updateCounts); // "no match for …"
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReceiptHistoryWindow::showCurrent);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &ReceiptHistoryWindow::showCurrent);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        showCurrent();
        updateDamageNotice();
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_proxy, signal, this, &ReceiptHistoryWindow::updateCounts);
        connect(m_proxy, signal, this, &ReceiptHistoryWindow::showCurrent);
    }
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ReceiptHistoryWindow::updateCounts);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ReceiptHistoryWindow::updateCounts);
    connect(m_export, &QPushButton::clicked, this, &ReceiptHistoryWindow::chooseFileAndExport);

    updateCounts();
    updateDamageNotice();
}

void ReceiptHistoryWindow::setColumnWidths()
{
    // From the font, not from the rows: measuring 10,000 rows costs, and the widths would
    // jump as receipts arrive.
    const QFontMetrics metrics = m_table->fontMetrics();
    const int padding = 2 * metrics.averageCharWidth() + 8;
    const int dateWidth = metrics.horizontalAdvance(QLocale().toString(
                              QDateTime(QDate(2025, 12, 31), QTime(23, 59, 59)), QLocale::ShortFormat))
        + padding;
    auto chars = [&](int count) {
        return count * metrics.averageCharWidth() + padding;
    };
    const QList<int> widths{dateWidth, chars(22), chars(18), chars(30), chars(18),
                            chars(22), chars(9), dateWidth, chars(32)};
    // Never narrower than the column's title, which may be longer in another language.
    for (int column = 0; column < widths.size(); ++column)
        m_table->setColumnWidth(column,
                                std::max(widths.at(column), m_table->horizontalHeader()->sectionSizeHint(column)));
}

QList<Receipt> ReceiptHistoryWindow::visibleReceipts() const
{
    QList<Receipt> receipts;
    receipts.reserve(m_proxy->rowCount());
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        receipts << m_model->receiptAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
    return receipts;
}

void ReceiptHistoryWindow::chooseFileAndExport()
{
    //: default file name of the CSV export; %1 today's date
    const QString name = tr("receipts-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate));
    QFileDialog *dialog = openSaveFileDialog(this, QStringLiteral("exportCsvFileDialog"),
                                             tr("Export receipts as CSV"), name, tr("CSV files (*.csv)"),
                                             QStringLiteral("csv"));
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { exportVisibleRows(path); });
}

QString ReceiptHistoryWindow::exportVisibleRows(const QString &path)
{
    const QList<Receipt> receipts = visibleReceipts();
    const QString error = ReceiptCsvExporter::writeFile(receipts, path);
    TextStyle::showsError(m_exportFeedback, !error.isEmpty());
    if (!error.isEmpty())
        qCWarning(lcUi).noquote() << "CSV export to" << path << "failed:" << error;
    m_exportFeedback->setMessage(error.isEmpty()
                                     ? tr("Exported %n receipt(s) to %1.", nullptr, int(receipts.size()))
                                           .arg(QDir::toNativeSeparators(path))
                                     : error);
    return error;
}

void ReceiptHistoryWindow::showCurrent()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_detail->showNothing();
        return;
    }
    m_detail->showReceipt(m_model->receiptAt(m_proxy->mapToSource(current).row()));
}

void ReceiptHistoryWindow::updateCounts()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_count->setText(shown == total ? tr("%n receipt(s)", nullptr, total)
                                    //: %1 receipts shown by the search, %n all receipts
                                    : tr("%1 of %n receipt(s)", nullptr, total).arg(shown));
    if (total == 0)
        m_empty->setText(tr("No receipts yet. The orders you place with this app under this account are "
                            "listed here."));
    else if (shown == 0)
        m_empty->setText(tr("No receipt matches “%1”.").arg(m_search->text()));
    m_empty->setVisible(shown == 0);
    m_export->setEnabled(shown > 0);
}

void ReceiptHistoryWindow::updateDamageNotice()
{
    const ReceiptStore::OpenReport &report = m_store->lastOpenReport();
    QStringList problems;
    if (!report.error.isEmpty())
        problems << tr("The receipt file could not be read: %1.").arg(report.error);
    if (report.unreadable > 0)
        problems << tr("%n damaged receipt(s) in the file could not be read.", nullptr, report.unreadable);
    if (report.recoveredFromBackup > 0)
        problems << tr("%n receipt(s) were restored from the backup copy.", nullptr,
                       report.recoveredFromBackup);
    if (!problems.isEmpty())
        problems << tr("File: %1").arg(QDir::toNativeSeparators(m_store->filePath()));
    m_damage->setText(problems.join(QLatin1Char(' ')));
    m_damage->setVisible(!problems.isEmpty());
}
