#pragma once

#include <QWizardPage>

class LoadStatusPanel;
class ProductListModel;
class PurchaseSession;
class QComboBox;
class QLabel;
class QLineEdit;

// Step 1: which product to buy (product_list), and the device serial number for the
// products that are bought for an existing device.
class ProductPage : public QWizardPage
{
    Q_OBJECT

public:
    ProductPage(PurchaseSession *session, ProductListModel *products, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void productChosen();
    void restoreSelection();

    PurchaseSession *m_session;
    ProductListModel *m_model;
    bool m_listResetting = false;
    QComboBox *m_products;
    LoadStatusPanel *m_status;
    QLabel *m_serialLabel;
    QLineEdit *m_serial;
};
