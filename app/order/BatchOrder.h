#pragma once

#include "Receipt.h"
#include "api/OrderReceipt.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <algorithm>

// One order of a batch: what it buys (a receipt without the portal's answer, whose
// requestBody is the exact body to send) and how far it got.
struct BatchOrder
{
    enum class State {
        Planned, // not sent
        Sending, // the body may be on its way; after a crash: unknown until looked up
        Placed,  // the portal accepted it (or the look-up found it): portal is its answer
        Refused, // the portal refused it, nothing was bought: reason says why
        Unknown, // sent, no usable answer, and the look-up did not find it
    };

    int index = 0;
    Receipt plan;
    State state = State::Planned;
    OrderReceipt portal; // Placed: the portal's answer (or the order the look-up found)
    QString reason;      // Refused / Unknown: why, in the user's words
    QString reference;   // Refused / Unknown: code and requestId, for support
    QDateTime sentAt;    // when the body was last sent
    bool foundByLookup = false;

    // The customer (or, for yourself, the product); for an order on a product the account
    // has, that product and whose it is. For lists and progress.
    QString label() const
    {
        if (plan.subscriptionNo.isEmpty())
            return plan.isForSubordinate() ? plan.recipientName : plan.productName;
        const QString product = plan.productName + QLatin1Char(' ') + plan.subscriptionNo;
        return plan.isForSubordinate() ? QStringLiteral("%1 (%2)").arg(product, plan.recipientName) : product;
    }
    bool isFinal() const { return state == State::Placed || state == State::Refused; }

    // How many of `orders` are in `state`.
    static int count(const QList<BatchOrder> &orders, State state)
    {
        return int(std::count_if(orders.cbegin(), orders.cend(),
                                 [state](const BatchOrder &order) { return order.state == state; }));
    }
};
