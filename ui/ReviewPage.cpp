#include "ReviewPage.h"

#include "PurchaseWizard.h"
#include "TextStyle.h"
#include "order/OrderTerms.h"
#include "order/PurchaseSession.h"
#include "order/RenewalBatchLoader.h"
#include "order/ReceiptFormatter.h"
#include "order/TermsFormatter.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QHeaderView>
#include <QScrollArea>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

ReviewPage::ReviewPage(PurchaseSession *session, OrderTerms *terms, QWidget *parent)
    : LazyWizardPage(parent)
    , m_session(session)
    , m_terms(terms)
{
    setObjectName(QStringLiteral("reviewPage"));
    setTitle(tr("Review and place the order"));
    //: "Place order" is the wizard button (PurchaseWizard "&Place order"): use the same words
    m_singleSubTitle = tr("Check everything below. The order is placed when you press Place order.");
    setSubTitle(m_singleSubTitle);
    setCommitPage(true);
}

void ReviewPage::buildContents()
{
    m_summary = new QLabel(this);
    m_termsLabel = new QLabel(this);
    m_batchOrders = new QTreeWidget(this);
    m_showBody = new QToolButton(this);
    m_body = new QPlainTextEdit(this);
    m_confirm = new QCheckBox(tr("I &understand that this places a paid order with Yeastar."), this);
    m_busy = new QProgressBar(this);
    m_sending = new QLabel(tr("The order is being sent to the Partner Portal. Until its answer arrives you "
                              "cannot go back, start over or quit."),
                           this);
    m_error = new QLabel(this);
    m_errorReference = new QLabel(this);

    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_termsLabel->setObjectName(QStringLiteral("termsLabel"));
    m_termsLabel->setTextFormat(Qt::RichText);
    m_termsLabel->setWordWrap(true);
    m_termsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_termsLabel->setVisible(false);

    m_batchOrders->setObjectName(QStringLiteral("batchOrdersTreeWidget"));
    m_batchOrders->setAccessibleName(tr("Orders of the batch"));
    m_batchOrders->setRootIsDecorated(false);
    m_batchOrders->setUniformRowHeights(true);
    //: columns of the list of orders in a batch
    m_batchOrders->setHeaderLabels({tr("#"), tr("Customer"), tr("Partner ID"), tr("Product"), tr("Items"), tr("Terms")});
    m_batchOrders->setVisible(false);

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

    // The summary and the terms scroll: an order of several items with their terms is
    // taller than the page.
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_summary);
    contentLayout->addWidget(m_termsLabel);
    contentLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("reviewScrollArea"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(title());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 2);
    layout->addWidget(m_batchOrders, 2);
    layout->addWidget(m_showBody);
    layout->addWidget(m_body, 1);
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
    connect(m_session, &PurchaseSession::stateChanged, this, &ReviewPage::sessionChanged);
    connect(m_terms, &OrderTerms::changed, this, &ReviewPage::showTerms);
    // A bulk renewal's list fills in as the products' details arrive.
    if (RenewalBatchLoader *renewals = m_session->renewalLoader()) {
        connect(renewals, &RenewalBatchLoader::changed, this, [this] {
            if (m_session->draft().renewsSeveral && wizard() && wizard()->currentPage() == this)
                showBatch();
        });
    }
    // The exact body of the order selected in the batch's list.
    connect(m_batchOrders, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        batchOrderSelected(item ? m_batchOrders->indexOfTopLevelItem(item) : -1);
    });
}

void ReviewPage::batchOrderSelected(int row)
{
    m_body->setPlainText(row >= 0 ? QString::fromUtf8(m_batchBodies.value(row)) : QString());
    if (!m_session->draft().renewsSeveral)
        return; // the package's terms, the same for every order, are shown already
    // Each product its own plan, services and renewal terms: those of the selected one.
    if (row < 0 || row >= m_renewalDrafts.size()) {
        m_termsHeading.clear();
        m_terms->clear();
        return;
    }
    //: above the portal's renewal terms of the order selected in the list; %1 the product (and its customer)
    m_termsHeading = tr("Renewal terms of %1, selected in the list:").arg(m_batchLabels.value(row));
    m_terms->load(m_renewalDrafts.at(row));
}

