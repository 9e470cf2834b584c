#include "InstanceLoader.h"

#include "api/KnownProducts.h"
#include "api/PortalClient.h"

#include <algorithm>
#include <utility>

InstanceLoader::InstanceLoader(PortalClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    for (const Product &product : KnownProducts::all())
        m_names.insert(product.productId, product.name);
}

QString InstanceLoader::productName(qint64 productId) const
{
    return productName(m_names, productId);
}

QString InstanceLoader::productName(const QHash<qint64, QString> &names, qint64 productId)
{
    // Not names.value(id, fallback): that formats the fallback on every call, and the
    // table asks for every row's name when it sorts.
    const auto name = names.constFind(productId);
    return name != names.constEnd() ? *name : QStringLiteral("#%1").arg(productId);
}

void InstanceLoader::start()
{
    cancel();
    m_run = new QObject(this);
    m_productListQueued = true;
    for (const Product &product : KnownProducts::all())
        queueProduct(product.productId);
    pump();
}

void InstanceLoader::retryFailed()
{
    if (m_failures.isEmpty() || isRunning())
        return;
    if (!m_run)
        m_run = new QObject(this);
    const QList<Failure> failed = std::exchange(m_failures, {});
    for (const Failure &failure : failed) {
        if (failure.productId == 0)
            m_productListQueued = true;
        else if (failure.pageNo == 1)
            m_firstPages.append({failure.productId, 1});
        else
            m_laterPages[failure.productId].append(failure.pageNo);
    }
    pump();
}

void InstanceLoader::cancel()
{
    delete m_run; // PortalClient aborts the requests of a context that goes away
    m_queuedProducts.clear();
    m_productListQueued = false;
    m_firstPages.clear();
    m_laterPages.clear();
    m_failures.clear();
    m_inFlight = 0;
    m_peakInFlight = 0;
    m_pagesLoaded = 0;
    m_pagesKnown = 0;
}

void InstanceLoader::queueProduct(qint64 productId)
{
    if (productId <= 0 || m_queuedProducts.contains(productId))
        return;
    m_queuedProducts.insert(productId);
    m_firstPages.append({productId, 1});
    ++m_pagesKnown;
}

void InstanceLoader::pump()
{
    Page page;
    bool productList = false;
    while (m_inFlight < kMaxInFlight && takeNext(&page, &productList)) {
        ++m_inFlight;
        m_peakInFlight = std::max(m_peakInFlight, m_inFlight);
        if (productList)
            requestProductList();
        else
            requestPage(page);
    }
}

bool InstanceLoader::takeNext(Page *page, bool *productList)
{
    *productList = false;
    if (m_productListQueued) {
        m_productListQueued = false;
        *productList = true;
        return true;
    }
    if (!m_firstPages.isEmpty()) {
        *page = m_firstPages.takeFirst();
        return true;
    }
    // The longest chain first: it decides when the whole list is complete.
    auto longest = m_laterPages.end();
    for (auto it = m_laterPages.begin(); it != m_laterPages.end(); ++it) {
        if (longest == m_laterPages.end() || it->size() > longest->size())
            longest = it;
    }
    if (longest == m_laterPages.end())
        return false;
    *page = {longest.key(), longest->takeFirst()};
    if (longest->isEmpty())
        m_laterPages.erase(longest);
    return true;
}

void InstanceLoader::requestProductList()
{
    m_client->fetchProducts(m_run, [this](const ApiResult<QList<Product>> &result) {
        --m_inFlight;
        if (result.ok()) {
            bool renamed = false;
            for (const Product &product : *result.value) {
                if (m_names.value(product.productId) != product.name) {
                    m_names.insert(product.productId, product.name);
                    renamed = true;
                }
                queueProduct(product.productId);
            }
            if (renamed)
                emit productNamesChanged();
        } else {
            m_failures.append({0, 0, result.error});
        }
        settle();
    });
}

void InstanceLoader::requestPage(const Page &page)
{
    m_client->fetchInstancePage(
        page.productId, page.pageNo, kPageSize, m_run, [this, page](const ApiResult<InstancePage> &result) {
            --m_inFlight;
            if (!result.ok()) { // PortalClient has logged it
                m_failures.append({page.productId, page.pageNo, result.error});
                settle();
                return;
            }
            ++m_pagesLoaded;
            if (page.pageNo == 1) {
                // The pages after the first, now that their number is known.
                const int pages = std::min(result.value->header.totalPage, kMostPages);
                QList<int> &later = m_laterPages[page.productId];
                for (int pageNo = 2; pageNo <= pages; ++pageNo)
                    later.append(pageNo);
                if (later.isEmpty())
                    m_laterPages.remove(page.productId);
                m_pagesKnown += std::max(0, pages - 1);
            }
            if (!result.value->results.isEmpty())
                emit pageLoaded(page.productId, result.value->results);
            settle();
        });
}

void InstanceLoader::settle()
{
    pump();
    if (m_inFlight == 0 && !isRunning())
        emit finished();
}
