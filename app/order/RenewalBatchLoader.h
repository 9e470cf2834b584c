#pragma once

#include "CurrentSubscription.h"
#include "api/ApiError.h"
#include "api/Offering.h"
#include "api/ProductInstance.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

class PortalClient;

// What the renewal of each chosen product needs before its body can be built: the
// product's details (current plan, extension count, billing cycle, services) and its
// product's offering (purchase_product_info). Only reads; a few requests at a time.
// Loading again drops the answers still on their way for the previous choice.
class RenewalBatchLoader : public QObject
{
    Q_OBJECT

public:
    struct Product
    {
        enum class Status { Loading,
                            Ready,
                            Failed };
        ProductInstance instance;
        QString productName;
        Status status = Status::Loading;
        std::optional<CurrentSubscription> subscription;
        std::optional<Offering> offering;
        ApiError error; // Failed: what went wrong
    };

    explicit RenewalBatchLoader(PortalClient *client, QObject *parent = nullptr);

    // `instances` with the names of their products, in the order chosen.
    void load(const QList<ProductInstance> &instances, const QStringList &productNames);
    void clear();

    const QList<Product> &products() const { return m_products; }
    bool isEmpty() const { return m_products.isEmpty(); }
    bool isLoading() const;
    int readyCount() const;

signals:
    void changed();

private:
    void startNext();
    void fetchDetails(int index);
    void fetchOffering(int index);
    void finish(int index, const ApiError &error);

    PortalClient *m_client;
    QList<Product> m_products;
    QList<int> m_queue;
    int m_inFlight = 0;
    QPointer<QObject> m_context; // the current load's requests: deleted on a new load
};
