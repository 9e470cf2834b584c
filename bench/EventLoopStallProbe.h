#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class BenchReport;

// Measures how long the GUI thread stops answering: a 2 ms timer notes the longest gap
// between its ticks. A gap is the time the user would have waited for a key or a repaint.
// A gap is split, from the kernel's accounting of the thread (its CPU clock, schedstat), into the
// time the GUI thread computed and the time it was ready to run but waited for a core:
// on a busy 2-core machine most of a gap can be the scheduler running other processes.
// The gap less that wait is what the same work would take on a quiet machine.
class EventLoopStallProbe : public QObject
{
    Q_OBJECT

public:
    explicit EventLoopStallProbe(QObject *parent = nullptr);
    ~EventLoopStallProbe() override;

    void start();
    void stop();
    // The longest gap, and what the GUI thread did in it.
    double longestGapMs() const { return m_longest.wallNs / 1e6; }
    double longestGapBusyMs() const { return m_longest.cpuNs / 1e6; }
    double longestGapWaitingMs() const { return m_longest.waitNs / 1e6; }
    // The longest gap not counting the time the thread waited for a core.
    double longestOwnGapMs() const { return m_longestOwnNs / 1e6; }

    // The figures of the longest gap into `report`: "longest stall <during>" (goal
    // `goalMs`), what of it the GUI thread computed and waited, and the longest gap
    // less its waits.
    void addTo(BenchReport &report, const QString &scenario, const QString &during, double goalMs) const;

    struct ThreadTimes
    {
        qint64 cpuNs = 0;  // time the thread ran
        qint64 waitNs = 0; // time it was runnable, waiting for a core
    };
    // The calling thread's times so far.
    static ThreadTimes threadTimes();
    // CPU time the calling thread has used so far.
    static qint64 threadCpuNs() { return threadTimes().cpuNs; }

private:
    struct Gap
    {
        qint64 wallNs = 0;
        qint64 cpuNs = 0;
        qint64 waitNs = 0;
    };
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    ThreadTimes m_last; // the GUI thread's times at the last tick
    Gap m_longest;
    qint64 m_longestOwnNs = 0;
};
