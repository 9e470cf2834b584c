#pragma once

#include "order/OrderLine.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

// One plan or service on the offering page: (a check box to include it), the quantity
// within the offering's limits, and the billing cycle and number of periods it allows.
// Object names start with `namePrefix` ("plan", "service<ID>") so tests can find them.
class OrderLineEditor : public QWidget
{
    Q_OBJECT

public:
    OrderLineEditor(const OfferingItem &item, bool checkable, const QString &namePrefix,
                    QWidget *parent = nullptr);

    // The line as chosen; nullopt when the item is not included.
    std::optional<OrderLine> line() const;
    // Another item in the same editor (its limits, cycles and names), not included and
    // showing `starting`'s quantity, cycle and periods: the widgets are kept, so nothing
    // a screen reader holds goes away.
    void setItem(const OrderLine &starting);
    // Shows `line` (a previous choice for the same item).
    void setLine(const OrderLine &line);
    const OfferingItem &item() const { return m_item; }

signals:
    void changed();

private:
    void updateEnabled();

    OfferingItem m_item;
    QCheckBox *m_include = nullptr;
    QSpinBox *m_quantity;
    QComboBox *m_cycle;
    QComboBox *m_periods;
    QLabel *m_details;
};
