#include "AutoRenewalDialog.h"

#include "MessageLabel.h"
#include "TextStyle.h"
#include "order/AutoRenewal.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

AutoRenewalDialog::AutoRenewalDialog(AutoRenewal *renewal, QWidget *parent)
    : QDialog(parent)
    , m_renewal(renewal)
    , m_product(new QLabel(this))
    , m_problems(new MessageLabel(this))
    , m_confirm(new QCheckBox(tr("I &understand that the account is charged at every renewal."), this))
    , m_busy(new QProgressBar(this))
    , m_result(new QPlainTextEdit(this))
    , m_saveFeedback(new MessageLabel(this))
    , m_turnOn(new QPushButton(tr("&Turn on auto-renewal"), this))
    , m_copy(new QPushButton(tr("&Copy"), this))
    , m_save(new QPushButton(tr("&Save as…"), this))
{
    setObjectName(QStringLiteral("autoRenewalDialog"));
    setWindowTitle(tr("Turn on auto-renewal"));
    // Room for its wrapped sentences: a dialog sized to its hint squeezes them together.
    setMinimumSize(560, 420);
    resize(640, 480);
    const CurrentSubscription &product = renewal->product();

    m_product->setObjectName(QStringLiteral("autoRenewalProductLabel"));
    m_product->setWordWrap(true);
    m_product->setTextInteractionFlags(Qt::TextSelectableByMouse);
    //: %1 product name, %2 serial number, %3 plan name
    m_product->setText(
        tr("%1, serial number %2, plan %3").arg(product.productName, product.productNo, product.planName));
    auto *explanation
        = new QLabel(tr("Yeastar then renews this plan at the end of each term and charges your "
                        "account; the billing contact gets a reminder before each renewal."),
                     this);
    explanation->setWordWrap(true);
    auto *offNote = new QLabel(AutoRenewal::offTurnsInThePortal(), this);
    offNote->setObjectName(QStringLiteral("autoRenewalOffNoteLabel"));
    offNote->setWordWrap(true);
    TextStyle::applySecondary(offNote);
    m_problems->setObjectName(QStringLiteral("autoRenewalProblemsLabel"));
    m_problems->setWordWrap(true);
    TextStyle::applyError(m_problems, false);
    m_confirm->setObjectName(QStringLiteral("autoRenewalConfirmCheckBox"));
    m_busy->setObjectName(QStringLiteral("autoRenewalProgressBar"));
    m_busy->setRange(0, 0);
    m_busy->setFormat(tr("Turning on auto-renewal…"));
    m_busy->setTextVisible(true);
    m_busy->setAccessibleName(m_busy->format());
    m_result->setObjectName(QStringLiteral("autoRenewalResultPlainTextEdit"));
    m_result->setReadOnly(true);
    m_result->setAccessibleName(tr("Outcome of turning on auto-renewal"));
    m_saveFeedback->setObjectName(QStringLiteral("autoRenewalSaveFeedbackLabel"));
    m_saveFeedback->setWordWrap(true);
    m_turnOn->setObjectName(QStringLiteral("turnOnAutoRenewalPushButton"));
    m_copy->setObjectName(QStringLiteral("copyAutoRenewalResultPushButton"));
    m_copy->setAccessibleName(tr("Copy the outcome"));
    m_save->setObjectName(QStringLiteral("saveAutoRenewalResultPushButton"));
    m_save->setAccessibleName(tr("Save the outcome as a text file"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_turnOn, QDialogButtonBox::ActionRole);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_product);
    layout->addWidget(explanation);
    layout->addWidget(offNote);
    layout->addWidget(m_problems);
    layout->addWidget(m_confirm);
    layout->addWidget(m_busy);
    layout->addWidget(m_result, 1);
    layout->addWidget(m_saveFeedback);
    layout->addStretch(); // before the outcome: the sentences stay together at the top
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_confirm, &QCheckBox::toggled, this, [this](bool checked) {
        if (checked)
            ++m_confirmation; // each tick allows one request
        update();
    });
    connect(m_turnOn, &QPushButton::clicked, this, [this] {
        if (m_confirm->isChecked())
            m_renewal->enable(m_confirmation);
    });
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_renewal->resultText()); });
    connect(m_save, &QPushButton::clicked, this, [this] { emit saveRequested(m_renewal->resultText()); });
    connect(m_renewal, &AutoRenewal::stateChanged, this, [this](AutoRenewal::State state) {
        if (state != AutoRenewal::State::Sending)
            m_confirm->setChecked(false); // another attempt needs another confirmation
        update();
    });
    update();
}

void AutoRenewalDialog::update()
{
    const AutoRenewal::State state = m_renewal->state();
    const QStringList problems = AutoRenewal::problems(m_renewal->product());
    const bool sending = state == AutoRenewal::State::Sending;
    const bool done = state != AutoRenewal::State::Idle && !sending;
    m_problems->setMessage(state == AutoRenewal::State::On ? QString() : problems.join(QLatin1Char('\n')));
    m_confirm->setEnabled(problems.isEmpty() && !sending && state != AutoRenewal::State::On);
    m_turnOn->setEnabled(m_confirm->isEnabled() && m_confirm->isChecked());
    m_busy->setVisible(sending);
    m_result->setVisible(done);
    if (done)
        m_result->setPlainText(m_renewal->resultText());
    m_copy->setEnabled(done);
    m_save->setEnabled(done);
}

void AutoRenewalDialog::showSaved(const QString &path, const QString &error)
{
    TextStyle::showsError(m_saveFeedback, !error.isEmpty());
    const QString where = QDir::toNativeSeparators(path);
    m_saveFeedback->setMessage(error.isEmpty() ? tr("Saved to %1.").arg(where)
                                               //: %1 file path, %2 the system's reason
                                               : tr("The outcome was not saved to %1: %2").arg(where, error));
}
