#include "RecipientPage.h"

#include "LoadStatusPanel.h"
#include "PurchaseWizard.h"
#include "SubordinateCompleter.h"
#include "models/SubordinateListModel.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QRadioButton>
#include <QVBoxLayout>

RecipientPage::RecipientPage(PurchaseWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_myself(new QRadioButton(tr("For &myself (my own partner account)"), this))
    , m_customer(new QRadioButton(tr("For a &customer (subordinate user):"), this))
    , m_subordinates(new QComboBox(this))
    , m_status(new LoadStatusPanel(wizard->context().subordinates, tr("Loading your customers…"),
                                   tr("You have no customers (subordinate users) in the Partner Portal, "
                                      "so you can only buy for yourself."),
                                   this))
{
    setObjectName(QStringLiteral("recipientPage"));
    setTitle(tr("For whom?"));
    setSubTitle(tr("Buy for your own account or assign the purchase to one of your customers."));

    auto *group = new QButtonGroup(this);
    group->addButton(m_myself);
    group->addButton(m_customer);
    m_myself->setObjectName(QStringLiteral("myselfRadioButton"));
    m_customer->setObjectName(QStringLiteral("customerRadioButton"));
    m_myself->setChecked(true);

    SubordinateListModel *model = wizard->context().subordinates;
    m_subordinates->setObjectName(QStringLiteral("subordinateComboBox"));
    m_subordinates->setAccessibleName(tr("Customer"));
    m_subordinates->setAccessibleDescription(tr("Type part of the company, name or e-mail to filter"));
    m_subordinates->setEditable(true);
    m_subordinates->setInsertPolicy(QComboBox::NoInsert);
    m_subordinates->setModel(model);
    // Sizing to contents would measure every row: with 20,000 customers, too slow.
    m_subordinates->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_subordinates->setMinimumContentsLength(40);
    if (auto *list = qobject_cast<QListView *>(m_subordinates->view()))
        list->setUniformItemSizes(true);
    m_subordinates->setCompleter(new SubordinateCompleter(model, m_subordinates));
    m_subordinates->lineEdit()->setPlaceholderText(tr("Type a company, name or e-mail…"));
    m_subordinates->setCurrentIndex(-1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_myself);
    layout->addWidget(m_customer);
    auto *indented = new QVBoxLayout;
    indented->setContentsMargins(24, 0, 0, 0);
    indented->addWidget(m_subordinates);
    indented->addWidget(m_status);
    layout->addLayout(indented);
    layout->addStretch();

    connect(m_customer, &QRadioButton::toggled, this, [this](bool checked) {
        m_subordinates->setEnabled(checked);
        if (checked)
            m_subordinates->setFocus();
        updateDraft();
    });
    connect(m_subordinates, &QComboBox::currentIndexChanged, this, &RecipientPage::updateDraft);
    connect(m_subordinates, &QComboBox::editTextChanged, this, &RecipientPage::updateDraft);
    connect(m_subordinates, &QComboBox::activated, this, [this] { m_customer->setChecked(true); });
    connect(model, &QAbstractItemModel::modelReset, this, &RecipientPage::restoreSelection);
    connect(model, &RemoteListModel::stateChanged, this, &RecipientPage::completeChanged);
    m_subordinates->setEnabled(false);
}

void RecipientPage::initializePage()
{
    restoreSelection();
}

void RecipientPage::restoreSelection()
{
    const auto &subordinate = m_wizard->draft().subordinate;
    const int row = subordinate ? m_wizard->context().subordinates->rowOf(subordinate->partnerId) : -1;
    if (subordinate && row >= 0) {
        m_customer->setChecked(true);
        m_subordinates->setCurrentIndex(row);
    } else if (!subordinate) {
        m_myself->setChecked(true);
        if (m_subordinates->currentIndex() >= 0)
            m_subordinates->setCurrentIndex(-1);
    }
    emit completeChanged();
}

int RecipientPage::chosenRow() const
{
    // The edit text must still be the chosen customer's name: after typing a filter
    // and not picking a match, nothing is chosen.
    const int row = m_subordinates->currentIndex();
    if (row < 0 || m_subordinates->currentText() != m_subordinates->itemText(row))
        return -1;
    return row;
}

void RecipientPage::updateDraft()
{
    OrderDraft &draft = m_wizard->draft();
    const int row = chosenRow();
    if (m_customer->isChecked() && row >= 0)
        draft.subordinate = m_wizard->context().subordinates->at(row);
    else
        draft.subordinate.reset();
    emit completeChanged();
}

bool RecipientPage::isComplete() const
{
    if (m_myself->isChecked())
        return true;
    return chosenRow() >= 0;
}
