#include "KnownProducts.h"

namespace KnownProducts {

QList<Product> all()
{
    return {
        {9, QStringLiteral("Linkus Cloud Service")},
        {11, QStringLiteral("P-Series Plan for Appliance Edition")},
        {12, QStringLiteral("Software PBX (PSE Self-hosted)")},
        {13, QStringLiteral("Cloud PBX (PCE Instance)")},
        {14, QStringLiteral("P-Series Turnkey Package")},
        {15, QStringLiteral("Remote Management")},
        {19, QStringLiteral("Add-on Service")},
        {20, QStringLiteral("Remote Management Premium")},
        {21, QStringLiteral("RM Premium")},
    };
}

bool isDeviceBound(qint64 productId)
{
    return productId == 9 || productId == 11 || productId == 12 || productId == 13;
}

bool hasActivationCode(qint64 productId)
{
    return productId == 12;
}

bool hasDeviceModel(qint64 productId)
{
    return productId == 9 || productId == 11;
}

} // namespace KnownProducts
