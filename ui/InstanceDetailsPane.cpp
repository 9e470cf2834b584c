#include "InstanceDetailsPane.h"

#include "InlineStatus.h"
#include "TextStyle.h"
#include "models/JsonTreeModel.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <utility>

using Part = InstanceDetailsLoader::Part;
using State = InstanceDetailsLoader::State;

namespace {

QLabel *caption(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    TextStyle::applySecondary(label);
    return label;
}

} // namespace

InstanceDetailsPane::InstanceDetailsPane(InstanceDetailsLoader *loader, ProductNames productNames,
                                         QWidget *parent)
    : QWidget(parent)
    , m_loader(loader)
    , m_productNames(std::move(productNames))
    , m_model(new JsonTreeModel(this))
    , m_title(new QLabel(this))
    , m_busy(InlineStatus::busyBar(this, QStringLiteral("instanceDetailsProgressBar")))
    , m_message(InlineStatus::message(this, QStringLiteral("instanceDetailsMessageLabel")))
    , m_reference(InlineStatus::reference(this, QStringLiteral("instanceDetailsReferenceLabel")))
    //: the list under the pane has its own &Retry: another Alt+ key
    , m_retry(new QPushButton(tr("Re&try"), this))
    , m_codeRow(new QWidget(this))
    , m_code(new QLabel(m_codeRow))
    , m_copyCode(new QPushButton(tr("&Copy"), m_codeRow))
    , m_retryCode(new QPushButton(tr("Retry"), m_codeRow))
    , m_modelRow(new QWidget(this))
    , m_deviceModel(new QLabel(m_modelRow))
    , m_retryModel(new QPushButton(tr("Retry"), m_modelRow))
    , m_fields(new QTreeView(this))
    , m_actionRow(new QHBoxLayout)
    , m_copyProductNo(new QPushButton(tr("Copy &number"), this))
{
    setObjectName(QStringLiteral("instanceDetailsPane"));
    m_title->setObjectName(QStringLiteral("instanceTitleLabel"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_retry->setObjectName(QStringLiteral("instanceDetailsRetryButton"));
    m_retry->setAccessibleDescription(tr("Ask the Partner Portal for this product's details again"));

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_code->setObjectName(QStringLiteral("activationCodeLabel"));
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_code->setFont(fixed);
    m_code->setWordWrap(true);
    m_copyCode->setObjectName(QStringLiteral("copyActivationCodeButton"));
    m_copyCode->setToolTip(tr("Copy the activation code to the clipboard"));
    m_retryCode->setObjectName(QStringLiteral("retryActivationCodeButton"));
    m_retryCode->setAccessibleName(tr("Retry the activation code"));
    auto *codeLayout = new QHBoxLayout(m_codeRow);
    codeLayout->setContentsMargins(0, 0, 0, 0);
    //: label before a P-Series Software Edition's activation code (for online activation)
    auto *codeCaption = caption(tr("Activation code:"), m_codeRow);
    codeCaption->setBuddy(m_code);
    codeLayout->addWidget(codeCaption);
    codeLayout->addWidget(m_code, 1);
    codeLayout->addWidget(m_copyCode);
    codeLayout->addWidget(m_retryCode);
    m_code->setAccessibleName(tr("Activation code"));

    m_deviceModel->setObjectName(QStringLiteral("deviceModelLabel"));
    m_deviceModel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_deviceModel->setWordWrap(true);
    m_deviceModel->setAccessibleName(tr("Device model"));
    m_retryModel->setObjectName(QStringLiteral("retryDeviceModelButton"));
    m_retryModel->setAccessibleName(tr("Retry the device model"));
    auto *modelLayout = new QHBoxLayout(m_modelRow);
    modelLayout->setContentsMargins(0, 0, 0, 0);
    //: label before the model of a PBX or appliance, e.g. "P570"
    modelLayout->addWidget(caption(tr("Model:"), m_modelRow));
    modelLayout->addWidget(m_deviceModel, 1);
    modelLayout->addWidget(m_retryModel);

    m_fields->setObjectName(QStringLiteral("instanceFieldsTreeView"));
    m_fields->setAccessibleName(tr("Fields the Partner Portal sent for this product"));
    m_fields->setModel(m_model);
    m_fields->setUniformRowHeights(true);
    m_fields->setAlternatingRowColors(true);
    m_fields->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_fields->header()->setStretchLastSection(true);
    m_fields->setColumnWidth(JsonTreeModel::KeyColumn, fontMetrics().averageCharWidth() * 24);

    m_copyProductNo->setObjectName(QStringLiteral("copyProductNoButton"));
    m_copyProductNo->setToolTip(tr("Copy the serial or product number to the clipboard"));
    // The actions on the selected product go in this row.
    m_actionRow->addWidget(m_copyProductNo);
    m_actionRow->addStretch(1);

    QHBoxLayout *errorRow = InlineStatus::referenceAndRetry(m_reference, m_retry);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_busy);
    layout->addWidget(m_message);
    layout->addLayout(errorRow);
    layout->addWidget(m_codeRow);
    layout->addWidget(m_modelRow);
    layout->addWidget(m_fields, 1);
    layout->addStretch(); // takes the space while nothing is selected
    layout->addLayout(m_actionRow);

    connect(m_retry, &QPushButton::clicked, this, [this] { m_loader->retry(Part::Details); });
    connect(m_retryCode, &QPushButton::clicked, this, [this] { m_loader->retry(Part::ActivationCode); });
    connect(m_retryModel, &QPushButton::clicked, this, [this] { m_loader->retry(Part::DeviceModel); });
    connect(m_copyCode, &QPushButton::clicked, this, &InstanceDetailsPane::copyActivationCode);
    connect(m_copyProductNo, &QPushButton::clicked, this, &InstanceDetailsPane::copyProductNo);
    connect(m_loader, &InstanceDetailsLoader::changed, this, &InstanceDetailsPane::refresh);
    refresh();
}

void InstanceDetailsPane::refresh()
{
    const std::optional<ProductInstance> &instance = m_loader->instance();
    m_title->setVisible(instance.has_value());
    m_fields->setVisible(instance.has_value());
    m_copyProductNo->setVisible(instance && instance->hasProductNo());
    if (instance) {
        const QString name = m_productNames(instance->productId);
        //: title of the details pane; %1 the product, %2 its serial or product number
        m_title->setText(instance->hasProductNo() ? tr("%1 — %2").arg(name, instance->productNo) : name);
        const QJsonObject fields = m_loader->fields();
        if (fields != m_model->object()) {
            m_model->setObject(fields);
            // Top-level fields at once; nested objects and lists folded until opened.
            m_fields->collapseAll();
        }
    } else {
        m_model->clear();
    }
    refreshDetails();
    refreshExtra(Part::ActivationCode, m_code, m_retryCode);
    refreshExtra(Part::DeviceModel, m_deviceModel, m_retryModel);
    m_codeRow->setVisible(m_loader->state(Part::ActivationCode) != State::NotApplicable);
    m_modelRow->setVisible(m_loader->state(Part::DeviceModel) != State::NotApplicable);
    m_copyCode->setVisible(m_loader->state(Part::ActivationCode) == State::Ready);
}

void InstanceDetailsPane::refreshDetails()
{
    const State state = m_loader->state(Part::Details);
    const bool failed = state == State::Failed;
    const ApiError &error = m_loader->error(Part::Details);
    m_busy->setVisible(state == State::Loading);
    m_retry->setVisible(failed);
    m_reference->setVisible(failed && !error.referenceLine().isEmpty());
    m_reference->setText(failed ? error.referenceLine() : QString());
    TextStyle::showsError(m_message, failed);
    QString message;
    if (!m_loader->instance()) {
        message = tr("Select a product to see everything the Partner Portal says about it.");
    } else if (state == State::Loading) {
        message = tr("These are the fields from the product list; loading the product's full details…");
    } else if (failed) {
        //: %1 says what went wrong and what to do
        message = tr("The product's full details could not be loaded; these are the fields from the product "
                     "list. %1")
                      .arg(error.userMessage());
    } else if (state == State::NotApplicable) {
        message = tr("The Partner Portal gave no serial or product number for this product, so its full details "
                     "cannot be asked for. These are the fields from the product list.");
    } else if (m_loader->detailsWereEmpty()) {
        message = tr("The Partner Portal has no further details for this product.");
    }
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void InstanceDetailsPane::refreshExtra(Part part, QLabel *value, QPushButton *retry)
{
    const State state = m_loader->state(part);
    retry->setVisible(state == State::Failed);
    TextStyle::showsError(value, state == State::Failed);
    switch (state) {
    case State::NotApplicable:
        value->clear();
        break;
    case State::Loading:
        value->setText(tr("Loading…"));
        break;
    case State::Failed: {
        const ApiError &error = m_loader->error(part);
        //: %1 what went wrong, %2 the portal's code and request ID
        value->setText(error.referenceLine().isEmpty()
                           ? error.title()
                           : tr("%1 (%2)").arg(error.title(), error.referenceLine()));
        break;
    }
    case State::Ready:
        value->setText(part == Part::ActivationCode ? m_loader->activationCode()->code
                                                    : m_loader->deviceModel()->productModel);
        break;
    }
}

void InstanceDetailsPane::copyActivationCode()
{
    if (m_loader->activationCode())
        QApplication::clipboard()->setText(m_loader->activationCode()->code);
}

void InstanceDetailsPane::copyProductNo()
{
    if (m_loader->instance())
        QApplication::clipboard()->setText(m_loader->instance()->productNo);
}
