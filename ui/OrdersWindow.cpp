#include "OrdersWindow.h"

#include "ListWindowParts.h"
#include "LoadStatusPanel.h"
#include "OrderDetailsView.h"
#include "models/OrderDetailsLoader.h"
#include "models/OrderListModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

OrdersWindow::OrdersWindow(OrderListModel *model, OrderDetailsLoader *details, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_model(model)
    , m_detailsLoader(details)
    , m_table(new QTableView(this))
    , m_status(new LoadStatusPanel(model->loadState(), tr("Loading orders from the Partner Portal…"),
                                   tr("The Partner Portal has no orders for this account yet."), this))
    , m_count(new QLabel(this))
    , m_reload(new QPushButton(tr("Re&load"), this))
    , m_details(new OrderDetailsView(details, this))
{
    setObjectName(QStringLiteral("ordersWindow"));
    setWindowTitle(tr("Portal orders"));
    resize(1180, 660);

    m_table->setObjectName(QStringLiteral("ordersTableView"));
    m_table->setAccessibleName(tr("Portal orders"));
    m_table->setModel(m_model);
    ListWindowParts::setUpTable(m_table);
    // Widths from typical values, not from the rows: they do not jump as pages arrive.
    const QFontMetrics metrics = m_table->fontMetrics();
    const QString longestDate
        = QLocale().toString(QDateTime(QDate(2025, 12, 31), QTime(23, 59, 59)), QLocale::ShortFormat);
    const QStringList samples{QStringLiteral("MM3401167833536552960"), longestDate,
                              QStringLiteral("cancelled"), QStringLiteral("Currency"),
                              QStringLiteral("INV202512310042")};
    // Never narrower than the column's title, which may be longer in another language.
    for (int column = 0; column < samples.size(); ++column)
        m_table->setColumnWidth(
            column, std::max(metrics.horizontalAdvance(samples.at(column)) + 3 * metrics.averageCharWidth(), m_table->horizontalHeader()->sectionSizeHint(column)));
    m_count->setObjectName(QStringLiteral("orderCountLabel"));
    m_reload->setObjectName(QStringLiteral("reloadOrdersButton"));
    m_reload->setToolTip(tr("Load the order list again from the first page"));

    auto *topRow = new QHBoxLayout;
    topRow->addWidget(m_count, 1);
    topRow->addWidget(m_reload);
    QSplitter *splitter = ListWindowParts::listAndDetails(this, QStringLiteral("ordersSplitter"),
                                                          {m_table, m_status}, m_details, {700, 460});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(topRow);
    layout->addWidget(splitter, 1);

    connect(m_reload, &QPushButton::clicked, m_model, &OrderListModel::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OrdersWindow::showCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OrdersWindow::showCurrent);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &OrdersWindow::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OrdersWindow::updateCount);
    connect(m_model, &OrderListModel::stateChanged, this, &OrdersWindow::updateCount);
    updateCount();
}

void OrdersWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // First shown, or after a sign-in cleared the list: start from page 1.
    if (m_model->state() == OrderListModel::State::Idle)
        m_model->reload();
}

void OrdersWindow::showCurrent()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_detailsLoader->clear();
        return;
    }
    const OrderListEntry &entry = m_model->at(current.row());
    const QString key = OrderListModel::detailsKey(entry);
    if (key != m_detailsLoader->orderKey() || m_detailsLoader->state() == OrderDetailsLoader::State::Idle)
        m_detailsLoader->load(key, entry.orderNo.isEmpty() ? entry.id : entry.orderNo);
}

void OrdersWindow::updateCount()
{
    const int loaded = m_model->rowCount();
    const int total = m_model->totalReported();
    if (total < 0)
        m_count->setText(QString());
    else if (m_model->hasMorePages())
        //: %1 orders loaded so far, %n all orders; more load as the list scrolls
        m_count->setText(tr("%1 of %n order(s) loaded; scroll down for more", nullptr, total).arg(loaded));
    else
        m_count->setText(tr("%n order(s)", nullptr, loaded));
}
