#include "PracticeOrderBook.h"

#include "PracticeCatalogue.h"
#include "PracticePage.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace {

// Mostly paid, with every other status the order list documents.
const std::array<const char *, 10> kHistoricalStatuses{"succeed", "succeed", "pending", "succeed",
                                                       "cancelled", "succeed", "failed", "succeed",
                                                       "refunded", "succeed"};

QString twoLetters(quint64 seed)
{
    return QString(QChar(u'A' + int(seed * 7 % 26))) + QChar(u'A' + int((seed * 11 + 3) % 26));
}

QJsonObject orderInfo(const PracticeOrder &order)
{
    QJsonObject info{
        {u"createTime"_s, order.createTime},
        {u"currencyCode"_s, u"USD"_s},
        {u"customReferenceNo"_s, order.customReferenceNo},
        {u"id"_s, order.id},
        {u"invoiceNo"_s, order.invoiceNo},
        {u"orderNo"_s, order.orderNo},
        {u"orderStatus"_s, order.status},
        {u"productId"_s, order.productId},
        {u"productName"_s, order.productName},
        {u"totalAmount"_s, PracticeCatalogue::formatAmount(order.totalCents)},
    };
    if (!order.partnerId.isEmpty())
        info.insert(u"partnerId"_s, order.partnerId); // for whom it was bought
    return info;
}

} // namespace

const PracticeOrder &PracticeOrderBook::place(PracticeOrder order, const QString &status)
{
    assignNumbers(order);
    order.createTime = QDateTime::currentMSecsSinceEpoch();
    order.status = status;
    order.invoiceNo = status == u"succeed"_s ? invoiceNumber(order) : QString();
    m_orders.append(order);
    return m_orders.constLast();
}

void PracticeOrderBook::addHistorical(int count, const PracticeCatalogue &catalogue,
                                      const QJsonObject &billingContact)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QList<PracticeProduct> &products = catalogue.products();
    for (int k = 0; k < count; ++k) {
        const int index = m_historical++;
        const PracticeProduct &product = products.at(index % products.size());
        const PracticeOffer &offer
            = product.plans.isEmpty() ? product.services.constFirst() : product.plans.constFirst();
        PracticeOrder order;
        order.productId = product.id;
        order.productName = product.name;
        order.operationType = offer.isPlan ? u"purchase_plan"_s : u"purchase_service"_s;
        order.customReferenceNo = index % 4 == 0 ? u"PO-%1"_s.arg(2400 + index) : QString();
        order.billingContact = billingContact;
        PracticeOrder::Line line;
        line.serviceType = offer.isPlan ? u"plan"_s : u"service"_s;
        line.serviceId = QString::number(offer.id);
        line.name = offer.name;
        line.quantity = qMin(offer.maxQuantity, offer.minQuantity * (1 + index % 3));
        line.billingCycle = offer.billingCycles.constFirst();
        line.multiCycle = offer.multiCycles.constFirst();
        line.unitPriceCents = offer.unitPriceCents;
        line.amountCents = offer.unitPriceCents * line.quantity * qMax(1, line.multiCycle);
        order.lines = {line};
        order.totalCents = line.amountCents;
        assignNumbers(order);
        // About 15 hours apart: 250 orders cover five months.
        order.createTime = now - qint64(index + 1) * 55'800'000 - qint64(index * 37 % 60) * 60'000;
        order.status = QLatin1String(kHistoricalStatuses[size_t(index) % kHistoricalStatuses.size()]);
        order.invoiceNo = order.status == u"succeed"_s || order.status == u"refunded"_s ? invoiceNumber(order)
                                                                                        : QString();
        m_orders.append(order);
    }
}

const PracticeOrder *PracticeOrderBook::find(const QString &idOrOrderNo) const
{
    for (const PracticeOrder &order : m_orders) {
        if (order.id == idOrOrderNo || order.orderNo == idOrOrderNo)
            return &order;
    }
    return nullptr;
}

bool PracticeOrderBook::setStatus(const QString &idOrOrderNo, const QString &status)
{
    for (PracticeOrder &order : m_orders) {
        if (order.id != idOrOrderNo && order.orderNo != idOrOrderNo)
            continue;
        order.status = status;
        if (status == u"succeed"_s && order.invoiceNo.isEmpty())
            order.invoiceNo = invoiceNumber(order);
        return true;
    }
    return false;
}

