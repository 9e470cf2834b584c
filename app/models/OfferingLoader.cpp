#include "OfferingLoader.h"

#include "api/PortalClient.h"

OfferingLoader::OfferingLoader(PortalClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_load(new LoadState([this] { load(); },
                           [this] { return m_offering.plans.isEmpty() && m_offering.services.isEmpty(); }, this))
{
    connect(m_load, &LoadState::stateChanged, this, &OfferingLoader::stateChanged);
}

void OfferingLoader::setProduct(qint64 productId, const QString &productNo)
{
    if (productId == m_productId && productNo == m_productNo)
        return;
    clear();
    m_productId = productId;
    m_productNo = productNo;
}

void OfferingLoader::load()
{
    const qint64 productId = m_productId;
    const QString productNo = m_productNo;
    m_load->run<Offering>(
        [this, productId, productNo](QObject *context, ApiCallback<Offering> done) {
        m_client->fetchOffering(productId, productNo, context, done);
        },
        [this](const Offering &offering) { m_offering = offering; });
}

void OfferingLoader::clear()
{
    m_offering = Offering();
    m_load->reset();
}
