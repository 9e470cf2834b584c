// Every page, dialog and window in each language (en, de, zh_CN): the whole purchase with
// its error states, the outcome-unknown check, the receipts and portal-orders windows and
// the settings dialog, orders for several customers (the customer picker, the batch's
// review, its window on its way and done), driven through the real widgets against the
// practice portal. In every state:
//   - nothing is cut off: the layout fits the window's size, no button, label or table
//     header is narrower than its text needs;
//   - nothing is left in English (de, zh_CN): no visible text is a source text whose
//     translation differs, and Qt's own buttons are translated too;
//   - no two visible controls of a window share a keyboard mnemonic (&).
// With PP_SCREENSHOT_DIR set, every state is saved as <lang>-<state>.png to be looked at
// (run under xvfb-run with QT_QPA_PLATFORM=xcb for pictures as on a desktop).
#include "BatchWindow.h"
#include "CustomerPickerDialog.h"
#include "OrdersWindow.h"
#include "ProductsWindow.h"
#include "products/ProductInstanceFilterModel.h"
#include "products/ProductInstanceModel.h"
#include "ReceiptHistoryWindow.h"
#include "SettingsDialog.h"
#include "SeedIds.h"
#include "TestPaths.h"
#include "WizardHarness.h"
#include "api/CertificateTrust.h"
#include "auth/KeychainNotice.h"
#include "i18n/LanguageLoader.h"
#include "order/BatchRunner.h"
#include "settings/AppSettings.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QCheckBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSslConfiguration>
#include <QTimer>
#include <QTableView>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QXmlStreamReader>

using namespace std::chrono_literals;

namespace {

// The sizes the windows open with: their layouts must fit.
const QSize kMainWindowSize(900, 680);
const QSize kSideWindowSize(1180, 660);
const QSize kDialogLimit(760, 620);

QString withoutMnemonic(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return QChar();
}

// The English source texts that the language translates differently, as patterns that
// match a shown text (placeholders match anything).
QList<QRegularExpression> untranslatedPatterns(const QString &language)
{
    QList<QRegularExpression> patterns;
    if (language == QLatin1String("en"))
        return patterns;
    QFile file(testPath("translations") + QStringLiteral("/partner-purchase_%1.ts").arg(language));
    if (!file.open(QIODevice::ReadOnly))
        return patterns;
    static const QRegularExpression placeholder(QStringLiteral("%L?(?:\\d{1,2}|n)"));
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation") && !numerus
                   && context != QLatin1String("main")) { // main: the command line, not the screen
            const QString translation = xml.readElementText();
            if (withoutMnemonic(translation) == withoutMnemonic(source))
                continue;
            QStringList parts;
            for (const QString &part : withoutMnemonic(source).split(placeholder))
                parts << QRegularExpression::escape(part);
            patterns << QRegularExpression(QRegularExpression::anchoredPattern(parts.join(QStringLiteral(".+"))));
        }
    }
    // Qt's own standard buttons, which qtbase_<lang>.qm translates (German keeps "OK").
    for (const char *text : {"Close", "Cancel", "OK", "Apply", "Save", "Open", "Restore Defaults"}) {
        if (QCoreApplication::translate("QPlatformTheme", text) != QLatin1String(text))
            patterns << QRegularExpression(QRegularExpression::anchoredPattern(QString::fromLatin1(text)));
    }
    return patterns;
}

QStringList linesOf(const QString &text, bool rich)
{
    const QString plain = rich ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
    QStringList lines;
    for (const QString &line : plain.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            lines << withoutMnemonic(line.trimmed());
    }
    return lines;
}

QString describe(const QWidget *widget)
{
    return widget->objectName().isEmpty() ? QString::fromLatin1(widget->metaObject()->className())
                                          : widget->objectName();
}

