#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>

#include <optional>

// instance_product/v1/activation_code: the activation code of a P-Series Software
// Edition, for online activation only.
struct ActivationCode
{
    QString code;
    QDateTime generatedAt; // generateTime (unit undocumented; JsonFields::epochTime)

    // {code, generateTime}; a bare string is taken as the code. nullopt without a code.
    static std::optional<ActivationCode> fromJson(const QJsonValue &result);
};

// instance/v1/product_model: the model of an appliance or S-Series PBX.
struct DeviceModel
{
    QString productModel;

    // {productModel}; a bare string is taken as the model. nullopt without one.
    static std::optional<DeviceModel> fromJson(const QJsonValue &result);
};
