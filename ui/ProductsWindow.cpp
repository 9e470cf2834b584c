#include "ProductsWindow.h"

#include "ExpiryMarkDelegate.h"
#include "InlineStatus.h"
#include "InstanceDetailsPane.h"
#include "ListWindowParts.h"
#include "LoadStatusPanel.h"
#include "MessageLabel.h"
#include "ProductActions.h"
#include "SaveFileDialog.h"
#include "TextStyle.h"
#include "UiLog.h"
#include "products/ExpiryBand.h"
#include "products/InstanceDetailsLoader.h"
#include "products/ProductInstanceCsvExporter.h"
#include "products/ProductInstanceFilterModel.h"
#include "products/ProductInstanceModel.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

ProductsWindow::ProductsWindow(ProductInstanceModel *model, InstanceDetailsLoader *detailsLoader, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_model(model)
    , m_filter(new ProductInstanceFilterModel(this))
    , m_detailsLoader(detailsLoader)
    , m_search(new QLineEdit(this))
    , m_expiringOnly(new QCheckBox(tr("Only those &expiring within"), this))
    , m_days(new QSpinBox(this))
    , m_count(new QLabel(this))
    , m_reloading(InlineStatus::busyBar(this, QStringLiteral("productsReloadProgressBar")))
    , m_reload(new QPushButton(tr("Re&load"), this))
    , m_table(new QTableView(this))
    , m_status(new LoadStatusPanel(model->loadState(), tr("Loading your purchased products from the Partner Portal…"),
                                   tr("The Partner Portal lists no purchased products for this account."), this))
    , m_missing(new QLabel(this))
    , m_noMatch(new QLabel(this))
    , m_details(new InstanceDetailsPane(
          m_detailsLoader, [model](qint64 productId) { return model->productName(productId); }, this))
    , m_export(new QPushButton(tr("E&xport CSV…"), this))
    , m_exportFeedback(new MessageLabel(this))
    , m_actions(new ProductActions(this))
    , m_selectExpiring(new QPushButton(tr("&Select those expiring within the days given"), this))
    , m_renewSelected(new QPushButton(this))
{
    setObjectName(QStringLiteral("productsWindow"));
    setWindowTitle(tr("Purchased products"));
    resize(1240, 700);

    m_filter->setSourceModel(m_model);
    m_search->setObjectName(QStringLiteral("productSearchLineEdit"));
    m_search->setPlaceholderText(tr("Filter by customer, serial number, product…"));
    m_search->setAccessibleName(tr("Filter purchased products"));
    m_search->setClearButtonEnabled(true);
    m_expiringOnly->setObjectName(QStringLiteral("expiringOnlyCheckBox"));
    m_expiringOnly->setToolTip(tr("Show only the products that expire within the number of days given, and those "
                                  "that have expired"));
    m_days->setObjectName(QStringLiteral("expiringDaysSpinBox"));
    m_days->setRange(0, 3650);
    m_days->setValue(ExpiryBand::kWarningDays);
    //: unit after the number of days in "Only those expiring within [30] days"
    m_days->setSuffix(tr(" days"));
    m_days->setAccessibleName(tr("Number of days"));
    m_days->setEnabled(false);
    m_count->setObjectName(QStringLiteral("productCountLabel"));
    // Beside the count (which says "so far…"), so that a reload moves no row.
    m_reloading->setFixedWidth(80);
    m_status->showReloadsIn(m_reloading);
    m_reload->setObjectName(QStringLiteral("reloadProductsButton"));
    m_reload->setToolTip(tr("Load every purchased product again from the Partner Portal"));

    m_table->setObjectName(QStringLiteral("productsTableView"));
    m_table->setAccessibleName(tr("Purchased products"));
    m_table->setModel(m_filter);
    m_table->setItemDelegate(new ExpiryMarkDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ProductInstanceModel::DaysLeftColumn, Qt::AscendingOrder);
    ListWindowParts::setUpTable(m_table);
    // Several rows at once for a bulk renewal; the current row is the one shown in full.
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    setColumnWidths();
    m_missing->setObjectName(QStringLiteral("missingProductsLabel"));
    m_missing->setWordWrap(true);
    m_missing->setTextInteractionFlags(Qt::TextSelectableByMouse);
    TextStyle::applyError(m_missing, false);
    m_missing->hide();
    m_noMatch->setObjectName(QStringLiteral("noMatchingProductsLabel"));
    m_noMatch->setWordWrap(true);
    m_noMatch->hide();
    m_export->setObjectName(QStringLiteral("exportProductsCsvButton"));
    m_export->setToolTip(tr("Save the products shown as a CSV file"));
    m_exportFeedback->setObjectName(QStringLiteral("exportProductsFeedbackLabel"));

    m_selectExpiring->setObjectName(QStringLiteral("selectExpiringPushButton"));
    m_selectExpiring->setToolTip(tr("Select every product shown that expires within the number of days given "
                                    "next to the filter, and those that have expired"));
    m_selectExpiring->setAccessibleName(tr("Select the products expiring within the days given"));
    m_renewSelected->setObjectName(QStringLiteral("renewSelectedPushButton"));
    m_renewSelected->setToolTip(tr("Renew every selected product, each with its current plan, services and "
                                   "quantities: one order each, reviewed together before anything is sent"));

    ListWindowParts::addFindShortcut(this, m_search);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_search, 1);
    filterRow->addWidget(m_expiringOnly);
    filterRow->addWidget(m_days);
    filterRow->addSpacing(12);
    filterRow->addWidget(m_count);
    filterRow->addWidget(m_reloading);
    filterRow->addWidget(m_reload);
    QSplitter *splitter = ListWindowParts::listAndDetails(this, QStringLiteral("productsSplitter"),
                                                          {m_noMatch, m_table, m_missing, m_status}, m_details,
                                                          {820, 400});
    auto *bulkRow = new QHBoxLayout;
    bulkRow->addWidget(m_selectExpiring);
    bulkRow->addWidget(m_renewSelected);
    bulkRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filterRow);
    layout->addWidget(splitter, 1);
    layout->addLayout(bulkRow);
    layout->addWidget(m_actions);
    layout->addLayout(ListWindowParts::exportRow(m_export, m_exportFeedback));

    // The actions on the selected product: buttons, and the list's context menu (right
    // click or the Menu key).
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &ProductsWindow::showContextMenu);
    connect(m_detailsLoader, &InstanceDetailsLoader::changed, this, &ProductsWindow::showActions);
    connect(m_actions, &ProductActions::operationRequested, this, &ProductsWindow::operationRequested);
    connect(m_actions, &ProductActions::autoRenewalRequested, this, &ProductsWindow::autoRenewalRequested);

    connect(m_search, &QLineEdit::textChanged, m_filter, &ProductInstanceFilterModel::setSearchText);
    connect(m_expiringOnly, &QCheckBox::toggled, this, &ProductsWindow::updateExpiryFilter);
    connect(m_days, &QSpinBox::valueChanged, this, &ProductsWindow::updateExpiryFilter);
    connect(m_reload, &QPushButton::clicked, m_model, &ProductInstanceModel::reload);
    connect(m_export, &QPushButton::clicked, this, &ProductsWindow::chooseFileAndExport);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ProductsWindow::showCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ProductsWindow::updateSelectionActions);
    connect(m_selectExpiring, &QPushButton::clicked, this, [this] { selectExpiringWithin(m_days->value()); });
    connect(m_renewSelected, &QPushButton::clicked, this, &ProductsWindow::requestRenewals);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ProductsWindow::showCurrent);
    // A reload that changed the product shown (or moved it): its details again.
    const auto refreshShown = [this] {
        if (m_detailsLoader->instance())
            showCurrent();
    };
    connect(m_filter, &QAbstractItemModel::dataChanged, this, refreshShown);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, refreshShown);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &ProductsWindow::updateCounts);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ProductsWindow::updateCounts);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &ProductsWindow::updateCounts);
    connect(m_model, &RemoteListModel::stateChanged, this, &ProductsWindow::updateCounts);
    updateCounts();
    updateSelectionActions();
}

