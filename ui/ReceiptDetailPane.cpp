#include "ReceiptDetailPane.h"

#include "MessageLabel.h"

#include "ReceiptView.h"
#include "TextStyle.h"
#include "order/ReceiptStatusRefresher.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

ReceiptDetailPane::ReceiptDetailPane(ReceiptStatusRefresher *refresher, QWidget *parent)
    : QWidget(parent)
    , m_refresher(refresher)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(tr("Select a receipt to see it in full."), this))
    , m_status(new QLabel(this))
    , m_refresh(new QPushButton(tr("Refresh &status"), this))
    , m_feedback(new MessageLabel(this))
    , m_view(new ReceiptView(this))
{
    setObjectName(QStringLiteral("receiptDetailPane"));
    m_stack->setObjectName(QStringLiteral("receiptDetailStackedWidget"));
    m_placeholder->setObjectName(QStringLiteral("receiptPlaceholderLabel"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("receiptStatusLabel"));
    m_status->setTextFormat(Qt::RichText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refresh->setObjectName(QStringLiteral("refreshStatusButton"));
    m_refresh->setToolTip(tr("Ask the Partner Portal for this order's current status"));
    m_feedback->setObjectName(QStringLiteral("refreshFeedbackLabel"));
    m_feedback->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *details = new QWidget(this);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_refresh, 0, Qt::AlignTop);
    auto *detailLayout = new QVBoxLayout(details);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addLayout(statusRow);
    detailLayout->addWidget(m_feedback);
    detailLayout->addWidget(m_view, 1);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(details);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_refresh, &QPushButton::clicked, this, &ReceiptDetailPane::refreshStatus);
    connect(m_refresher, &ReceiptStatusRefresher::started, this, &ReceiptDetailPane::updateStatus);
    connect(m_refresher, &ReceiptStatusRefresher::finished, this, &ReceiptDetailPane::onRefreshFinished);
    showNothing();
}

void ReceiptDetailPane::showReceipt(const Receipt &receipt)
{
    const QString key = ReceiptStatusRefresher::orderKey(receipt);
    if (key != m_orderKey)
        m_feedback->setMessage(QString());
    m_orderKey = key;
    m_receipt = receipt;
    m_view->setReceipt(receipt);
    m_stack->setCurrentIndex(1);
    updateStatus();
}

void ReceiptDetailPane::showNothing()
{
    m_orderKey.clear();
    m_receipt = Receipt();
    m_feedback->setMessage(QString());
    m_stack->setCurrentIndex(0);
}

void ReceiptDetailPane::refreshStatus()
{
    if (m_orderKey.isEmpty())
        return;
    m_feedback->setMessage(QString());
    m_refresher->refresh(m_receipt);
}

void ReceiptDetailPane::updateStatus()
{
    if (m_orderKey.isEmpty())
        return;
    // The receipt below says what the status means; this line says how fresh it is.
    const bool canChange = ReceiptStatusRefresher::canChange(m_receipt);
    //: order status when the portal never said; the others are the portal's own words (pending, succeed…)
    const QString status
        = m_receipt.portal.orderStatus.isEmpty() ? tr("unknown") : m_receipt.portal.orderStatus;
    QString checked;
    if (m_receipt.statusCheckedAt.isValid())
        //: %1 date and time; follows "Status: pending · "
        checked = tr("last checked with the portal %1")
                      .arg(QLocale().toString(m_receipt.statusCheckedAt.toLocalTime(), QLocale::ShortFormat));
    else if (canChange)
        //: follows "Status: pending · "
        checked = tr("not checked since the order was placed");
    //: %1 the order status, e.g. pending; %2 e.g. "last checked with the portal 3/1/25 9:30"
    m_status->setText(
        checked.isEmpty()
            ? tr("<b>Status: %1</b>").arg(status.toHtmlEscaped())
            : tr("<b>Status: %1</b> · %2").arg(status.toHtmlEscaped(), checked.toHtmlEscaped()));
    const bool refreshing = m_refresher->isRefreshing(m_orderKey);
    m_refresh->setVisible(canChange);
    m_refresh->setEnabled(!refreshing);
    if (refreshing) {
        TextStyle::clear(m_feedback);
        m_feedback->setMessage(tr("Asking the Partner Portal…"));
    }
}

void ReceiptDetailPane::onRefreshFinished(const QString &orderKey, const QString &errorMessage,
                                          const QString &reference)
{
    if (orderKey != m_orderKey)
        return;
    // On success the store changed and the window has shown the new receipt already.
    if (errorMessage.isEmpty()) {
        TextStyle::clear(m_feedback);
        //: %1 the order status as the portal names it, e.g. pending, succeed
        m_feedback->setMessage(tr("The portal says: %1.").arg(m_receipt.portal.orderStatus));
    } else {
        TextStyle::applyError(m_feedback, false);
        m_feedback->setMessage(reference.isEmpty() ? errorMessage
                                                   : QStringLiteral("%1\n%2").arg(errorMessage, reference));
    }
    updateStatus();
}
