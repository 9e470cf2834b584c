#pragma once

#include "LoadState.h"
#include "api/Offering.h"

#include <QObject>

class PortalClient;

// purchase_product_info for one product: the plans and services it offers. Not a list:
// the offering page builds one editor per item from offering().
class OfferingLoader : public QObject
{
    Q_OBJECT

public:
    using State = LoadState::State;

    explicit OfferingLoader(PortalClient *client, QObject *parent = nullptr);

    // The product to load for; a change forgets the offering (call load() next).
    void setProduct(qint64 productId, const QString &productNo);
    qint64 productId() const { return m_productId; }
    QString productNo() const { return m_productNo; }

    // Starts a load, replacing any load in flight.
    void load();
    // Forgets the offering and any load in flight.
    void clear();

    const Offering &offering() const { return m_offering; }
    LoadState *loadState() const { return m_load; }
    State state() const { return m_load->state(); }
    const ApiError &error() const { return m_load->error(); }

signals:
    void stateChanged(LoadState::State state);

private:
    PortalClient *m_client;
    LoadState *m_load;
    qint64 m_productId = 0;
    QString m_productNo;
    Offering m_offering;
};
