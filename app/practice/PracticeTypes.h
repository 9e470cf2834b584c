#pragma once

#include <QObject>

// Small enums shared by the practice portal's classes (PracticePortal re-exports them).
namespace Practice {
Q_NAMESPACE

// One value per endpoint. Any addresses every route (faults, counts); Unknown is a
// request that matched no route (wrong path or method).
enum class Route {
    Token,
    ProductList,
    PurchaseProductInfo,
    PartnerList,
    BillingContactList,
    OrderSave,
    OrderPage,
    OrderGet,
    InstanceList,   // instance_product_list
    InstanceDetail, // instance_product/v1/detail
    ActivationCode, // instance_product/v1/activation_code
    ProductModel,   // instance/v1/product_model
    Terms,          // {trial|purchase|renew}/{plan_info|add_on_info}/{id}
    AutoRenewal,    // instance_subscription/v1/active
    Any,
    Unknown,
};
Q_ENUM_NS(Route)

// How partner_list and billing_contact_list wrap their items: the docs type them as an
// object, the tutorials read them as an array, so the client must cope with both.
enum class ListShape {
    Array,   // "result": [ … ]
    Wrapped, // "result": { "list": [ … ], "total": n }
};
Q_ENUM_NS(ListShape)

} // namespace Practice
