#include "CustomerPickerDialog.h"

#include "TextStyle.h"
#include "models/CustomerListMatcher.h"
#include "models/SubordinateFilterModel.h"
#include "models/SubordinateListModel.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace {
constexpr int kShownUnmatched = 10;
}

CustomerPickerDialog::CustomerPickerDialog(SubordinateListModel *customers, const QList<Subordinate> &chosen,
                                           QWidget *parent)
    : QDialog(parent)
    , m_customers(customers)
    , m_filter(new SubordinateFilterModel(customers, this))
    , m_search(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_pasted(new QPlainTextEdit(this))
    , m_unmatched(new QLabel(this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("customerPickerDialog"));
    setWindowTitle(tr("Choose customers"));

    //: label of the filter above the list of customers
    auto *searchLabel = new QLabel(tr("&Filter:"), this);
    searchLabel->setBuddy(m_search);
    m_search->setObjectName(QStringLiteral("customerFilterLineEdit"));
    m_search->setPlaceholderText(tr("Type a company, name or e-mail…"));
    m_search->setAccessibleName(tr("Filter customers"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("customerListView"));
    m_list->setAccessibleName(tr("Customers"));
    m_list->setModel(m_filter);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setUniformItemSizes(true);
    auto *selectAll = new QPushButton(tr("Select &all matching"), this);
    selectAll->setObjectName(QStringLiteral("selectAllMatchingPushButton"));
    auto *clear = new QPushButton(tr("C&lear selection"), this);
    clear->setObjectName(QStringLiteral("clearSelectionPushButton"));

    //: label of a box where the user pastes partner IDs or e-mail addresses
    auto *pastedLabel = new QLabel(tr("Or paste partner IDs or e-mail addresses, one &per line:"), this);
    pastedLabel->setBuddy(m_pasted);
    pastedLabel->setWordWrap(true);
    m_pasted->setObjectName(QStringLiteral("pastedCustomersPlainTextEdit"));
    m_pasted->setAccessibleName(tr("Partner IDs or e-mail addresses"));
    m_pasted->setTabChangesFocus(true);
    m_pasted->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    auto *add = new QPushButton(tr("A&dd these"), this);
    add->setObjectName(QStringLiteral("addPastedPushButton"));
    auto *import = new QPushButton(tr("&Import a file…"), this);
    import->setObjectName(QStringLiteral("importCustomersPushButton"));
    m_unmatched->setObjectName(QStringLiteral("unmatchedCustomersLabel"));
    m_unmatched->setWordWrap(true);
    m_unmatched->setTextInteractionFlags(Qt::TextSelectableByMouse);
    TextStyle::applyError(m_unmatched);
    m_unmatched->setVisible(false);
    m_count->setObjectName(QStringLiteral("chosenCountLabel"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("customerPickerButtonBox"));

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(selectAll);
    listButtons->addWidget(clear);
    listButtons->addStretch();
    auto *pasteButtons = new QHBoxLayout;
    pasteButtons->addWidget(add);
    pasteButtons->addWidget(import);
    pasteButtons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(m_list, 1);
    layout->addLayout(listButtons);
    layout->addWidget(pastedLabel);
    layout->addWidget(m_pasted);
    layout->addLayout(pasteButtons);
    layout->addWidget(m_unmatched);
    layout->addWidget(m_count);
    layout->addWidget(buttons);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        // Filtering resets the proxy: keep what was chosen across it.
        const QList<Subordinate> kept = this->chosen();
        m_filter->setFilterText(text);
        QList<int> rows;
        for (const Subordinate &customer : kept)
            rows << m_customers->rowOf(customer.partnerId);
        m_keptHidden.clear();
        selectRows(rows);
    });
    connect(selectAll, &QPushButton::clicked, this, &CustomerPickerDialog::selectAllMatching);
    connect(clear, &QPushButton::clicked, this, [this] {
        m_keptHidden.clear();
        m_list->clearSelection();
    });
    connect(add, &QPushButton::clicked, this, &CustomerPickerDialog::addPasted);
    connect(import, &QPushButton::clicked, this, &CustomerPickerDialog::importFile);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CustomerPickerDialog::showCount);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    QList<int> rows;
    for (const Subordinate &customer : chosen)
        rows << m_customers->rowOf(customer.partnerId);
    selectRows(rows);
    showCount();
    resize(560, 560);
}

QList<Subordinate> CustomerPickerDialog::chosen() const
{
    QList<int> rows(m_keptHidden.cbegin(), m_keptHidden.cend());
    for (const QModelIndex &index : m_list->selectionModel()->selectedRows())
        rows << m_filter->mapToSource(index).row();
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QList<Subordinate> customers;
    for (int row : std::as_const(rows)) {
        if (row >= 0 && row < m_customers->rowCount())
            customers << m_customers->at(row);
    }
    return customers;
}

void CustomerPickerDialog::selectAllMatching()
{
    m_list->selectAll();
}

void CustomerPickerDialog::addPasted()
{
    const CustomerListMatcher::Result result = CustomerListMatcher::match(m_pasted->toPlainText(), *m_customers);
    QList<int> rows;
    for (const Subordinate &customer : chosen())
        rows << m_customers->rowOf(customer.partnerId);
    rows << result.rows;
    selectRows(rows);
    QStringList lines;
    for (const CustomerListMatcher::Unmatched &entry : result.unmatched.mid(0, kShownUnmatched))
        //: %1 line number, %2 what was on it
        lines << tr("Line %1: %2").arg(entry.line).arg(entry.text.toHtmlEscaped());
    if (result.unmatched.size() > kShownUnmatched)
        lines << tr("… and %n more", nullptr, int(result.unmatched.size() - kShownUnmatched));
    m_unmatched->setText(result.unmatched.isEmpty()
                             ? QString()
                             : tr("%n entries match no customer and were left out:", nullptr,
                                  int(result.unmatched.size()))
                                 + QStringLiteral("<br>") + lines.join(QStringLiteral("<br>")));
    m_unmatched->setVisible(!result.unmatched.isEmpty());
    // What matched is chosen; what did not stays in the box to be corrected.
    QStringList left;
    for (const CustomerListMatcher::Unmatched &entry : result.unmatched)
        left << entry.text;
    m_pasted->setPlainText(left.join(QLatin1Char('\n')));
}

void CustomerPickerDialog::importFile()
{
    auto *dialog = new QFileDialog(this, tr("Import customers"), QString(),
                                   tr("Text or CSV files (*.txt *.csv);;All files (*)"));
    dialog->setObjectName(QStringLiteral("importCustomersFileDialog"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &CustomerPickerDialog::importFrom);
    dialog->open();
}

void CustomerPickerDialog::importFrom(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        m_unmatched->setText(tr("The file could not be read: %1").arg(file.errorString().toHtmlEscaped()));
        m_unmatched->setVisible(true);
        return;
    }
    m_pasted->setPlainText(QString::fromUtf8(file.readAll()));
    addPasted();
}

void CustomerPickerDialog::selectRows(const QList<int> &sourceRows)
{
    QItemSelection selection;
    for (int row : sourceRows) {
        if (row < 0)
            continue;
        const QModelIndex index = m_filter->mapFromSource(m_customers->index(row));
        if (index.isValid())
            selection.select(index, index);
        else
            m_keptHidden.insert(row); // chosen, but filtered out of view
    }
    m_list->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    showCount();
}

void CustomerPickerDialog::showCount()
{
    m_count->setText(tr("%n customers chosen", nullptr, int(chosen().size())));
}
