#include "DeviceInfo.h"

#include "JsonFields.h"

#include <QJsonObject>

std::optional<ActivationCode> ActivationCode::fromJson(const QJsonValue &result)
{
    ActivationCode code;
    if (result.isString()) {
        code.code = result.toString().trimmed();
    } else if (result.isObject()) {
        const QJsonObject object = result.toObject();
        code.code = JsonFields::text(object, QLatin1String("code")).trimmed();
        code.generatedAt = JsonFields::epochTime(JsonFields::integer(object, QLatin1String("generateTime")).value_or(0));
    }
    if (code.code.isEmpty())
        return std::nullopt;
    return code;
}

std::optional<DeviceModel> DeviceModel::fromJson(const QJsonValue &result)
{
    DeviceModel model;
    model.productModel = (result.isObject() ? JsonFields::text(result.toObject(), QLatin1String("productModel"))
                                            : JsonFields::text(result))
                             .trimmed();
    if (model.productModel.isEmpty())
        return std::nullopt;
    return model;
}
