#pragma once

#include <QWizardPage>

class LoadStatusPanel;
class OperationChooser;
class ProductListModel;
class PurchaseSession;
class QComboBox;
class QLabel;
class QLineEdit;

// Step 1: what to do (a new purchase, or an action on a product the account has), which
// product to buy (product_list), and the device serial number for the products that are
// bought for an existing device. An action started from a product shows that product
// instead of the list: it is fixed.
class ProductPage : public QWizardPage
{
    Q_OBJECT

public:
    ProductPage(PurchaseSession *session, ProductListModel *products, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

signals:
    void productsWindowRequested();

private:
    void showProductChoice();
    void productChosen();
    void restoreSelection();

    PurchaseSession *m_session;
    ProductListModel *m_model;
    OperationChooser *m_chooser;
    QLabel *m_productLabel;
    bool m_listResetting = false;
    QComboBox *m_products;
    LoadStatusPanel *m_status;
    QLabel *m_serialLabel;
    QLineEdit *m_serial;
};
