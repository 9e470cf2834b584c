#include "PracticeCatalogue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

const QList<int> kOneToFiveYears{1, 2, 3, 4, 5};
const QList<int> kNoMultiCycle{0};

QStringList annually()
{
    return {u"annually"_s};
}

PracticeOffer plan(qint64 id, const QString &name, const QStringList &cycles, const QList<int> &multiCycles,
                   int minQuantity, int maxQuantity, qint64 cents, const QString &unit)
{
    PracticeOffer offer;
    offer.id = id;
    offer.name = name;
    offer.isPlan = true;
    offer.billingCycles = cycles;
    offer.multiCycles = multiCycles;
    offer.minQuantity = minQuantity;
    offer.maxQuantity = maxQuantity;
    offer.unitPriceCents = cents;
    offer.quantityUnit = unit;
    return offer;
}

// A plan or service offered only for a free trial (purchase_product_info lists it with
// purchaseType "trial"): no price, one period.
PracticeOffer trialOf(PracticeOffer offer, qint64 id, const QString &name)
{
    offer.id = id;
    offer.name = name;
    offer.purchaseType = QStringLiteral("trial");
    offer.multiCycles = {0};
    offer.unitPriceCents = 0;
    return offer;
}

PracticeOffer service(qint64 id, const QString &name, const QStringList &cycles,
                      const QList<int> &multiCycles, int minQuantity, int maxQuantity, qint64 cents,
                      const QString &unit, bool planRequired)
{
    PracticeOffer offer = plan(id, name, cycles, multiCycles, minQuantity, maxQuantity, cents, unit);
    offer.isPlan = false;
    offer.planRequired = planRequired;
    return offer;
}

QJsonObject offerJson(const PracticeOffer &offer, bool idAsString)
{
    QJsonObject json;
    const QString prefix = offer.isPlan ? u"plan"_s : u"service"_s;
    // QJsonValue(qint64) is written exactly; the IDs must never pass through a double.
    json.insert(prefix + u"Id"_s, idAsString ? QJsonValue(QString::number(offer.id)) : QJsonValue(offer.id));
    json.insert(prefix + u"Name"_s, offer.name);
    json.insert(u"purchaseType"_s, offer.purchaseType);
    json.insert(u"billingModel"_s, offer.billingModel);
    json.insert(u"billingCycleList"_s, QJsonArray::fromStringList(offer.billingCycles));
    QJsonArray multiCycles;
    for (int multiCycle : offer.multiCycles)
        multiCycles.append(multiCycle);
    json.insert(u"multiCycleList"_s, multiCycles);
    json.insert(u"minQuantity"_s, offer.minQuantity);
    json.insert(u"maxQuantity"_s, offer.maxQuantity);
    json.insert(u"unitPrice"_s, PracticeCatalogue::formatAmount(offer.unitPriceCents));
    json.insert(u"currencyCode"_s, u"USD"_s);
    json.insert(u"quantityUnit"_s, offer.quantityUnit);
    if (!offer.isPlan)
        json.insert(u"planRequired"_s, offer.planRequired);
    return json;
}

} // namespace

