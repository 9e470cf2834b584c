#include "OrderLineEditor.h"

#include "order/BillingCycle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QStringList>

namespace {

QString periodsName(int multiCycle)
{
    if (multiCycle == 0)
        //: multiCycle 0: the product's standard term, no extra periods paid in advance
        return OrderLineEditor::tr("Standard term");
    return OrderLineEditor::tr("%n period(s)", nullptr, multiCycle);
}

} // namespace

OrderLineEditor::OrderLineEditor(const OfferingItem &item, bool checkable, const QString &namePrefix,
                                 QWidget *parent)
    : QWidget(parent)
    , m_quantity(new QSpinBox(this))
    , m_cycle(new QComboBox(this))
    , m_periods(new QComboBox(this))
    , m_details(new QLabel(this))
{
    setObjectName(namePrefix + QStringLiteral("OrderLineEditor"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (checkable) {
        m_include = new QCheckBox(this);
        m_include->setObjectName(namePrefix + QStringLiteral("CheckBox"));
        layout->addWidget(m_include, 1);
        connect(m_include, &QCheckBox::toggled, this, [this] {
            updateEnabled();
            emit changed();
        });
    } else {
        auto *label = new QLabel(tr("&Quantity:"), this);
        label->setBuddy(m_quantity);
        layout->addWidget(label, 1, Qt::AlignRight);
    }

    m_quantity->setObjectName(namePrefix + QStringLiteral("QuantitySpinBox"));
    m_quantity->setAccelerated(true);
    m_quantity->setGroupSeparatorShown(true);
    layout->addWidget(m_quantity);
    m_cycle->setObjectName(namePrefix + QStringLiteral("BillingCycleComboBox"));
    layout->addWidget(m_cycle);
    m_periods->setObjectName(namePrefix + QStringLiteral("PeriodsComboBox"));
    layout->addWidget(m_periods);
    m_details->setObjectName(namePrefix + QStringLiteral("DetailsLabel"));
    m_details->setMinimumWidth(m_details->fontMetrics().horizontalAdvance(QStringLiteral("extensions · USD 199.00 each")));
    layout->addWidget(m_details);

    connect(m_quantity, &QSpinBox::valueChanged, this, &OrderLineEditor::changed);
    connect(m_cycle, &QComboBox::currentIndexChanged, this, &OrderLineEditor::changed);
    connect(m_periods, &QComboBox::currentIndexChanged, this, &OrderLineEditor::changed);
    setItem(OrderLine::defaultsFor(item));
}

void OrderLineEditor::setItem(const OrderLine &starting)
{
    const OfferingItem &item = starting.item;
    const QSignalBlocker blockQuantity(m_quantity);
    const QSignalBlocker blockCycle(m_cycle);
    const QSignalBlocker blockPeriods(m_periods);
    m_item = item;
    if (m_include) {
        const QSignalBlocker blockInclude(m_include);
        m_include->setText(item.name);
        m_include->setAccessibleName(tr("Include %1").arg(item.name));
        m_include->setChecked(false);
    }

    m_quantity->setRange(item.minQuantity, item.maxQuantity);
    m_quantity->setValue(starting.quantity);
    m_quantity->setAccessibleName(tr("Quantity of %1").arg(item.name));
    m_quantity->setToolTip(tr("Between %L1 and %L2").arg(item.minQuantity).arg(item.maxQuantity));

    // On Linux a combo box's accessible name is its current text: the description is
    // what still tells a screen reader which field it is.
    m_cycle->setAccessibleName(tr("Billing cycle of %1").arg(item.name));
    m_cycle->setAccessibleDescription(m_cycle->accessibleName());
    m_cycle->clear();
    for (const QString &cycle : item.billingCycles)
        m_cycle->addItem(BillingCycle::name(cycle), cycle);
    m_cycle->setCurrentIndex(std::max(0, m_cycle->findData(starting.billingCycle)));

    m_periods->setAccessibleName(tr("Billing periods of %1").arg(item.name));
    m_periods->setAccessibleDescription(m_periods->accessibleName());
    m_periods->clear();
    for (const int periods : item.multiCycles)
        m_periods->addItem(periodsName(periods), periods);
    m_periods->setCurrentIndex(std::max(0, m_periods->findData(starting.multiCycle)));

    QStringList details;
    if (!item.quantityUnit.isEmpty())
        details << item.quantityUnit;
    if (!item.unitPrice.isEmpty())
        //: unit price, e.g. "USD 12.50 each"
        details << tr("%1 %2 each").arg(item.currencyCode, item.unitPrice);
    m_details->setText(details.join(QStringLiteral(" · ")));
    m_details->setVisible(!m_details->text().isEmpty());
    updateEnabled();
}

void OrderLineEditor::updateEnabled()
{
    const bool included = !m_include || m_include->isChecked();
    m_quantity->setEnabled(included);
    m_cycle->setEnabled(included && m_item.billingCycles.size() > 1);
    m_periods->setEnabled(included && m_item.multiCycles.size() > 1);
}

std::optional<OrderLine> OrderLineEditor::line() const
{
    if (m_include && !m_include->isChecked())
        return std::nullopt;
    OrderLine line;
    line.item = m_item;
    line.quantity = m_quantity->value();
    line.billingCycle = m_cycle->currentData().toString();
    line.multiCycle = m_periods->currentData().toInt();
    return line;
}

void OrderLineEditor::setLine(const OrderLine &line)
{
    const QSignalBlocker blockQuantity(m_quantity);
    const QSignalBlocker blockCycle(m_cycle);
    const QSignalBlocker blockPeriods(m_periods);
    if (m_include) {
        const QSignalBlocker blockInclude(m_include);
        m_include->setChecked(true);
    }
    m_quantity->setValue(line.quantity);
    m_cycle->setCurrentIndex(std::max(0, m_cycle->findData(line.billingCycle)));
    m_periods->setCurrentIndex(std::max(0, m_periods->findData(line.multiCycle)));
    updateEnabled();
}
