#pragma once

#include <QWizardPage>

class LoadStatusPanel;
class PurchaseWizard;
class QComboBox;
class QLineEdit;

// Step 4: who receives the invoice (billing_contact_list), and an optional purchase
// order number of the reseller's own.
class BillingContactPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit BillingContactPage(PurchaseWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

private:
    void restoreSelection();
    void contactChosen();

    PurchaseWizard *m_wizard;
    bool m_listResetting = false;
    QComboBox *m_contacts;
    QLineEdit *m_poNumber;
    LoadStatusPanel *m_status;
};