int ProductsWindow::selectExpiringWithin(int days)
{
    QItemSelection selection;
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const std::optional<int> left = m_model->daysLeft(m_filter->sourceRow(row));
        if (left && *left <= days)
            selection.select(m_filter->index(row, 0), m_filter->index(row, m_filter->columnCount() - 1));
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!selection.isEmpty()) {
        m_table->selectionModel()->setCurrentIndex(selection.first().topLeft(), QItemSelectionModel::NoUpdate);
        m_table->setFocus();
    }
    return int(m_table->selectionModel()->selectedRows().size());
}

QList<int> ProductsWindow::selectedSourceRows() const
{
    QList<int> rows;
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        if (m_table->selectionModel()->isRowSelected(row, QModelIndex()))
            rows << m_filter->sourceRow(row);
    }
    return rows;
}

void ProductsWindow::updateSelectionActions()
{
    const int selected = int(m_table->selectionModel()->selectedRows().size());
    //: renews the selected rows together; %n how many are selected
    m_renewSelected->setText(tr("Renew selecte&d (%n)…", nullptr, selected));
    m_renewSelected->setAccessibleName(tr("Renew the %n selected product(s)", nullptr, selected));
    m_renewSelected->setEnabled(selected > 0);
}

void ProductsWindow::requestRenewals()
{
    QList<ProductInstance> instances;
    QStringList names;
    for (const int row : selectedSourceRows()) {
        instances << m_model->at(row);
        names << m_model->productName(instances.constLast().productId);
    }
    if (!instances.isEmpty())
        emit renewalsRequested(instances, names);
}

