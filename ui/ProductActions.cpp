#include "ProductActions.h"

#include "TextStyle.h"
#include "order/AutoRenewal.h"
#include "order/OperationRules.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QString unavailableText(ProductActions::Unavailable why)
{
    switch (why) {
    case ProductActions::Unavailable::NothingSelected:
        break;
    case ProductActions::Unavailable::DetailsLoading:
        return ProductActions::tr("The actions are offered once this product's details have loaded.");
    case ProductActions::Unavailable::DetailsFailed:
        return ProductActions::tr("The actions need this product's details, which could not be loaded: "
                                  "press Retry in its details.");
    case ProductActions::Unavailable::NoProductNumber:
        return ProductActions::tr("The portal names no product number for this product, so this app cannot "
                                  "act on it: use the Partner Portal.");
    }
    return ProductActions::tr("Select a product to renew it, add to it, switch its plan or start a trial.");
}

} // namespace

ProductActions::ProductActions(QWidget *parent)
    : QWidget(parent)
    , m_autoRenewState(new QLabel(this))
{
    setObjectName(QStringLiteral("productActions"));
    //: buttons acting on the selected product; & marks the Alt+ key
    m_operations = {
        {OrderOperation::Renew, addAction(tr("Rene&w…"), QStringLiteral("renew"), tr("Renew this product"))},
        {OrderOperation::AddCapacity,
         addAction(tr("Add ca&pacity…"), QStringLiteral("addCapacity"), tr("Add capacity to this product"))},
        {OrderOperation::AddService,
         addAction(tr("Add a ser&vice…"), QStringLiteral("addService"), tr("Add a service to this product"))},
        {OrderOperation::SwitchPlan,
         addAction(tr("Switc&h plan…"), QStringLiteral("switchPlan"), tr("Switch this product's plan"))},
        {OrderOperation::Trial,
         addAction(tr("Start a free tr&ial…"), QStringLiteral("trial"),
                   tr("Start a free trial for this customer"))},
        {OrderOperation::TrialToPaid,
         addAction(tr("&Buy a licence…"), QStringLiteral("trialToPaid"),
                   tr("Buy a licence for this trial PBX"))},
    };
    m_autoRenew = addAction(tr("Turn on a&uto-renewal…"), QStringLiteral("autoRenewal"),
                            tr("Turn on auto-renewal for this product"));

    m_autoRenewState->setObjectName(QStringLiteral("autoRenewalStateLabel"));
    m_autoRenewState->setWordWrap(true);
    // Three lines: the portal's menu path wraps, and a layout may give a wrapped label less.
    m_autoRenewState->setMinimumHeight(3 * m_autoRenewState->fontMetrics().lineSpacing());
    TextStyle::applySecondary(m_autoRenewState);

    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    auto *first = new QHBoxLayout;
    auto *second = new QHBoxLayout;
    for (int i = 0; i < m_buttons.size(); ++i)
        (i < 4 ? first : second)->addWidget(m_buttons.at(i));
    first->addStretch();
    second->addStretch();
    rows->addLayout(first);
    rows->addLayout(second);
    rows->addWidget(m_autoRenewState);

    for (const auto &[operation, action] : std::as_const(m_operations)) {
        connect(action, &QAction::triggered, this, [this, operation = operation] {
            if (m_product)
                emit operationRequested(operation, *m_product);
        });
    }
    connect(m_autoRenew, &QAction::triggered, this, [this] {
        if (m_product)
            emit autoRenewalRequested(*m_product);
    });
    update();
}

QAction *ProductActions::addAction(const QString &text, const QString &objectName,
                                   const QString &accessibleName)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName + QStringLiteral("Action"));
    auto *button = new QPushButton(text, this);
    button->setObjectName(objectName + QStringLiteral("PushButton"));
    button->setAccessibleName(accessibleName);
    connect(button, &QPushButton::clicked, action, &QAction::trigger);
    connect(action, &QAction::changed, button, [button, action] { button->setEnabled(action->isEnabled()); });
    m_buttons << button;
    return action;
}

void ProductActions::setProduct(const CurrentSubscription &product)
{
    m_product = product;
    update();
}

void ProductActions::setUnavailable(Unavailable why)
{
    m_product.reset();
    m_unavailable = why;
    update();
}

void ProductActions::addActionsTo(QMenu *menu) const
{
    for (const auto &[operation, action] : m_operations)
        menu->addAction(action);
    menu->addAction(m_autoRenew);
}

QAction *ProductActions::action(OrderOperation operation) const
{
    for (const auto &[candidate, action] : m_operations) {
        if (candidate == operation)
            return action;
    }
    return nullptr;
}

void ProductActions::update()
{
    for (const auto &[operation, action] : std::as_const(m_operations))
        action->setEnabled(m_product && OperationRules::isOffered(operation, *m_product));
    const QStringList problems = m_product ? AutoRenewal::problems(*m_product) : QStringList();
    m_autoRenew->setEnabled(m_product && problems.isEmpty());
    m_autoRenew->setToolTip(problems.join(QLatin1Char('\n')));
    if (!m_product) {
        m_autoRenewState->setText(unavailableText(m_unavailable));
        return;
    }
    m_autoRenewState->setText((m_product->autoRenew ? tr("Auto-renewal is on.") : tr("Auto-renewal is off."))
                              + QLatin1Char(' ') + AutoRenewal::offTurnsInThePortal());
}
