#pragma once

#include "LazyWizardPage.h"

class BillingContactListModel;
class LoadStatusPanel;
class PurchaseSession;
class QComboBox;
class QLineEdit;

// Step 4: who receives the invoice (billing_contact_list), and an optional purchase
// order number of the reseller's own.
class BillingContactPage : public LazyWizardPage
{
    Q_OBJECT

public:
    BillingContactPage(PurchaseSession *session, BillingContactListModel *billingContacts,
                       QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

protected:
    void buildContents() override;

private:
    void restoreSelection();
    void contactChosen();

    PurchaseSession *m_session;
    BillingContactListModel *m_model;
    bool m_listResetting = false;
    QComboBox *m_contacts = nullptr;
    QLineEdit *m_poNumber = nullptr;
    LoadStatusPanel *m_status = nullptr;
};
