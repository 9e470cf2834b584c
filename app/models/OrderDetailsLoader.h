#pragma once

#include "LoadState.h"
#include "api/OrderDetails.h"

#include <QObject>
#include <QString>

#include <optional>

class PortalClient;

// One portal order in full (order/v1/get), for the order details pane. The answer for an
// order the user has already left is dropped.
class OrderDetailsLoader : public QObject
{
    Q_OBJECT

public:
    using State = LoadState::State;

    explicit OrderDetailsLoader(PortalClient *client, QObject *parent = nullptr);

    // `key`: the order ID or number; `caption`: what the user knows it by (the number).
    void load(const QString &key, const QString &caption);
    // Asks again for the same order (Retry).
    void reload();
    // No order (Idle), any load in flight dropped.
    void clear();

    QString orderKey() const { return m_key; }
    QString caption() const { return m_caption; }
    const std::optional<OrderDetails> &details() const { return m_details; }
    LoadState *loadState() const { return m_load; }
    State state() const { return m_load->state(); }
    const ApiError &error() const { return m_load->error(); }

signals:
    void stateChanged(LoadState::State state);

private:
    PortalClient *m_client;
    LoadState *m_load;
    QString m_key;
    QString m_caption;
    std::optional<OrderDetails> m_details;
};
