#include "PracticeInstanceBook.h"

#include "PracticeCatalogue.h"
#include "PracticePage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace {

// What the vendor's pages leave out, said in every answer that uses it.
const QString kListGuess
    = u"Practice portal: the vendor documents only activationCode, activationStatus and comment for these rows. "
      "The other field names (companyName, createTime, currentPlan, currentPlanExpireDate, instanceId, partnerId, "
      "planName, productId, productNo) are taken from the product details page or are our assumption, and so is "
      "the date format."_s;
const QString kDetailGuess
    = u"Practice portal: the vendor documents activationCode, activationStatus, comment, createTime, currentPlan "
      "and currentPlanExpireDate (its format is our assumption). autoRenew, billingCycle, companyName, instanceId, "
      "partnerId, planId, planName, productId, productNo, quantity, quantityUnit, serviceList and trial are our "
      "assumption."_s;

// Days from today to expiry, in the order instances are made: a few expired, a few within
// 30 days, most later.
constexpr std::array<int, 13> kExpiryInDays{-41, 210, -3, 12, 365, 27, 95, 4, 530, 160, 0, 61, 300};
constexpr std::array<const char *, 6> kComments{"", "Head office", "", "Branch in the harbour", "", "Reception"};

struct SeedCount
{
    int productId;
    int count;
};
// Cloud PBX instances fill more than one page (a reseller hosting many PBXs).
constexpr std::array<SeedCount, 9> kSeedCounts{
    {{9, 4}, {11, 5}, {12, 6}, {13, 28}, {14, 4}, {15, 5}, {19, 3}, {20, 4}, {21, 3}}};

QString dateText(const QDateTime &when)
{
    return when.toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QDateTime endOfDayIn(int days)
{
    return QDateTime(QDate::currentDate().addDays(days), QTime(23, 59, 59));
}

QDateTime extended(const QDateTime &from, const QString &billingCycle, int multiCycle)
{
    const int cycles = std::max(1, multiCycle);
    return billingCycle == u"monthly"_s ? from.addMonths(cycles) : from.addYears(cycles);
}

QJsonObject rowJson(const PracticeInstance &instance)
{
    QJsonObject row{
        {u"activationCode"_s, instance.activationCode},
        {u"activationStatus"_s, instance.activationStatus},
        {u"comment"_s, instance.comment},
        {u"createTime"_s, instance.createTime},
        {u"currentPlan"_s, instance.switchingFrom},
        {u"currentPlanExpireDate"_s, dateText(instance.expiresAt)},
        {u"instanceId"_s, instance.instanceId},
        {u"planName"_s, instance.planName},
        {u"productId"_s, instance.productId},
        {u"productNo"_s, instance.productNo},
    };
    if (!instance.partnerId.isEmpty()) {
        row.insert(u"partnerId"_s, instance.partnerId);
        row.insert(u"companyName"_s, instance.companyName);
    }
    return row;
}

} // namespace

PracticeInstanceBook::PracticeInstanceBook(const PracticeCatalogue &catalogue, const Customers &customers)
    : m_catalogue(catalogue)
{
    seed(customers);
}

bool PracticeInstanceBook::isDeviceBound(int productId)
{
    return productId == 9 || productId == 11 || productId == 12 || productId == 13;
}

void PracticeInstanceBook::seed(const Customers &customers)
{
    int made = 0;
    for (const SeedCount &seed : kSeedCounts) {
        for (int index = 0; index < seed.count; ++index, ++made) {
            // Device products: every third one the partner's own. Account-bound products
            // have one instance per account: the partner's, then one per customer.
            QPair<QString, QString> owner;
            if (isDeviceBound(seed.productId) && index % 3 != 0)
                owner = customers.value(made % customers.size());
            else if (!isDeviceBound(seed.productId) && index > 0)
                owner = customers.value((index - 1) % customers.size());
            m_instances.append(make(seed.productId, index,
                                    kExpiryInDays[size_t(made) % kExpiryInDays.size()], owner.first,
                                    owner.second));
        }
    }
    // One P-Series Software Edition that runs a free trial (the partner's own).
    for (PracticeInstance &instance : m_instances) {
        if (instance.productId == 12 && instance.partnerId.isEmpty() && instance.services.isEmpty()) {
            instance.trial = true;
            instance.comment = u"Trial for a prospect"_s;
            break;
        }
    }
    // One P-Series Software Edition in the middle of a plan switch.
    for (PracticeInstance &instance : m_instances) {
        if (instance.productId == 12 && instance.planName == u"Ultimate Plan"_s) {
            instance.switchingFrom = u"Enterprise Plan"_s;
            break;
        }
    }
}

