// How the app looks on a dark system palette and at high DPI. Every wizard page, the
// sign-in and settings dialogs, the receipts and products windows (with the products'
// expiry colours) and their error states are shown
// under a light and a dark Fusion palette, and every visible text is checked to be
// readable: at least 4.5:1 contrast against what is behind it (WCAG AA). ctest runs this
// twice, at scale 1 and with QT_SCALE_FACTOR=2. With PP_SCREENSHOT_DIR set, every state
// is saved as <palette>-<scale>x-<state>.png for a person to look at.
#include "ApplicationIcon.h"
#include "ExpiryMarkDelegate.h"
#include "FollowUpActions.h"
#include "ProductsWindow.h"
#include "ReceiptHistoryWindow.h"
#include "SettingsDialog.h"
#include "SeedIds.h"
#include "WizardHarness.h"
#include "products/ProductInstanceModel.h"
#include "settings/AppSettings.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyleFactory>
#include <QTextBlock>
#include <QTableView>
#include <QTextBrowser>

#include <cmath>

namespace {

// A dark palette like the ones desktop themes use: light grey text on near-black.
QPalette darkPalette()
{
    const QColor window(0x2d, 0x2d, 0x2d);
    const QColor base(0x1e, 0x1e, 0x1e);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabledText(0x80, 0x80, 0x80);
    QPalette palette(text, QColor(0x3a, 0x3a, 0x3a), QColor(0x55, 0x55, 0x55), QColor(0x1a, 0x1a, 0x1a),
                     QColor(0x2a, 0x2a, 0x2a), text, QColor(0xff, 0xff, 0xff), base, window);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::ToolTipBase, window);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xb0, 0x9c, 0xff));
    palette.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    return palette;
}

double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &color)
{
    return 0.2126 * linear(color.redF()) + 0.7152 * linear(color.greenF()) + 0.0722 * linear(color.blueF());
}

// WCAG contrast ratio; a translucent foreground is blended over the background first.
double contrast(QColor foreground, const QColor &background)
{
    const double alpha = foreground.alphaF();
    foreground = QColor::fromRgbF(float(foreground.redF() * alpha + background.redF() * (1 - alpha)),
                                  float(foreground.greenF() * alpha + background.greenF() * (1 - alpha)),
                                  float(foreground.blueF() * alpha + background.blueF() * (1 - alpha)));
    const double a = luminance(foreground) + 0.05;
    const double b = luminance(background) + 0.05;
    return std::max(a, b) / std::min(a, b);
}

constexpr double kMinimumContrast = 4.5;

// Every visible label and every coloured run of text in a text browser under `root`.
QStringList unreadableTexts(QWidget *root)
{
    QStringList problems;
    QList<QLabel *> labels = root->findChildren<QLabel *>();
    if (auto *self = qobject_cast<QLabel *>(root))
        labels.prepend(self);
    for (QLabel *label : std::as_const(labels)) {
        if (!label->isVisible() || label->text().trimmed().isEmpty())
            continue;
        const QPalette palette = label->palette();
        const QColor foreground = palette.color(QPalette::Active, label->foregroundRole());
        const QColor background = palette.color(QPalette::Active, label->backgroundRole());
        const double ratio = contrast(foreground, background);
        if (ratio < kMinimumContrast) {
            problems << QStringLiteral("%1 (%2 on %3, %4:1): %5")
                            .arg(label->objectName(), foreground.name(QColor::HexArgb), background.name())
                            .arg(ratio, 0, 'f', 2)
                            .arg(label->text().left(60));
        }
    }
    const QList<QTextEdit *> editors = root->findChildren<QTextEdit *>();
    for (QTextEdit *editor : editors) {
        if (!editor->isVisible())
            continue;
        const QColor base = editor->palette().color(QPalette::Active, QPalette::Base);
        for (QTextBlock block = editor->document()->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat format = it.fragment().charFormat();
                if (format.foreground().style() == Qt::NoBrush)
                    continue; // the palette's text colour
                const double ratio = contrast(format.foreground().color(), base);
                if (ratio < kMinimumContrast) {
                    problems << QStringLiteral("%1 (%2 on %3, %4:1): %5")
                                    .arg(editor->objectName(), format.foreground().color().name(), base.name())
                                    .arg(ratio, 0, 'f', 2)
                                    .arg(it.fragment().text().left(60));
                }
            }
        }
    }
    return problems;
}

} // namespace