QByteArray PracticeOrderBook::pageJson(int pageNo, int pageSize, bool empty) const
{
    QList<const PracticeOrder *> sorted;
    if (!empty) {
        sorted.reserve(m_orders.size());
        for (const PracticeOrder &order : m_orders)
            sorted.append(&order);
        std::sort(sorted.begin(), sorted.end(), [](const PracticeOrder *a, const PracticeOrder *b) {
            return a->createTime != b->createTime ? a->createTime > b->createTime : a->sequence > b->sequence;
        });
    }
    const QJsonObject page = practicePage(sorted.size(), pageNo, pageSize,
                                          [&sorted](qsizetype i) { return orderInfo(*sorted.at(i)); });
    return QJsonDocument(page).toJson(QJsonDocument::Compact);
}

QByteArray PracticeOrderBook::saveResultJson(const PracticeOrder &order)
{
    const QJsonObject result{
        {u"instanceId"_s, order.instanceId},
        {u"orderId"_s, order.orderId},
        {u"orderNo"_s, order.orderNo},
        {u"orderStatus"_s, order.status},
        {u"productNo"_s, order.productNo},
        {u"transactionNo"_s, order.transactionNo},
    };
    return QJsonDocument(result).toJson(QJsonDocument::Compact);
}

QByteArray PracticeOrderBook::detailsJson(const PracticeOrder &order)
{
    QJsonObject billing;
    for (const char *key :
         {"billingContactId", "firstName", "lastName", "company", "emailAddress", "country"})
        billing.insert(QLatin1String(key), order.billingContact.value(QLatin1String(key)).toString());

    QJsonObject information = orderInfo(order);
    information.remove(u"productId"_s);
    information.remove(u"productName"_s);
    information.remove(u"totalAmount"_s);
    information.insert(u"operationType"_s, order.operationType);
    information.insert(u"paymentMethod"_s, u"Balance"_s);

    QJsonArray items;
    for (const PracticeOrder::Line &line : order.lines) {
        items.append(QJsonObject{
            {u"serviceType"_s, line.serviceType},
            {u"serviceId"_s, line.serviceId},
            {u"name"_s, line.name},
            {u"quantity"_s, line.quantity},
            {u"billingCycle"_s, line.billingCycle},
            {u"multiCycle"_s, line.multiCycle},
            {u"unitPrice"_s, PracticeCatalogue::formatAmount(line.unitPriceCents)},
            {u"amount"_s, PracticeCatalogue::formatAmount(line.amountCents)},
        });
    }
    const QJsonObject details{
        {u"basicInformation"_s,
         QJsonObject{{u"productId"_s, QString::number(order.productId)},
                     {u"productName"_s, order.productName},
                     {u"productNo"_s, order.productNo}}},
        {u"billingInformation"_s, billing},
        {u"orderInformation"_s, information},
        {u"orderSummary"_s,
         QJsonObject{{u"items"_s, items},
                     {u"totalAmount"_s, PracticeCatalogue::formatAmount(order.totalCents)},
                     {u"currencyCode"_s, u"USD"_s}}},
    };
    return QJsonDocument(details).toJson(QJsonDocument::Compact);
}

void PracticeOrderBook::assignNumbers(PracticeOrder &order)
{
    const quint64 seq = ++m_sequence;
    const qint64 step = qint64(seq);
    order.sequence = seq;
    order.id = QString::number(3214500000000000000 + step * 1000003);
    order.orderId = QString::number(1782020 + step);
    order.orderNo = twoLetters(seq) + QString::number(3401167833536552960 + step * 1048583);
    order.instanceId = QString::number(1948832 + step);
    order.transactionNo = twoLetters(seq + 5) + QString::number(3401167834610294785 + step * 1048583);
    if (order.productNo.isEmpty())
        order.productNo = QString::number(3076913644890832896 + step * 4099);
}

QString PracticeOrderBook::invoiceNumber(const PracticeOrder &order)
{
    const QString day = QDateTime::fromMSecsSinceEpoch(order.createTime, Qt::UTC).toString(u"yyyyMMdd"_s);
    return u"INV"_s + day + QString::number(order.sequence % 10000).rightJustified(4, u'0');
}