// Never answers a read (its unlock prompt stays unanswered) and refuses to save.
class LockedSecretStore : public SecretStore
{
public:
    void read(const SecretKey &, QObject *, Callback) override { }
    void write(const SecretKey &, const QString &, QObject *context, Callback callback) override
    {
        QTimer::singleShot(0, context, [callback] { callback(Result{Status::Locked, {}, {}}); });
    }
    void remove(const SecretKey &, QObject *context, Callback callback) override
    {
        QTimer::singleShot(0, context, [callback] { callback(Result{Status::Ok, {}, {}}); });
    }
};

} // namespace

class TestLocalizedUi : public QObject
{
    Q_OBJECT

private slots:
    void everyStateFitsInEachLanguage_data();
    void everyStateFitsInEachLanguage();
    void keychainAndCertificateStatesFit_data();
    void keychainAndCertificateStatesFit();
    void batchStatesFit_data();
    void batchStatesFit();

private:
    void useLanguage(const QString &language);
    void look(QWidget *window, const QString &state, const QSize &limit);
    void cutOffTexts(QWidget *window, const QString &state, const QSize &limit);
    void englishLeftovers(QWidget *window, const QString &state);
    void sharedMnemonics(QWidget *window, const QString &state);

    QString m_language;
    QList<QRegularExpression> m_untranslated;
    QStringList m_problems;
};

void TestLocalizedUi::everyStateFitsInEachLanguage_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &code : LanguageLoader::availableLanguages())
        QTest::newRow(qPrintable(code)) << code;
}

void TestLocalizedUi::look(QWidget *window, const QString &state, const QSize &limit)
{
    // A new text settles over a few rounds of posted events (layout request, GrowToFit's
    // queued resize, the layout again); one round was not always enough on a busy machine.
    for (int round = 0; round < 5; ++round)
        QCoreApplication::processEvents();
    cutOffTexts(window, state, limit);
    englishLeftovers(window, state);
    sharedMnemonics(window, state);
    const QString folder = qEnvironmentVariable("PP_SCREENSHOT_DIR");
    if (!folder.isEmpty()) {
        QDir().mkpath(folder);
        QVERIFY(window->grab().save(QDir(folder).filePath(m_language + QLatin1Char('-') + state
                                                          + QStringLiteral(".png"))));
    }
}

void TestLocalizedUi::cutOffTexts(QWidget *window, const QString &state, const QSize &limit)
{
    const QString where = m_language + QLatin1Char(' ') + state + QStringLiteral(": ");
    const QSize needed = window->minimumSizeHint().expandedTo(window->minimumSize());
    if (needed.width() > limit.width() || needed.height() > limit.height())
        m_problems << where
                + QStringLiteral("%1 needs at least %2×%3, more than %4×%5")
                      .arg(describe(window))
                      .arg(needed.width())
                      .arg(needed.height())
                      .arg(limit.width())
                      .arg(limit.height());
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisible() || widget->window() != window)
            continue;
        // Squeezed: a field or button lower than it needs overlaps its neighbours. (The
        // parts inside a spin box, combo box or line edit are the part's business.)
        const QWidget *parent = widget->parentWidget();
        const bool part = qobject_cast<const QAbstractSpinBox *>(parent) || qobject_cast<const QComboBox *>(parent)
            || qobject_cast<const QLineEdit *>(parent);
        if (!part
            && (qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget)
                || qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractSpinBox *>(widget))) {
            if (widget->height() < widget->minimumSizeHint().height())
                m_problems << where + QStringLiteral("%1 is squeezed (%2 < %3 px high)").arg(describe(widget)).arg(widget->height()).arg(widget->minimumSizeHint().height());
        }
        if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            if (!button->text().isEmpty() && button->width() < button->minimumSizeHint().width())
                m_problems << where + QStringLiteral("button “%1” is cut off (%2 < %3 px)").arg(button->text()).arg(button->width()).arg(button->minimumSizeHint().width());
        } else if (auto *label = qobject_cast<QLabel *>(widget)) {
            if (!label->wordWrap() && !label->text().isEmpty()
                && label->width() < label->minimumSizeHint().width())
                m_problems << where + QStringLiteral("label “%1” is cut off (%2 < %3 px)").arg(label->text().left(60)).arg(label->width()).arg(label->minimumSizeHint().width());
            if (label->wordWrap() && !label->text().isEmpty()
                && label->height() < label->heightForWidth(label->width()))
                m_problems << where + QStringLiteral("wrapped label “%1” is cut off (%2 < %3 px high)").arg(label->text().left(60)).arg(label->height()).arg(label->heightForWidth(label->width()));
        } else if (auto *table = qobject_cast<QTableView *>(widget)) {
            const QHeaderView *header = table->horizontalHeader();
            for (int section = 0; section < header->count(); ++section) {
                if (header->isSectionHidden(section)
                    || (header->stretchLastSection() && section == header->count() - 1))
                    continue;
                if (header->sectionSize(section) < header->sectionSizeHint(section))
                    m_problems << where + QStringLiteral("column “%1” of %2 is narrower than its title (%3 < %4 px)").arg(table->model()->headerData(section, Qt::Horizontal).toString(), describe(table)).arg(header->sectionSize(section)).arg(header->sectionSizeHint(section));
            }
        }
    }
}

