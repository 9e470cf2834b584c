#pragma once

// Included before anything else by every test (tests/CMakeLists.txt): QTRY_* waits for the
// next event instead of sleeping. Qt's own loop looks at the condition every 50 ms and sleeps
// 10 ms between passes over the events, so each step of a conversation between a test's
// client and its in-process portal (send, accept, answer, read) waited up to 10 ms, and each
// condition up to 50 ms more: most of the suite's time was spent asleep. The timeouts, the
// checks and the failure messages stay Qt's.
#include <QtTest/qtestcase.h>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QTimer>

namespace TestPolling {

// Handles events until `done` holds or `timeoutMs` passed: woken by every event (a socket's
// data, a timer, a posted call), and every few milliseconds in any case to look again.
template <typename Predicate>
bool waitFor(Predicate done, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs, Qt::PreciseTimer);
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.start(5);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return true;
}

} // namespace TestPolling

// Qt's QTRY_LOOP_IMPL with TestPolling::waitFor in place of its qWait(50) loop; qt_test_i is
// the time waited, as Qt's QTRY_TIMEOUT_DEBUG_IMPL reads it.
#undef QTRY_LOOP_IMPL
#define QTRY_LOOP_IMPL(expr, timeoutValue, step)                                                               \
    (void)(step);                                                                                              \
    QElapsedTimer qt_test_elapsed;                                                                             \
    qt_test_elapsed.start();                                                                                   \
    (void)TestPolling::waitFor([&] { return (QTest::runningTest() && QTest::currentTestFailed()) || (expr); }, \
                               (timeoutValue));                                                                \
    const int qt_test_i = int(qt_test_elapsed.elapsed());                                                      \
    (void)qt_test_i;
