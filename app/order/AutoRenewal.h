#pragma once

#include "CurrentSubscription.h"
#include "api/ApiError.h"
#include "api/AutoRenewRequest.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QStringList>

class PortalClient;

// Turning on auto-renewal for one product (Enable Auto-renewal): like an order it
// commits the account to pay, so it has its own confirmation and is sent at most once
// per confirmation, never again on its own after a lost answer. Turning it off has no
// API: only the Partner Portal can (offTurnsInThePortal() says where).
class AutoRenewal : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Idle,
        Sending,
        On,      // the portal answered true
        Refused, // the portal refused or answered false: error() says why
        Unknown, // sent, no usable answer: it may or may not be on
    };
    Q_ENUM(State)

    explicit AutoRenewal(PortalClient *client, QObject *parent = nullptr);

    // Why the product cannot have auto-renewal turned on from here (translated); empty
    // when it can: a device's serial number and its current plan are needed.
    static QStringList problems(const CurrentSubscription &product);
    static AutoRenewRequest requestFor(const CurrentSubscription &product);
    // Where in the Partner Portal auto-renewal is turned off (translated).
    static QString offTurnsInThePortal();

    // The product to act on; forgets the last outcome. Refused while a request is on its way.
    bool setProduct(const CurrentSubscription &product);
    const CurrentSubscription &product() const { return m_product; }

    // Sends the request unless `confirmation` was used, one is on its way or the product
    // cannot have it. Returns whether it was sent.
    bool enable(quint64 confirmation);

    State state() const { return m_state; }
    const ApiError &error() const { return m_error; }
    QDateTime attemptedAt() const { return m_attemptedAt; }
    QString requestId() const { return m_requestId; }
    QByteArray requestBody() const { return m_body; }
    // The outcome in words, to copy or save: product, plan, time, request ID, what next.
    QString resultText() const;

signals:
    void stateChanged(AutoRenewal::State state);

private:
    void setState(State state);

    PortalClient *m_client;
    CurrentSubscription m_product;
    State m_state = State::Idle;
    ApiError m_error;
    QDateTime m_attemptedAt;
    QString m_requestId;
    QByteArray m_body;
    quint64 m_lastConfirmation = 0;
};
