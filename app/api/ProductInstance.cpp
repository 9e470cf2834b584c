#include "ProductInstance.h"

#include "JsonFields.h"

#include <QDateTime>
#include <QStringList>

#include <initializer_list>

namespace {

// The first key of `keys` that `object` holds a non-empty value for.
QJsonValue firstOf(const QJsonObject &object, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (!JsonFields::text(value).trimmed().isEmpty())
            return value;
    }
    return QJsonValue(QJsonValue::Undefined);
}

QString firstTextOf(const QJsonObject &object, std::initializer_list<const char *> keys)
{
    return JsonFields::text(firstOf(object, keys)).trimmed();
}

} // namespace

QString ProductInstance::key() const
{
    return productNo.isEmpty() ? QString() : QString::number(productId) + QLatin1Char('/') + productNo;
}

ProductInstance ProductInstance::fromJson(const QJsonObject &object, qint64 productId)
{
    ProductInstance instance;
    instance.raw = object;
    instance.productId = JsonFields::integer(object, QLatin1String("productId")).value_or(productId);
    if (instance.productId <= 0)
        instance.productId = productId;
    // Every other endpoint names the serial number productNo; the instance_product_list row table is cut
    // before that letter.
    instance.productNo = firstTextOf(object, {"productNo", "sn", "serialNumber"});
    instance.activationStatus = firstTextOf(object, {"activationStatus"});
    instance.comment = firstTextOf(object, {"comment"});
    // currentPlan is documented as filled only while the plan is being switched.
    instance.plan = firstTextOf(object, {"planName", "plan", "subscriptionPlan", "currentPlan"});
    const QJsonValue expiry = firstOf(object, {"currentPlanExpireDate", "expireTime", "expireDate", "expiryDate", "expirationDate", "expiredTime", "endTime", "endDate"});
    instance.expiryText = JsonFields::text(expiry).trimmed();
    instance.expiryDate = readDate(expiry);
    instance.customerName = firstTextOf(object, {"companyName", "customerName", "partnerName", "company", "ownerName", "assignName"});
    instance.customerId = EntityId::fromJson(firstOf(object, {"partnerId", "assignId", "customerId", "ownerId"}));
    return instance;
}

QDate ProductInstance::readDate(const QJsonValue &value)
{
    if (value.isDouble()) {
        const auto number = JsonFields::integer(value);
        return number ? JsonFields::epochTime(*number).toLocalTime().date() : QDate();
    }
    if (!value.isString())
        return {};
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return {};
    bool isNumber = false;
    const qint64 number = text.toLongLong(&isNumber);
    if (isNumber && text.size() >= 9) // epoch seconds or milliseconds; "20260331" is not one
        return JsonFields::epochTime(number).toLocalTime().date();
    if (isNumber && text.size() == 8)
        return QDate::fromString(text, QStringLiteral("yyyyMMdd"));

    // A zone (Z or ±hh:mm) makes the time exact: the date is the one it is here.
    const QDateTime iso = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (iso.isValid())
        return iso.timeSpec() == Qt::LocalTime ? iso.date() : iso.toLocalTime().date();
    // Otherwise the date part as written, whatever follows it.
    QString datePart = text.left(10);
    datePart.replace(QLatin1Char('/'), QLatin1Char('-'));
    datePart.replace(QLatin1Char('.'), QLatin1Char('-'));
    return QDate::fromString(datePart, Qt::ISODate);
}
