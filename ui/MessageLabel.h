#pragma once

#include <QLabel>

// A label for a message that comes and goes (a feedback line, a verdict): hidden while it
// has nothing to say, because an empty label is still met by a screen reader (and takes
// the focus when its text can be selected).
class MessageLabel : public QLabel
{
    Q_OBJECT

public:
    explicit MessageLabel(QWidget *parent = nullptr);

    // Shows `text`, or hides the label when it is empty.
    void setMessage(const QString &text);
};