void TestLocalizedUi::englishLeftovers(QWidget *window, const QString &state)
{
    if (m_untranslated.isEmpty())
        return;
    QStringList shown{withoutMnemonic(window->windowTitle())};
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisible() || widget->window() != window)
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget))
            shown << linesOf(label->text(), label->textFormat() == Qt::RichText || Qt::mightBeRichText(label->text()));
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            shown << withoutMnemonic(button->text());
        else if (auto *group = qobject_cast<QGroupBox *>(widget))
            shown << withoutMnemonic(group->title());
        else if (auto *edit = qobject_cast<QLineEdit *>(widget))
            shown << edit->placeholderText();
        else if (auto *combo = qobject_cast<QComboBox *>(widget))
            shown << combo->currentText() << combo->placeholderText();
        else if (auto *browser = qobject_cast<QTextBrowser *>(widget))
            shown << linesOf(browser->toPlainText(), false);
        else if (auto *table = qobject_cast<QTableView *>(widget)) {
            for (int section = 0; section < table->model()->columnCount(); ++section)
                shown << table->model()->headerData(section, Qt::Horizontal).toString();
        }
    }
    if (auto *mainWindow = qobject_cast<QMainWindow *>(window)) {
        const QList<QAction *> menus = mainWindow->menuBar()->actions();
        for (QAction *menu : menus) {
            shown << withoutMnemonic(menu->text());
            if (menu->menu()) {
                const QList<QAction *> entries = menu->menu()->actions();
                for (QAction *entry : entries)
                    shown << withoutMnemonic(entry->text());
            }
        }
    }
    for (const QString &text : std::as_const(shown)) {
        if (text.trimmed().isEmpty())
            continue;
        for (const QRegularExpression &pattern : std::as_const(m_untranslated)) {
            if (pattern.match(text.trimmed()).hasMatch()) {
                m_problems << m_language + QLatin1Char(' ') + state
                        + QStringLiteral(": not translated: “%1”").arg(text.trimmed());
                break;
            }
        }
    }
}

