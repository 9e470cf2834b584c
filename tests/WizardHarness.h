#pragma once

// A whole app (AppServices + MainWindow) against a practice portal on 127.0.0.1, in
// temporary folders, with an in-memory keychain: what the GUI tests drive.
#include "AppServices.h"
#include "CustomerPickerDialog.h"
#include "FollowUpActions.h"
#include "MainWindow.h"
#include "OrdersWindow.h"
#include "ProductsWindow.h"
#include "PurchaseWizard.h"
#include "ReceiptHistoryWindow.h"
#include "SeedIds.h"
#include "SignInDialog.h"
#include "auth/MemorySecretStore.h"
#include "practice/PracticePortal.h"
#include "products/ProductInstanceModel.h"
#include "settings/AppSettings.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <memory>

class WizardHarness
{
public:
    // `settings` (optional) gives the window its preferences and a place for its geometry.
    explicit WizardHarness(AppSettings *settings = nullptr)
    {
        portal.listen();
        services = std::make_unique<AppServices>(&keychain, directory.filePath(QStringLiteral("accounts.ini")),
                                                 directory.filePath(QStringLiteral("receipts")), true);
        services->client.setTransferTimeout(std::chrono::seconds(10));
        MainWindow::Options options;
        options.practiceMode = true;
        options.practiceAccount.baseUrl = portal.baseUrl();
        options.practiceAccount.clientId = PracticePortal::practiceClientId();
        options.practiceAccount.label = QStringLiteral("Practice account");
        options.practiceSecret = PracticePortal::practiceClientSecret();
        options.settings = settings;
        window = std::make_unique<MainWindow>(*services, options);
        window->resize(900, 680);
        window->show();
    }

    // Opens the sign-in dialog (prefilled in practice mode) and presses Sign in.
    bool signIn()
    {
        window->start();
        SignInDialog *dialog = window->signInDialog();
        if (!dialog)
            return false;
        QTest::mouseClick(dialog->findChild<QAbstractButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
        return QTest::qWaitFor([this] { return wizard()->isEnabled(); }, 10000);
    }

    bool listsReady()
    {
        return QTest::qWaitFor([this] {
            return services->products.state() == RemoteListModel::State::Ready
                && services->subordinates.state() == RemoteListModel::State::Ready
                && services->billingContacts.state() == RemoteListModel::State::Ready;
        },
                               10000);
    }

    PurchaseWizard *wizard() const { return window->wizard(); }

    template <typename T>
    T *find(const QString &objectName) const
    {
        return window->findChild<T *>(objectName);
    }

    void clickNext() const
    {
        QAbstractButton *next = wizard()->button(wizard()->currentId() == PurchaseWizard::ReviewPageId
                                                     ? QWizard::CommitButton
                                                     : QWizard::NextButton);
        QTest::mouseClick(next, Qt::LeftButton);
    }

    void chooseProduct(const QString &name) const
    {
        auto *combo = find<QComboBox>(QStringLiteral("productComboBox"));
        combo->setCurrentIndex(combo->findText(name));
    }

    void setQuantity(const QString &spinBoxName, int value) const
    {
        auto *spin = find<QSpinBox>(spinBoxName);
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, QString::number(value));
        spin->interpretText();
    }

