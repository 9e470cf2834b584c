#include "BillingContactPage.h"

#include "LoadStatusPanel.h"
#include "models/BillingContactListModel.h"
#include "order/PurchaseSession.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

BillingContactPage::BillingContactPage(PurchaseSession *session, BillingContactListModel *billingContacts,
                                       QWidget *parent)
    : LazyWizardPage(parent)
    , m_session(session)
    , m_model(billingContacts)
{
    setObjectName(QStringLiteral("billingContactPage"));
    setTitle(tr("Billing contact"));
    setSubTitle(tr("Who receives the invoice for this order?"));
}

void BillingContactPage::buildContents()
{
    m_contacts = new QComboBox(this);
    m_poNumber = new QLineEdit(this);
    m_status = new LoadStatusPanel(m_model->loadState(), tr("Loading your billing contacts…"),
                                   tr("There is no billing contact in your Partner Portal account. Add one "
                                      "in the Partner Portal, then press Retry."),
                                   this);

    m_contacts->setObjectName(QStringLiteral("billingContactComboBox"));
    m_contacts->setModel(m_model);
    m_contacts->setPlaceholderText(tr("Choose a billing contact…"));
    m_contacts->setAccessibleName(tr("Billing contact"));
    m_contacts->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_contacts->setMinimumContentsLength(40);
    m_poNumber->setObjectName(QStringLiteral("poNumberLineEdit"));
    m_poNumber->setAccessibleName(tr("Your purchase order number"));
    m_poNumber->setPlaceholderText(tr("Optional — appears on the portal's order"));
    m_poNumber->setMaxLength(64);

    auto *contactLabel = new QLabel(tr("Billing &contact:"), this); // &b is the Back button's
    contactLabel->setBuddy(m_contacts);
    auto *poLabel = new QLabel(tr("Your &PO number:"), this);
    poLabel->setBuddy(m_poNumber);
    auto *form = new QFormLayout;
    form->addRow(contactLabel, m_contacts);
    form->addRow(poLabel, m_poNumber);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch();

    connect(m_contacts, &QComboBox::currentIndexChanged, this, &BillingContactPage::contactChosen);
    connect(m_poNumber, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_session->draft().poNumber = text.trimmed();
    });
    BillingContactListModel *model = m_model;
    // While the list is replaced the combo box picks a row on its own; that is not the
    // user's choice and must not reach the draft (restoreSelection() puts theirs back).
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_listResetting = true; });
    connect(model, &QAbstractItemModel::modelReset, this, &BillingContactPage::restoreSelection);
    connect(model, &RemoteListModel::stateChanged, this, &BillingContactPage::completeChanged);
}

void BillingContactPage::initializePage()
{
    ensureBuilt();
    m_poNumber->setText(m_session->draft().poNumber);
    restoreSelection();
}

void BillingContactPage::restoreSelection()
{
    m_listResetting = false;
    BillingContactListModel *model = m_model;
    const auto &chosen = m_session->draft().billingContact;
    int row = chosen ? model->rowOf(chosen->billingContactId) : -1;
    if (row < 0 && model->rowCount() == 1)
        row = 0; // the only contact: nothing to choose
    m_contacts->setCurrentIndex(row);
    contactChosen();
}

void BillingContactPage::contactChosen()
{
    if (m_listResetting)
        return;
    const int row = m_contacts->currentIndex();
    if (row >= 0)
        m_session->draft().billingContact = m_model->at(row);
    else
        m_session->draft().billingContact.reset();
    emit completeChanged();
}

bool BillingContactPage::isComplete() const
{
    return isBuilt() && m_contacts->currentIndex() >= 0 && m_session->draft().billingContact.has_value();
}
