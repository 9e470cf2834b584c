#pragma once

// Included before anything else by every test (tests/CMakeLists.txt): QTest::qWaitFor and
// QTRY_* wait for the next event instead of sleeping. Qt's qWaitFor sleeps 10 ms between
// passes over the events, and QTRY_* looks at its condition every 50 ms, so each step of a
// conversation between a test's client and its in-process portal (send, accept, answer,
// read) waited up to 10 ms, each condition up to 50 ms more: most of the suite's time was
// spent asleep (a batch of 200 orders took 13 s for 0.2 s of CPU). The timeouts, the checks
// and the failure messages stay Qt's.
#include <QtCore/qtestsupport_core.h> // Qt's qWaitFor, declared before the name is taken below
#include <QtTest/qtestcase.h>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QTimer>

namespace QTest {

// qWaitFor as Qt documents it (true once `done` holds, false after `timeoutMs`, no event
// handled if it holds at once), woken by every event (a socket's data, a timer, a posted
// call) and every few milliseconds in any case to look again.
template <typename Predicate>
[[nodiscard]] bool ppWaitFor(Predicate done, int timeoutMs = 5000)
{
    if (done())
        return true;
    const QDeadlineTimer deadline(timeoutMs, Qt::PreciseTimer);
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.start(5);
    do {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        if (done())
            return true;
    } while (!deadline.hasExpired());
    return false;
}

} // namespace QTest

#define qWaitFor ppWaitFor

// Qt's QTRY_LOOP_IMPL with ppWaitFor in place of its qWait(50) loop; qt_test_i is the time
// waited, as Qt's QTRY_TIMEOUT_DEBUG_IMPL reads it.
#undef QTRY_LOOP_IMPL
#define QTRY_LOOP_IMPL(expr, timeoutValue, step)                                                           \
    (void)(step);                                                                                          \
    QElapsedTimer qt_test_elapsed;                                                                         \
    qt_test_elapsed.start();                                                                               \
    (void)QTest::ppWaitFor([&] { return (QTest::runningTest() && QTest::currentTestFailed()) || (expr); }, \
                           (timeoutValue));                                                                \
    const int qt_test_i = int(qt_test_elapsed.elapsed());                                                  \
    (void)qt_test_i;
