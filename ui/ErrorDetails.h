#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

// A folded "Details" section under an error message: the longer technical text (the
// certificate a connection refused: subject, issuer, SHA-256 fingerprint) that someone
// else, such as the IT department, may need to compare. Hidden when there is none.
class ErrorDetails : public QWidget
{
    Q_OBJECT

public:
    // Object names are `<namePrefix>DetailsButton` and `<namePrefix>DetailsLabel`.
    explicit ErrorDetails(const QString &namePrefix, QWidget *parent = nullptr);

    void setDetails(const QString &details);

private:
    QToolButton *m_toggle;
    QLabel *m_text;
};
