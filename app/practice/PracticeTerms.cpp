#include "PracticeTerms.h"

#include "PracticeCatalogue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

const QString kGuess
    = u"Practice portal: the vendor's pages list no result fields for this request; these names "
      "and values are our assumption."_s;

} // namespace

PracticeTerms::PracticeTerms(const PracticeCatalogue &catalogue)
    : m_catalogue(catalogue)
{
}

bool PracticeTerms::matches(const QString &path, QString *kind, bool *isPlan, QString *id)
{
    static const QRegularExpression pattern(
        u"^/pricing/openapi/purchase/v1/(trial|purchase|renew)/(plan_info|add_on_info)/([^/]*)$"_s);
    const QRegularExpressionMatch match = pattern.match(path);
    if (!match.hasMatch())
        return false;
    if (kind)
        *kind = match.captured(1);
    if (isPlan)
        *isPlan = match.captured(2) == u"plan_info"_s;
    if (id)
        *id = match.captured(3);
    return true;
}

PracticeReply PracticeTerms::answer(const QString &path, const QUrlQuery &query,
                                    const QByteArray &requestId) const
{
    QString kind;
    bool isPlan = true;
    QString idText;
    matches(path, &kind, &isPlan, &idText);
    const QString idName = isPlan ? u"pricingPlanId"_s : u"pricingServiceId"_s;
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    if (!ok || id <= 0)
        return PracticeReply::invalidParameter(
            requestId, idName, u"type"_s, u"%1 must be an ID of digits, not \"%2\""_s.arg(idName, idText));
    if (!query.hasQueryItem(u"productId"_s))
        return PracticeReply::invalidParameter(requestId, u"productId"_s, u"required"_s,
                                               u"productId is required"_s);
    const int productId = query.queryItemValue(u"productId"_s).toInt();
    const PracticeProduct *product = m_catalogue.product(productId);
    if (!product)
        return PracticeReply::invalidParameter(requestId, u"productId"_s, u"exists"_s,
                                               u"productId %1 does not exist"_s.arg(productId));
    const PracticeOffer *offer = isPlan ? product->plan(id) : product->service(id);
    if (!offer)
        return PracticeReply::invalidParameter(requestId, idName, u"exists"_s,
                                               u"%1 %2 is not a %3 of product %4"_s.arg(idName)
                                                   .arg(id)
                                                   .arg(isPlan ? u"plan"_s : u"service"_s)
                                                   .arg(productId));
    const bool trialOffer = offer->purchaseType == u"trial"_s;
    if (trialOffer != (kind == u"trial"_s))
        return PracticeReply::invalidParameter(requestId, idName, u"oneof"_s,
                                               u"%1 %2 is %3 offered for a trial"_s.arg(idName)
                                                   .arg(id)
                                                   .arg(trialOffer ? u""_s : u"not"_s)
                                                   .simplified());

    QJsonArray cycles = QJsonArray::fromStringList(offer->billingCycles);
    QJsonArray multiCycles;
    for (int multiCycle : offer->multiCycles)
        multiCycles.append(multiCycle);
    QJsonObject result{
        {u"_guess_"_s, kGuess},
        {isPlan ? u"planName"_s : u"serviceName"_s, offer->name},
        {u"unitPrice"_s, PracticeCatalogue::formatAmount(trialOffer ? 0 : offer->unitPriceCents)},
        {u"currencyCode"_s, u"USD"_s},
        {u"billingCycleList"_s, cycles},
        {u"multiCycleList"_s, multiCycles},
        {u"minQuantity"_s, offer->minQuantity},
        {u"maxQuantity"_s, offer->maxQuantity},
        {u"quantityUnit"_s, offer->quantityUnit},
    };
    if (trialOffer)
        result.insert(u"trialDays"_s, 30);
    if (kind == u"renew"_s)
        result.insert(u"renewalNote"_s, u"The renewal starts when the current term ends."_s);
    // The ID goes in exactly: QJsonValue(qint64) is written without a double.
    result.insert(isPlan ? u"planId"_s : u"serviceId"_s, QJsonValue(offer->id));
    return PracticeReply::success(requestId, QJsonDocument(result).toJson(QJsonDocument::Compact));
}
