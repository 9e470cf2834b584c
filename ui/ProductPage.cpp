#include "ProductPage.h"

#include "LoadStatusPanel.h"
#include "OperationChooser.h"
#include "models/ProductListModel.h"
#include "order/PurchaseSession.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

ProductPage::ProductPage(PurchaseSession *session, ProductListModel *products, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_model(products)
    , m_chooser(new OperationChooser(session, this))
    , m_productLabel(new QLabel(tr("&Product:"), this))
    , m_products(new QComboBox(this))
    , m_status(new LoadStatusPanel(products->loadState(), tr("Loading the products you can buy…"),
                                   tr("This account cannot buy any products. Ask your Yeastar account "
                                      "manager to enable products for API purchases."),
                                   this))
    , m_serialLabel(new QLabel(tr("Device &serial number:"), this))
    , m_serial(new QLineEdit(this))
{
    setObjectName(QStringLiteral("productPage"));
    setTitle(tr("What do you want to do?"));
    setSubTitle(tr("Buy a product, or act on one you already have."));

    m_products->setObjectName(QStringLiteral("productComboBox"));
    m_products->setModel(products);
    m_products->setPlaceholderText(tr("Choose a product…"));
    m_products->setAccessibleName(tr("Product"));
    m_products->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_products->setMinimumContentsLength(36);

    m_serial->setObjectName(QStringLiteral("serialNumberLineEdit"));
    m_serial->setAccessibleName(tr("Device serial number"));
    m_serial->setPlaceholderText(tr("As shown in the PBX web interface"));
    m_serialLabel->setBuddy(m_serial);

    m_productLabel->setBuddy(m_products);
    auto *form = new QFormLayout;
    form->addRow(m_productLabel, m_products);
    form->addRow(m_serialLabel, m_serial);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_chooser);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch();

    connect(m_products, &QComboBox::currentIndexChanged, this, &ProductPage::productChosen);
    connect(m_chooser, &OperationChooser::productsWindowRequested, this, &ProductPage::productsWindowRequested);
    connect(m_chooser, &OperationChooser::operationChanged, this, [this] {
        restoreSelection();
        showProductChoice();
    });
    connect(m_serial, &QLineEdit::textChanged, this, [this](const QString &text) {
        // The clear button shows only over text anyway; added then, because the style
        // decodes its icon on the spot, which would slow every start-up otherwise.
        if (!text.isEmpty() && !m_serial->isClearButtonEnabled())
            m_serial->setClearButtonEnabled(true);
        if (m_session->draft().productNo != text.trimmed()) {
            m_session->draft().productNo = text.trimmed();
            // The plans offered depend on the device; they are fetched again later.
            m_session->draft().plan.reset();
            m_session->draft().services.clear();
        }
        emit completeChanged();
    });
    // While the list is replaced the combo box picks a row on its own; that is not the
    // user's choice and must not reach the draft (restoreSelection() puts theirs back).
    connect(products, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_listResetting = true; });
    connect(products, &QAbstractItemModel::modelReset, this, &ProductPage::restoreSelection);
    connect(products, &RemoteListModel::stateChanged, this, &ProductPage::completeChanged);
    productChosen();
}

void ProductPage::initializePage()
{
    m_chooser->showDraft();
    restoreSelection();
    showProductChoice();
}

void ProductPage::showProductChoice()
{
    // A product's action fixes the product (the chooser names it); otherwise the user picks.
    const OrderDraft &draft = m_session->draft();
    const bool choosing = !draft.subscription && !OrderOperations::actsOnExistingProduct(draft.operation);
    m_productLabel->setVisible(choosing);
    m_products->setVisible(choosing);
    const bool needsSerial = choosing && draft.product && draft.product->requiresSerialNumber();
    m_serialLabel->setVisible(needsSerial);
    m_serial->setVisible(needsSerial);
    if (!needsSerial && draft.product)
        m_session->loadOffering();
    emit completeChanged();
}

void ProductPage::restoreSelection()
{
    m_listResetting = false;
    if (m_session->draft().subscription)
        return; // the product is fixed, not chosen from the list
    // A reload (Retry, sign-in) resets the combo; put the user's choice back.
    const auto &product = m_session->draft().product;
    const int row = product ? m_model->rowOf(product->productId) : -1;
    if (m_products->currentIndex() != row)
        m_products->setCurrentIndex(row);
    emit completeChanged();
}

void ProductPage::productChosen()
{
    OrderDraft &draft = m_session->draft();
    if (m_listResetting || draft.subscription)
        return;
    const int row = m_products->currentIndex();
    if (row >= 0) {
        const Product &chosen = m_model->at(row);
        if (!draft.product || draft.product->productId != chosen.productId) {
            draft.product = chosen;
            draft.clearProductChoices(); // only what depends on the product
            m_serial->clear();
        }
    }
    showProductChoice(); // the serial field, and the offering as soon as a product is chosen
}

bool ProductPage::isComplete() const
{
    if (!m_chooser->isComplete())
        return false;
    if (m_session->draft().subscription)
        return m_session->draft().product.has_value();
    const auto &product = m_session->draft().product;
    if (!product || m_products->currentIndex() < 0)
        return false;
    return !product->requiresSerialNumber() || !m_session->draft().productNo.isEmpty();
}

bool ProductPage::validatePage()
{
    m_session->loadOffering(); // with the serial number, for products that need one
    return true;
}
