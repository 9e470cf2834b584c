#include "PracticeOrderValidator.h"

#include "PracticeCatalogue.h"
#include "PracticeDirectory.h"
#include "PracticeJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

using Violation = PracticeOrderValidator::Violation;

using PracticeJson::isInteger;

bool isMissing(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull();
}

// How a value appears in a message: digits exactly, strings quoted.
QString shown(const QJsonValue &value)
{
    if (isInteger(value))
        return QString::number(value.toInteger());
    if (value.isString())
        return u'"' + value.toString() + u'"';
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

Violation required(const QString &field)
{
    return {field, u"required"_s, field + u" is required"_s};
}

Violation wrongType(const QString &field, const QString &expected, const QJsonValue &value)
{
    return {field, u"type"_s, u"%1 must be %2, not %3"_s.arg(field, expected, shown(value))};
}

QString joined(const QList<int> &numbers)
{
    QStringList texts;
    for (int number : numbers)
        texts.append(QString::number(number));
    return texts.join(u", "_s);
}

// A string field that must be present and equal to one of `allowed` (as far as asked).
std::optional<Violation> checkString(const QJsonObject &json, const QString &field, const QString &prefix,
                                     const QStringList &allowed, const QString &what)
{
    const QJsonValue value = json.value(field);
    const QString name = prefix + field;
    if (isMissing(value))
        return required(name);
    if (!value.isString())
        return wrongType(name, u"a string"_s, value);
    if (!allowed.contains(value.toString()))
        return Violation{name, u"oneof"_s,
                         u"%1 %2 is not allowed for %3 (allowed: %4)"_s.arg(name, shown(value), what,
                                                                            allowed.join(u", "_s))};
    return std::nullopt;
}

} // namespace

PracticeOrderValidator::PracticeOrderValidator(const PracticeCatalogue &catalogue,
                                               const PracticeDirectory &directory)
    : m_catalogue(catalogue)
    , m_directory(directory)
{
}

std::optional<Violation> PracticeOrderValidator::validate(const QByteArray &contentType,
                                                          const QByteArray &body, PracticeOrder *order) const
{
    const QByteArray mimeType = contentType.split(';').constFirst().trimmed().toLower();
    if (mimeType != "application/json")
        return Violation{
            u"Content-Type"_s, u"content_type"_s,
            u"Content-Type must be application/json, not \"%1\""_s.arg(QString::fromUtf8(contentType))};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return Violation{u"body"_s, u"json"_s,
                         u"The request body is not valid JSON: %1 at offset %2"_s.arg(error.errorString())
                             .arg(error.offset)};
    if (!document.isObject())
        return Violation{u"body"_s, u"json"_s, u"The request body must be a JSON object"_s};

    const QJsonObject json = document.object();
    const PracticeProduct *product = nullptr;
    if (auto violation = checkHeader(json, order, &product))
        return violation;

    const QJsonValue list = json.value(u"serviceList"_s);
    if (isMissing(list))
        return required(u"serviceList"_s);
    if (!list.isArray())
        return wrongType(u"serviceList"_s, u"an array"_s, list);
    const QJsonArray items = list.toArray();
    if (items.isEmpty())
        return Violation{u"serviceList"_s, u"min"_s,
                         u"serviceList must contain at least one plan or service"_s};

    QList<Line> lines;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString field = u"serviceList[%1]"_s.arg(i);
        if (!items.at(i).isObject())
            return wrongType(field, u"an object"_s, items.at(i));
        Line line;
        if (auto violation = checkLine(items.at(i).toObject(), int(i), *product,
                                       !lines.isEmpty() && lines.constFirst().offer->isPlan, order->operationType,
                                       &line))
            return violation;
        lines.append(line);
    }

    const Line *plan = lines.constFirst().offer->isPlan ? &lines.constFirst() : nullptr;
    const bool planOperation = order->operationType.endsWith(u"_plan"_s);
    if (plan && !planOperation)
        return Violation{
            u"operationType"_s, u"eq"_s,
            u"operationType must be purchase_plan, renew_plan, switch_plan or trial_plan when serviceList "
            "contains a plan, not %1"_s.arg(order->operationType)};
    if (!plan && planOperation)
        return Violation{u"operationType"_s, u"eq"_s,
                         u"operationType %1 requires a plan as the first item of serviceList"_s.arg(
                             order->operationType)};
    if (order->operationType == u"switch_plan"_s && lines.size() != 1)
        return Violation{u"serviceList"_s, u"max"_s, u"switch_plan takes exactly one item: the new plan"_s};

    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (auto violation = checkConnection(lines.at(i), int(i), *product, plan, order->productNo))
            return violation;
    }

    order->lines.clear();
    order->totalCents = 0;
    for (const Line &line : std::as_const(lines)) {
        order->lines.append(line.line);
        order->totalCents += line.line.amountCents;
    }
    return std::nullopt;
}

