#pragma once

#include "PracticeInstance.h"
#include "PracticeOrder.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

class PracticeCatalogue;

// The products the practice account has bought, answered by instance_product_list,
// instance_product/v1/detail, activation_code and product_model.
//
// The vendor documents only a few of these answers' fields; every other name and format
// here (productNo, planName, partnerId, companyName, the date format…) is our assumption,
// and the answers say so in a "_guess_" field.
//
// By default: a few instances of every catalogue product, with expiry dates relative to
// today so that some have expired, some expire within 30 days and most later; many are
// for customers. Every order placed creates an instance or extends the one it is for.
class PracticeInstanceBook
{
public:
    using Customers = QList<QPair<QString, QString>>; // partnerId, company

    PracticeInstanceBook(const PracticeCatalogue &catalogue, const Customers &customers);

    static constexpr int kDefaultPageSize = 25;
    static constexpr int kMaxPageSize = 100;

    // Replaces the instances by `total` generated ones spread evenly over the catalogue's
    // first `products` products (for benchmarks).
    void generate(int total, int products);

    // An order the portal accepted: creates the instance, or updates the existing one of
    // the same device (productNo) or, for an account-bound product, of the same owner: a
    // renewal extends it, a switch changes its plan, an addition adds services.
    void recordOrder(const PracticeOrder &order, const QString &companyName);

    int count() const { return int(m_instances.size()); }
    const QList<PracticeInstance> &instances() const { return m_instances; }
    const PracticeInstance *find(int productId, const QString &productNo) const;
    // Enable Auto-renewal accepted for the product: its details say so from now on.
    bool setAutoRenew(int productId, const QString &productNo);

    QByteArray pageJson(int productId, int pageNo, int pageSize, bool empty) const;
    static QByteArray detailJson(const PracticeInstance &instance, bool empty);
    static QByteArray activationCodeJson(const PracticeInstance &instance);
    static QByteArray productModelJson(const PracticeInstance &instance);
    static bool isDeviceBound(int productId);

private:
    void seed(const Customers &customers);
    PracticeInstance make(int productId, int index, int expiryInDays, const QString &partnerId,
                          const QString &company);
    QString serialNumber(int productId, int index) const;

    const PracticeCatalogue &m_catalogue;
    QList<PracticeInstance> m_instances;
    quint64 m_sequence = 0;
};
