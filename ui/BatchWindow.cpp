#include "BatchWindow.h"

#include "MessageLabel.h"
#include "SaveFileDialog.h"
#include "TextStyle.h"
#include "order/BatchCsvExporter.h"
#include "order/BatchRunner.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

enum Column { NumberColumn,
              CustomerColumn,
              ItemsColumn,
              OutcomeColumn,
              DetailColumn };

QString timeText(std::chrono::milliseconds left)
{
    const qint64 seconds = (left.count() + 999) / 1000;
    if (seconds >= 3600)
        return QStringLiteral("%1:%2:%3").arg(seconds / 3600).arg(seconds / 60 % 60, 2, 10, QLatin1Char('0')).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

BatchWindow::BatchWindow(BatchRunner *runner, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_runner(runner)
    , m_status(new MessageLabel(this))
    , m_progress(new QProgressBar(this))
    , m_current(new MessageLabel(this))
    , m_timeLeft(new MessageLabel(this))
    , m_orders(new QTreeWidget(this))
    , m_summary(new QLabel(this))
    , m_stop(new QPushButton(tr("&Stop after this order"), this))
    , m_goOn(new QPushButton(tr("&Go on"), this))
    , m_lookUp(new QPushButton(tr("&Look up again"), this))
    , m_csv(new QPushButton(tr("Save as &CSV…"), this))
    , m_close(new QPushButton(tr("Close &batch"), this))
{
    setObjectName(QStringLiteral("batchWindow"));
    setWindowTitle(tr("Orders for several customers"));
    m_status->setObjectName(QStringLiteral("batchStatusLabel"));
    m_progress->setObjectName(QStringLiteral("batchProgressBar"));
    //: %v orders done, %m orders in the batch
    m_progress->setFormat(tr("%v of %m"));
    m_progress->setAccessibleName(tr("Orders done"));
    m_current->setObjectName(QStringLiteral("currentCustomerLabel"));
    m_current->setTextFormat(Qt::PlainText);
    m_current->setWordWrap(false);
    m_timeLeft->setObjectName(QStringLiteral("timeLeftLabel"));
    m_timeLeft->setWordWrap(false);
    m_orders->setObjectName(QStringLiteral("batchOrdersTreeWidget"));
    m_orders->setAccessibleName(tr("Orders of the batch"));
    m_orders->setRootIsDecorated(false);
    m_orders->setUniformRowHeights(true);
    m_orders->setHeaderLabels({tr("#"), tr("Customer"), tr("Items"), tr("Outcome"), tr("Order number or reason")});
    m_orders->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_summary->setObjectName(QStringLiteral("batchSummaryLabel"));
    m_summary->setWordWrap(true);
    m_stop->setObjectName(QStringLiteral("stopBatchPushButton"));
    m_goOn->setObjectName(QStringLiteral("goOnBatchPushButton"));
    m_lookUp->setObjectName(QStringLiteral("lookUpBatchPushButton"));
    m_csv->setObjectName(QStringLiteral("saveBatchCsvPushButton"));
    m_close->setObjectName(QStringLiteral("closeBatchPushButton"));

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_timeLeft);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_stop);
    buttons->addWidget(m_goOn);
    buttons->addWidget(m_lookUp);
    buttons->addStretch();
    buttons->addWidget(m_csv);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(progressRow);
    layout->addWidget(m_current);
    layout->addWidget(m_orders, 1);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);

    connect(m_runner, &BatchRunner::orderChanged, this, [this](int index) {
        updateRow(index);
        updateSummary();
    });
    connect(m_runner, &BatchRunner::stateChanged, this, &BatchWindow::updateState);
    connect(m_stop, &QPushButton::clicked, m_runner, &BatchRunner::stop);
    connect(m_goOn, &QPushButton::clicked, this, &BatchWindow::resume);
    connect(m_lookUp, &QPushButton::clicked, m_runner, &BatchRunner::lookUpAgain);
    connect(m_csv, &QPushButton::clicked, this, &BatchWindow::saveCsv);
    connect(m_close, &QPushButton::clicked, this, &BatchWindow::closeBatch);
    resize(820, 560);
}