void ProductsWindow::setColumnWidths()
{
    // From the font and typical values, not from the rows: measuring thousands of rows
    // costs, and the widths would jump as pages arrive.
    const QFontMetrics metrics = m_table->fontMetrics();
    const int padding = 2 * metrics.averageCharWidth() + 8;
    auto chars = [&](int count) {
        return count * metrics.averageCharWidth() + padding;
    };
    auto widest = [&](const QStringList &samples) {
        int width = 0;
        for (const QString &sample : samples)
            width = std::max(width, metrics.horizontalAdvance(sample));
        return width + padding;
    };
    // In the order of ProductInstanceModel::Column; the last one stretches.
    const QList<int> widths{
        chars(24),
        widest({QStringLiteral("3076913644890832896"), QStringLiteral("3651E1234567")}),
        widest({QLocale().toString(QDate(2025, 12, 31), QLocale::ShortFormat)}),
        widest({ProductInstanceModel::daysLeftText(-300), ProductInstanceModel::daysLeftText(300)}),
        chars(24),
        chars(18),
    };
    // Never narrower than the column's title, which may be longer in another language.
    for (int column = 0; column < widths.size(); ++column)
        m_table->setColumnWidth(column,
                                std::max(widths.at(column), m_table->horizontalHeader()->sectionSizeHint(column)));
}

void ProductsWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // First shown, after a sign-in cleared the list, or after a load was cancelled.
    if (m_model->state() == RemoteListModel::State::Idle)
        m_model->reload();
}

void ProductsWindow::closeEvent(QCloseEvent *event)
{
    // Closed while loading: stop asking the portal. A complete list stays for next time.
    if (m_model->state() == RemoteListModel::State::Loading)
        m_model->clear();
    m_detailsLoader->clear();
    QWidget::closeEvent(event);
}

void ProductsWindow::showCurrent()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_detailsLoader->clear();
        return;
    }
    const ProductInstance &instance = m_model->at(m_filter->mapToSource(current).row());
    const std::optional<ProductInstance> &shown = m_detailsLoader->instance();
    if (!shown || shown->key() != instance.key() || shown->raw != instance.raw)
        m_detailsLoader->show(instance);
}

