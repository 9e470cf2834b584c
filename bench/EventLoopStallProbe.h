#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

// Measures how long the GUI thread stops answering: a 2 ms timer notes the longest gap
// between its ticks. A gap is the time the user would have waited for a key or a repaint.
// It also notes how much of the longest gap the GUI thread spent computing: on a busy
// 2-core machine a gap can be the scheduler running other threads, not our own work.
class EventLoopStallProbe : public QObject
{
    Q_OBJECT

public:
    explicit EventLoopStallProbe(QObject *parent = nullptr);

    void start();
    void stop();
    double longestGapMs() const { return m_longestNs / 1e6; }
    double longestGapBusyMs() const { return m_longestBusyNs / 1e6; }

    // CPU time the calling thread has used so far.
    static qint64 threadCpuNs();

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_longestNs = 0;
    qint64 m_lastCpuNs = 0;     // the GUI thread's CPU time at the last tick
    qint64 m_longestBusyNs = 0; // its CPU time during the longest gap
};