void TestLocalizedUi::sharedMnemonics(QWidget *window, const QString &state)
{
    QHash<QChar, QStringList> owners;
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisible() || widget->window() != window)
            continue;
        QString text;
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            text = button->text();
        else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            text = label->text();
        if (const QChar key = mnemonicOf(text); !key.isNull())
            owners[key] << text;
    }
    if (auto *mainWindow = qobject_cast<QMainWindow *>(window)) {
        const QList<QAction *> menus = mainWindow->menuBar()->actions();
        for (QAction *menu : menus) {
            if (const QChar key = mnemonicOf(menu->text()); !key.isNull())
                owners[key] << menu->text();
            if (!menu->menu())
                continue;
            // Within an open menu, too, each entry needs a key of its own.
            QHash<QChar, QStringList> entries;
            const QList<QAction *> actions = menu->menu()->actions();
            for (QAction *entry : actions) {
                if (const QChar key = mnemonicOf(entry->text()); !key.isNull())
                    entries[key] << entry->text();
            }
            for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
                if (it.value().size() > 1)
                    m_problems << m_language + QLatin1Char(' ') + state
                            + QStringLiteral(": in menu %1, %2 belongs to %3")
                                  .arg(menu->text(), it.key(), it.value().join(QStringLiteral(", ")));
            }
        }
    }
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it.value().size() > 1)
            m_problems << m_language + QLatin1Char(' ') + state
                    + QStringLiteral(": Alt+%1 belongs to %2").arg(it.key(), it.value().join(QStringLiteral(", ")));
    }
}

