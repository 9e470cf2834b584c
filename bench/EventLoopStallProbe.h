#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

// Measures how long the GUI thread stops answering: a 2 ms timer notes the longest gap
// between its ticks. A gap is the time the user would have waited for a key or a repaint.
class EventLoopStallProbe : public QObject
{
    Q_OBJECT

public:
    explicit EventLoopStallProbe(QObject *parent = nullptr);

    void start();
    void stop();
    double longestGapMs() const { return m_longestNs / 1e6; }

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_longestNs = 0;
};
