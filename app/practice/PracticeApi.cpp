#include "PracticeApi.h"

#include "PracticeCatalogue.h"
#include "PracticeDirectory.h"
#include "PracticeFormParser.h"
#include "PracticeInstanceBook.h"
#include "PracticeOrderBook.h"
#include "PracticeOrderValidator.h"
#include "PracticeSubscriptionRules.h"
#include "PracticeTerms.h"
#include "PracticeTokenStore.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

const QString kInvalidToken = u"invalid_token"_s;
const QString kInvalidTokenDetail = u"The access token is missing, invalid or expired"_s;
const QString kInvalidGrantDetail = u"The refresh token is invalid or expired"_s;

PracticeReply missing(const QByteArray &requestId, const QString &field)
{
    return PracticeReply::invalidParameter(requestId, field, u"required"_s, field + u" is required"_s);
}

// An optional integer query parameter within [minimum, maximum].
std::optional<PracticeReply> readInteger(const PracticeRequest &request, const QByteArray &requestId,
                                         const QString &name, int minimum, int maximum, int *value)
{
    if (!request.query.hasQueryItem(name))
        return std::nullopt;
    bool ok = false;
    const QString text = request.query.queryItemValue(name, QUrl::FullyDecoded);
    const int number = text.toInt(&ok);
    if (!ok)
        return PracticeReply::invalidParameter(requestId, name, u"type"_s,
                                               u"%1 must be an integer, not \"%2\""_s.arg(name, text));
    if (number < minimum || number > maximum)
        return PracticeReply::invalidParameter(
            requestId, name, number < minimum ? u"min"_s : u"max"_s,
            u"%1 must be between %2 and %3, not %4"_s.arg(name).arg(minimum).arg(maximum).arg(number));
    *value = number;
    return std::nullopt;
}

// pageNo (1-based) and pageSize (1…100, default 25), both optional.
std::optional<PracticeReply> readPage(const PracticeRequest &request, const QByteArray &requestId, int *pageNo,
                                      int *pageSize)
{
    if (auto refusal = readInteger(request, requestId, u"pageNo"_s, 1, 1000000, pageNo))
        return refusal;
    return readInteger(request, requestId, u"pageSize"_s, 1, PracticeInstanceBook::kMaxPageSize, pageSize);
}

// The required integer productId.
std::optional<PracticeReply> readProductId(const PracticeRequest &request, const QByteArray &requestId,
                                           int *productId)
{
    if (!request.query.hasQueryItem(u"productId"_s))
        return missing(requestId, u"productId"_s);
    return readInteger(request, requestId, u"productId"_s, 1, 1000000, productId);
}

} // namespace

PracticeApi::PracticeApi(PracticeTokenStore &tokens, const PracticeCatalogue &catalogue,
                         const PracticeDirectory &directory, PracticeOrderBook &orders,
                         PracticeInstanceBook &instances)
    : m_tokens(tokens)
    , m_catalogue(catalogue)
    , m_directory(directory)
    , m_orders(orders)
    , m_instances(instances)
    , m_nextOrderStatus(u"succeed"_s)
{
}

PracticeReply PracticeApi::answer(const PracticeRequest &request, const QByteArray &requestId,
                                  bool emptyLists)
{
    using Practice::Route;
    if (request.route == Route::Unknown || request.route == Route::Any)
        return PracticeReply::failure(
            404, requestId, u"not_found"_s,
            u"No route for %1 %2"_s.arg(QString::fromLatin1(request.method), request.path));
    if (auto refusal = checkHeaders(request, requestId))
        return *refusal;
    switch (request.route) {
    case Route::Token:
        return token(request, requestId);
    case Route::ProductList:
        return PracticeReply::success(requestId, m_catalogue.productListJson(emptyLists));
    case Route::PurchaseProductInfo:
        return productInfo(request, requestId, emptyLists);
    case Route::PartnerList:
        return list(m_directory.subordinatesJson(), m_directory.subordinateCount(), requestId, emptyLists);
    case Route::BillingContactList:
        return list(m_directory.billingContactsJson(), m_directory.billingContactCount(), requestId,
                    emptyLists);
    case Route::OrderSave:
        return orderSave(request, requestId);
    case Route::OrderPage:
        return orderPage(request, requestId, emptyLists);
    case Route::OrderGet:
        return orderGet(request, requestId);
    case Route::InstanceList:
        return instanceList(request, requestId, emptyLists);
    case Route::InstanceDetail:
    case Route::ActivationCode:
    case Route::ProductModel:
        return instanceAnswer(request, requestId, emptyLists);
    case Route::Terms:
        return PracticeTerms(m_catalogue).answer(request.path, request.query, requestId);
    case Route::AutoRenewal:
        return autoRenewal(request, requestId);
    case Route::Any:
    case Route::Unknown:
        break;
    }
    return PracticeReply::failure(404, requestId, u"not_found"_s, u"No such route"_s);
}