void TestLocalizedUi::everyStateFitsInEachLanguage()
{
    QFETCH(QString, language);
    useLanguage(language);
    auto restoreEnglish = qScopeGuard([] { LanguageLoader::install(qApp, QStringLiteral("en")); });

    WizardHarness app;
    QWidget *window = app.window.get();

    // Sign-in: as it opens, then refused with a wrong secret.
    app.portal.injectFault(PracticePortal::Route::ProductList, PracticeFault::httpError(503), 1);
    app.window->start();
    SignInDialog *signIn = app.window->signInDialog();
    QVERIFY(signIn);
    QTRY_VERIFY(signIn->isVisible());
    look(signIn, QStringLiteral("0-sign-in"), kDialogLimit);
    auto *secret = signIn->findChild<QLineEdit *>(QStringLiteral("clientSecretLineEdit"));
    secret->setText(QStringLiteral("not-the-secret"));
    QTest::mouseClick(signIn->findChild<QAbstractButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(signIn->findChild<QLabel *>(QStringLiteral("signInErrorLabel"))->isVisible(), 10000);
    look(signIn, QStringLiteral("0b-sign-in-refused"), kDialogLimit);
    secret->setText(PracticePortal::practiceClientSecret());
    QVERIFY(app.signIn());

    // Product: the list failed once (HTTP 503), then Retry.
    auto *retry = app.wizard()->page(PurchaseWizard::ProductPageId)->findChild<QPushButton *>(QStringLiteral("retryButton"));
    QTRY_VERIFY(retry->isVisible());
    look(window, QStringLiteral("1b-product-error"), kMainWindowSize);
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(app.listsReady());
    app.chooseProduct(QStringLiteral("P-Series Turnkey Package"));
    look(window, QStringLiteral("1-product"), kMainWindowSize);
    app.clickNext();

    // For whom: a customer.
    QTest::mouseClick(app.find<QRadioButton>(QStringLiteral("customerRadioButton")), Qt::LeftButton, {}, QPoint(4, 4));
    QVERIFY(app.chooseCustomer(kLoneStarPartnerId));
    QVERIFY(app.wizard()->currentPage()->isComplete());
    look(window, QStringLiteral("2-for-whom"), kMainWindowSize);
    app.clickNext();

    // Plans and services: the Turnkey seed.
    auto *plans = app.find<QComboBox>(QStringLiteral("planComboBox"));
    QTRY_VERIFY(plans->findData(kTurnkeyPlan) > 0);
    plans->setCurrentIndex(plans->findData(kTurnkeyPlan));
    app.setQuantity(QStringLiteral("planQuantitySpinBox"), 100);
    app.tick(QStringLiteral("service%1CheckBox").arg(kRecordingMinutes));
    app.setQuantity(QStringLiteral("service%1QuantitySpinBox").arg(kRecordingMinutes), 10000);
    look(window, QStringLiteral("3-plans-and-services"), kMainWindowSize);
    app.clickNext();

    app.chooseBillingContact(kSeedBillingContact);
    look(window, QStringLiteral("4-billing-contact"), kMainWindowSize);
    app.clickNext();

    // Review: refused once by the portal, then placed.
    QCOMPARE(app.wizard()->currentId(), int(PurchaseWizard::ReviewPageId));
    app.tick(QStringLiteral("confirmCheckBox"));
    app.find<QAbstractButton>(QStringLiteral("showRequestToolButton"))->click();
    // The terms arrive after the page is shown and lay it out again: measure it after.
    QTRY_VERIFY_WITH_TIMEOUT(!app.services->terms.items().isEmpty() && !app.services->terms.isLoading(), 10000);
    QTRY_VERIFY(app.find<QLabel>(QStringLiteral("termsLabel"))->isVisible());
    look(window, QStringLiteral("5-review"), kMainWindowSize);
    app.portal.injectFault(PracticePortal::Route::OrderSave,
                           PracticeFault::portalError(QStringLiteral("parameter_validation_failed"),
                                                      QStringLiteral("billingId is required")),
                           1);
    app.clickNext();
    QTRY_VERIFY(app.find<QLabel>(QStringLiteral("orderErrorLabel"))->isVisible());
    look(window, QStringLiteral("5b-review-refused"), kMainWindowSize);
    app.tick(QStringLiteral("confirmCheckBox"));
    app.clickNext();
    QTRY_COMPARE(app.wizard()->currentId(), int(PurchaseWizard::ReceiptPageId));
    QTRY_VERIFY(app.wizard()->button(QWizard::FinishButton)->isEnabled()); // once the receipt has settled
    look(window, QStringLiteral("6-receipt"), kMainWindowSize);

    // A second order whose answer is lost: the outcome-unknown page, then the check.
    QTest::mouseClick(app.wizard()->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_COMPARE(app.wizard()->currentId(), int(PurchaseWizard::ProductPageId));
    QVERIFY(app.walkToReviewForRemoteManagementPremium());
    app.portal.injectFault(PracticePortal::Route::OrderSave, PracticeFault::Kind::DropConnection, 1);
    app.tick(QStringLiteral("confirmCheckBox"));
    app.clickNext();
    QTRY_COMPARE_WITH_TIMEOUT(app.wizard()->currentId(), int(PurchaseWizard::OutcomeUnknownPageId), 10000);
    look(window, QStringLiteral("7-outcome-unknown"), kMainWindowSize);
    QTest::mouseClick(app.find<QPushButton>(QStringLiteral("checkOrdersButton")), Qt::LeftButton);
    QTRY_VERIFY(app.wizard()->button(QWizard::FinishButton)->isEnabled());
    look(window, QStringLiteral("7b-outcome-found"), kMainWindowSize);

    // The receipts window, a receipt selected.
    ReceiptHistoryWindow *receipts = app.openReceiptsWithOneSelected();
    QVERIFY(receipts);
    look(receipts, QStringLiteral("8-receipts"), kSideWindowSize);
    receipts->close();

    // The portal's orders, one selected with its details.
    OrdersWindow *orders = app.openPortalOrdersWithOneShown();
    QVERIFY(orders);
    look(orders, QStringLiteral("9-portal-orders"), kSideWindowSize);
    orders->close();

    // The purchased products: a software PBX selected (details and activation code),
    // then only those expiring soon, then a filter nothing matches.
    auto *followUp = app.window->findChild<FollowUpActions *>();
    QVERIFY(followUp);
    followUp->productsAction()->trigger();
    ProductsWindow *products = followUp->productsWindow();
    QTRY_VERIFY(products && products->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(products->model()->state() == RemoteListModel::State::Ready, 10000);
    QTableView *productTable = products->tableView();
    for (int row = 0; row < productTable->model()->rowCount(); ++row) {
        if (products->model()->at(products->filterModel()->sourceRow(row)).productId == 12) {
            productTable->selectRow(row);
            break;
        }
    }
    QTRY_VERIFY_WITH_TIMEOUT(products->findChild<QWidget *>(QStringLiteral("copyActivationCodeButton"))->isVisible(),
                             10000);
    look(products, QStringLiteral("11-products"), kSideWindowSize);
    QTest::mouseClick(products->findChild<QCheckBox *>(QStringLiteral("expiringOnlyCheckBox")), Qt::LeftButton, {},
                      QPoint(4, 4));
    QTest::keyClicks(products->findChild<QLineEdit *>(QStringLiteral("productSearchLineEdit")),
                     QStringLiteral("nothing-like-this"));
    QTRY_VERIFY(products->findChild<QWidget *>(QStringLiteral("noMatchingProductsLabel"))->isVisible());
    look(products, QStringLiteral("11b-products-no-match"), kSideWindowSize);
    products->close();

    // Settings, with an address it refuses.
    AppSettings settings(app.directory.filePath(QStringLiteral("settings.ini")));
    auto *dialog = new SettingsDialog(&settings, window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    QTRY_VERIFY(dialog->isVisible());
    look(dialog, QStringLiteral("10-settings"), kDialogLimit);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("defaultBaseUrlLineEdit")),
                     QStringLiteral("http://portal.example.com"));
    QTRY_VERIFY(dialog->findChild<QLabel *>(QStringLiteral("baseUrlErrorLabel"))->isVisible());
    look(dialog, QStringLiteral("10b-settings-refused"), kDialogLimit);
    dialog->reject();

    QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(QLatin1Char('\n'))));
}

