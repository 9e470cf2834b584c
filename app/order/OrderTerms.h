#pragma once

#include "OrderDraft.h"
#include "api/ApiError.h"
#include "api/TermsQuery.h"

#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QString>

class PortalClient;

// The terms of every item of an order, asked for before it is placed: the portal's trial,
// purchase or renewal plan_info / add_on_info for each plan and service. Reads only;
// whether they arrive or fail has no say over placing the order. Loading again (another
// draft) drops the answers still on their way for the previous one.
class OrderTerms : public QObject
{
    Q_OBJECT

public:
    struct Item
    {
        enum class Status { Loading,
                            Ready,
                            Failed };
        QString name;
        TermsQuery query;
        Status status = Status::Loading;
        QJsonValue result;
        ApiError error;
    };

    explicit OrderTerms(PortalClient *client, QObject *parent = nullptr);

    // The requests for `draft`'s items, plan first: trial, renewal or purchase terms after
    // its operation, with the product number and the plan the services belong to.
    static QList<TermsQuery> queriesFor(const OrderDraft &draft);

    void load(const OrderDraft &draft);
    void clear();

    const QList<Item> &items() const { return m_items; }
    bool isLoading() const;
    bool anyFailed() const;

signals:
    void changed();

private:
    PortalClient *m_client;
    QList<Item> m_items;
    quint64 m_generation = 0;
};
