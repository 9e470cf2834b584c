#pragma once

#include "api/ApiError.h"
#include "api/ProductInstance.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

class PortalClient;

// Loads every product the account has bought. instance_product_list needs a
// productId and product_list names only what can be bought today, so it asks for each
// product product_list names and each product the API reference knows (KnownProducts),
// follows each product's pages, and keeps at most kMaxInFlight requests in flight.
//
// First pages go first, so that every product's page count is known early; then the
// product with the most pages left. A failed request is remembered (failures()) and the
// rest goes on; retryFailed() asks for exactly what failed. cancel() abandons the run:
// the requests in flight are aborted and their answers never arrive.
class InstanceLoader : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxInFlight = 4;
    // The documented default. Asking for more is not safe: a portal that silently caps
    // the size would make the pages after the first skip rows.
    static constexpr int kPageSize = 25;
    // A portal announcing more pages than this is not believed.
    static constexpr int kMostPages = 20000;

    struct Failure
    {
        qint64 productId = 0; // 0: product_list itself
        int pageNo = 0;
        ApiError error;
    };

    explicit InstanceLoader(PortalClient *client, QObject *parent = nullptr);

    // Everything from the start, abandoning a run in flight.
    void start();
    void retryFailed();
    void cancel();

    bool isRunning() const { return m_inFlight > 0 || !m_firstPages.isEmpty() || !m_laterPages.isEmpty()
                             || m_productListQueued; }
    const QList<Failure> &failures() const { return m_failures; }
    // The name product_list gives, else the API reference's, else "#id".
    QString productName(qint64 productId) const;
    // Every name product_list gave so far (productName() falls back for the others).
    const QHash<qint64, QString> &productNames() const { return m_names; }
    static QString productName(const QHash<qint64, QString> &names, qint64 productId);
    int pagesLoaded() const { return m_pagesLoaded; }
    // Pages known to exist so far (grows as first pages arrive).
    int pagesKnown() const { return m_pagesKnown; }
    int peakInFlight() const { return m_peakInFlight; }

signals:
    void pageLoaded(qint64 productId, const QList<ProductInstance> &rows);
    void productNamesChanged();
    // Nothing queued and nothing in flight; failures() says what is missing.
    void finished();

private:
    struct Page
    {
        qint64 productId = 0;
        int pageNo = 1;
    };

    void queueProduct(qint64 productId);
    void pump();
    bool takeNext(Page *page, bool *productList);
    void requestProductList();
    void requestPage(const Page &page);
    void settle(); // one request done: next ones, or finished()

    PortalClient *m_client;
    QPointer<QObject> m_run; // the context of this run's requests; deleted to cancel them
    QHash<qint64, QString> m_names;
    QSet<qint64> m_queuedProducts;
    bool m_productListQueued = false;
    QList<Page> m_firstPages;
    QHash<qint64, QList<int>> m_laterPages; // product → its pages still to ask for
    QList<Failure> m_failures;
    int m_inFlight = 0;
    int m_peakInFlight = 0;
    int m_pagesLoaded = 0;
    int m_pagesKnown = 0;
};