void TestLocalizedUi::batchStatesFit_data()
{
    everyStateFitsInEachLanguage_data();
}

void TestLocalizedUi::batchStatesFit()
{
    QFETCH(QString, language);
    useLanguage(language);
    auto restoreEnglish = qScopeGuard([] { LanguageLoader::install(qApp, QStringLiteral("en")); });

    WizardHarness app;
    QWidget *window = app.window.get();
    QVERIFY(app.signIn());
    QVERIFY(app.listsReady());
    CustomerPickerDialog *picker = app.openCustomerPickerForRemoteManagementPremium();
    QVERIFY(picker);
    // Three customers pasted, and a line that matches nobody.
    QString pasted;
    for (int row = 0; row < 3; ++row)
        pasted += app.services->subordinates.at(row).partnerId.toString() + QLatin1Char('\n');
    picker->findChild<QPlainTextEdit *>(QStringLiteral("pastedCustomersPlainTextEdit"))
        ->setPlainText(pasted + QStringLiteral("nobody@example.invalid"));
    QTest::mouseClick(picker->findChild<QPushButton *>(QStringLiteral("addPastedPushButton")), Qt::LeftButton);
    QTRY_VERIFY(picker->findChild<QLabel *>(QStringLiteral("unmatchedCustomersLabel"))->isVisible());
    look(picker, QStringLiteral("12-choose-customers"), kDialogLimit);
    picker->accept();
    QTRY_VERIFY(app.wizard()->currentPage()->isComplete());
    look(window, QStringLiteral("12b-several-customers"), kMainWindowSize);
    app.clickNext();
    QVERIFY(app.walkFromOfferingToReview(QStringLiteral("Remote Management Premium")));
    app.tick(QStringLiteral("confirmCheckBox"));
    QTRY_VERIFY_WITH_TIMEOUT(!app.services->terms.items().isEmpty() && !app.services->terms.isLoading(), 10000);
    look(window, QStringLiteral("12c-review-batch"), kMainWindowSize);

    // On its way (slow answers), then done.
    app.portal.setLatency(400ms);
    app.clickNext();
    BatchWindow *batch = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((batch = window->findChild<BatchWindow *>()) && batch->isVisible(), 10000);
    const BatchRunner &runner = app.services->batches;
    QTRY_VERIFY_WITH_TIMEOUT(runner.state() == BatchRunner::State::Running && runner.currentIndex() >= 1
                                 && !batch->findChild<QLabel *>(QStringLiteral("timeLeftLabel"))->text().isEmpty(),
                             20000);
    look(batch, QStringLiteral("12d-batch-on-its-way"), kSideWindowSize);
    QTRY_COMPARE_WITH_TIMEOUT(runner.state(), BatchRunner::State::Finished, 20000);
    look(batch, QStringLiteral("12e-batch-done"), kSideWindowSize);
    batch->close();

    QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(QLatin1Char('\n'))));
}

