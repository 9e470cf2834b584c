#pragma once

#include "PracticeOrder.h"

#include <QByteArray>
#include <QString>

#include <optional>

class PracticeInstanceBook;
struct PracticeInstance;

// What the practice portal refuses in an order on a product the account has, as the vendor's
// tutorials say the real one does, each with a portal error code: a renewal with another
// extension count, plan or billing cycle, or without the services renewed with the plan; a
// switch to the current plan; a second free trial; Disaster Recovery without the Ultimate
// plan; services added to a plan the product does not have; an unknown productNo. Also the
// Enable Auto-renewal request.
class PracticeSubscriptionRules
{
public:
    struct Refusal
    {
        QString code;
        QString detail;
    };

    explicit PracticeSubscriptionRules(const PracticeInstanceBook &instances);

    // The order's lines carry what the body sent (PracticeOrderValidator checked its shape).
    std::optional<Refusal> check(const PracticeOrder &order) const;

    // Enable Auto-renewal: the body's shape and the product; on success *productNo/*productId name it.
    std::optional<Refusal> checkAutoRenewal(const QByteArray &body, QString *productNo, int *productId) const;

private:
    const PracticeInstance *instanceFor(const PracticeOrder &order) const;

    const PracticeInstanceBook &m_instances;
};
