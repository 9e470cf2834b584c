#pragma once

#include "Product.h"

#include <QList>

// What the API reference knows about products regardless of what product_list offers
// today: every product ID the vendor's pages name (a product no longer sold may still
// have purchased instances), and which of them are bound to a device.
namespace KnownProducts {

// 9, 11, 12, 13, 14, 15, 19, 20, 21 with the names the vendor's pages use.
QList<Product> all();

// Identified by a device's serial number (Linkus for an S-Series PBX, the P-Series
// editions); the others are bound to an account.
bool isDeviceBound(qint64 productId);
// activation_code answers for the P-Series Software Edition only.
bool hasActivationCode(qint64 productId);
// product_model answers for an appliance or an S-Series PBX: P-Series Appliance Edition, and Linkus
// Cloud Service, whose serial number is an S-Series PBX's.
bool hasDeviceModel(qint64 productId);

} // namespace KnownProducts
