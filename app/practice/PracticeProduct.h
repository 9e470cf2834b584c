#pragma once

#include "PracticeOffer.h"

#include <QList>
#include <QString>

// A product of the practice catalogue: its plans and services.
struct PracticeProduct
{
    int id = 0;
    QString name;
    QString offeringId;
    bool requiresProductNo = false;   // Linkus (9) and Appliance Edition (11): an existing device
    bool serviceIdsAsStrings = false; // product 14 writes serviceId as "digits", others bare
    QList<PracticeOffer> plans;
    QList<PracticeOffer> services;

    const PracticeOffer *plan(qint64 id) const { return find(plans, id); }
    const PracticeOffer *service(qint64 id) const { return find(services, id); }

private:
    static const PracticeOffer *find(const QList<PracticeOffer> &offers, qint64 id)
    {
        for (const PracticeOffer &offer : offers) {
            if (offer.id == id)
                return &offer;
        }
        return nullptr;
    }
};
