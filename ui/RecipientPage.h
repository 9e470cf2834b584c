#pragma once

#include <QWizardPage>

class LoadStatusPanel;
class PurchaseWizard;
class QComboBox;
class QRadioButton;

// Step 2: for whom — yourself, or one of your customers (subordinate users, from
// partner_list), found by typing part of the company, name or e-mail.
class RecipientPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit RecipientPage(PurchaseWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

private:
    void updateDraft();
    void restoreSelection();
    int chosenRow() const;

    PurchaseWizard *m_wizard;
    QRadioButton *m_myself;
    QRadioButton *m_customer;
    QComboBox *m_subordinates;
    LoadStatusPanel *m_status;
};
