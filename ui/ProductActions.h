#pragma once

#include "order/CurrentSubscription.h"
#include "order/OrderOperation.h"

#include <QList>
#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QMenu;
class QPushButton;

// What can be done with the product selected in the Products window: renew, add capacity,
// add a service, switch plan, start a free trial, buy a licence for a trial PBX, turn on
// auto-renewal. Buttons with Alt+ keys, and the same actions for a context menu. Each is
// enabled only when it applies to the product; the auto-renewal line says that turning
// it off is only possible in the Partner Portal.
class ProductActions : public QWidget
{
    Q_OBJECT

public:
    explicit ProductActions(QWidget *parent = nullptr);

    // Why no action is offered yet, said where the actions are.
    enum class Unavailable {
        NothingSelected,
        DetailsLoading,
        DetailsFailed,
        NoProductNumber, // nothing to name the product by in a request
    };

    // The product, once its details are in; the actions follow its rules.
    void setProduct(const CurrentSubscription &product);
    void setUnavailable(Unavailable why);
    const std::optional<CurrentSubscription> &product() const { return m_product; }

    // The actions, for a context menu of the list.
    void addActionsTo(QMenu *menu) const;
    QAction *action(OrderOperation operation) const;
    QAction *autoRenewalAction() const { return m_autoRenew; }

signals:
    void operationRequested(OrderOperation operation, const CurrentSubscription &product);
    void autoRenewalRequested(const CurrentSubscription &product);

private:
    QAction *addAction(const QString &text, const QString &objectName, const QString &accessibleName);
    void update();

    std::optional<CurrentSubscription> m_product;
    QList<QPair<OrderOperation, QAction *>> m_operations;
    QAction *m_autoRenew;
    QList<QPushButton *> m_buttons;
    QLabel *m_autoRenewState;
    Unavailable m_unavailable = Unavailable::NothingSelected;
};