const QList<BatchOrder> &BatchWindow::orders() const
{
    return m_unfinished ? m_unfinished->orders : m_runner->orders();
}

void BatchWindow::showRunning()
{
    m_unfinished.reset();
    fill(m_runner->orders());
    updateState();
}

void BatchWindow::showUnfinished(const BatchJournal::Batch &batch)
{
    m_unfinished = batch;
    fill(batch.orders);
    updateState();
}

void BatchWindow::fill(const QList<BatchOrder> &orders)
{
    const bool renewals = !orders.isEmpty() && orders.first().plan.operation == OrderOperation::Renew;
    setWindowTitle(renewals ? tr("Renewals of several products") : tr("Orders for several customers"));
    //: column of the batch window: whom (or which product) each order is for
    m_orders->headerItem()->setText(CustomerColumn, renewals ? tr("Product") : tr("Customer"));
    m_orders->clear();
    QList<QTreeWidgetItem *> items;
    items.reserve(orders.size());
    for (const BatchOrder &order : orders) {
        auto *item = new QTreeWidgetItem;
        item->setText(NumberColumn, QString::number(order.index + 1));
        item->setText(CustomerColumn, order.label());
        item->setText(ItemsColumn, order.plan.itemsSummary());
        items << item;
    }
    m_orders->addTopLevelItems(items);
    m_progress->setRange(0, int(orders.size()));
    for (const BatchOrder &order : orders)
        updateRow(order.index);
    m_orders->resizeColumnToContents(NumberColumn);
    m_orders->setColumnWidth(CustomerColumn, 300);
    m_orders->setColumnWidth(ItemsColumn, 200);
}

void BatchWindow::updateRow(int index)
{
    QTreeWidgetItem *item = m_orders->topLevelItem(index);
    if (!item || index >= orders().size())
        return;
    const BatchOrder &order = orders().at(index);
    item->setText(OutcomeColumn, BatchCsvExporter::outcomeText(order.state));
    item->setText(DetailColumn, order.state == BatchOrder::State::Placed ? order.portal.orderNo : order.reason);
    item->setToolTip(DetailColumn, order.reference);
    if (m_unfinished)
        return;
    m_progress->setValue(m_runner->settledCount());
    const std::optional<std::chrono::milliseconds> left = m_runner->timeLeft();
    //: %1 minutes:seconds
    m_timeLeft->setMessage(left ? tr("About %1 left").arg(timeText(*left)) : QString());
    if (m_runner->currentIndex() == index) {
        //: %1 the customer (or product) the order is for
        m_current->setMessage(m_runner->state() == BatchRunner::State::LookingUp ? tr("Looking up the order for %1…").arg(order.label())
                                                                                 : tr("Sending the order for %1…").arg(order.label()));
    }
}

int BatchWindow::count(BatchOrder::State state) const
{
    return BatchOrder::count(orders(), state);
}

int BatchWindow::unknownCount() const
{
    // In a journal left by a crash, an order left sending is unknown until it is looked up.
    return count(BatchOrder::State::Unknown) + (m_unfinished ? count(BatchOrder::State::Sending) : 0);
}

void BatchWindow::updateSummary()
{
    //: the batch's summary; each %n a number of orders
    m_summary->setText(tr("Placed: %1 · Refused: %2 · Unknown: %3 · Not sent: %4")
                           .arg(count(BatchOrder::State::Placed))
                           .arg(count(BatchOrder::State::Refused))
                           .arg(unknownCount())
                           .arg(count(BatchOrder::State::Planned)));
}

