#pragma once

#include "order/Receipt.h"

#include <QWidget>

class MessageLabel;
class QLabel;
class QPushButton;
class QStackedWidget;
class ReceiptStatusRefresher;
class ReceiptView;

// One receipt of the history in full: its status with the last time it was checked,
// "Refresh status" while the status can still change, and the receipt itself (the same
// view as the wizard's receipt page, with copy, PDF and print).
class ReceiptDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit ReceiptDetailPane(ReceiptStatusRefresher *refresher, QWidget *parent = nullptr);

    // Shows `receipt`; the feedback of a refresh stays while the same order is shown.
    void showReceipt(const Receipt &receipt);
    void showNothing();

    void refreshStatus();

private:
    void updateStatus();
    void onRefreshFinished(const QString &orderKey, const QString &errorMessage, const QString &reference);

    ReceiptStatusRefresher *m_refresher;
    Receipt m_receipt;
    QString m_orderKey;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QLabel *m_status;
    QPushButton *m_refresh;
    MessageLabel *m_feedback;
    ReceiptView *m_view;
};