std::optional<Violation> PracticeOrderValidator::checkHeader(const QJsonObject &json, PracticeOrder *order,
                                                             const PracticeProduct **product) const
{
    const QJsonValue operation = json.value(u"operationType"_s);
    if (isMissing(operation))
        return required(u"operationType"_s);
    if (!operation.isString())
        return wrongType(u"operationType"_s, u"a string"_s, operation);
    const QString operationType = operation.toString();
    if (operationType == u"switchTrial_plan"_s)
        return Violation{u"operationType"_s, u"oneof"_s,
                         u"operationType %1 is not supported by the practice portal"_s.arg(operationType)};
    static const QStringList known{u"purchase_plan"_s, u"purchase_service"_s, u"renew_plan"_s, u"renew_service"_s,
                                   u"switch_plan"_s, u"trial_plan"_s, u"trial_service"_s};
    if (!known.contains(operationType))
        return Violation{u"operationType"_s, u"oneof"_s,
                         u"operationType %1 is not a valid operation type"_s.arg(shown(operation))};
    const bool trial = operationType.startsWith(u"trial_"_s);

    const QJsonValue productId = json.value(u"productId"_s);
    if (isMissing(productId))
        return required(u"productId"_s);
    if (!isInteger(productId))
        return wrongType(u"productId"_s, u"an integer"_s, productId);
    const qint64 id = productId.toInteger();
    *product = id > 0 && id < 1000 ? m_catalogue.product(int(id)) : nullptr;
    if (!*product)
        return Violation{u"productId"_s, u"exists"_s, u"productId %1 does not exist"_s.arg(id)};

    const QJsonValue productNo = json.value(u"productNo"_s);
    if (!isMissing(productNo) && !productNo.isString())
        return wrongType(u"productNo"_s, u"a string"_s, productNo);
    if ((*product)->requiresProductNo && productNo.toString().trimmed().isEmpty())
        return Violation{u"productNo"_s, u"required"_s, u"productNo is required for this product"_s};

    const QJsonValue billingId = json.value(u"billingId"_s);
    // A trial is free: its tutorials have no billing contact.
    if (trial && !isMissing(billingId))
        return Violation{u"billingId"_s, u"excluded"_s,
                         u"billingId is not accepted for %1: a trial is free"_s.arg(operationType)};
    if (isMissing(billingId) && !trial)
        return required(u"billingId"_s);
    if (!trial && billingId.isString())
        return Violation{
            u"billingId"_s, u"type"_s,
            u"billingId %1 does not exist: billingId must be a bare JSON integer (Long), not a string"_s.arg(
                shown(billingId))};
    const std::optional<QJsonObject> contact = trial ? std::optional<QJsonObject>(QJsonObject())
        : isInteger(billingId)                       ? m_directory.billingContact(QString::number(billingId.toInteger()))
                                                     : std::nullopt;
    if (!contact)
        return Violation{u"billingId"_s, u"exists"_s,
                         u"billingId %1 does not exist"_s.arg(shown(billingId))};

    // partnerId says for whom the order is placed (the seed tutorials); assignId is a
    // different, optional field (who receives an activation e-mail) and never replaces it.
    const QJsonValue partnerId = json.value(u"partnerId"_s);
    const QJsonValue assignId = json.value(u"assignId"_s);
    if (isMissing(partnerId) && !isMissing(assignId))
        return Violation{
            u"partnerId"_s, u"required"_s,
            u"partnerId is required to buy for a subordinate user: assignId only names who receives "
            "the activation e-mail, not for whom the order is placed"_s};
    QString customer;
    if (!isMissing(partnerId)) {
        if (!isInteger(partnerId))
            return wrongType(u"partnerId"_s, u"a bare JSON integer (Long)"_s, partnerId);
        customer = QString::number(partnerId.toInteger());
        if (!m_directory.hasSubordinate(customer))
            return Violation{u"partnerId"_s, u"exists"_s,
                             u"partnerId %1 is not one of your subordinate users"_s.arg(customer)};
    }
    if (!isMissing(assignId)) {
        const QString assignee = assignId.isString() ? assignId.toString()
            : isInteger(assignId)                    ? QString::number(assignId.toInteger())
                                                     : QString();
        if (assignee.isEmpty())
            return wrongType(u"assignId"_s, u"a string or an integer"_s, assignId);
        if (!m_directory.hasSubordinate(assignee))
            return Violation{u"assignId"_s, u"exists"_s,
                             u"assignId %1 is not one of your subordinate users"_s.arg(shown(assignId))};
    }

    const QJsonValue poNumber = json.value(u"poNumber"_s);
    if (!isMissing(poNumber) && !poNumber.isString())
        return wrongType(u"poNumber"_s, u"a string"_s, poNumber);

    order->productId = (*product)->id;
    order->productName = (*product)->name;
    order->productNo = productNo.toString().trimmed();
    order->operationType = operationType;
    order->partnerId = customer;
    order->customReferenceNo = poNumber.toString();
    order->billingContact = *contact;
    return std::nullopt;
}

