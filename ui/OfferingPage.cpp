#include "OfferingPage.h"

#include "LoadStatusPanel.h"
#include "OrderLineEditor.h"
#include "TextStyle.h"
#include "models/OfferingLoader.h"
#include "order/OrderBodyBuilder.h"
#include "order/PurchaseSession.h"

#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

OfferingPage::OfferingPage(PurchaseSession *session, OfferingLoader *offering, QWidget *parent)
    : LazyWizardPage(parent)
    , m_session(session)
    , m_offering(offering)
{
    setObjectName(QStringLiteral("offeringPage"));
    setTitle(tr("Plans and services"));
    setSubTitle(tr("Choose a plan, services, and how many of each."));
}

void OfferingPage::buildContents()
{
    m_status = new LoadStatusPanel(m_offering->loadState(), tr("Loading the plans and services on offer…"),
                                   tr("Nothing can be bought for this product right now."), this);
    m_planGroup = new QGroupBox(tr("Plan"), this);
    m_planChoice = new QComboBox(m_planGroup);
    m_planLayout = new QVBoxLayout(m_planGroup);
    m_serviceGroup = new QGroupBox(tr("Services"), this);
    m_serviceLayout = new QVBoxLayout(m_serviceGroup);
    m_problems = new QLabel(this);
    m_planChoice->setObjectName(QStringLiteral("planComboBox"));
    m_planChoice->setAccessibleName(tr("Plan"));
    m_planLayout->addWidget(m_planChoice);
    m_problems->setObjectName(QStringLiteral("selectionProblemsLabel"));
    m_problems->setWordWrap(true);
    m_problems->hide(); // until there is an offer to choose from (an empty label is read out)
    TextStyle::applySecondary(m_problems);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_planGroup);
    contentLayout->addWidget(m_serviceGroup);
    contentLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setObjectName(QStringLiteral("offeringScrollArea"));
    scroll->setAccessibleName(title()); // it takes the focus: a screen reader names it

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_problems);

    connect(m_planChoice, &QComboBox::currentIndexChanged, this, &OfferingPage::planChosen);
    connect(m_offering, &OfferingLoader::stateChanged, this, &OfferingPage::offeringChanged);
    offeringChanged();
}

void OfferingPage::initializePage()
{
    ensureBuilt();
    // The product page normally prefetched this; load here if it did not (or failed).
    m_session->loadOffering();
    showDraft();
}

void OfferingPage::offeringChanged()
{
    const LoadState::State state = m_offering->state();
    if (state != LoadState::State::Ready)
        m_problems->hide(); // the load status says what is wrong
    if (state == LoadState::State::Ready || state == LoadState::State::Idle) {
        m_editorsBuilt = false;
        showDraft();
    }
    emit completeChanged();
}

void OfferingPage::buildEditors()
{
    const Offering &offering = m_offering->offering();
    // Another offering's rows: out of sight now, deleted once the events queued for them
    // (accessibility requests among them) have been handled.
    for (OrderLineEditor *old : std::as_const(m_serviceEditors)) {
        old->hide();
        m_serviceLayout->removeWidget(old);
        old->deleteLater();
    }
    m_serviceEditors.clear();

    // What the operation offers: trial items for a trial, services only for an addition,
    // plans only for a switch.
    const bool anyService = std::any_of(offering.services.cbegin(), offering.services.cend(),
                                        [this](const OfferingItem &service) { return m_session->offers(service); });
    m_planChoice->clear();
    m_planChoice->addItem(!anyService ? tr("Choose a plan…") : tr("No plan — services only"));
    for (const OfferingItem &plan : offering.plans) {
        if (m_session->offers(plan))
            m_planChoice->addItem(plan.name, plan.id.toString());
    }
    for (const OfferingItem &service : offering.services) {
        if (!m_session->offers(service))
            continue;
        auto *editor = new OrderLineEditor(service, true, QStringLiteral("service") + service.id.toString(),
                                           m_serviceGroup);
        connect(editor, &OrderLineEditor::changed, this, &OfferingPage::updateDraft);
        m_serviceLayout->addWidget(editor);
        editor->show();
        m_serviceEditors << editor;
    }
    m_editorsBuilt = true;
    m_editorsFor = m_session->draft().operation;
}

void OfferingPage::showDraft()
{
    // The draft's choices in the editors, so that Back and Next, or a Retry, keep what
    // the user chose.
    if (m_offering->state() != LoadState::State::Ready) {
        m_planGroup->setVisible(false);
        m_serviceGroup->setVisible(false);
        return;
    }
    m_restoring = true;
    m_session->prefillFromOffering(); // a renewal starts with what the product has
    const OrderDraft saved = m_session->draft();
    if (!m_editorsBuilt || m_editorsFor != saved.operation)
        buildEditors();
    m_planGroup->setVisible(m_planChoice->count() > 1);
    m_serviceGroup->setVisible(!m_serviceEditors.isEmpty());

    const int planRow = saved.plan ? m_planChoice->findData(saved.plan->item.id.toString()) : 0;
    {
        const QSignalBlocker blocker(m_planChoice);
        m_planChoice->setCurrentIndex(std::max(0, planRow));
    }
    planChosen();
    if (m_planEditor && !m_planEditor->isHidden() && saved.plan && saved.plan->item.id == m_planEditor->item().id)
        m_planEditor->setLine(*saved.plan);
    for (OrderLineEditor *editor : std::as_const(m_serviceEditors)) {
        editor->setItem(m_session->startingLine(editor->item())); // unticked, unless the draft has it
        for (const OrderLine &chosen : saved.services) {
            if (chosen.item.id == editor->item().id)
                editor->setLine(chosen);
        }
    }
    m_restoring = false;
    updateDraft();
}

void OfferingPage::planChosen()
{
    const EntityId planId = EntityId::fromString(m_planChoice->currentData().toString());
    const OfferingItem *plan = m_offering->offering().findPlan(planId);
    if (plan && !m_planEditor) {
        m_planEditor = new OrderLineEditor(*plan, false, QStringLiteral("plan"), m_planGroup);
        connect(m_planEditor, &OrderLineEditor::changed, this, &OfferingPage::updateDraft);
        m_planLayout->addWidget(m_planEditor);
        setTabOrder(m_planChoice, m_planEditor);
    }
    if (plan)
        m_planEditor->setItem(m_session->startingLine(*plan));
    // Shown or hidden, never deleted: the same editor serves every plan.
    if (m_planEditor)
        m_planEditor->setVisible(plan != nullptr);
    updateDraft();
}

void OfferingPage::updateDraft()
{
    if (m_restoring)
        return;
    OrderDraft &draft = m_session->draft();
    draft.plan = m_planEditor && !m_planEditor->isHidden() ? m_planEditor->line() : std::nullopt;
    draft.services.clear();
    for (const OrderLineEditor *editor : std::as_const(m_serviceEditors)) {
        if (const auto line = editor->line())
            draft.services << *line;
    }
    const QStringList problems = OrderBodyBuilder::selectionProblems(draft);
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty()
                           && m_offering->state() == LoadState::State::Ready);
    emit completeChanged();
}

bool OfferingPage::isComplete() const
{
    if (!isBuilt())
        return false;
    return m_offering->state() == LoadState::State::Ready && m_session->offeringMatchesDraft()
        && OrderBodyBuilder::selectionProblems(m_session->draft()).isEmpty();
}
