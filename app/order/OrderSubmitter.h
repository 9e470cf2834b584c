#pragma once

#include "api/ApiError.h"
#include "api/OrderReceipt.h"
#include "api/OrderRequest.h"

#include <QDateTime>
#include <QObject>

class PortalClient;

// Sends a paid order at most once per confirmation. The review page hands it a
// confirmation number each time the user ticks "I understand…"; a second submit with a
// used number, a submit while one is in flight, and any submit after an unknown outcome
// are refused. It never retries on its own: a lost reply is reported as Unknown.
class OrderSubmitter : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Idle,
        Sending,
        Placed,   // the portal accepted the order: receipt() is valid
        Rejected, // the portal refused it (nothing was bought): error() says why
        Unknown,  // sent, but no usable answer: it may or may not have been placed
    };
    Q_ENUM(State)

    explicit OrderSubmitter(PortalClient *client, QObject *parent = nullptr);

    // Returns false (and sends nothing) when the order may not be sent now.
    bool submit(const OrderRequest &request, quint64 confirmation);
    bool canSubmit(quint64 confirmation) const;

    // Forgets the outcome so that a new purchase can start (after Placed or Unknown).
    void reset();

    State state() const { return m_state; }
    const ApiError &error() const { return m_error; }
    const OrderReceipt &receipt() const { return m_receipt; }
    const OrderRequest &request() const { return m_request; }
    QDateTime attemptedAt() const { return m_attemptedAt; }
    int sendCount() const { return m_sendCount; }

signals:
    void stateChanged(OrderSubmitter::State state);

private:
    void setState(State state);

    PortalClient *m_client;
    State m_state = State::Idle;
    ApiError m_error;
    OrderReceipt m_receipt;
    OrderRequest m_request;
    QDateTime m_attemptedAt;
    quint64 m_lastConfirmation = 0;
    int m_sendCount = 0;
};
