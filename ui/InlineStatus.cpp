#include "InlineStatus.h"

#include "BusyBar.h"
#include "TextStyle.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace InlineStatus {

QProgressBar *busyBar(QWidget *parent, const QString &objectName)
{
    auto *bar = new BusyBar(parent);
    bar->setObjectName(objectName);
    bar->setRange(0, 0);
    bar->setMaximumHeight(8);
    bar->setTextVisible(false);
    bar->setAccessibleName(QCoreApplication::translate("InlineStatus", "Loading"));
    return bar;
}

QLabel *message(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel *reference(QWidget *parent, const QString &objectName)
{
    QLabel *label = message(parent, objectName);
    TextStyle::applySecondary(label);
    return label;
}

QHBoxLayout *referenceAndRetry(QLabel *reference, QPushButton *retry)
{
    auto *row = new QHBoxLayout;
    row->addWidget(reference, 1);
    row->addWidget(retry);
    return row;
}

} // namespace InlineStatus
