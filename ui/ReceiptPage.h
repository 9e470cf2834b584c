#pragma once

#include "LazyWizardPage.h"

class PurchaseSession;
class QLabel;
class ReceiptView;

// The last page after a placed order: the receipt (already saved to disk), with copy,
// PDF and print; New purchase (the wizard's Finish) starts the next one, once the page
// has settled.
class ReceiptPage : public LazyWizardPage
{
    Q_OBJECT

public:
    explicit ReceiptPage(PurchaseSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    int nextId() const override { return -1; }
    // False for a moment after the page appears: the second click of a double click on
    // Place order, or Enter pressed twice, lands on New purchase, which stands where Place
    // order stood, and would take the receipt of the order just placed off the screen.
    bool isComplete() const override { return m_settled; }

protected:
    void buildContents() override;

private:
    PurchaseSession *m_session;
    QLabel *m_saveWarning = nullptr;
    ReceiptView *m_view = nullptr;
    bool m_settled = false;
};
