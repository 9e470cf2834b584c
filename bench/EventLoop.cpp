#include "EventLoop.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>

namespace EventLoop {

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer check;
    check.setTimerType(Qt::PreciseTimer);
    check.setInterval(1);
    const QDeadlineTimer deadline(timeoutMs);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done() || deadline.hasExpired())
            loop.quit();
    });
    check.start();
    loop.exec();
    return done();
}

void settle()
{
    QEventLoop loop;
    QTimer idle;
    idle.setInterval(0);
    int rounds = 0;
    QObject::connect(&idle, &QTimer::timeout, &loop, [&] {
        if (++rounds >= 2)
            loop.quit();
    });
    idle.start();
    loop.exec();
}

} // namespace EventLoop
