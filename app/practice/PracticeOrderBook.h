#pragma once

#include "PracticeOrder.h"

#include <QByteArray>
#include <QList>

class PracticeCatalogue;

// The orders of the practice account: those placed through /save and invented history.
// Answers the order list (newest first, paged) and the order details.
class PracticeOrderBook
{
public:
    // Assigns the numbers, the time and the status; returns the stored order.
    const PracticeOrder &place(PracticeOrder order, const QString &status);
    // n deterministic past orders, each older than every order so far, spread over months.
    void addHistorical(int count, const PracticeCatalogue &catalogue, const QJsonObject &billingContact);

    int count() const { return int(m_orders.size()); }
    const PracticeOrder *find(const QString &idOrOrderNo) const;
    bool setStatus(const QString &idOrOrderNo, const QString &status);

    QByteArray pageJson(int pageNo, int pageSize, bool empty) const;
    static QByteArray saveResultJson(const PracticeOrder &order);
    static QByteArray detailsJson(const PracticeOrder &order);

private:
    void assignNumbers(PracticeOrder &order);
    static QString invoiceNumber(const PracticeOrder &order);

    QList<PracticeOrder> m_orders;
    quint64 m_sequence = 0;
    int m_historical = 0;
};
