#pragma once

#include "api/ApiError.h"
#include "api/OrderDetails.h"

#include <QWidget>

#include <optional>

class PortalClient;
class QLabel;
class QProgressBar;
class QPushButton;
class QTextBrowser;

// One portal order in full (order/v1/get), as a readable form. Asks the portal itself,
// shows a busy bar meanwhile and an inline error with Retry on failure; an answer for an
// order the user has already left is dropped.
class OrderDetailsView : public QWidget
{
    Q_OBJECT

public:
    enum class State { Empty, Loading, Failed, Ready };
    Q_ENUM(State)

    explicit OrderDetailsView(PortalClient *client, QWidget *parent = nullptr);

    // `key`: the order ID or number; `caption`: what the user knows it by (the number).
    void showOrder(const QString &key, const QString &caption);
    void showNothing();
    void retry();

    State state() const { return m_state; }
    QString orderKey() const { return m_key; }
    const std::optional<OrderDetails> &details() const { return m_details; }
    const ApiError &error() const { return m_error; }

signals:
    void stateChanged(OrderDetailsView::State state);

private:
    void setState(State state);

    PortalClient *m_client;
    State m_state = State::Empty;
    QString m_key;
    QString m_caption;
    std::optional<OrderDetails> m_details;
    ApiError m_error;
    quint64 m_generation = 0;
    QLabel *m_title;
    QProgressBar *m_busy;
    QLabel *m_message;
    QLabel *m_reference;
    QPushButton *m_retry;
    QTextBrowser *m_form;
};
