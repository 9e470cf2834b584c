#include "OrderDetailsLoader.h"

#include "api/PortalClient.h"

OrderDetailsLoader::OrderDetailsLoader(PortalClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_load(new LoadState([this] { reload(); }, [] { return false; }, this))
{
    connect(m_load, &LoadState::stateChanged, this, &OrderDetailsLoader::stateChanged);
}

void OrderDetailsLoader::load(const QString &key, const QString &caption)
{
    m_key = key;
    m_caption = caption;
    m_details.reset();
    m_load->run<OrderDetails>(
        [this, key](QObject *context, ApiCallback<OrderDetails> done) {
        m_client->fetchOrderDetails(key, context, done);
        },
        [this](const OrderDetails &details) { m_details = details; });
}

void OrderDetailsLoader::reload()
{
    if (!m_key.isEmpty())
        load(m_key, m_caption);
}

void OrderDetailsLoader::clear()
{
    m_key.clear();
    m_caption.clear();
    m_details.reset();
    m_load->reset();
}
