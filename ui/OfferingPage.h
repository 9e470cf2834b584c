#pragma once

#include "LazyWizardPage.h"
#include "order/OrderOperation.h"

#include <QList>

class LoadStatusPanel;
class OfferingLoader;
class OrderLineEditor;
class PurchaseSession;
class QComboBox;
class QGroupBox;
class QLabel;
class QVBoxLayout;

// Step 3: the plan (if the product has plans) and the services, with quantities and
// billing, from purchase_product_info. Next is enabled only for a valid order.
// The row editors are built once per offering and kept: coming back to the page, or
// choosing another plan, shows the draft in the same widgets. Rows are replaced only when
// another offering arrives, hidden first and deleted later, so that a screen reader
// walking the tree never meets a widget deleted under it.
class OfferingPage : public LazyWizardPage
{
    Q_OBJECT

public:
    OfferingPage(PurchaseSession *session, OfferingLoader *offering, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

protected:
    void buildContents() override;

private:
    void offeringChanged();
    void buildEditors();
    void showDraft();
    void planChosen();
    void updateDraft();

    PurchaseSession *m_session;
    OfferingLoader *m_offering;
    LoadStatusPanel *m_status = nullptr;
    QGroupBox *m_planGroup = nullptr;
    QComboBox *m_planChoice = nullptr;
    QVBoxLayout *m_planLayout = nullptr;
    OrderLineEditor *m_planEditor = nullptr;                   // one, shown with the chosen plan's item
    bool m_editorsBuilt = false;                               // for the offering the model holds now
    OrderOperation m_editorsFor = OrderOperation::NewPurchase; // … and this operation's offer
    QGroupBox *m_serviceGroup = nullptr;
    QVBoxLayout *m_serviceLayout = nullptr;
    QList<OrderLineEditor *> m_serviceEditors;
    QLabel *m_problems = nullptr;
    bool m_restoring = false;
};