std::optional<Violation> PracticeOrderValidator::checkLine(const QJsonObject &json, int index,
                                                           const PracticeProduct &product, bool planSeen,
                                                           const QString &operationType, Line *line) const
{
    const bool trial = operationType.startsWith(u"trial_"_s);
    const QString purchaseType = trial          ? u"trial"_s
        : operationType.startsWith(u"renew_"_s) ? u"renew"_s
        : operationType == u"switch_plan"_s     ? u"switch"_s
                                                : u"purchase"_s;
    const QString prefix = u"serviceList[%1]."_s.arg(index);
    if (auto violation = checkString(json, u"serviceType"_s, prefix, {u"plan"_s, u"service"_s}, u"an item"_s))
        return violation;
    const bool isPlan = json.value(u"serviceType"_s).toString() == u"plan"_s;
    const QString kind = isPlan ? u"plan"_s : u"service"_s;

    const QString idField = prefix + u"serviceId"_s;
    const QJsonValue serviceId = json.value(u"serviceId"_s);
    if (isMissing(serviceId))
        return required(idField);
    if (!isInteger(serviceId))
        return wrongType(idField, u"a bare JSON integer"_s, serviceId);
    const qint64 id = serviceId.toInteger();
    const PracticeOffer *offer = isPlan ? product.plan(id) : product.service(id);
    if (!offer) {
        const PracticeProduct *owner = m_catalogue.productOfOffer(id);
        const QString where = owner == &product
            ? u"product %1 has it, but not as a %2"_s.arg(product.id).arg(kind)
            : owner ? u"it belongs to product %1"_s.arg(owner->id)
                    : u"it does not exist"_s;
        return Violation{idField, u"exists"_s,
                         u"%1 %2 is not a %3 of product %4: %5"_s.arg(idField)
                             .arg(id)
                             .arg(kind)
                             .arg(product.id)
                             .arg(where)};
    }
    if (isPlan && planSeen)
        return Violation{prefix + u"serviceType"_s, u"max"_s, u"serviceList may contain at most one plan"_s};
    if (isPlan && index != 0)
        return Violation{prefix + u"serviceType"_s, u"first"_s,
                         u"The plan must be the first item of serviceList, not item %1"_s.arg(index)};
    // Trial offers are only tried, and the others never tried.
    if ((offer->purchaseType == u"trial"_s) != trial)
        return Violation{prefix + u"serviceId"_s, u"oneof"_s,
                         u"%1 (%2) is %3 offered for a trial"_s.arg(offer->name)
                             .arg(offer->id)
                             .arg(trial ? u"not"_s : u"only"_s)};

    const QString quantityField = prefix + u"quantity"_s;
    const QJsonValue quantity = json.value(u"quantity"_s);
    // A trial or a switch names no quantity, and neither does the renewal of a single licence.
    const bool quantityOptional = trial || purchaseType == u"switch"_s
        || (purchaseType == u"renew"_s && offer->maxQuantity <= 1);
    if (isMissing(quantity) && quantityOptional)
        // A switch keeps the product's count (0: none named); a single licence is one.
        line->line.quantity = purchaseType == u"switch"_s ? 0 : 1;
    else if (isMissing(quantity))
        return required(quantityField);
    else if (auto violation = checkQuantity(quantity, quantityField, *offer, &line->line.quantity))
        return violation;

    if (auto violation = checkString(json, u"purchaseType"_s, prefix, {purchaseType}, offer->name))
        return violation;
    if (!trial || json.contains(u"billingModel"_s)) {
        if (auto violation = checkString(json, u"billingModel"_s, prefix, {offer->billingModel}, offer->name))
            return violation;
    }
    if (!trial || json.contains(u"billingCycle"_s)) {
        if (auto violation = checkString(json, u"billingCycle"_s, prefix, offer->billingCycles, offer->name))
            return violation;
    }

    const QString multiField = prefix + u"multiCycle"_s;
    const QJsonValue multiCycle = json.value(u"multiCycle"_s);
    if (isMissing(multiCycle))
        return required(multiField);
    if (!isInteger(multiCycle))
        return wrongType(multiField, u"an integer"_s, multiCycle);
    if (!offer->multiCycles.contains(multiCycle.toInteger()))
        return Violation{multiField, u"oneof"_s,
                         u"%1 %2 is not allowed for %3 (allowed: %4)"_s.arg(multiField)
                             .arg(multiCycle.toInteger())
                             .arg(offer->name, joined(offer->multiCycles))};

    line->json = json;
    line->offer = offer;
    line->line.serviceType = kind;
    line->line.serviceId = QString::number(offer->id);
    if (isInteger(json.value(u"connectionPlanId"_s)))
        line->line.connectionPlanId = QString::number(json.value(u"connectionPlanId"_s).toInteger());
    line->line.name = offer->name;
    line->line.billingCycle = json.value(u"billingCycle"_s).toString();
    line->line.multiCycle = int(multiCycle.toInteger());
    line->line.unitPriceCents = trial ? 0 : offer->unitPriceCents;
    line->line.amountCents = line->line.unitPriceCents * line->line.quantity * qMax(1, line->line.multiCycle);
    return std::nullopt;
}

