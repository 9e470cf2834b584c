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

    // While a list that shows rows loads again, `indicator` (a small busy bar placed where
    // it moves nothing) is shown instead of the panel. Shown below the rows, the panel
    // would shrink the list when the reload starts and grow it when it ends: each a
    // relayout and a repaint of every row in view, longer than a frame on a large table.
    void showReloadsIn(QWidget *indicator);

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
    QWidget *m_reloadIndicator = nullptr;
};
