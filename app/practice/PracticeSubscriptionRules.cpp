#include "PracticeSubscriptionRules.h"

#include "PracticeInstanceBook.h"
#include "PracticeJson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

using Refusal = PracticeSubscriptionRules::Refusal;

bool keepsExtensionCount(int productId)
{
    return productId == 12 || productId == 13 || productId == 14;
}

bool renewsTogether(int productId)
{
    return productId == 12 || productId == 13;
}

using PracticeJson::isInteger;

const PracticeOrder::Line *planLine(const PracticeOrder &order)
{
    return !order.lines.isEmpty() && order.lines.constFirst().serviceType == u"plan"_s
        ? &order.lines.constFirst()
        : nullptr;
}

bool hasService(const PracticeInstance &instance, qint64 serviceId)
{
    if (instance.planId == serviceId) // a product of services only keeps its main one as "plan"
        return true;
    for (const PracticeInstance::Service &service : instance.services) {
        if (service.serviceId == serviceId)
            return true;
    }
    return false;
}

Refusal notFound(const PracticeOrder &order)
{
    if (!order.productNo.isEmpty())
        return {
            u"product_not_found"_s,
            u"productNo %1 is not a product %2 of this account"_s.arg(order.productNo).arg(order.productId)};
    return {u"product_not_found"_s,
            u"%1 has no product %2 to act on"_s
                .arg(order.partnerId.isEmpty() ? u"Your account"_s : u"partnerId "_s + order.partnerId)
                .arg(order.productId)};
}

} // namespace

PracticeSubscriptionRules::PracticeSubscriptionRules(const PracticeInstanceBook &instances)
    : m_instances(instances)
{
}

const PracticeInstance *PracticeSubscriptionRules::instanceFor(const PracticeOrder &order) const
{
    for (const PracticeInstance &instance : m_instances.instances()) {
        if (instance.productId != order.productId)
            continue;
        if (PracticeInstanceBook::isDeviceBound(order.productId) ? instance.productNo == order.productNo
                                                                 : instance.partnerId == order.partnerId)
            return &instance;
    }
    return nullptr;
}

