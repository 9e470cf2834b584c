#include "OrderOperation.h"

#include <array>
#include <utility>

namespace {

constexpr std::array<std::pair<OrderOperation, const char *>, 7> kKeys{{
    {OrderOperation::NewPurchase, "purchase"},
    {OrderOperation::Renew, "renew"},
    {OrderOperation::AddCapacity, "add_capacity"},
    {OrderOperation::AddService, "add_service"},
    {OrderOperation::SwitchPlan, "switch_plan"},
    {OrderOperation::Trial, "trial"},
    {OrderOperation::TrialToPaid, "trial_to_paid"},
}};

} // namespace

QString OrderOperations::operationType(OrderOperation operation, bool withPlan)
{
    switch (operation) {
    case OrderOperation::NewPurchase:
        return withPlan ? QStringLiteral("purchase_plan") : QStringLiteral("purchase_service");
    case OrderOperation::Renew:
        return withPlan ? QStringLiteral("renew_plan") : QStringLiteral("renew_service");
    case OrderOperation::AddCapacity:
    case OrderOperation::AddService:
        return QStringLiteral("purchase_service");
    case OrderOperation::SwitchPlan:
        return QStringLiteral("switch_plan");
    case OrderOperation::Trial:
        return withPlan ? QStringLiteral("trial_plan") : QStringLiteral("trial_service");
    case OrderOperation::TrialToPaid:
        return QStringLiteral("purchase_plan");
    }
    return QString();
}

QString OrderOperations::purchaseType(OrderOperation operation)
{
    switch (operation) {
    case OrderOperation::Renew:
        return QStringLiteral("renew");
    case OrderOperation::SwitchPlan:
        return QStringLiteral("switch");
    case OrderOperation::Trial:
        return QStringLiteral("trial");
    case OrderOperation::NewPurchase:
    case OrderOperation::AddCapacity:
    case OrderOperation::AddService:
    case OrderOperation::TrialToPaid:
        break;
    }
    return QStringLiteral("purchase");
}

bool OrderOperations::actsOnExistingProduct(OrderOperation operation)
{
    return operation != OrderOperation::NewPurchase && operation != OrderOperation::Trial;
}

QString OrderOperations::key(OrderOperation operation)
{
    for (const auto &[value, word] : kKeys) {
        if (value == operation)
            return QLatin1String(word);
    }
    return QStringLiteral("purchase");
}

OrderOperation OrderOperations::fromKey(const QString &key)
{
    for (const auto &[value, word] : kKeys) {
        if (key == QLatin1String(word))
            return value;
    }
    return OrderOperation::NewPurchase;
}

QString OrderOperations::label(OrderOperation operation)
{
    switch (operation) {
    case OrderOperation::NewPurchase:
        //: the kind of an order (receipts, history, review page)
        return tr("New purchase");
    case OrderOperation::Renew:
        //: the kind of an order (receipts, history, review page)
        return tr("Renewal");
    case OrderOperation::AddCapacity:
        //: the kind of an order: more extensions, minutes, connections… for an existing product
        return tr("Add capacity");
    case OrderOperation::AddService:
        //: the kind of an order: a service added to an existing product's plan
        return tr("Add a service");
    case OrderOperation::SwitchPlan:
        //: the kind of an order: another plan for an existing product
        return tr("Switch plan");
    case OrderOperation::Trial:
        //: the kind of an order
        return tr("Free trial");
    case OrderOperation::TrialToPaid:
        //: the kind of an order: a paid licence for a PBX that runs a trial
        return tr("Licence for a trial PBX");
    }
    return QString();
}
