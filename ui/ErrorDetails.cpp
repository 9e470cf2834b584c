#include "ErrorDetails.h"

#include "TextStyle.h"

#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

ErrorDetails::ErrorDetails(const QString &namePrefix, QWidget *parent)
    : QWidget(parent)
    , m_toggle(new QToolButton(this))
    , m_text(new QLabel(this))
{
    m_toggle->setObjectName(namePrefix + QStringLiteral("DetailsButton"));
    //: folds out the technical details of an error (e.g. the refused certificate)
    m_toggle->setText(tr("De&tails"));
    m_toggle->setCheckable(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setArrowType(Qt::RightArrow);
    m_toggle->setAutoRaise(true);
    m_toggle->setAccessibleName(tr("Show the details"));
    m_text->setObjectName(namePrefix + QStringLiteral("DetailsLabel"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setTextFormat(Qt::PlainText);
    TextStyle::applySecondary(m_text);
    m_text->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);
    layout->addWidget(m_text);
    hide();

    connect(m_toggle, &QToolButton::toggled, this, [this](bool open) {
        m_toggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_text->setVisible(open);
    });
}

void ErrorDetails::setDetails(const QString &details)
{
    m_text->setText(details);
    m_toggle->setChecked(false);
    setVisible(!details.isEmpty());
}
