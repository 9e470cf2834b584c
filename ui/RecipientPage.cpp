#include "RecipientPage.h"

#include "CustomerPickerDialog.h"
#include "LoadStatusPanel.h"
#include "SubordinateCompleter.h"
#include "models/SubordinateListModel.h"
#include "order/PurchaseSession.h"

#include <QAbstractItemView>
#include <QButtonGroup>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

RecipientPage::RecipientPage(PurchaseSession *session, SubordinateListModel *subordinates, QWidget *parent)
    : LazyWizardPage(parent)
    , m_session(session)
    , m_model(subordinates)
{
    setObjectName(QStringLiteral("recipientPage"));
    setTitle(tr("For whom?"));
    setSubTitle(tr("Buy for your own account or assign the purchase to one of your customers."));
}

void RecipientPage::buildContents()
{
    m_myself = new QRadioButton(tr("For &myself (my own partner account)"), this);
    m_customer = new QRadioButton(tr("For a &customer (subordinate user):"), this);
    //: label of the field where a customer is typed and chosen
    m_customerLabel = new QLabel(tr("Customer:"), this);
    m_subordinates = new QComboBox(this);
    m_several = new QRadioButton(tr("For &several customers: the same package for each, one order each"), this);
    m_chooseSeveral = new QPushButton(tr("Choose cust&omers…"), this);
    m_severalSummary = new QLabel(this);
    m_status = new LoadStatusPanel(m_model->loadState(), tr("Loading your customers…"),
                                   tr("You have no customers (subordinate users) in the Partner Portal, "
                                      "so you can only buy for yourself."),
                                   this);

    auto *group = new QButtonGroup(this);
    group->addButton(m_myself);
    group->addButton(m_customer);
    group->addButton(m_several);
    m_several->setObjectName(QStringLiteral("severalCustomersRadioButton"));
    m_chooseSeveral->setObjectName(QStringLiteral("chooseCustomersPushButton"));
    m_severalSummary->setObjectName(QStringLiteral("chosenCustomersLabel"));
    m_severalSummary->setWordWrap(true);
    m_myself->setObjectName(QStringLiteral("myselfRadioButton"));
    m_customer->setObjectName(QStringLiteral("customerRadioButton"));
    m_myself->setChecked(true);

    SubordinateListModel *model = m_model;
    m_subordinates->setObjectName(QStringLiteral("subordinateComboBox"));
    // On Linux a combo box's accessible name is its current text: the label (buddy)
    // relation is what tells a screen reader which field this is.
    m_customerLabel->setObjectName(QStringLiteral("customerLabel"));
    m_customerLabel->setBuddy(m_subordinates);
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
    m_subordinates->installEventFilter(this); // Up and Down after typing: see eventFilter()
    QLineEdit *search = m_subordinates->lineEdit();
    search->setObjectName(QStringLiteral("subordinateLineEdit"));
    search->setAccessibleName(tr("Customer"));
    search->setPlaceholderText(tr("Type a company, name or e-mail…"));
    m_subordinates->setCurrentIndex(-1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_myself);
    layout->addWidget(m_customer);
    auto *field = new QHBoxLayout;
    field->addWidget(m_customerLabel);
    field->addWidget(m_subordinates, 1);
    auto *indented = new QVBoxLayout;
    indented->setContentsMargins(24, 0, 0, 0);
    indented->addLayout(field);
    indented->addWidget(m_status);
    layout->addLayout(indented);
    layout->addWidget(m_several);
    auto *several = new QHBoxLayout;
    several->setContentsMargins(24, 0, 0, 0);
    several->addWidget(m_chooseSeveral);
    several->addWidget(m_severalSummary, 1);
    layout->addLayout(several);
    layout->addStretch();

    connect(m_customer, &QRadioButton::toggled, this, [this](bool checked) {
        m_subordinates->setEnabled(checked);
        m_customerLabel->setEnabled(checked);
        if (checked) {
            m_subordinates->setFocus();
        } else {
            // Not for one customer: forget them, so that nobody is chosen later by accident.
            m_session->draft().subordinate.reset();
            m_typedText.clear();
            showChoice();
        }
        emit completeChanged();
    });
    connect(m_several, &QRadioButton::toggled, this, [this](bool checked) {
        m_chooseSeveral->setEnabled(checked);
        if (checked)
            m_session->draft().subordinate.reset();
        else
            m_session->draft().customers.clear();
        showSeveral();
        emit completeChanged();
    });
    connect(m_chooseSeveral, &QPushButton::clicked, this, &RecipientPage::chooseSeveral);
    // Only these are the user's choices: picking from the drop-down or the matches.
    connect(m_subordinates, &QComboBox::activated, this, &RecipientPage::choose);
    connect(search, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_typedText = text;
        forgetChoiceUnlessShown();
    });
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &RecipientPage::rememberTypedText);
    // After the combo box's own handlers, which may have made another customer current
    // (the first after a reset, a neighbour when the chosen one's row went).
    connect(model, &QAbstractItemModel::modelReset, this, &RecipientPage::showChoice);
    connect(model, &SubordinateListModel::rowsUpdated, this, &RecipientPage::showChoice);
    connect(model, &RemoteListModel::stateChanged, this, &RecipientPage::completeChanged);
    m_subordinates->setEnabled(false);
    m_customerLabel->setEnabled(false);
    m_chooseSeveral->setEnabled(false);
    showSeveral();
}

