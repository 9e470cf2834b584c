#include "OrderDetailsView.h"

#include "InlineStatus.h"
#include "TextStyle.h"
#include "api/PortalClient.h"
#include "order/OrderDetailsFormatter.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

OrderDetailsView::OrderDetailsView(PortalClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_title(new QLabel(this))
    , m_busy(InlineStatus::busyBar(this, QStringLiteral("orderDetailsProgressBar")))
    , m_message(InlineStatus::message(this, QStringLiteral("orderDetailsMessageLabel")))
    , m_reference(InlineStatus::reference(this, QStringLiteral("orderDetailsReferenceLabel")))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_form(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("orderDetailsView"));
    m_title->setObjectName(QStringLiteral("orderDetailsTitleLabel"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_retry->setObjectName(QStringLiteral("orderDetailsRetryButton"));
    m_form->setObjectName(QStringLiteral("orderDetailsTextBrowser"));
    m_form->setAccessibleName(tr("Order details"));
    m_form->setOpenLinks(false);

    QHBoxLayout *errorRow = InlineStatus::referenceAndRetry(m_reference, m_retry);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_busy);
    layout->addWidget(m_message);
    layout->addLayout(errorRow);
    layout->addWidget(m_form, 1);
    layout->addStretch(); // takes the space while the form is hidden

    connect(m_retry, &QPushButton::clicked, this, &OrderDetailsView::retry);
    showNothing();
}

void OrderDetailsView::showOrder(const QString &key, const QString &caption)
{
    const quint64 generation = ++m_generation;
    m_key = key;
    m_caption = caption;
    m_details.reset();
    m_error = ApiError();
    //: title of the order details pane; %1 the order number
    m_title->setText(tr("Order %1").arg(caption));
    setState(State::Loading);
    m_client->fetchOrderDetails(key, this, [this, generation](const ApiResult<OrderDetails> &result) {
        if (generation != m_generation)
            return; // the user has moved on to another order
        if (!result.ok()) {
            m_error = result.error;
            setState(State::Failed);
            return;
        }
        m_details = result.value;
        m_form->setHtml(OrderDetailsFormatter::html(*m_details));
        setState(State::Ready);
    });
}

void OrderDetailsView::showNothing()
{
    ++m_generation;
    m_key.clear();
    m_details.reset();
    m_error = ApiError();
    m_title->clear();
    setState(State::Empty);
}

void OrderDetailsView::retry()
{
    if (!m_key.isEmpty())
        showOrder(m_key, m_caption);
}

void OrderDetailsView::setState(State state)
{
    m_state = state;
    m_busy->setVisible(state == State::Loading);
    m_retry->setVisible(state == State::Failed);
    m_reference->setVisible(state == State::Failed && !m_error.referenceLine().isEmpty());
    m_form->setVisible(state == State::Ready);
    m_title->setVisible(state != State::Empty);
    TextStyle::showsError(m_message, state == State::Failed);
    switch (state) {
    case State::Empty:
        m_message->setText(tr("Select an order to see its details."));
        break;
    case State::Loading:
        m_message->setText(tr("Loading the order's details from the Partner Portal…"));
        break;
    case State::Failed:
        m_message->setText(m_error.userMessage());
        m_reference->setText(m_error.referenceLine());
        break;
    case State::Ready:
        m_message->clear();
        break;
    }
    m_message->setVisible(state != State::Ready);
    emit stateChanged(state);
}
