#include "LoadStatusPanel.h"

#include "ErrorDetails.h"
#include "InlineStatus.h"
#include "models/LoadState.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

LoadStatusPanel::LoadStatusPanel(LoadState *load, const QString &loadingText, const QString &emptyText,
                                 QWidget *parent)
    : QWidget(parent)
    , m_load(load)
    , m_loadingText(loadingText)
    , m_emptyText(emptyText)
    , m_message(InlineStatus::message(this, QStringLiteral("loadStatusLabel")))
    , m_reference(InlineStatus::reference(this, QStringLiteral("loadReferenceLabel")))
    , m_details(new ErrorDetails(QStringLiteral("load"), this))
    , m_busy(InlineStatus::busyBar(this, QStringLiteral("loadStatusProgressBar")))
    , m_retry(new QPushButton(tr("&Retry"), this))
{
    setObjectName(QStringLiteral("loadStatusPanel"));
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setAccessibleDescription(tr("Ask the Partner Portal again"));

    QHBoxLayout *row = InlineStatus::referenceAndRetry(m_reference, m_retry);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addWidget(m_busy);
    layout->addLayout(row);
    layout->addWidget(m_details);

    connect(m_retry, &QPushButton::clicked, m_load, &LoadState::retry);
    connect(m_load, &LoadState::stateChanged, this, &LoadStatusPanel::refresh);
    refresh();
}

void LoadStatusPanel::refresh()
{
    const LoadState::State state = m_load->state();
    const bool failed = state == LoadState::State::Failed;
    const bool loading = state == LoadState::State::Loading;
    const bool empty = m_load->isEmpty();

    m_busy->setVisible(loading);
    // An empty list may fill once the user adds entries in the portal: Retry then too.
    m_retry->setVisible(failed || empty);
    m_reference->setVisible(failed && !m_load->error().referenceLine().isEmpty());
    m_details->setDetails(failed ? m_load->error().details() : QString());
    if (failed) {
        m_message->setText(m_load->error().userMessage());
        m_reference->setText(m_load->error().referenceLine());
    } else if (loading) {
        m_message->setText(m_loadingText);
    } else if (empty) {
        m_message->setText(m_emptyText);
    }
    const bool reloading = loading && m_reloadIndicator && m_load->hasRows();
    if (m_reloadIndicator)
        m_reloadIndicator->setVisible(reloading);
    setVisible(failed || (loading && !reloading) || empty);
}

void LoadStatusPanel::showReloadsIn(QWidget *indicator)
{
    m_reloadIndicator = indicator;
    refresh();
}
