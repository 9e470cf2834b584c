#pragma once

#include "Receipt.h"

#include <QCoreApplication>
#include <QString>

// Turns a receipt into words: plain text (copy to clipboard) and HTML (the receipt page,
// PDF and print share it, so they always show the same fields).
class ReceiptFormatter
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptFormatter)

public:
    static QString plainText(const Receipt &receipt);
    static QString html(const Receipt &receipt);
    // What is about to be ordered (no portal answer yet), for the review page. `forWhom`
    // replaces the recipient's line (a batch's package is for several customers).
    static QString orderSummaryHtml(const Receipt &draftReceipt, const QString &forWhom = QString());

    // What an orderStatus means for the user, e.g. pending → pay in the portal.
    static QString statusMeaning(const QString &orderStatus);
    static QString billingDescription(const QString &billingCycle, int multiCycle);
    static QString recipientText(const Receipt &receipt);
    // The product and, for an order on a product the account has, what was done to which
    // one: "Renewal: Software PBX · 3651E1234567".
    static QString productText(const Receipt &receipt);
};