void ReviewPage::initializePage()
{
    ensureBuilt();
    m_confirm->setText(OrderOperations::isTrial(m_session->draft().operation)
                           ? tr("I &understand that this requests a free trial from Yeastar.")
                           : tr("I &understand that this places a paid order with Yeastar."));
    m_confirm->setChecked(false);
    m_batchOrders->setVisible(m_session->draft().isBatch());
    if (m_session->draft().isBatch()) {
        showBatch();
        return;
    }
    m_termsHeading.clear();
    setButtonText(QWizard::CommitButton, tr("&Place order"));
    setSubTitle(m_singleSubTitle);
    //: shows the JSON body that will be sent to the portal
    m_showBody->setText(tr("Show the exact request"));
    const PurchaseSession::Preview preview = m_session->preview();
    const bool orderable = preview.problems.isEmpty();
    if (!orderable) {
        m_summary->setText(preview.problems.join(QStringLiteral("<br>")));
        m_body->clear();
        m_terms->clear();
    } else {
        m_summary->setText(ReceiptFormatter::orderSummaryHtml(preview.receipt));
        m_body->setPlainText(QString::fromUtf8(preview.body));
        m_terms->load(m_session->draft());
    }
    m_confirm->setEnabled(orderable);
}

void ReviewPage::showBatch()
{
    const BatchPlanner::Plan plan = m_session->batchPlan();
    const bool orderable = plan.problems.isEmpty();
    m_batchOrders->clear();
    m_batchBodies.clear();
    m_renewalDrafts = plan.renewals;
    m_batchLabels.clear();
    m_termsHeading.clear();
    m_body->clear();
    const bool renewals = m_session->draft().renewsSeveral;
    // Products that cannot be renewed are named with the reason, never dropped silently.
    QString skipped;
    if (!plan.skipped.isEmpty()) {
        QStringList lines;
        for (const BatchPlanner::Skipped &product : plan.skipped)
            lines << QStringLiteral("%1: %2").arg(product.label.toHtmlEscaped(), product.reason.toHtmlEscaped());
        //: heading above the products of a bulk renewal that are left out, each with its reason
        skipped = QStringLiteral("<p><b>%1</b><br>%2</p>")
                      .arg(tr("Not renewed (%n):", nullptr, int(plan.skipped.size())).toHtmlEscaped(),
                           lines.join(QStringLiteral("<br>")));
    }
    if (!orderable) {
        m_summary->setText(plan.problems.join(QStringLiteral("<br>")) + skipped);
        m_terms->clear();
        m_confirm->setEnabled(false);
        return;
    }
    const int count = int(plan.orders.size());
    if (renewals) {
        // Each renewal its own product, plan and terms: they are listed below, one a row;
        // the selected one's terms are asked for when it is selected.
        m_terms->clear();
        m_summary->setText(
            QStringLiteral("<p><b>%1</b></p>")
                .arg(tr("%n renewals, one for each product below, each with its current plan, services and "
                        "quantities:",
                        nullptr, count)
                         .toHtmlEscaped())
            + skipped);
    } else {
        // The package's terms hold for every order of the batch.
        m_terms->load(m_session->draft());
        // The package once, then every order.
        m_summary->setText(
            QStringLiteral("<p><b>%1</b></p>")
                .arg(tr("%n orders, one for each customer below, each with this package:", nullptr, count).toHtmlEscaped())
            //: the "For" line of a batch's package
            + ReceiptFormatter::orderSummaryHtml(plan.orders.first().plan, tr("%n customers, one order each", nullptr, count)));
    }
    QList<QTreeWidgetItem *> items;
    for (const BatchOrder &order : plan.orders) {
        QStringList terms;
        for (const Receipt::Line &line : order.plan.lines)
            terms << ReceiptFormatter::billingDescription(line.billingCycle, line.multiCycle);
        const QString product = order.plan.subscriptionNo.isEmpty()
            ? order.plan.productName
            : QStringLiteral("%1 %2").arg(order.plan.productName, order.plan.subscriptionNo);
        auto *item = new QTreeWidgetItem({QString::number(order.index + 1), order.plan.recipientName,
                                          order.plan.recipientPartnerId, product, order.plan.itemsSummary(),
                                          terms.join(QStringLiteral(", "))});
        items << item;
        m_batchBodies << order.plan.requestBody;
        m_batchLabels << order.label();
    }
    m_batchOrders->addTopLevelItems(items);
    m_batchOrders->header()->resizeSections(QHeaderView::ResizeToContents);
    m_batchOrders->setCurrentItem(items.first());
    //: shows the JSON body of the order selected in the list above
    m_showBody->setText(tr("Show the exact request of the selected order"));
    //: the wizard's commit button for a batch; %n the number of orders
    setButtonText(QWizard::CommitButton, tr("&Place %n orders", nullptr, count));
    //: "Place … orders" is the wizard button (ReviewPage "&Place %n orders"): use the same words
    setSubTitle(tr("Check everything below. The orders are placed, one after another, when you press Place %n orders.",
                   nullptr, count));
    m_confirm->setEnabled(true);
}

