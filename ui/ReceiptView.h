#pragma once

#include "order/Receipt.h"

#include <QWidget>

class MessageLabel;
class QPushButton;
class QTextBrowser;

// A receipt on screen with its actions: copy as text, save as PDF, print. The wizard's
// receipt page and the receipt history show receipts through this one widget.
class ReceiptView : public QWidget
{
    Q_OBJECT

public:
    explicit ReceiptView(QWidget *parent = nullptr);

    void setReceipt(const Receipt &receipt);
    const Receipt &receipt() const { return m_receipt; }

    // The actions, callable directly (tests, menus) — the dialogs they open are not modal loops.
    void copyToClipboard();
    void chooseFileAndSavePdf();
    void print();

private:
    Receipt m_receipt;
    QTextBrowser *m_text;
    MessageLabel *m_feedback;
    QPushButton *m_copy;
    QPushButton *m_pdf;
    QPushButton *m_print;
};
