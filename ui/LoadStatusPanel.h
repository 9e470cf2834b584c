#pragma once

#include <QWidget>

class ErrorDetails;
class LoadState;
class QLabel;
class QProgressBar;
class QPushButton;

// What a page shows instead of (or above) what it loaded while that is not usable:
// a busy bar while loading, the reason and a Retry button after a failure, a sentence
// (and Retry) when it is empty. Hidden when it is ready and has something in it.
class LoadStatusPanel : public QWidget
{
    Q_OBJECT

public:
    LoadStatusPanel(LoadState *load, const QString &loadingText, const QString &emptyText,
                    QWidget *parent = nullptr);

private:
    void refresh();

    LoadState *m_load;
    QString m_loadingText;
    QString m_emptyText;
    QLabel *m_message;
    QLabel *m_reference;
    ErrorDetails *m_details;
    QProgressBar *m_busy;
    QPushButton *m_retry;
};