std::optional<Violation> PracticeOrderValidator::checkQuantity(const QJsonValue &quantity, const QString &quantityField,
                                                               const PracticeOffer &offer, int *count) const
{
    if (!isInteger(quantity))
        return wrongType(quantityField, u"an integer"_s, quantity);
    const qint64 value = quantity.toInteger();
    if (value <= 0)
        return Violation{quantityField, u"gt"_s,
                         u"%1 must be greater than 0, not %2"_s.arg(quantityField).arg(value)};
    if (value < offer.minQuantity)
        return Violation{quantityField, u"min"_s,
                         u"%1 %2 is below the minimum of %3 for %4"_s.arg(quantityField)
                             .arg(value)
                             .arg(offer.minQuantity)
                             .arg(offer.name)};
    if (value > offer.maxQuantity)
        return Violation{quantityField, u"max"_s,
                         u"%1 %2 is above the maximum of %3 for %4"_s.arg(quantityField)
                             .arg(value)
                             .arg(offer.maxQuantity)
                             .arg(offer.name)};
    *count = int(value);
    return std::nullopt;
}

std::optional<Violation> PracticeOrderValidator::checkConnection(const Line &line, int index,
                                                                 const PracticeProduct &product,
                                                                 const Line *plan,
                                                                 const QString &productNo) const
{
    const QString field = u"serviceList[%1].connectionPlanId"_s.arg(index);
    const QJsonValue connection = line.json.value(u"connectionPlanId"_s);
    if (line.offer->isPlan) {
        // Not required on the plan itself; if sent, it can only name the plan.
        if (!isMissing(connection) && !(isInteger(connection) && connection.toInteger() == line.offer->id))
            return Violation{field, u"eqfield"_s,
                             u"%1 %2 must equal the plan's serviceId %3"_s.arg(field, shown(connection))
                                 .arg(line.offer->id)};
        return std::nullopt;
    }
    if (plan) {
        if (isMissing(connection))
            return Violation{
                field, u"required"_s,
                u"%1 is required when the order contains a plan (it must be %2)"_s.arg(field).arg(
                    plan->offer->id)};
        if (!isInteger(connection))
            return wrongType(field, u"a bare JSON integer"_s, connection);
        if (connection.toInteger() != plan->offer->id)
            return Violation{field, u"eqfield"_s,
                             u"%1 %2 must equal the plan's serviceId %3"_s.arg(field, shown(connection))
                                 .arg(plan->offer->id)};
        return std::nullopt;
    }
    if (!isMissing(connection)) {
        if (!isInteger(connection))
            return wrongType(field, u"a bare JSON integer"_s, connection);
        if (!product.plan(connection.toInteger()))
            return Violation{
                field, u"exists"_s,
                u"%1 %2 is not a plan of product %3"_s.arg(field, shown(connection)).arg(product.id)};
    }
    // Linked to a plan the account has (connectionPlanId), it is an addition to that product.
    if (line.offer->planRequired && productNo.isEmpty() && isMissing(connection))
        return Violation{
            u"serviceList[%1].serviceId"_s.arg(index), u"plan_required"_s,
            u"%1 (%2) can only be bought together with a plan of this product, or with the productNo "
            "of an existing device"_s.arg(line.offer->name)
                .arg(line.offer->id)};
    return std::nullopt;
}
