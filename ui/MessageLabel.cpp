#include "MessageLabel.h"

MessageLabel::MessageLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setVisible(false);
}

void MessageLabel::setMessage(const QString &text)
{
    setText(text);
    setVisible(!text.isEmpty());
}