void TestLocalizedUi::useLanguage(const QString &language)
{
    m_language = language;
    m_problems.clear();
    QVERIFY(LanguageLoader::install(qApp, language));
    m_untranslated = untranslatedPatterns(language); // after install(): Qt's texts are checked too
    QVERIFY(language == QLatin1String("en") || !m_untranslated.isEmpty());
}

void TestLocalizedUi::keychainAndCertificateStatesFit_data()
{
    everyStateFitsInEachLanguage_data();
}

void TestLocalizedUi::keychainAndCertificateStatesFit()
{
    QFETCH(QString, language);
    useLanguage(language);
    auto restoreEnglish = qScopeGuard([] { LanguageLoader::install(qApp, QStringLiteral("en")); });

    // A keychain whose unlock prompt nobody answers, and that refuses to save.
    LockedSecretStore keychain;
    PracticePortal portal;
    QVERIFY(portal.listen());
    QTemporaryDir folder;
    AppServices services(&keychain, folder.filePath(QStringLiteral("accounts.ini")),
                         folder.filePath(QStringLiteral("receipts")));
    const Account account{QStringLiteral("Head office"), portal.baseUrl(), PracticePortal::practiceClientId()};
    services.accounts.save(account);
    services.accounts.setLastUsed(account);
    MainWindow window(services, {});
    window.resize(kMainWindowSize);
    window.show();

    // The start waits for the keychain and offers to go on without it.
    window.start();
    QTRY_VERIFY(window.findChild<QWidget *>(QStringLiteral("keychainWaitFrame"))->isVisible());
    look(&window, QStringLiteral("0c-keychain-wait"), kMainWindowSize);
    QTest::mouseClick(window.findChild<QAbstractButton *>(QStringLiteral("signInWithoutKeychainButton")),
                      Qt::LeftButton);
    SignInDialog *signIn = window.signInDialog();
    QVERIFY(signIn);
    QTRY_VERIFY(signIn->isVisible());

    // Why a saved secret was not used; a certificate this computer does not trust.
    signIn->showNotice(KeychainNotice::readFailed(SecretStore::Result{SecretStore::Status::Locked, {}, {}}));
    look(signIn, QStringLiteral("0d-sign-in-keychain-locked"), kDialogLimit);
    const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
    QVERIFY(!system.isEmpty());
    ApiError untrusted(ApiError::Kind::UntrustedCertificate);
    untrusted.setDetails(CertificateTrust::describe(
        {system.first()}, {QSslError(QSslError::UnableToGetLocalIssuerCertificate, system.first())}));
    signIn->showNotice(QString());
    signIn->showError(untrusted);
    QTest::mouseClick(signIn->findChild<QAbstractButton *>(QStringLiteral("signInDetailsButton")), Qt::LeftButton);
    QVERIFY(signIn->findChild<QLabel *>(QStringLiteral("signInDetailsLabel"))->isVisible());
    look(signIn, QStringLiteral("0e-sign-in-untrusted-certificate"), kDialogLimit);

    // Signed in, but the keychain did not save the secret: the status bar says so.
    signIn->findChild<QLineEdit *>(QStringLiteral("clientSecretLineEdit"))->setText(PracticePortal::practiceClientSecret());
    QTest::mouseClick(signIn->findChild<QAbstractButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
    auto *notice = window.findChild<QLabel *>(QStringLiteral("keychainWarningLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible() && notice->text() != KeychainNotice::saving(), 10000);
    look(&window, QStringLiteral("0f-secret-not-saved"), kMainWindowSize);

    QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestLocalizedUi)
#include "tst_localizedui.moc"
