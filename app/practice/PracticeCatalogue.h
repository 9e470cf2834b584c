#pragma once

#include "PracticeProduct.h"

#include <QByteArray>
#include <QList>

// The products, plans and services the practice portal sells, and their JSON.
// IDs are 19-digit integers above 2^53, written into the JSON text exactly.
class PracticeCatalogue
{
public:
    PracticeCatalogue();

    const QList<PracticeProduct> &products() const { return m_products; }
    const PracticeProduct *product(int productId) const;
    // The product that has a plan or service with this ID (for error messages), or null.
    const PracticeProduct *productOfOffer(qint64 offerId) const;

    // Adds products beyond the catalogue's own, each with one service, until there are
    // `count` (benchmarks want purchased products of more kinds than are sold).
    void growTo(int count);

    QByteArray productListJson(bool empty) const;
    QByteArray productInfoJson(const PracticeProduct &product, bool empty) const;

    // "12.50" for 1250.
    static QString formatAmount(qint64 cents);

private:
    QList<PracticeProduct> m_products;
};