void PracticeInstanceBook::generate(int total, int products)
{
    m_instances.clear();
    const QList<PracticeProduct> &catalogue = m_catalogue.products();
    const int productCount = std::clamp(products, 1, int(catalogue.size()));
    for (int k = 0; k < total; ++k) {
        const int productId = catalogue.at(k % productCount).id;
        const int index = k / productCount;
        // Account-bound products: one account each, so the owners are all different.
        const bool forCustomer = !isDeviceBound(productId) || k % 3 != 0;
        const QString partnerId = forCustomer ? QString::number(3290000000000000000 + qint64(k) * 1000003) : QString();
        m_instances.append(make(productId, index, kExpiryInDays[size_t(k) % kExpiryInDays.size()] + k % 17,
                                partnerId, forCustomer ? u"Customer %1 Ltd"_s.arg(k + 1) : QString()));
    }
}

PracticeInstance PracticeInstanceBook::make(int productId, int index, int expiryInDays, const QString &partnerId,
                                            const QString &company)
{
    const PracticeProduct *product = m_catalogue.product(productId);
    PracticeInstance instance;
    instance.sequence = ++m_sequence;
    instance.productId = productId;
    instance.instanceId = QString::number(1900000 + instance.sequence);
    instance.productNo = isDeviceBound(productId)
        ? serialNumber(productId, int(instance.sequence))
        : QString::number(3077000000000000000 + qint64(instance.sequence) * 1000033);
    instance.partnerId = partnerId;
    instance.companyName = company;
    instance.comment = QLatin1String(kComments[size_t(index) % kComments.size()]);
    instance.activationStatus = index % 7 == 5 ? u"unknown"_s : u"activated"_s;
    instance.expiresAt = endOfDayIn(expiryInDays);
    instance.createTime = std::min(instance.expiresAt.addYears(-1), QDateTime::currentDateTime().addDays(-1))
                              .toMSecsSinceEpoch();
    instance.autoRenew = index % 4 == 1;
    if (product) {
        // What was bought: the offers for sale, not those for a free trial.
        QList<PracticeOffer> plans;
        for (const PracticeOffer &plan : product->plans) {
            if (plan.purchaseType != u"trial"_s)
                plans.append(plan);
        }
        const PracticeOffer *main = plans.isEmpty() ? (product->services.isEmpty() ? nullptr : &product->services.first())
                                                    : &plans.at(index % plans.size());
        if (main) {
            instance.planName = main->name;
            instance.planId = main->id;
            instance.billingCycle = main->billingCycles.constLast();
            instance.quantity = std::min(main->maxQuantity, main->minQuantity * (1 + index % 4));
            instance.quantityUnit = main->quantityUnit;
        }
        if (!plans.isEmpty() && !product->services.isEmpty() && index % 2 == 0) {
            const PracticeOffer &service = product->services.first();
            instance.services.append({service.id, service.name, std::min(service.maxQuantity, service.minQuantity * 2),
                                      instance.expiresAt});
        }
    }
    if (productId == 12) {
        instance.activationStatus = index % 3 == 2 ? u"unactivated"_s : u"activated"_s;
        const quint64 seed = instance.sequence * 2654435761u;
        instance.activationCode = u"%1-%2-%3-%4"_s.arg(seed % 0xFFFF, 4, 16, QLatin1Char('0'))
                                      .arg((seed >> 16) % 0xFFFF, 4, 16, QLatin1Char('0'))
                                      .arg((seed >> 32) % 0xFFFF, 4, 16, QLatin1Char('0'))
                                      .arg(instance.sequence % 0xFFFF, 4, 16, QLatin1Char('0'))
                                      .toUpper();
    }
    if (productId == 9)
        instance.productModel = QStringList{u"S20"_s, u"S50"_s, u"S100"_s, u"S300"_s}.at(index % 4);
    if (productId == 11)
        instance.productModel = QStringList{u"P550"_s, u"P560"_s, u"P570"_s}.at(index % 3);
    return instance;
}

QString PracticeInstanceBook::serialNumber(int productId, int sequence) const
{
    // Twelve characters like the vendor's examples (3631E3418911, 3651Exxxx415).
    const QString prefix = productId == 9 ? u"3631E"_s : productId == 11 ? u"3671D"_s
        : productId == 12                                                ? u"3651E"_s
                                                                         : u"3681C"_s;
    return prefix + QString::number(1000000 + qint64(sequence) * 7919 % 9000000);
}

