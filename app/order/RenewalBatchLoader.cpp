#include "RenewalBatchLoader.h"

#include "OperationRules.h"
#include "api/PortalClient.h"

namespace {

// A few reads at a time: "everything expiring this month" may be dozens of products.
constexpr int kParallel = 4;

} // namespace

RenewalBatchLoader::RenewalBatchLoader(PortalClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void RenewalBatchLoader::load(const QList<ProductInstance> &instances, const QStringList &productNames)
{
    clear();
    m_context = new QObject(this);
    for (int i = 0; i < instances.size(); ++i) {
        Product product;
        product.instance = instances.at(i);
        product.productName = productNames.value(i);
        m_products << product;
        m_queue << i;
    }
    startNext();
    emit changed();
}

void RenewalBatchLoader::clear()
{
    delete m_context; // its requests' answers are dropped
    m_products.clear();
    m_queue.clear();
    m_inFlight = 0;
}

bool RenewalBatchLoader::isLoading() const
{
    for (const Product &product : m_products) {
        if (product.status == Product::Status::Loading)
            return true;
    }
    return false;
}

int RenewalBatchLoader::readyCount() const
{
    int ready = 0;
    for (const Product &product : m_products)
        ready += product.status == Product::Status::Ready ? 1 : 0;
    return ready;
}

void RenewalBatchLoader::startNext()
{
    while (m_inFlight < kParallel && !m_queue.isEmpty()) {
        ++m_inFlight;
        fetchDetails(m_queue.takeFirst());
    }
}

void RenewalBatchLoader::fetchDetails(int index)
{
    const ProductInstance &instance = m_products.at(index).instance;
    m_client->fetchInstanceDetails(
        instance.productId, instance.productNo, m_context, [this, index](const ApiResult<ProductInstance> &result) {
            if (!result.ok()) {
                finish(index, result.error);
                return;
            }
            // The list's fields overlaid with the details' (as the Products window reads them).
            Product &product = m_products[index];
            QJsonObject fields = product.instance.raw;
            for (auto it = result.value->raw.constBegin(); it != result.value->raw.constEnd(); ++it)
                fields.insert(it.key(), it.value());
            product.subscription
                = CurrentSubscription::fromDetails(fields, product.instance.productId, product.productName);
            fetchOffering(index);
        });
}

void RenewalBatchLoader::fetchOffering(int index)
{
    const CurrentSubscription &subscription = *m_products.at(index).subscription;
    // Device products are offered per serial number; the others per product.
    const QString productNo
        = OperationRules::isDeviceBound(subscription.productId) ? subscription.productNo : QString();
    m_client->fetchOffering(subscription.productId, productNo, m_context,
                            [this, index](const ApiResult<Offering> &result) {
        if (result.ok())
            m_products[index].offering = *result.value;
        finish(index, result.ok() ? ApiError() : result.error);
    });
}

void RenewalBatchLoader::finish(int index, const ApiError &error)
{
    Product &product = m_products[index];
    product.error = error;
    product.status = error.isError() ? Product::Status::Failed : Product::Status::Ready;
    --m_inFlight;
    startNext();
    emit changed();
}
