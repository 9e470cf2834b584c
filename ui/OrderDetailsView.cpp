#include "OrderDetailsView.h"

#include "InlineStatus.h"
#include "TextStyle.h"
#include "models/OrderDetailsLoader.h"
#include "order/OrderDetailsFormatter.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

OrderDetailsView::OrderDetailsView(OrderDetailsLoader *loader, QWidget *parent)
    : QWidget(parent)
    , m_loader(loader)
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

    connect(m_retry, &QPushButton::clicked, m_loader, &OrderDetailsLoader::reload);
    connect(m_loader, &OrderDetailsLoader::stateChanged, this, &OrderDetailsView::refresh);
    refresh();
}

void OrderDetailsView::refresh()
{
    using State = OrderDetailsLoader::State;
    const State state = m_loader->state();
    const ApiError &error = m_loader->error();
    m_busy->setVisible(state == State::Loading);
    m_retry->setVisible(state == State::Failed);
    m_reference->setVisible(state == State::Failed && !error.referenceLine().isEmpty());
    m_form->setVisible(state == State::Ready);
    m_title->setVisible(state != State::Idle);
    //: title of the order details pane; %1 the order number
    m_title->setText(state == State::Idle ? QString() : tr("Order %1").arg(m_loader->caption()));
    TextStyle::showsError(m_message, state == State::Failed);
    switch (state) {
    case State::Idle:
        m_message->setText(tr("Select an order to see its details."));
        break;
    case State::Loading:
        m_message->setText(tr("Loading the order's details from the Partner Portal…"));
        break;
    case State::Failed:
        m_message->setText(error.userMessage());
        m_reference->setText(error.referenceLine());
        break;
    case State::Ready:
        m_message->clear();
        m_form->setHtml(OrderDetailsFormatter::html(*m_loader->details()));
        break;
    }
    m_message->setVisible(state != State::Ready);
}