void BatchWindow::updateState()
{
    const int unknown = unknownCount();
    const int notSent = count(BatchOrder::State::Planned);
    if (m_unfinished) // the runner's count is of no batch yet: the journal's
        m_progress->setValue(count(BatchOrder::State::Placed) + count(BatchOrder::State::Refused)
                             + count(BatchOrder::State::Unknown));
    updateSummary();
    const BatchRunner::State state = m_runner->state();
    const bool busy = m_runner->isBusy();
    QString status;
    TextStyle::clear(m_status);
    if (m_unfinished) {
        status = tr("This batch was interrupted. Go on looks up every order whose outcome is not known "
                    "before anything else is sent; placed orders are never sent again.");
    } else {
        switch (state) {
        case BatchRunner::State::Idle:
            break;
        case BatchRunner::State::Running:
            status = tr("The orders are sent one after another.");
            break;
        case BatchRunner::State::Stopping:
            status = tr("Stopping once the order on its way is answered…");
            break;
        case BatchRunner::State::Stopped:
            status = tr("Stopped. Go on sends the orders not sent yet.");
            break;
        case BatchRunner::State::LookingUp:
            status = tr("An order's answer was lost: looking it up in the Partner Portal…");
            break;
        case BatchRunner::State::WaitingForUser:
            status = unknown > 0 ? tr("An order's outcome is unknown and the look-up did not find it. "
                                      "Check the Partner Portal's orders before you go on: it is never sent again on its own.")
                                 : tr("The order whose answer was lost was found in the Partner Portal. Go on sends the rest.");
            break;
        case BatchRunner::State::Finished:
            status = tr("Done.");
            m_current->setMessage(QString());
            m_timeLeft->setMessage(QString());
            break;
        case BatchRunner::State::JournalFailed:
            status = m_runner->journalError();
            TextStyle::applyError(m_status);
            break;
        }
    }
    m_status->setMessage(status);
    if (!busy || m_unfinished) // no order on its way
        m_current->setMessage(QString());
    m_stop->setEnabled(!m_unfinished && state == BatchRunner::State::Running);
    m_goOn->setEnabled(m_unfinished ? !busy
                                    : (state == BatchRunner::State::Stopped || state == BatchRunner::State::WaitingForUser)
                               && notSent > 0);
    m_lookUp->setEnabled(!m_unfinished && !busy && unknown > 0 && state != BatchRunner::State::Idle);
    m_close->setEnabled(!busy);
    m_csv->setEnabled(!orders().isEmpty());
}

void BatchWindow::resume()
{
    if (!m_unfinished) {
        m_runner->go();
        return;
    }
    const BatchJournal::Batch batch = *m_unfinished;
    QString error;
    m_unfinished.reset();
    if (!m_runner->resume(batch, &error)) {
        m_unfinished = batch;
        m_status->setMessage(error);
        TextStyle::applyError(m_status);
        return;
    }
    fill(m_runner->orders());
    updateState();
}

void BatchWindow::saveCsv()
{
    // Named after its journal (batch-<time>), so that two batches' files do not collide.
    const QString journal = m_unfinished ? m_unfinished->path : m_runner->journalPath();
    const QString name = journal.isEmpty() ? QStringLiteral("batch.csv")
                                           : QFileInfo(journal).completeBaseName() + QStringLiteral(".csv");
    QFileDialog *dialog = openSaveFileDialog(this, QStringLiteral("saveBatchCsvFileDialog"),
                                             tr("Save the batch as CSV"), name, tr("CSV files (*.csv)"),
                                             QStringLiteral("csv"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        const QString error = BatchCsvExporter::writeFile(orders(), path);
        if (!error.isEmpty()) {
            m_status->setMessage(error);
            TextStyle::applyError(m_status);
        }
    });
}

void BatchWindow::closeBatch()
{
    if (m_unfinished) {
        // Closing an unfinished batch without resuming it: the journal says so, and the
        // next start does not offer it again.
        BatchJournal journal(QFileInfo(m_unfinished->path).absolutePath());
        if (journal.reopen(m_unfinished->path))
            journal.close();
        m_unfinished.reset();
        close();
        return;
    }
    if (m_runner->close())
        close();
}
