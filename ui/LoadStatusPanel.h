#pragma once

#include "models/RemoteListModel.h"

#include <QWidget>

class ErrorDetails;
class QLabel;
class QProgressBar;
class QPushButton;

// What a page shows instead of (or above) its list while the list is not usable:
// a busy bar while loading, the reason and a Retry button after a failure, a sentence
// (and Retry) when the list is empty. Hidden when the list is ready and has rows.
class LoadStatusPanel : public QWidget
{
    Q_OBJECT

public:
    LoadStatusPanel(RemoteListModel *model, const QString &loadingText, const QString &emptyText,
                    QWidget *parent = nullptr);

    // True when the list can be used (ready and not empty).
    bool listUsable() const;

signals:
    void retryRequested();

private:
    void refresh();

    RemoteListModel *m_model;
    QString m_loadingText;
    QString m_emptyText;
    QLabel *m_message;
    QLabel *m_reference;
    ErrorDetails *m_details;
    QProgressBar *m_busy;
    QPushButton *m_retry;
};
