#pragma once

#include <QString>

class QHBoxLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QWidget;

// The parts of a status shown in place (never a modal box): a thin busy bar, a message
// that wraps and can be selected, and the portal's reference line (code, HTTP status,
// request ID, for support) in the secondary colour, wrapping so that a long request ID
// does not widen its pane.
namespace InlineStatus {

QProgressBar *busyBar(QWidget *parent, const QString &objectName);
QLabel *message(QWidget *parent, const QString &objectName);
QLabel *reference(QWidget *parent, const QString &objectName);
// The reference line with the Retry button at its end.
QHBoxLayout *referenceAndRetry(QLabel *reference, QPushButton *retry);

} // namespace InlineStatus