PracticeCatalogue::PracticeCatalogue()
{
    const QStringList monthlyOrAnnually{u"monthly"_s, u"annually"_s};

    PracticeProduct linkus{9, u"Linkus Cloud Service"_s, u"3048917990411452416"_s, true, false, {}, {}};
    linkus.plans = {
        plan(3048918321840570368, u"Linkus Cloud Service"_s, annually(), kOneToFiveYears, 1, 1, 29900,
             u"instances"_s),
        plan(3048918719332507648, u"Linkus Cloud Service Pro"_s, annually(), kOneToFiveYears, 1, 1, 49900,
             u"instances"_s),
    };

    PracticeProduct appliance{
        11, u"P-Series Plan for Appliance Edition"_s, u"3050117728934166528"_s, true, false, {}, {}};
    appliance.plans = {
        plan(3050118034519547904, u"Standard Plan"_s, annually(), kOneToFiveYears, 1, 1, 19900, u"devices"_s),
        plan(3050118290233679872, u"Enterprise Plan"_s, annually(), kOneToFiveYears, 1, 1, 39900,
             u"devices"_s),
        plan(3050118511571353600, u"Ultimate Plan"_s, annually(), kOneToFiveYears, 1, 1, 59900, u"devices"_s),
    };

    PracticeProduct software{
        12, u"Software PBX (PSE Self-hosted)"_s, u"3052260114207318016"_s, false, false, {}, {}};
    software.plans = {
        plan(3052260447906144256, u"Enterprise Plan"_s, annually(), kOneToFiveYears, 10, 10000, 800,
             u"extensions"_s),
        plan(3052260698545168384, u"Ultimate Plan"_s, annually(), kOneToFiveYears, 10, 10000, 1200,
             u"extensions"_s),
    };
    software.services = {
        service(3052261021133287424, u"Hot Standby"_s, annually(), kOneToFiveYears, 1, 1, 49900,
                u"instances"_s, true),
        service(3052261306803138560, u"Disaster Recovery"_s, annually(), kOneToFiveYears, 1, 1, 29900,
                u"instances"_s, true),
    };

    software.plans.append(trialOf(software.plans.at(1), 3052262114207318016, u"Ultimate Plan (free trial)"_s));

    PracticeProduct cloud{13, u"Cloud PBX (PCE Instance)"_s, u"3055801265478795264"_s, false, false, {}, {}};
    cloud.plans = {
        plan(3055801590382166016, u"Standard Plan"_s, monthlyOrAnnually, kNoMultiCycle, 5, 1000, 500,
             u"extensions"_s),
        plan(3055801812412657664, u"Enterprise Plan"_s, monthlyOrAnnually, kNoMultiCycle, 5, 1000, 800,
             u"extensions"_s),
        plan(3055802049806270464, u"Ultimate Plan"_s, monthlyOrAnnually, kNoMultiCycle, 5, 1000, 1200,
             u"extensions"_s),
    };
    cloud.services = {
        service(3055802391574437888, u"Call Recording Minutes"_s, monthlyOrAnnually, kNoMultiCycle, 1000,
                1000000, 1, u"minutes"_s, false),
        service(3055802618330619904, u"Concurrent Call Expansion"_s, monthlyOrAnnually, kNoMultiCycle, 1, 100,
                200, u"calls"_s, true),
    };

    PracticeProduct turnkey{14, u"P-Series Turnkey Package"_s, u"3048941560371617792"_s, false, true, {}, {}};
    turnkey.plans = {
        plan(3048941892189077504, u"P-Series Turnkey Package"_s, annually(), kNoMultiCycle, 1, 1000, 600,
             u"extensions"_s),
    };
    turnkey.services = {
        service(3049032352364388352, u"Recording Minutes"_s, annually(), kNoMultiCycle, 100, 100000, 1,
                u"minutes"_s, false),
        service(3049032689062051840, u"Hot Standby"_s, annually(), kNoMultiCycle, 1, 1, 19900, u"instances"_s,
                true),
    };

    turnkey.plans.append(trialOf(turnkey.plans.at(0), 3048942217083224064, u"P-Series Turnkey Package (free trial)"_s));
    turnkey.services.append(trialOf(turnkey.services.at(0), 3049032903217553408, u"Recording Minutes (free trial)"_s));

    PracticeProduct remote{15, u"Remote Management"_s, u"3060417843105583104"_s, false, false, {}, {}};
    remote.services = {
        service(3060418120907874304, u"Remote Management Basic"_s, annually(), kNoMultiCycle, 1, 1000, 300,
                u"connections"_s, false),
    };

    PracticeProduct addOn{19, u"Add-on Service"_s, u"3071226690310332416"_s, false, false, {}, {}};
    addOn.services = {
        service(3071226958515974144, u"YCM White Label"_s, annually(), kNoMultiCycle, 1, 1, 99900,
                u"licenses"_s, false),
        service(3071227183079006208, u"Custom Domain Name"_s, annually(), kNoMultiCycle, 1, 10, 4900,
                u"domains"_s, false),
    };

    PracticeProduct premium{20, u"Remote Management Premium"_s, u"3375818550231818240"_s, false, false, {}, {}};
    premium.services = {
        service(3375818821640175616, u"Remote Management Premium"_s, annually(), kNoMultiCycle, 1, 1000, 500,
                u"connections"_s, false),
    };

    PracticeProduct rmPremium{21, u"RM Premium"_s, u"3376904470118924288"_s, false, false, {}, {}};
    rmPremium.services = {
        service(3376904765087547392, u"Additional Connections"_s, annually(), kNoMultiCycle, 1, 1000, 500,
                u"connections"_s, false),
    };

    rmPremium.services.append(
        trialOf(rmPremium.services.at(0), 3376905066478354432, u"RM Premium connections (free trial)"_s));

    m_products = {linkus, appliance, software, cloud, turnkey, remote, addOn, premium, rmPremium};
}

const PracticeProduct *PracticeCatalogue::product(int productId) const
{
    for (const PracticeProduct &product : m_products) {
        if (product.id == productId)
            return &product;
    }
    return nullptr;
}

const PracticeProduct *PracticeCatalogue::productOfOffer(qint64 offerId) const
{
    for (const PracticeProduct &product : m_products) {
        if (product.plan(offerId) || product.service(offerId))
            return &product;
    }
    return nullptr;
}

void PracticeCatalogue::growTo(int count)
{
    // The P-Series BYOI hosting package has no documented productId: these IDs are ours.
    while (m_products.size() < count) {
        const int id = 22 + int(m_products.size()) - 9;
        PracticeProduct extra{id, id == 22 ? u"Cloud PBX (PCE Package)"_s : u"Legacy product %1"_s.arg(id), QString::number(3380000000000000000 + qint64(id) * 1000003), false, false, {}, {}};
        extra.services = {service(3380000000000001000 + qint64(id) * 1000003, u"Hosting Package"_s, annually(),
                                  kNoMultiCycle, 1, 100, 9900, u"packages"_s, false)};
        m_products.append(extra);
    }
}

QByteArray PracticeCatalogue::productListJson(bool empty) const
{
    QJsonArray list;
    if (!empty) {
        for (const PracticeProduct &product : m_products)
            list.append(QJsonObject{{u"name"_s, product.name}, {u"productId"_s, product.id}});
    }
    return QJsonDocument(list).toJson(QJsonDocument::Compact);
}

QByteArray PracticeCatalogue::productInfoJson(const PracticeProduct &product, bool empty) const
{
    QJsonArray plans;
    QJsonArray services;
    if (!empty) {
        for (const PracticeOffer &offer : product.plans)
            plans.append(offerJson(offer, false));
        for (const PracticeOffer &offer : product.services)
            services.append(offerJson(offer, product.serviceIdsAsStrings));
    }
    const QJsonObject info{
        {u"offeringId"_s, product.offeringId},
        {u"productId"_s, product.id},
        {u"productName"_s, product.name},
        {u"productPlans"_s, plans},
        {u"productServices"_s, services},
    };
    return QJsonDocument(info).toJson(QJsonDocument::Compact);
}

QString PracticeCatalogue::formatAmount(qint64 cents)
{
    return QString::number(cents / 100) + u'.' + QString::number(cents % 100).rightJustified(2, u'0');
}
