#include "OperationChooser.h"

#include "MessageLabel.h"
#include "TextStyle.h"
#include "order/PurchaseSession.h"
#include "order/ReceiptFormatter.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QString describe(const CurrentSubscription &product)
{
    QStringList parts{product.productName};
    if (!product.productNo.isEmpty())
        //: %1 a serial number or product number
        parts << OperationChooser::tr("number %1").arg(product.productNo);
    if (product.isForCustomer())
        //: %1 a customer's company, %2 their partner ID
        parts << OperationChooser::tr("for %1 (partner ID %2)")
                     .arg(product.customerName, product.partnerId.toString());
    else
        parts << OperationChooser::tr("for my own account");
    if (!product.planName.isEmpty())
        parts << product.planName;
    if (product.quantity > 0)
        //: %L1 a count, %2 what is counted as the portal names it (extensions, connections…)
        parts << OperationChooser::tr("%L1 %2")
                     .arg(QLocale().toString(product.quantity), product.quantityUnit)
                     .trimmed();
    if (!product.billingCycle.isEmpty())
        parts << ReceiptFormatter::billingDescription(product.billingCycle, 0);
    for (const CurrentSubscription::Service &service : product.services)
        parts << service.name;
    return parts.join(QStringLiteral(" · "));
}

} // namespace

OperationChooser::OperationChooser(PurchaseSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_operations(new QComboBox(this))
    , m_product(new QLabel(this))
    , m_reason(new MessageLabel(this))
    , m_openProducts(new QPushButton(tr("Open Pro&ducts…"), this))
{
    setObjectName(QStringLiteral("operationChooser"));
    m_operations->setObjectName(QStringLiteral("operationComboBox"));
    m_operations->setAccessibleName(tr("What do you want to do?"));
    for (const OrderOperation operation :
         {OrderOperation::NewPurchase, OrderOperation::Renew, OrderOperation::AddCapacity,
          OrderOperation::AddService, OrderOperation::SwitchPlan, OrderOperation::Trial,
          OrderOperation::TrialToPaid})
        m_operations->addItem(OrderOperations::label(operation), int(operation));

    m_product->setObjectName(QStringLiteral("operationProductLabel"));
    m_product->setWordWrap(true);
    m_product->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reason->setObjectName(QStringLiteral("operationReasonLabel"));
    m_reason->setWordWrap(true);
    TextStyle::applySecondary(m_reason);
    m_openProducts->setObjectName(QStringLiteral("openProductsPushButton"));
    m_openProducts->setAccessibleName(tr("Open the Products window"));

    //: label of the list of actions: new purchase, renewal, switch plan…
    auto *label = new QLabel(tr("Ac&tion:"), this);
    label->setBuddy(m_operations);
    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(label, m_operations);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_product);
    layout->addWidget(m_reason);
    layout->addWidget(m_openProducts, 0, Qt::AlignLeft);

    connect(m_operations, &QComboBox::currentIndexChanged, this, &OperationChooser::operationChosen);
    connect(m_openProducts, &QPushButton::clicked, this, &OperationChooser::productsWindowRequested);
    showDraft();
}

void OperationChooser::showDraft()
{
    m_showing = true;
    const OrderDraft &draft = m_session->draft();
    m_operations->setCurrentIndex(m_operations->findData(int(draft.operation)));
    m_showing = false;

    const bool needsProduct = OrderOperations::actsOnExistingProduct(draft.operation);
    m_product->setVisible(draft.subscription.has_value());
    if (draft.subscription)
        //: %1 the product an action is for, e.g. "Software PBX · number 3651E… · for Acme (partner ID …) ·
        //: Enterprise Plan"
        m_product->setText(tr("Product: %1").arg(describe(*draft.subscription)));
    m_reason->setMessage(needsProduct && !draft.subscription
                             ? tr("This acts on a product you already have: choose it in the Products window "
                                  "(File > Products…) and pick this action there.")
                             : QString());
    m_openProducts->setVisible(needsProduct && !draft.subscription);
}

bool OperationChooser::isComplete() const
{
    const OrderDraft &draft = m_session->draft();
    return !OrderOperations::actsOnExistingProduct(draft.operation) || draft.subscription.has_value();
}

void OperationChooser::operationChosen()
{
    if (m_showing)
        return;
    const auto operation = OrderOperation(m_operations->currentData().toInt());
    if (!m_session->setOperation(operation)) {
        showDraft(); // an order is on its way: the choice stays what it was
        return;
    }
    showDraft();
    emit operationChanged();
}
