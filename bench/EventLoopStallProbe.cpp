#include "EventLoopStallProbe.h"

#include <algorithm>

EventLoopStallProbe::EventLoopStallProbe(QObject *parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(2);
    connect(&m_timer, &QTimer::timeout, this, &EventLoopStallProbe::tick);
}

void EventLoopStallProbe::start()
{
    m_longestNs = 0;
    m_clock.start();
    m_lastNs = 0;
    m_timer.start();
}

void EventLoopStallProbe::stop()
{
    tick(); // a stall still running counts too
    m_timer.stop();
}

void EventLoopStallProbe::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    if (now - m_lastNs > 20000000 && qEnvironmentVariableIsSet("PP_BENCH_VERBOSE"))
        qDebug("stall of %.1f ms", double(now - m_lastNs) / 1e6);
    m_longestNs = std::max(m_longestNs, now - m_lastNs);
    m_lastNs = now;
}
