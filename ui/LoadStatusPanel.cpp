#include "LoadStatusPanel.h"

#include "ErrorDetails.h"
#include "TextStyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

LoadStatusPanel::LoadStatusPanel(RemoteListModel *model, const QString &loadingText,
                                 const QString &emptyText, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_loadingText(loadingText)
    , m_emptyText(emptyText)
    , m_message(new QLabel(this))
    , m_reference(new QLabel(this))
    , m_details(new ErrorDetails(QStringLiteral("load"), this))
    , m_busy(new QProgressBar(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
{
    setObjectName(QStringLiteral("loadStatusPanel"));
    m_message->setObjectName(QStringLiteral("loadStatusLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reference->setObjectName(QStringLiteral("loadReferenceLabel"));
    m_reference->setTextInteractionFlags(Qt::TextSelectableByMouse);
    TextStyle::applySecondary(m_reference);
    m_busy->setRange(0, 0);
    m_busy->setMaximumHeight(8);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Loading"));
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setAccessibleDescription(tr("Ask the Partner Portal again"));

    auto *row = new QHBoxLayout;
    row->addWidget(m_reference, 1);
    row->addWidget(m_retry);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addWidget(m_busy);
    layout->addLayout(row);
    layout->addWidget(m_details);

    connect(m_retry, &QPushButton::clicked, this, [this] {
        emit retryRequested();
        m_model->load();
    });
    connect(m_model, &RemoteListModel::stateChanged, this, &LoadStatusPanel::refresh);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LoadStatusPanel::refresh);
    refresh();
}

bool LoadStatusPanel::listUsable() const
{
    return m_model->state() == RemoteListModel::State::Ready && m_model->rowCount() > 0;
}

void LoadStatusPanel::refresh()
{
    const RemoteListModel::State state = m_model->state();
    const bool failed = state == RemoteListModel::State::Failed;
    const bool loading = state == RemoteListModel::State::Loading;
    const bool empty = state == RemoteListModel::State::Ready && m_model->rowCount() == 0;

    m_busy->setVisible(loading);
    // An empty list may fill once the user adds entries in the portal: Retry then too.
    m_retry->setVisible(failed || empty);
    m_reference->setVisible(failed && !m_model->error().referenceLine().isEmpty());
    m_details->setDetails(failed ? m_model->error().details() : QString());
    if (failed) {
        m_message->setText(m_model->error().userMessage());
        m_reference->setText(m_model->error().referenceLine());
    } else if (loading) {
        m_message->setText(m_loadingText);
    } else if (empty) {
        m_message->setText(m_emptyText);
    }
    setVisible(failed || loading || empty);
}
