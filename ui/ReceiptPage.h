#pragma once

#include <QWizardPage>

class PurchaseWizard;
class QLabel;
class ReceiptView;

// The last page after a placed order: the receipt (already saved to disk), with copy,
// PDF and print; Done starts a new purchase.
class ReceiptPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ReceiptPage(PurchaseWizard *wizard);

    void initializePage() override;
    int nextId() const override { return -1; }

private:
    PurchaseWizard *m_wizard;
    QLabel *m_saveWarning;
    ReceiptView *m_view;
};