void ProductsWindow::updateExpiryFilter()
{
    m_days->setEnabled(m_expiringOnly->isChecked());
    m_filter->setExpiresWithinDays(m_expiringOnly->isChecked() ? std::optional<int>(m_days->value())
                                                               : std::nullopt);
}

void ProductsWindow::updateCounts()
{
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    const bool loading = m_model->state() == RemoteListModel::State::Loading;
    if (loading)
        //: while the list loads; %n purchased products so far
        m_count->setText(tr("%n product(s) so far…", nullptr, total));
    else if (shown == total)
        m_count->setText(tr("%n product(s)", nullptr, total));
    else
        //: %1 products shown by the filter, %n all purchased products
        m_count->setText(tr("%1 of %n product(s)", nullptr, total).arg(shown));

    const QStringList missing = m_model->state() == RemoteListModel::State::Failed ? m_model->missingParts()
                                                                                   : QStringList();
    //: %1 a list of products (and pages) that could not be loaded
    m_missing->setText(tr("The list is incomplete. Missing: %1.").arg(QLocale().createSeparatedList(missing)));
    m_missing->setVisible(!missing.isEmpty() && total > 0);
    m_noMatch->setText(tr("No purchased product matches the filter."));
    m_noMatch->setVisible(total > 0 && shown == 0);
    m_export->setEnabled(shown > 0);
}

void ProductsWindow::chooseFileAndExport()
{
    //: default file name of the purchased products CSV export; %1 today's date
    const QString name = tr("purchased-products-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate));
    QFileDialog *dialog = openSaveFileDialog(this, QStringLiteral("exportProductsFileDialog"),
                                             tr("Export purchased products as CSV"), name, tr("CSV files (*.csv)"),
                                             QStringLiteral("csv"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { exportShownRows(path); });
}

QString ProductsWindow::exportShownRows(const QString &path)
{
    QList<int> rows;
    rows.reserve(m_filter->rowCount());
    for (int row = 0; row < m_filter->rowCount(); ++row)
        rows << m_filter->sourceRow(row);
    const QString error = CsvWriter::writeFile(ProductInstanceCsvExporter::toCsv(*m_model, rows), path);
    TextStyle::showsError(m_exportFeedback, !error.isEmpty());
    if (!error.isEmpty())
        qCWarning(lcUi).noquote() << "CSV export to" << path << "failed:" << error;
    m_exportFeedback->setMessage(error.isEmpty() ? tr("Exported %n product(s) to %1.", nullptr, int(rows.size()))
                                                       .arg(QDir::toNativeSeparators(path))
                                                 : error);
    return error;
}

void ProductsWindow::showActions()
{
    // An action needs what only the details say (plan, extension count, services).
    const std::optional<ProductInstance> &instance = m_detailsLoader->instance();
    if (!instance) {
        m_actions->setUnavailable(ProductActions::Unavailable::NothingSelected);
        return;
    }
    switch (m_detailsLoader->state(InstanceDetailsLoader::Part::Details)) {
    case InstanceDetailsLoader::State::NotApplicable:
        m_actions->setUnavailable(ProductActions::Unavailable::NoProductNumber);
        return;
    case InstanceDetailsLoader::State::Loading:
        m_actions->setUnavailable(ProductActions::Unavailable::DetailsLoading);
        return;
    case InstanceDetailsLoader::State::Failed:
        m_actions->setUnavailable(ProductActions::Unavailable::DetailsFailed);
        return;
    case InstanceDetailsLoader::State::Ready:
        break;
    }
    m_actions->setProduct(CurrentSubscription::fromDetails(m_detailsLoader->fields(), instance->productId,
                                                           m_model->productName(instance->productId)));
}

void ProductsWindow::showContextMenu(const QPoint &position)
{
    if (!m_table->indexAt(position).isValid() && !m_table->currentIndex().isValid())
        return;
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("productActionsMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    m_actions->addActionsTo(menu);
    menu->popup(m_table->viewport()->mapToGlobal(position)); // no nested event loop
}
