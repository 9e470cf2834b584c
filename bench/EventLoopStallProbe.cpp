#include "EventLoopStallProbe.h"

#include "BenchReport.h"

#include <algorithm>
#include <cstdlib>

#include <fcntl.h>
#include <time.h>
#include <unistd.h>

EventLoopStallProbe::ThreadTimes EventLoopStallProbe::threadTimes()
{
    // The time on a core from the thread's CPU clock: the kernel brings it up to date
    // when asked. schedstat's first field is only updated at a scheduler tick or switch,
    // so read by the running thread itself it lags by up to a tick (4 ms), which made a
    // 1 ms keystroke read as 5 ms.
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    const qint64 cpuNs = qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
    // "<ns on a core> <ns runnable but waiting> <time slices>" (Linux): the wait is
    // counted when the thread gets a core back, so it is current while it runs. Opened
    // once per thread: the probe reads it every 2 ms, and opening a file each time cost
    // more than what it measures.
    static thread_local const int schedstat = ::open("/proc/thread-self/schedstat", O_RDONLY | O_CLOEXEC);
    char line[96] = {};
    qint64 waitNs = 0;
    if (schedstat >= 0 && ::pread(schedstat, line, sizeof line - 1, 0) > 0) {
        char *end = nullptr;
        std::strtoll(line, &end, 10);
        waitNs = std::strtoll(end, nullptr, 10);
    }
    return {cpuNs, waitNs};
}

EventLoopStallProbe::EventLoopStallProbe(QObject *parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(2);
    connect(&m_timer, &QTimer::timeout, this, &EventLoopStallProbe::tick);
}

EventLoopStallProbe::~EventLoopStallProbe() = default;

void EventLoopStallProbe::start()
{
    m_longest = {};
    m_longestOwnNs = 0;
    m_clock.start();
    m_lastNs = 0;
    m_last = threadTimes();
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
    const ThreadTimes times = threadTimes();
    const Gap gap{now - m_lastNs, times.cpuNs - m_last.cpuNs, times.waitNs - m_last.waitNs};
    if ((gap.wallNs > 20000000 || gap.cpuNs > 5000000) && qEnvironmentVariableIsSet("PP_BENCH_VERBOSE")) {
        // The monotonic clock at its end: `perf record -k CLOCK_MONOTONIC` samples of the
        // stall are those just before it.
        timespec end{};
        clock_gettime(CLOCK_MONOTONIC, &end);
        qDebug("stall of %.1f ms at %.0f ms, ending at monotonic %ld.%06ld s (GUI thread computing %.1f ms, "
               "waiting for a core %.1f ms)",
               double(gap.wallNs) / 1e6, double(m_lastNs) / 1e6, long(end.tv_sec), long(end.tv_nsec / 1000),
               double(gap.cpuNs) / 1e6, double(gap.waitNs) / 1e6);
    }
    if (gap.wallNs > m_longest.wallNs)
        m_longest = gap;
    m_longestOwnNs = std::max(m_longestOwnNs, gap.wallNs - gap.waitNs);
    m_lastNs = now;
    m_last = times;
}

void EventLoopStallProbe::addTo(BenchReport &report, const QString &scenario, const QString &during,
                                double goalMs) const
{
    const QString ms = QStringLiteral("ms");
    report.add(scenario, QStringLiteral("longest stall %1").arg(during), longestGapMs(), ms, goalMs);
    report.add(scenario, QStringLiteral("… of it, GUI thread computing"), longestGapBusyMs(), ms);
    report.add(scenario, QStringLiteral("… of it, GUI thread waiting for a core"), longestGapWaitingMs(), ms);
    report.add(scenario, QStringLiteral("longest stall %1, less waits for a core").arg(during), longestOwnGapMs(), ms);
}