class TestAppearance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void applicationIconHasEverySize();
    void everyStateIsReadable_data();
    void everyStateIsReadable();

private:
    void look(QWidget *widget, const QString &state);

    QString m_paletteName;
    QStringList m_problems;
};

void TestAppearance::initTestCase()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
}

// The window icon: every size rendered from the SVG is in the binary, and a crisp one is
// picked at twice the pixel density.
void TestAppearance::applicationIconHasEverySize()
{
    const QIcon icon = ApplicationIcon::icon();
    QCOMPARE(icon.availableSizes(), (QList<QSize>{{16, 16}, {24, 24}, {32, 32}, {48, 48}, {64, 64}, {128, 128}, {256, 256}}));
    for (const QSize &size : icon.availableSizes())
        QVERIFY(!icon.pixmap(size).isNull());
    const QPixmap hiDpi = icon.pixmap(QSize(32, 32), 2.0);
    QCOMPARE(hiDpi.size(), QSize(64, 64));
}

void TestAppearance::everyStateIsReadable_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

// Checks the texts of `widget` and saves its picture when asked to.
void TestAppearance::look(QWidget *widget, const QString &state)
{
    QCoreApplication::processEvents();
    for (const QString &problem : unreadableTexts(widget))
        m_problems << state + QStringLiteral(": ") + problem;
    const QString folder = qEnvironmentVariable("PP_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    const QString name = QStringLiteral("%1-%2x-%3.png")
                             .arg(m_paletteName)
                             .arg(widget->devicePixelRatioF())
                             .arg(state);
    QVERIFY(widget->grab().save(QDir(folder).filePath(name)));
}

void TestAppearance::everyStateIsReadable()
{
    QFETCH(bool, dark);
    m_paletteName = dark ? QStringLiteral("dark") : QStringLiteral("light");
    m_problems.clear();
    QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());

    WizardHarness app;
    const qreal expectedScale = qEnvironmentVariableIsSet("QT_SCALE_FACTOR")
        ? qEnvironmentVariable("QT_SCALE_FACTOR").toDouble()
        : 1.0;
    QCOMPARE(app.window->devicePixelRatioF(), expectedScale);

    // Sign-in refused, then accepted; the product list fails once.
    app.portal.injectFault(PracticePortal::Route::ProductList, PracticeFault::httpError(503), 1);
    app.window->start();
    SignInDialog *signIn = app.window->signInDialog();
    QVERIFY(signIn);
    auto *secret = signIn->findChild<QLineEdit *>(QStringLiteral("clientSecretLineEdit"));
    secret->setText(QStringLiteral("not-the-secret"));
    auto *signInButton = signIn->findChild<QPushButton *>(QStringLiteral("signInButton"));
    QTest::mouseClick(signInButton, Qt::LeftButton);
    QTRY_VERIFY(signIn->findChild<QLabel *>(QStringLiteral("signInErrorLabel"))->isVisible());
    QTRY_VERIFY(signInButton->isEnabled());
    look(signIn, QStringLiteral("sign-in-refused"));
    secret->setText(PracticePortal::practiceClientSecret());
    QTest::mouseClick(signInButton, Qt::LeftButton);
    QTRY_VERIFY(app.wizard()->isEnabled());

    auto *retry = app.wizard()->page(PurchaseWizard::ProductPageId)->findChild<QPushButton *>(QStringLiteral("retryButton"));
    QTRY_VERIFY(retry->isVisible());
    look(app.window.get(), QStringLiteral("1-product-failed"));
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(app.listsReady());

    app.chooseProduct(QStringLiteral("Remote Management Premium"));
    look(app.window.get(), QStringLiteral("1-product"));
    app.clickNext();
    look(app.window.get(), QStringLiteral("2-for-whom"));
    app.clickNext();
    QTRY_VERIFY(app.find<QCheckBox>(QStringLiteral("service%1CheckBox").arg(kRmpService)));
    app.tick(QStringLiteral("service%1CheckBox").arg(kRmpService));
    app.setQuantity(QStringLiteral("service%1QuantitySpinBox").arg(kRmpService), 10);
    look(app.window.get(), QStringLiteral("3-plans-and-services"));
    app.clickNext();
    app.chooseBillingContact(kSeedBillingContact);
    look(app.window.get(), QStringLiteral("4-billing-contact"));
    app.clickNext();
    QCOMPARE(app.wizard()->currentId(), int(PurchaseWizard::ReviewPageId));
    app.find<QAbstractButton>(QStringLiteral("showRequestToolButton"))->click();
    look(app.window.get(), QStringLiteral("5-review"));

    // The portal refuses the order once: the error shows on the review page.
    app.portal.injectFault(PracticePortal::Route::OrderSave,
                           PracticeFault::portalError(QStringLiteral("parameter_validation_failed"),
                                                      QStringLiteral("billingId is required")),
                           1);
    app.tick(QStringLiteral("confirmCheckBox"));
    app.clickNext();
    QTRY_VERIFY(app.find<QLabel>(QStringLiteral("orderErrorLabel"))->isVisible());
    look(app.window.get(), QStringLiteral("5b-review-refused"));
    app.tick(QStringLiteral("confirmCheckBox"));
    app.clickNext();
    QTRY_COMPARE(app.wizard()->currentId(), int(PurchaseWizard::ReceiptPageId));
    look(app.window.get(), QStringLiteral("6-receipt"));

    // The receipts window.
    auto *followUp = app.window->findChild<FollowUpActions *>();
    QVERIFY(followUp);
    followUp->receiptsAction()->trigger();
    QTRY_VERIFY(followUp->receiptsWindow() && followUp->receiptsWindow()->isVisible());
    followUp->receiptsWindow()->resize(900, 560);
    look(followUp->receiptsWindow(), QStringLiteral("7-receipts"));
    followUp->receiptsWindow()->close();

    // The purchased products, a software PBX selected; the rows' expiry colours.
    followUp->productsAction()->trigger();
    ProductsWindow *products = followUp->productsWindow();
    QTRY_VERIFY(products && products->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(products->model()->state() == RemoteListModel::State::Ready, 10000);
    products->tableView()->selectRow(0);
    QTRY_VERIFY_WITH_TIMEOUT(products->findChild<QWidget *>(QStringLiteral("instanceTitleLabel"))->isVisible(), 10000);
    look(products, QStringLiteral("7b-products"));
    const QPalette tablePalette = products->tableView()->palette();
    for (const auto band : {ExpiryBand::Band::Expired, ExpiryBand::Band::Expiring}) {
        const QColor color = *ExpiryMarkDelegate::markColor(band, tablePalette);
        for (const QPalette::ColorRole background : {QPalette::Base, QPalette::AlternateBase}) {
            const double ratio = contrast(color, tablePalette.color(QPalette::Active, background));
            if (ratio < kMinimumContrast)
                m_problems << QStringLiteral("7b-products: band %1 (%2 on %3, %4:1)")
                                  .arg(int(band))
                                  .arg(color.name(), tablePalette.color(background).name())
                                  .arg(ratio, 0, 'f', 2);
        }
    }
    products->close();

    // Settings, with an address it refuses.
    AppSettings settings(app.directory.filePath(QStringLiteral("settings.ini")));
    auto *dialog = new SettingsDialog(&settings, app.window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    look(dialog, QStringLiteral("8-settings"));
    auto *address = dialog->findChild<QLineEdit *>(QStringLiteral("defaultBaseUrlLineEdit"));
    QTest::keyClicks(address, QStringLiteral("http://portal.example.com"));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("baseUrlErrorLabel"))->isVisible());
    look(dialog, QStringLiteral("8b-settings-refused"));
    dialog->reject();

    QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
