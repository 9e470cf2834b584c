#include "EventLoopStallProbe.h"

#include <algorithm>

#include <time.h>

qint64 EventLoopStallProbe::threadCpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

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
    m_longestBusyNs = 0;
    m_clock.start();
    m_lastNs = 0;
    m_lastCpuNs = threadCpuNs();
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
    const qint64 cpu = threadCpuNs();
    if (now - m_lastNs > 20000000 && qEnvironmentVariableIsSet("PP_BENCH_VERBOSE"))
        qDebug("stall of %.1f ms (GUI thread busy %.1f ms)", double(now - m_lastNs) / 1e6, double(cpu - m_lastCpuNs) / 1e6);
    if (now - m_lastNs > m_longestNs) {
        m_longestNs = now - m_lastNs;
        m_longestBusyNs = cpu - m_lastCpuNs;
    }
    m_lastNs = now;
    m_lastCpuNs = cpu;
}