bool ReviewPage::placeBatch()
{
    QString error;
    if (!m_session->placeBatch(m_confirmation, &error)) {
        //: %1 why, in one or more sentences
        m_error->setText(tr("The orders were not placed. %1").arg(error));
        m_error->setVisible(true);
        m_confirm->setChecked(false);
        return false;
    }
    m_confirm->setChecked(false);
    emit batchStarted();
    return false; // the wizard starts over; the batch goes on in its window
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
    if (!isBuilt())
        return false;
    if (m_session->draft().isBatch())
        return m_confirm->isChecked() && !m_batchBodies.isEmpty();
    return m_confirm->isChecked() && !m_session->isSending() && m_session->problems().isEmpty();
}

bool ReviewPage::validatePage()
{
    switch (m_session->state()) {
    case PurchaseSession::State::Placed:
    case PurchaseSession::State::Unknown:
        return true; // the answer is in: move on to the receipt or the unknown outcome
    case PurchaseSession::State::Sending:
        return false;
    case PurchaseSession::State::Editing:
    case PurchaseSession::State::Rejected:
        break;
    }
    if (!m_confirm->isChecked())
        return false;
    if (m_session->draft().isBatch())
        return placeBatch();
    m_session->place(m_confirmation); // the answer moves the wizard on
    return false;
}

int ReviewPage::nextId() const
{
    return m_session->state() == PurchaseSession::State::Unknown ? PurchaseWizard::OutcomeUnknownPageId
                                                                 : PurchaseWizard::ReceiptPageId;
}

void ReviewPage::sessionChanged()
{
    const bool sending = m_session->isSending();
    m_busy->setVisible(sending);
    m_sending->setVisible(sending);
    m_confirm->setEnabled(!sending);
    m_showBody->setEnabled(!sending);
    emit completeChanged();

    switch (m_session->state()) {
    case PurchaseSession::State::Editing:
    case PurchaseSession::State::Sending:
        m_error->setVisible(false);
        m_errorReference->setVisible(false);
        return;
    case PurchaseSession::State::Rejected:
        showRejection();
        return;
    case PurchaseSession::State::Placed: // the receipt is saved (or why not is known)
    case PurchaseSession::State::Unknown:
        break;
    }
    if (wizard() && wizard()->currentPage() == this)
        wizard()->next();
}

void ReviewPage::showRejection()
{
    //: %1 what went wrong and what to do, one or more sentences
    m_error->setText(tr("The order was not placed. %1").arg(m_session->error().userMessage()));
    m_errorReference->setText(m_session->error().referenceLine());
    m_error->setVisible(true);
    m_errorReference->setVisible(!m_errorReference->text().isEmpty());
    // The next attempt needs a fresh confirmation.
    m_confirm->setChecked(false);
}

void ReviewPage::showTerms()
{
    // Read-only information: whatever happens here, placing the order is not held up.
    QString html;
    if (!m_termsHeading.isEmpty() && !m_terms->items().isEmpty())
        html += QStringLiteral("<p><b>%1</b></p>").arg(m_termsHeading.toHtmlEscaped());
    for (const OrderTerms::Item &item : m_terms->items()) {
        //: heading above what the portal says about one plan or service of the order
        html += QStringLiteral("<p><b>%1</b><br>").arg(tr("Terms of “%1”").arg(item.name).toHtmlEscaped());
        switch (item.status) {
        case OrderTerms::Item::Status::Loading:
            html += tr("Asking the portal…").toHtmlEscaped();
            break;
        case OrderTerms::Item::Status::Failed:
            //: %1 what went wrong, in a few words
            html += tr("The terms could not be shown (%1). You can still place the order.")
                        .arg(item.error.title())
                        .toHtmlEscaped();
            break;
        case OrderTerms::Item::Status::Ready: {
            const QList<TermsFormatter::Row> rows = TermsFormatter::rows(item.result);
            if (rows.isEmpty())
                html += tr("The portal gave no details.").toHtmlEscaped();
            QStringList lines;
            for (const TermsFormatter::Row &row : rows)
                lines << (row.known ? QStringLiteral("%1: <b>%2</b>") : QStringLiteral("%1 → %2"))
                             .arg(row.label.toHtmlEscaped(), row.value.toHtmlEscaped());
            html += lines.join(QStringLiteral("<br>"));
            break;
        }
        }
        html += QStringLiteral("</p>");
    }
    m_termsLabel->setText(html);
    m_termsLabel->setVisible(!html.isEmpty());
}