void PracticeInstanceBook::recordOrder(const PracticeOrder &order, const QString &companyName)
{
    if (order.lines.isEmpty())
        return;
    const PracticeOrder::Line &first = order.lines.constFirst();
    const PracticeOrder::Line *plan = first.serviceType == u"plan"_s ? &first : nullptr;
    const QDateTime now = QDateTime::currentDateTime();

    PracticeInstance *existing = nullptr;
    for (PracticeInstance &instance : m_instances) {
        if (instance.productId != order.productId)
            continue;
        const bool same = isDeviceBound(order.productId) ? instance.productNo == order.productNo
                                                         : instance.partnerId == order.partnerId;
        if (same) {
            existing = &instance;
            break;
        }
    }
    if (!existing) {
        PracticeInstance created;
        created.sequence = ++m_sequence;
        created.productId = order.productId;
        created.productNo = order.productNo;
        created.instanceId = order.instanceId;
        created.partnerId = order.partnerId;
        created.companyName = order.partnerId.isEmpty() ? QString() : companyName;
        created.activationStatus = order.productId == 12 ? u"unactivated"_s : u"activated"_s;
        created.createTime = order.createTime;
        created.expiresAt = QDateTime(now.date(), QTime(23, 59, 59));
        created.planName = first.name;
        created.planId = first.serviceId.toLongLong();
        created.billingCycle = first.billingCycle;
        created.quantity = first.quantity;
        m_instances.append(created);
        existing = &m_instances.last();
    }
    const QString &operation = order.operationType;
    // A renewal or a new term extends it; services added to its plan (connectionPlanId) or
    // a switch keep its end date.
    const bool addedToPlan = !plan && std::any_of(order.lines.cbegin(), order.lines.cend(), [](const PracticeOrder::Line &line) {
        return !line.connectionPlanId.isEmpty();
    });
    if (!addedToPlan && operation != u"switch_plan"_s)
        existing->expiresAt = extended(std::max(existing->expiresAt, now), first.billingCycle, first.multiCycle);
    existing->trial = operation.startsWith(u"trial_"_s);
    if (plan && operation == u"switch_plan"_s)
        existing->switchingFrom = existing->planName;
    if (plan) {
        existing->planName = plan->name;
        existing->planId = plan->serviceId.toLongLong();
        if (plan->quantity > 0)
            existing->quantity = plan->quantity;
    }
    for (const PracticeOrder::Line &line : order.lines) {
        // The first line of a product without a plan is its main service, kept as its "plan".
        if (line.serviceType != u"service"_s || (&line == &first && existing->planId == line.serviceId.toLongLong()))
            continue;
        const qint64 serviceId = line.serviceId.toLongLong();
        auto service = std::find_if(existing->services.begin(), existing->services.end(),
                                    [serviceId](const PracticeInstance::Service &s) { return s.serviceId == serviceId; });
        if (service == existing->services.end())
            existing->services.append({serviceId, line.name, line.quantity, existing->expiresAt});
        else
            *service = {serviceId, line.name, line.quantity, existing->expiresAt};
    }
}

const PracticeInstance *PracticeInstanceBook::find(int productId, const QString &productNo) const
{
    for (const PracticeInstance &instance : m_instances) {
        if (instance.productId == productId && instance.productNo == productNo)
            return &instance;
    }
    return nullptr;
}

QByteArray PracticeInstanceBook::pageJson(int productId, int pageNo, int pageSize, bool empty) const
{
    QList<const PracticeInstance *> matching;
    if (!empty) {
        for (const PracticeInstance &instance : m_instances) {
            if (instance.productId == productId)
                matching.append(&instance);
        }
    }
    QJsonObject page = practicePage(matching.size(), pageNo, pageSize,
                                    [&matching](qsizetype i) { return rowJson(*matching.at(i)); });
    page.insert(u"_guess_"_s, kListGuess);
    return QJsonDocument(page).toJson(QJsonDocument::Compact);
}

QByteArray PracticeInstanceBook::detailJson(const PracticeInstance &instance, bool empty)
{
    if (empty)
        return "{}";
    QJsonObject detail = rowJson(instance);
    detail.insert(u"_guess_"_s, kDetailGuess);
    detail.insert(u"autoRenew"_s, instance.autoRenew);
    detail.insert(u"trial"_s, instance.trial);
    detail.insert(u"billingCycle"_s, instance.billingCycle);
    if (instance.planId > 0)
        detail.insert(u"planId"_s, instance.planId); // a bare JSON integer above 2^53, exact
    detail.insert(u"quantity"_s, instance.quantity);
    detail.insert(u"quantityUnit"_s, instance.quantityUnit);
    QJsonArray services;
    for (const PracticeInstance::Service &service : instance.services) {
        services.append(QJsonObject{
            {u"expireDate"_s, dateText(service.expiresAt)},
            {u"quantity"_s, service.quantity},
            {u"serviceId"_s, service.serviceId},
            {u"serviceName"_s, service.name},
        });
    }
    detail.insert(u"serviceList"_s, services);
    return QJsonDocument(detail).toJson(QJsonDocument::Compact);
}

QByteArray PracticeInstanceBook::activationCodeJson(const PracticeInstance &instance)
{
    const QJsonObject code{{u"code"_s, instance.activationCode},
                           {u"generateTime"_s, instance.createTime + 60000}};
    return QJsonDocument(code).toJson(QJsonDocument::Compact);
}

QByteArray PracticeInstanceBook::productModelJson(const PracticeInstance &instance)
{
    return QJsonDocument(QJsonObject{{u"productModel"_s, instance.productModel}}).toJson(QJsonDocument::Compact);
}

bool PracticeInstanceBook::setAutoRenew(int productId, const QString &productNo)
{
    for (PracticeInstance &instance : m_instances) {
        if (instance.productId == productId && instance.productNo == productNo) {
            instance.autoRenew = true;
            return true;
        }
    }
    return false;
}