void RecipientPage::initializePage()
{
    ensureBuilt();
    m_typedText.clear();
    if (m_session->draft().isBatch())
        m_several->setChecked(true);
    else if (m_session->draft().subordinate)
        m_customer->setChecked(true);
    else
        m_myself->setChecked(true);
    showChoice();
    showSeveral();
}

void RecipientPage::chooseSeveral()
{
    // Window-modal, without a nested event loop: the answer comes back as a signal.
    auto *picker = new CustomerPickerDialog(m_model, m_session->draft().customers, this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QDialog::accepted, this, [this, picker] {
        m_session->draft().customers = picker->chosen();
        showSeveral();
        emit completeChanged();
    });
    picker->open();
}

void RecipientPage::showSeveral()
{
    const QList<Subordinate> &customers = m_session->draft().customers;
    QStringList names;
    for (const Subordinate &customer : customers.mid(0, 3))
        names << customer.displayName();
    QString text = tr("%n customers chosen", nullptr, int(customers.size()));
    if (!names.isEmpty())
        text += QStringLiteral(": ") + names.join(QStringLiteral("; ")) + (customers.size() > 3 ? QStringLiteral("…") : QString());
    m_severalSummary->setText(text);
    m_severalSummary->setEnabled(m_several->isChecked());
}

void RecipientPage::choose(int row)
{
    SubordinateListModel *model = m_model;
    if (row < 0 || row >= model->rowCount())
        return;
    m_session->draft().subordinate = model->at(row);
    m_typedText.clear();
    m_customer->setChecked(true);
    emit completeChanged();
}

// Up or Down in the field while the matches are closed: QComboBox would step through the
// whole list and choose its first customer, whatever was typed. While what was typed names
// nobody yet, the matches of it open instead, to pick from.
bool RecipientPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_subordinates && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool step = (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) && key->modifiers() == Qt::NoModifier;
        QCompleter *completer = m_subordinates->completer();
        const QString typed = m_subordinates->lineEdit()->text();
        if (step && completer && !completer->popup()->isVisible() && !typed.isEmpty()
            && !m_session->draft().subordinate) {
            completer->setCompletionPrefix(typed);
            completer->complete();
            return true;
        }
    }
    return LazyWizardPage::eventFilter(watched, event);
}

void RecipientPage::forgetChoiceUnlessShown()
{
    // Typing over a chosen customer's name unchooses it until a match is picked again.
    auto &chosen = m_session->draft().subordinate;
    if (chosen && m_subordinates->currentText() != chosen->displayName())
        chosen.reset();
    emit completeChanged();
}

void RecipientPage::rememberTypedText()
{
    if (!m_session->draft().subordinate)
        m_typedText = m_subordinates->currentText();
}

void RecipientPage::showChoice()
{
    // Puts the field back to what the user chose (or to what they typed): never to an
    // entry the combo box made current by itself.
    auto &chosen = m_session->draft().subordinate;
    const int row = chosen ? m_model->rowOf(chosen->partnerId) : -1;
    if (chosen && row < 0) // no longer in the list (another account, or removed in the portal)
        chosen.reset();
    else if (chosen)
        chosen = m_model->at(row); // as the portal has it now
    m_subordinates->setCurrentIndex(row);
    if (row < 0) {
        const QString typed = m_customer->isChecked() ? m_typedText : QString();
        m_subordinates->setEditText(typed);
        // Making no entry current emptied the completer's filter: what was typed filters again.
        if (QCompleter *completer = m_subordinates->completer())
            completer->setCompletionPrefix(typed);
    }
    emit completeChanged();
}

bool RecipientPage::isComplete() const
{
    if (!isBuilt())
        return false;
    if (m_several->isChecked())
        return m_session->draft().isBatch();
    return m_myself->isChecked() || m_session->draft().subordinate.has_value();
}
