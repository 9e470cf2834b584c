#include "ReviewPage.h"

#include "PurchaseWizard.h"
#include "TextStyle.h"
#include "order/OrderBodyBuilder.h"
#include "order/OrderSubmitter.h"
#include "order/ReceiptFormatter.h"
#include "order/ReceiptStore.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QToolButton>
#include <QVBoxLayout>

ReviewPage::ReviewPage(PurchaseWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_summary(new QLabel(this))
    , m_showBody(new QToolButton(this))
    , m_body(new QPlainTextEdit(this))
    , m_confirm(new QCheckBox(tr("I &understand that this places a paid order with Yeastar."), this))
    , m_busy(new QProgressBar(this))
    , m_sending(new QLabel(tr("The order is being sent to the Partner Portal. Until its answer arrives you "
                              "cannot go back, start over or quit."),
                           this))
    , m_error(new QLabel(this))
    , m_errorReference(new QLabel(this))
{
    setObjectName(QStringLiteral("reviewPage"));
    setTitle(tr("Review and place the order"));
    //: "Place order" is the wizard button (PurchaseWizard "&Place order"): use the same words
    setSubTitle(tr("Check everything below. The order is placed when you press Place order."));
    setCommitPage(true);

    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_showBody->setObjectName(QStringLiteral("showRequestToolButton"));
    //: shows the JSON body that will be sent to the portal
    m_showBody->setText(tr("Show the exact request"));
    m_showBody->setCheckable(true);
    m_showBody->setArrowType(Qt::RightArrow);
    m_showBody->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_showBody->setAutoRaise(true);
    m_body->setObjectName(QStringLiteral("requestBodyPlainTextEdit"));
    m_body->setReadOnly(true);
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_body->setAccessibleName(tr("The exact JSON body that will be sent"));
    m_body->setVisible(false);

    m_confirm->setObjectName(QStringLiteral("confirmCheckBox"));
    m_busy->setObjectName(QStringLiteral("placingOrderProgressBar"));
    m_busy->setRange(0, 0);
    m_busy->setFormat(tr("Placing the order…"));
    m_busy->setTextVisible(true);
    m_busy->setAccessibleName(m_busy->format());
    m_busy->setVisible(false);
    m_sending->setObjectName(QStringLiteral("sendingOrderLabel"));
    m_sending->setWordWrap(true);
    m_sending->setVisible(false);
    m_error->setObjectName(QStringLiteral("orderErrorLabel"));
    m_error->setWordWrap(true);
    TextStyle::applyError(m_error);
    m_error->setVisible(false);
    m_errorReference->setObjectName(QStringLiteral("orderErrorReferenceLabel"));
    m_errorReference->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorReference->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_showBody);
    layout->addWidget(m_body, 1);
    layout->addStretch();
    layout->addWidget(m_error);
    layout->addWidget(m_errorReference);
    layout->addWidget(m_busy);
    layout->addWidget(m_sending);
    layout->addWidget(m_confirm);

    connect(m_showBody, &QToolButton::toggled, this, [this](bool shown) {
        m_body->setVisible(shown);
        m_showBody->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(m_confirm, &QCheckBox::toggled, this, [this](bool checked) {
        if (checked)
            ++m_confirmation;
        emit completeChanged();
    });
    connect(wizard->context().submitter, &OrderSubmitter::stateChanged, this, &ReviewPage::submitterChanged);
}

void ReviewPage::initializePage()
{
    const auto outcome = OrderBodyBuilder::build(m_wizard->draft());
    if (!outcome.request) {
        m_summary->setText(outcome.problems.join(QStringLiteral("<br>")));
        m_body->clear();
    } else {
        const Receipt preview = Receipt::fromOrder(m_wizard->draft(), *outcome.request, OrderReceipt(),
                                                   m_wizard->accountId(), m_wizard->accountLabel(),
                                                   QDateTime::currentDateTimeUtc());
        m_summary->setText(ReceiptFormatter::orderSummaryHtml(preview));
        m_body->setPlainText(QString::fromUtf8(outcome.request->toJsonBody()));
    }
    m_confirm->setChecked(false);
    m_confirm->setEnabled(outcome.request.has_value());
}

void ReviewPage::cleanupPage()
{
    // Going Back withdraws the confirmation: the user confirms again what they see next time.
    m_confirm->setChecked(false);
    m_error->setVisible(false);
    m_errorReference->setVisible(false);
}

bool ReviewPage::isComplete() const
{
    const OrderSubmitter *submitter = m_wizard->context().submitter;
    return m_confirm->isChecked() && submitter->state() != OrderSubmitter::State::Sending
        && OrderBodyBuilder::problemsWith(m_wizard->draft()).isEmpty();
}

bool ReviewPage::validatePage()
{
    OrderSubmitter *submitter = m_wizard->context().submitter;
    switch (submitter->state()) {
    case OrderSubmitter::State::Placed:
    case OrderSubmitter::State::Unknown:
        return true; // the answer is in: move on to the receipt or the unknown outcome
    case OrderSubmitter::State::Sending:
        return false;
    case OrderSubmitter::State::Idle:
    case OrderSubmitter::State::Rejected:
        break;
    }
    const auto outcome = OrderBodyBuilder::build(m_wizard->draft());
    if (!outcome.request || !m_confirm->isChecked())
        return false;
    // Refused when this confirmation was already used: one body per confirmation.
    submitter->submit(*outcome.request, m_confirmation);
    return false;
}

int ReviewPage::nextId() const
{
    return m_wizard->context().submitter->state() == OrderSubmitter::State::Unknown
        ? PurchaseWizard::OutcomeUnknownPageId
        : PurchaseWizard::ReceiptPageId;
}

void ReviewPage::submitterChanged()
{
    const OrderSubmitter *submitter = m_wizard->context().submitter;
    const bool sending = submitter->state() == OrderSubmitter::State::Sending;
    m_busy->setVisible(sending);
    m_sending->setVisible(sending);
    m_confirm->setEnabled(!sending);
    m_showBody->setEnabled(!sending);
    emit completeChanged();

    switch (submitter->state()) {
    case OrderSubmitter::State::Idle:
    case OrderSubmitter::State::Sending:
        m_error->setVisible(false);
        m_errorReference->setVisible(false);
        return;
    case OrderSubmitter::State::Rejected:
        showRejection();
        return;
    case OrderSubmitter::State::Placed: {
        // Save the receipt before showing it: the disk copy is the proof.
        const Receipt receipt = Receipt::fromOrder(m_wizard->draft(), submitter->request(), submitter->receipt(),
                                                   m_wizard->accountId(), m_wizard->accountLabel(),
                                                   submitter->attemptedAt());
        QString saveError;
        m_wizard->context().receipts->add(receipt, &saveError);
        m_wizard->setLastReceipt(receipt, saveError);
        break;
    }
    case OrderSubmitter::State::Unknown:
        break;
    }
    if (m_wizard->currentPage() == this)
        m_wizard->next();
}

void ReviewPage::showRejection()
{
    const OrderSubmitter *submitter = m_wizard->context().submitter;
    //: %1 what went wrong and what to do, one or more sentences
    m_error->setText(tr("The order was not placed. %1").arg(submitter->error().userMessage()));
    m_errorReference->setText(submitter->error().referenceLine());
    m_error->setVisible(true);
    m_errorReference->setVisible(!m_errorReference->text().isEmpty());
    // The next attempt needs a fresh confirmation.
    m_confirm->setChecked(false);
}
