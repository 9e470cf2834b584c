#pragma once

#include "order/BatchJournal.h"

#include <QWidget>

class BatchRunner;
class MessageLabel;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

// A batch on its way and its outcome: a progress bar with the count, the customer whose
// order is being sent, the time left, and every order's outcome as it comes; Stop (before
// the next order), Go on, Look up again; at the end a summary (placed / refused with the
// reason / unknown / not sent) and the batch as CSV. Also shows a batch found unfinished
// at start, which the user can resume or close.
class BatchWindow : public QWidget
{
    Q_OBJECT

public:
    explicit BatchWindow(BatchRunner *runner, QWidget *parent = nullptr);

    // The batch the runner has just started.
    void showRunning();
    // A batch left unfinished by an earlier run: shown, resumed only on the user's word.
    void showUnfinished(const BatchJournal::Batch &batch);

private:
    void fill(const QList<BatchOrder> &orders);
    void updateRow(int index);
    void updateState();
    // The counts so far: placed / refused / unknown / not sent.
    void updateSummary();
    int count(BatchOrder::State state) const;
    int unknownCount() const;
    void resume();
    void saveCsv();
    void closeBatch();
    const QList<BatchOrder> &orders() const;

    BatchRunner *m_runner;
    std::optional<BatchJournal::Batch> m_unfinished; // shown, not yet resumed
    MessageLabel *m_status;
    QProgressBar *m_progress;
    MessageLabel *m_current;
    MessageLabel *m_timeLeft;
    QTreeWidget *m_orders;
    QLabel *m_summary;
    QPushButton *m_stop;
    QPushButton *m_goOn;
    QPushButton *m_lookUp;
    QPushButton *m_csv;
    QPushButton *m_close;
};
