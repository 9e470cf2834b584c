#pragma once

#include "OrderDraft.h"
#include "api/Offering.h"

// Starts a draft for an action on a product the account already has, with what the
// product fixes filled in: the product, its serial number (device products), the
// customer it belongs to (sent as partnerId) and, once the offering is known, the lines
// a renewal must contain. Used by the wizard and, one product at a time, by a batch.
class OperationDraft
{
public:
    static OrderDraft start(OrderOperation operation, const CurrentSubscription &subscription);

    // The lines the operation starts with, from `offering` (purchase_product_info of the
    // product): a renewal gets the current plan with its extension count and billing
    // cycle and every current service. Lines the user already chose are kept. A "plan"
    // that the offering lists as a service becomes one of the product's services.
    static void prefill(OrderDraft &draft, const Offering &offering);

    // The line `item` starts with when the user includes it: the offering's defaults,
    // with the product's current billing cycle where the item offers it (an added service
    // or a new plan is then billed in step with what the product already has).
    static OrderLine startingLine(const OrderDraft &draft, const OfferingItem &item);

    // A complete renewal of `subscription`, ready for OrderBodyBuilder::build().
    static OrderDraft renewal(const CurrentSubscription &subscription, const Offering &offering,
                              const BillingContact &billingContact);
};
