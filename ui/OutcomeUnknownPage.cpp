#include "OutcomeUnknownPage.h"

#include "MessageLabel.h"
#include "order/PurchaseSession.h"
#include "order/ReceiptFormatter.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

OutcomeUnknownPage::OutcomeUnknownPage(PurchaseSession *session, QWidget *parent)
    : LazyWizardPage(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("outcomeUnknownPage"));
    setTitle(tr("Outcome unknown"));
    setSubTitle(tr("The order was sent, but no answer came back."));
    setFinalPage(true);
}

void OutcomeUnknownPage::buildContents()
{
    m_explanation = new QLabel(this);
    m_summary = new QLabel(this);
    m_check = new QPushButton(tr("&Check the portal's order list"), this);
    m_verdict = new MessageLabel(this);

    m_explanation->setObjectName(QStringLiteral("outcomeExplanationLabel"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setObjectName(QStringLiteral("outcomeSummaryLabel"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_check->setObjectName(QStringLiteral("checkOrdersButton"));
    m_verdict->setObjectName(QStringLiteral("lookupVerdictLabel"));
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addWidget(m_summary);
    layout->addWidget(m_check, 0, Qt::AlignLeft);
    layout->addWidget(m_verdict);
    layout->addStretch();

    connect(m_check, &QPushButton::clicked, this, [this] {
        m_session->lookUpOrder();
        showLookup();
    });
    connect(m_session, &PurchaseSession::lookupFinished, this, &OutcomeUnknownPage::showLookup);
}

void OutcomeUnknownPage::initializePage()
{
    ensureBuilt();
    const QString when = QLocale().toString(m_session->attemptedAt().toLocalTime(), QLocale::LongFormat);
    //: %1 date and time of the attempt, %2 what went wrong, e.g. "The Partner Portal did not answer in time."
    QString text = tr("The order was sent to the Partner Portal at %1, but its answer never arrived: %2 "
                      "The order may or may not have been placed. It was NOT sent again. Check the "
                      "portal's order list before you buy again.")
                       .arg(when, m_session->error().title());
    if (!m_session->error().requestId().isEmpty())
        text += QLatin1Char(' ') + tr("Request ID: %1").arg(m_session->error().requestId());
    m_explanation->setText(text);

    m_summary->setText(ReceiptFormatter::orderSummaryHtml(m_session->receipt())); // what was sent
    // Starting over (the wizard's New purchase) is offered once the user knows what happened.
    m_lookedUp = false;
    emit completeChanged();
    showLookup(); // the session started looking by itself; the button looks again
}

bool OutcomeUnknownPage::isComplete() const
{
    return m_lookedUp;
}

void OutcomeUnknownPage::showLookup()
{
    const OrderLookup &lookup = m_session->lookup();
    m_check->setEnabled(lookup.verdict() != OrderLookup::Verdict::Searching);
    switch (lookup.verdict()) {
    case OrderLookup::Verdict::Found:
        //: %1 order number, %2 its status as the portal names it (pending, succeed…)
        m_verdict->setMessage(tr("Found it: order %1 (status: %2) was created after your attempt with the same "
                                 "product and items. Do not buy again; the order is in the portal.")
                                  .arg(lookup.match()->orderNo, lookup.match()->orderStatus));
        m_lookedUp = true;
        break;
    case OrderLookup::Verdict::NotFound:
        m_verdict->setMessage(tr("No matching order was found in the portal's order list. The order was "
                                 "probably not placed; you can start a new purchase. Check again in a few "
                                 "minutes if you want to be sure."));
        m_lookedUp = true;
        break;
    case OrderLookup::Verdict::Failed:
        //: %1 what went wrong and what to do, %2 code and request ID for support
        m_verdict->setMessage(tr("The order list could not be checked. %1 %2")
                                  .arg(lookup.error().userMessage(), lookup.error().referenceLine()));
        break;
    case OrderLookup::Verdict::Searching:
        m_verdict->setMessage(tr("Looking for the order in the Partner Portal…"));
        break;
    }
    emit completeChanged();
}