PracticeReply PracticeApi::expireToken(const PracticeRequest &request, const QByteArray &requestId)
{
    if (request.route == Practice::Route::Token) {
        const auto fields = PracticeFormParser::parse(request.header("Content-Type"), request.body);
        if (fields)
            m_tokens.revoke(fields->value(u"refresh_token"_s));
        return PracticeReply::failure(401, requestId, u"invalid_grant"_s, kInvalidGrantDetail);
    }
    m_tokens.invalidate(bearerToken(request));
    return PracticeReply::failure(401, requestId, kInvalidToken, kInvalidTokenDetail);
}

std::optional<PracticeReply> PracticeApi::checkHeaders(const PracticeRequest &request,
                                                       const QByteArray &requestId) const
{
    if (request.header("User-Agent").trimmed().isEmpty())
        return PracticeReply::invalidParameter(requestId, u"User-Agent"_s, u"required"_s,
                                               u"User-Agent header is required"_s);
    if (request.route == Practice::Route::Token)
        return std::nullopt;
    const QString token = bearerToken(request);
    if (token.isEmpty() || !m_tokens.isValid(token))
        return PracticeReply::failure(401, requestId, kInvalidToken, kInvalidTokenDetail);
    return std::nullopt;
}

QString PracticeApi::bearerToken(const PracticeRequest &request)
{
    // Exactly "Bearer" + one space + the token, as the docs show it.
    const QByteArray value = request.header("Authorization");
    if (!value.startsWith("Bearer "))
        return {};
    const QByteArray token = value.mid(7);
    if (token.isEmpty() || token.contains(' '))
        return {};
    return QString::fromUtf8(token);
}

PracticeReply PracticeApi::token(const PracticeRequest &request, const QByteArray &requestId)
{
    const auto fields = PracticeFormParser::parse(request.header("Content-Type"), request.body);
    if (!fields)
        return PracticeReply::invalidParameter(
            requestId, u"Content-Type"_s, u"content_type"_s,
            u"Content-Type must be application/x-www-form-urlencoded or multipart/form-data"_s);
    const QString grantType = fields->value(u"grant_type"_s);
    std::optional<PracticeTokenStore::Grant> grant;
    if (grantType.isEmpty()) {
        return missing(requestId, u"grant_type"_s);
    } else if (grantType == u"pp_credentials"_s) {
        for (const QString &field : {u"client_id"_s, u"client_secret"_s}) {
            if (fields->value(field).isEmpty())
                return missing(requestId, field);
        }
        if (fields->value(u"client_id"_s) != m_clientId
            || fields->value(u"client_secret"_s) != m_clientSecret)
            return PracticeReply::failure(401, requestId, u"invalid_client"_s,
                                          u"Client ID or client secret is incorrect"_s);
        grant = m_tokens.issue();
    } else if (grantType == u"refresh_token"_s) {
        for (const QString &field : {u"refresh_token"_s, u"client_id"_s}) {
            if (fields->value(field).isEmpty())
                return missing(requestId, field);
        }
        if (fields->value(u"client_id"_s) != m_clientId
            || (fields->contains(u"client_secret"_s) && fields->value(u"client_secret"_s) != m_clientSecret))
            return PracticeReply::failure(401, requestId, u"invalid_client"_s,
                                          u"Client ID or client secret is incorrect"_s);
        grant = m_tokens.refresh(fields->value(u"refresh_token"_s));
        if (!grant)
            return PracticeReply::failure(401, requestId, u"invalid_grant"_s, kInvalidGrantDetail);
    } else {
        return PracticeReply::invalidParameter(
            requestId, u"grant_type"_s, u"oneof"_s,
            u"grant_type must be pp_credentials or refresh_token, not \"%1\""_s.arg(grantType));
    }
    const QJsonObject result{
        {u"expiresIn"_s, grant->expiresIn},
        {u"refreshToken"_s, grant->refreshToken},
        {u"token"_s, grant->accessToken},
        {u"tokenHead"_s, u"Bearer "_s},
    };
    return PracticeReply::success(requestId, QJsonDocument(result).toJson(QJsonDocument::Compact));
}

PracticeReply PracticeApi::productInfo(const PracticeRequest &request, const QByteArray &requestId,
                                       bool empty) const
{
    if (!request.query.hasQueryItem(u"productId"_s))
        return missing(requestId, u"productId"_s);
    bool ok = false;
    const QString text = request.query.queryItemValue(u"productId"_s, QUrl::FullyDecoded);
    const int productId = text.toInt(&ok);
    if (!ok)
        return PracticeReply::invalidParameter(requestId, u"productId"_s, u"type"_s,
                                               u"productId must be an integer, not \"%1\""_s.arg(text));
    const PracticeProduct *product = m_catalogue.product(productId);
    if (!product)
        return PracticeReply::invalidParameter(requestId, u"productId"_s, u"exists"_s,
                                               u"productId %1 does not exist"_s.arg(productId));
    if (product->requiresProductNo
        && request.query.queryItemValue(u"productNo"_s, QUrl::FullyDecoded).trimmed().isEmpty())
        return PracticeReply::invalidParameter(requestId, u"productNo"_s, u"required"_s,
                                               u"productNo is required for this product"_s);
    return PracticeReply::success(requestId, m_catalogue.productInfoJson(*product, empty));
}