std::optional<Refusal> PracticeSubscriptionRules::check(const PracticeOrder &order) const
{
    const QString &operation = order.operationType;
    const PracticeOrder::Line *plan = planLine(order);
    const PracticeInstance *instance = instanceFor(order);
    const bool deviceBound = PracticeInstanceBook::isDeviceBound(order.productId);

    if (operation.startsWith(u"trial_"_s)) {
        // One free trial per account and product; a device trial is a new PBX.
        for (const PracticeInstance &existing : m_instances.instances()) {
            if (existing.productId == order.productId && existing.partnerId == order.partnerId
                && (!deviceBound || existing.trial))
                return Refusal{u"trial_already_used"_s,
                               u"The free trial of %1 was already used by %2"_s.arg(order.productName)
                                   .arg(order.partnerId.isEmpty() ? u"your account"_s
                                                                  : u"partnerId "_s + order.partnerId)};
        }
        return std::nullopt;
    }

    // Linkus and Appliance plans are bought for a device the portal need not have sold: a
    // productNo there names the device, not a product of this account.
    const bool linked
        = std::any_of(order.lines.cbegin(), order.lines.cend(),
                      [](const PracticeOrder::Line &line) { return !line.connectionPlanId.isEmpty(); });
    const bool addsToProduct = operation == u"purchase_service"_s
        && ((deviceBound && order.productId != 9 && order.productId != 11 && !order.productNo.isEmpty())
            || (!deviceBound && linked && !plan));
    const bool licencesTrial
        = operation == u"purchase_plan"_s && order.productId == 12 && !order.productNo.isEmpty();
    const bool onExisting = operation.startsWith(u"renew_"_s) || operation == u"switch_plan"_s
        || addsToProduct || licencesTrial;
    if (!onExisting)
        return std::nullopt;
    if (!instance)
        return notFound(order);
    if (!instance->partnerId.isEmpty() && instance->partnerId != order.partnerId
        && !order.partnerId.isEmpty())
        return Refusal{
            u"product_not_found"_s,
            u"productNo %1 does not belong to partnerId %2"_s.arg(order.productNo, order.partnerId)};

    if (operation == u"renew_plan"_s) {
        if (plan->serviceId.toLongLong() != instance->planId)
            return Refusal{u"renew_plan_mismatch"_s,
                           u"A renewal renews the current plan %1 (%2), not %3"_s.arg(instance->planName)
                               .arg(instance->planId)
                               .arg(plan->serviceId)};
        if (keepsExtensionCount(order.productId) && plan->quantity != instance->quantity)
            return Refusal{u"renew_quantity_mismatch"_s,
                           u"quantity %1 must equal the current %2 extensions of %3"_s.arg(plan->quantity)
                               .arg(instance->quantity)
                               .arg(instance->productNo)};
        if (!instance->billingCycle.isEmpty() && plan->billingCycle != instance->billingCycle)
            return Refusal{
                u"billing_cycle_locked"_s,
                u"billingCycle %1 must stay %2 on renewal"_s.arg(plan->billingCycle, instance->billingCycle)};
        if (renewsTogether(order.productId)) {
            for (const PracticeInstance::Service &service : instance->services) {
                const bool included = std::any_of(order.lines.cbegin(), order.lines.cend(),
                                                  [&service](const PracticeOrder::Line &line) {
                    return line.serviceId.toLongLong() == service.serviceId;
                });
                if (!included)
                    return Refusal{u"renew_together_required"_s,
                                   u"The plan and its services are renewed together: %1 (%2) is missing"_s
                                       .arg(service.name)
                                       .arg(service.serviceId)};
            }
        }
    }
    if (operation == u"renew_service"_s) {
        if (renewsTogether(order.productId) && instance->planId != 0 && !instance->services.isEmpty())
            return Refusal{u"renew_together_required"_s,
                           u"The plan and its services of %1 are renewed together: use renew_plan"_s.arg(
                               instance->productNo)};
        for (const PracticeOrder::Line &line : order.lines) {
            if (!hasService(*instance, line.serviceId.toLongLong()))
                return Refusal{
                    u"service_not_subscribed"_s,
                    u"%1 (%2) is not part of this product, so it cannot be renewed"_s.arg(line.name).arg(
                        line.serviceId)};
        }
    }
    if (operation == u"switch_plan"_s) {
        if (plan->serviceId.toLongLong() == instance->planId)
            return Refusal{u"switch_same_plan"_s,
                           u"%1 is already the current plan of %2"_s.arg(plan->name, instance->productNo)};
        if (order.productId == 13 && plan->billingCycle != instance->billingCycle)
            return Refusal{u"billing_cycle_locked"_s,
                           u"billingCycle %1 must stay %2 when the plan is switched"_s.arg(
                               plan->billingCycle, instance->billingCycle)};
    }
    if (operation == u"purchase_service"_s) {
        for (const PracticeOrder::Line &line : order.lines) {
            if (line.name.contains(u"Disaster Recovery"_s) && !instance->planName.contains(u"Ultimate"_s))
                return Refusal{u"plan_not_supported"_s,
                               u"Disaster Recovery is only supported on the Ultimate Plan, not on %1"_s.arg(
                                   instance->planName)};
            if (!line.connectionPlanId.isEmpty() && line.connectionPlanId.toLongLong() != instance->planId)
                return Refusal{
                    u"connection_plan_mismatch"_s,
                    u"connectionPlanId %1 is not the current plan (%2) of %3"_s.arg(line.connectionPlanId)
                        .arg(instance->planId)
                        .arg(instance->productNo)};
        }
    }
    return std::nullopt;
}

std::optional<Refusal> PracticeSubscriptionRules::checkAutoRenewal(const QByteArray &body, QString *productNo,
                                                                   int *productId) const
{
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    const QJsonValue number = json.value(u"productNo"_s);
    const QJsonValue product = json.value(u"productId"_s);
    const QJsonValue plan = json.value(u"planOrServiceId"_s);
    if (!number.isString() || number.toString().isEmpty())
        return Refusal{u"parameter_validation_failed"_s, u"productNo is required and must be a string"_s};
    // This endpoint types productId as a String (everywhere else an Integer).
    if (!product.isString())
        return Refusal{u"parameter_validation_failed"_s, u"productId must be a string, e.g. \"12\""_s};
    if (!isInteger(plan))
        return Refusal{u"parameter_validation_failed"_s,
                       u"planOrServiceId must be a bare JSON integer (Long)"_s};
    *productNo = number.toString();
    *productId = product.toString().toInt();
    const PracticeInstance *instance = m_instances.find(*productId, *productNo);
    if (!instance)
        return Refusal{
            u"product_not_found"_s,
            u"productNo %1 is not a product %2 of this account"_s.arg(*productNo).arg(*productId)};
    if (plan.toInteger() != instance->planId)
        return Refusal{u"plan_mismatch"_s,
                       u"planOrServiceId %1 is not the current plan (%2) of %3"_s.arg(plan.toInteger())
                           .arg(instance->planId)
                           .arg(*productNo)};
    return std::nullopt;
}
