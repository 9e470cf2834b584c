#pragma once

#include <QWidget>

class MessageLabel;
class PurchaseSession;
class QComboBox;
class QLabel;
class QPushButton;

// The top of the first page: "What do you want to do?" — buy something new, or act on a
// product the account has (renew, add capacity or a service, switch plan, a free trial,
// a licence for a trial PBX). Shows the product an action is for, or where to choose
// one, and why Next stays disabled.
class OperationChooser : public QWidget
{
    Q_OBJECT

public:
    explicit OperationChooser(PurchaseSession *session, QWidget *parent = nullptr);

    // Shows the session's draft (after a product's action started it, or Back).
    void showDraft();
    // Whether the operation needs no product, or has one.
    bool isComplete() const;

signals:
    void operationChanged();
    // The user asks for the window where products are chosen (File > Products…).
    void productsWindowRequested();

private:
    void operationChosen();

    PurchaseSession *m_session;
    QComboBox *m_operations;
    QLabel *m_product;
    MessageLabel *m_reason;
    QPushButton *m_openProducts;
    bool m_showing = false;
};