PracticeReply PracticeApi::list(const QByteArray &arrayJson, int count, const QByteArray &requestId,
                                bool empty) const
{
    const QByteArray array = empty ? QByteArray("[]") : arrayJson;
    if (m_listShape == Practice::ListShape::Array)
        return PracticeReply::success(requestId, array);
    return PracticeReply::success(
        requestId, "{\"list\":" + array + ",\"total\":" + QByteArray::number(empty ? 0 : count) + '}');
}

PracticeReply PracticeApi::orderSave(const PracticeRequest &request, const QByteArray &requestId)
{
    PracticeOrder order;
    const PracticeOrderValidator validator(m_catalogue, m_directory);
    if (const auto violation = validator.validate(request.header("Content-Type"), request.body, &order))
        return PracticeReply::invalidParameter(requestId, violation->field, violation->tag,
                                               violation->detail);
    // What the tutorials say the portal refuses in an order on a product the account has.
    if (const auto refusal = PracticeSubscriptionRules(m_instances).check(order))
        return PracticeReply::failure(400, requestId, refusal->code, refusal->detail);
    const PracticeOrder &placed = m_orders.place(order, m_nextOrderStatus);
    ++m_acceptedOrders;
    m_instances.recordOrder(placed, m_directory.companyOf(placed.partnerId));
    return PracticeReply::success(requestId, PracticeOrderBook::saveResultJson(placed));
}

PracticeReply PracticeApi::orderPage(const PracticeRequest &request, const QByteArray &requestId,
                                     bool empty) const
{
    int pageNo = 1;
    int pageSize = 25;
    if (auto refusal = readPage(request, requestId, &pageNo, &pageSize))
        return *refusal;
    return PracticeReply::success(requestId, m_orders.pageJson(pageNo, pageSize, empty));
}

PracticeReply PracticeApi::orderGet(const PracticeRequest &request, const QByteArray &requestId) const
{
    const PracticeOrder *order = m_orders.find(request.pathArgument);
    if (!order)
        return PracticeReply::failure(404, requestId, u"order_not_found"_s,
                                      u"Order %1 does not exist"_s.arg(request.pathArgument));
    return PracticeReply::success(requestId, PracticeOrderBook::detailsJson(*order));
}

PracticeReply PracticeApi::instanceList(const PracticeRequest &request, const QByteArray &requestId,
                                        bool empty) const
{
    int productId = 0;
    if (auto refusal = readProductId(request, requestId, &productId))
        return *refusal;
    if (!m_catalogue.product(productId))
        return PracticeReply::invalidParameter(requestId, u"productId"_s, u"exists"_s,
                                               u"productId %1 does not exist"_s.arg(productId));
    int pageNo = 1;
    int pageSize = PracticeInstanceBook::kDefaultPageSize;
    if (auto refusal = readPage(request, requestId, &pageNo, &pageSize))
        return *refusal;
    return PracticeReply::success(requestId, m_instances.pageJson(productId, pageNo, pageSize, empty));
}

PracticeReply PracticeApi::instanceAnswer(const PracticeRequest &request, const QByteArray &requestId,
                                          bool empty) const
{
    using Practice::Route;
    int productId = 0;
    if (auto refusal = readProductId(request, requestId, &productId))
        return *refusal;
    const QString productNo = request.query.queryItemValue(u"productNo"_s, QUrl::FullyDecoded).trimmed();
    if (productNo.isEmpty())
        return missing(requestId, u"productNo"_s);
    if (request.route == Route::ActivationCode && productId != 12)
        return PracticeReply::invalidParameter(
            requestId, u"productId"_s, u"oneof"_s,
            u"Activation codes exist only for the P-Series Software Edition (productId 12)"_s);
    if (request.route == Route::ProductModel && productId != 9 && productId != 11)
        return PracticeReply::invalidParameter(
            requestId, u"productId"_s, u"oneof"_s,
            u"Product models exist only for appliances and S-Series PBXs (productId 9 or 11)"_s);
    const PracticeInstance *instance = m_instances.find(productId, productNo);
    if (!instance)
        return PracticeReply::failure(404, requestId, u"product_not_found"_s,
                                      u"No product %1 with productNo %2"_s.arg(productId).arg(productNo));
    if (request.route == Route::ActivationCode)
        return PracticeReply::success(requestId, PracticeInstanceBook::activationCodeJson(*instance));
    if (request.route == Route::ProductModel)
        return PracticeReply::success(requestId, PracticeInstanceBook::productModelJson(*instance));
    return PracticeReply::success(requestId, PracticeInstanceBook::detailJson(*instance, empty));
}

PracticeReply PracticeApi::autoRenewal(const PracticeRequest &request, const QByteArray &requestId)
{
    QString productNo;
    int productId = 0;
    if (const auto refusal = PracticeSubscriptionRules(m_instances).checkAutoRenewal(request.body, &productNo, &productId))
        return PracticeReply::failure(400, requestId, refusal->code, refusal->detail);
    m_instances.setAutoRenew(productId, productNo);
    return PracticeReply::success(requestId, "true");
}