    void tick(const QString &checkBoxName) const
    {
        auto *box = find<QCheckBox>(checkBoxName);
        if (!box->isChecked())
            QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(4, box->height() / 2));
    }

    // Picks a customer on "For whom?" from the field's drop-down list with the keyboard, as
    // a user does: the page follows the user's picks, never the combo box's current index.
    bool chooseCustomer(const QString &partnerId) const
    {
        auto *combo = find<QComboBox>(QStringLiteral("subordinateComboBox"));
        const int row = combo->findData(partnerId, RemoteListModel::IdRole);
        if (row < 0)
            return false;
        combo->showPopup();
        QAbstractItemView *list = combo->view();
        if (!QTest::qWaitFor([list] { return list->isVisible(); }, 5000))
            return false;
        list->setCurrentIndex(list->model()->index(row, 0));
        QTest::keyClick(list, Qt::Key_Return);
        return QTest::qWaitFor([list] { return !list->isVisible(); }, 5000) && combo->currentIndex() == row;
    }

    void chooseBillingContact(const QString &billingContactId) const
    {
        auto *combo = find<QComboBox>(QStringLiteral("billingContactComboBox"));
        for (int row = 0; row < combo->count(); ++row) {
            if (combo->itemData(row, RemoteListModel::IdRole).toString() == billingContactId)
                combo->setCurrentIndex(row);
        }
    }

    // On "Plans and services": what the seed tutorial of `product` chooses (the Turnkey
    // plan × 100 with Recording Minutes × 10,000, or Remote Management Premium × 10), once
    // the offering has arrived. False if it did not.
    bool chooseSeedOffering(const QString &product) const
    {
        const bool turnkey = product == QLatin1String("P-Series Turnkey Package");
        const QString service = QStringLiteral("service") + (turnkey ? kRecordingMinutes : kRmpService);
        if (!QTest::qWaitFor([&] { return find<QCheckBox>(service + QStringLiteral("CheckBox")); }, 15000))
            return false;
        if (turnkey) {
            auto *plans = find<QComboBox>(QStringLiteral("planComboBox"));
            plans->setCurrentIndex(plans->findData(kTurnkeyPlan));
            setQuantity(QStringLiteral("planQuantitySpinBox"), 100);
        }
        tick(service + QStringLiteral("CheckBox"));
        setQuantity(service + QStringLiteral("QuantitySpinBox"), turnkey ? 10000 : 10);
        return wizard()->currentPage()->isComplete();
    }

    // From the product page to the review of the first seed tutorial's order: Remote
    // Management Premium × 10, for yourself, the seed billing contact. False if a page
    // did not come.
    bool walkToReviewForRemoteManagementPremium() const
    {
        chooseProduct(QStringLiteral("Remote Management Premium"));
        clickNext();
        if (wizard()->currentId() != PurchaseWizard::RecipientPageId)
            return false;
        clickNext();
        return walkFromOfferingToReview(QStringLiteral("Remote Management Premium"));
    }

    // From the plans-and-services page of `product` on: its seed's items, the seed billing
    // contact, the review. False if a page did not come.
    bool walkFromOfferingToReview(const QString &product) const
    {
        if (wizard()->currentId() != PurchaseWizard::OfferingPageId || !chooseSeedOffering(product))
            return false;
        clickNext();
        if (wizard()->currentId() != PurchaseWizard::BillingContactPageId)
            return false;
        chooseBillingContact(kSeedBillingContact);
        clickNext();
        return wizard()->currentId() == PurchaseWizard::ReviewPageId;
    }

    // Remote Management Premium for several customers: the customer picker, open; null if
    // it did not come.
    CustomerPickerDialog *openCustomerPickerForRemoteManagementPremium() const
    {
        chooseProduct(QStringLiteral("Remote Management Premium"));
        clickNext();
        auto *several = find<QAbstractButton>(QStringLiteral("severalCustomersRadioButton"));
        if (wizard()->currentId() != PurchaseWizard::RecipientPageId || !several)
            return nullptr;
        QTest::mouseClick(several, Qt::LeftButton, {}, QPoint(4, several->height() / 2));
        QTest::mouseClick(find<QAbstractButton>(QStringLiteral("chooseCustomersPushButton")), Qt::LeftButton);
        CustomerPickerDialog *picker = nullptr;
        return QTest::qWaitFor([&] { return (picker = window->findChild<CustomerPickerDialog *>()) && picker->isVisible(); },
                               15000)
            ? picker
            : nullptr;
    }

    // File > Receipts…, with the newest receipt selected; null if none came.
    ReceiptHistoryWindow *openReceiptsWithOneSelected() const
    {
        FollowUpActions *followUp = window->findChild<FollowUpActions *>();
        followUp->receiptsAction()->trigger();
        ReceiptHistoryWindow *receipts = followUp->receiptsWindow();
        auto *table = receipts ? receipts->findChild<QTableView *>(QStringLiteral("receiptsTableView")) : nullptr;
        if (!table || !QTest::qWaitFor([table] { return table->model()->rowCount() > 0; }, 15000))
            return nullptr;
        table->selectRow(0);
        return receipts;
    }

    // File > Portal orders…, with the newest order selected and its details shown; null if
    // they did not come.
    OrdersWindow *openPortalOrdersWithOneShown() const
    {
        FollowUpActions *followUp = window->findChild<FollowUpActions *>();
        followUp->ordersAction()->trigger();
        OrdersWindow *orders = followUp->ordersWindow();
        auto *table = orders ? orders->findChild<QTableView *>(QStringLiteral("ordersTableView")) : nullptr;
        if (!table || !QTest::qWaitFor([table] { return table->model()->rowCount() > 0; }, 15000))
            return nullptr;
        table->selectRow(0);
        auto *details = orders->findChild<QWidget *>(QStringLiteral("orderDetailsTextBrowser"));
        return QTest::qWaitFor([details] { return details->isVisible(); }, 15000) ? orders : nullptr;
    }

    // File > Products…, the window shown and its list loaded; null if either did not come.
    ProductsWindow *openProductsLoaded() const
    {
        window->findChild<QAction *>(QStringLiteral("productsAction"))->trigger();
        ProductsWindow *products = window->findChild<FollowUpActions *>()->productsWindow();
        if (!products || !QTest::qWaitForWindowExposed(products))
            return nullptr;
        ProductInstanceModel *model = products->model();
        return QTest::qWaitFor([model] { return model->state() == RemoteListModel::State::Ready; }, 30000) ? products : nullptr;
    }

    // Saves a screenshot of the window when PP_SCREENSHOT_DIR is set (README pictures).
    void screenshot(const QString &name) const { screenshot(window.get(), name); }
    // The same of another window or dialog.
    static void screenshot(QWidget *widget, const QString &name)
    {
        const QString folder = qEnvironmentVariable("PP_SCREENSHOT_DIR");
        if (!folder.isEmpty()) {
            QDir().mkpath(folder);
            // grab() paints what is laid out now: first the layouts still pending (a label
            // that just got a longer text wraps on the next pass, which may ask for another).
            for (int pass = 0; pass < 3; ++pass)
                QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
        }
    }

    QTemporaryDir directory;
    PracticePortal portal;
    MemorySecretStore keychain;
    std::unique_ptr<AppServices> services;
    std::unique_ptr<MainWindow> window;
};
