#include "StartupProbe.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

void StartupProbe::exitWhenIdleIfAsked()
{
    if (qEnvironmentVariableIntValue("PP_EXIT_WHEN_IDLE") != 1)
        return;
    // A zero-interval timer fires only once the posted events (show, layout, the first
    // paint) are handled; two rounds let anything those queued run too.
    auto *idle = new QTimer(QCoreApplication::instance());
    idle->setInterval(0);
    QObject::connect(idle, &QTimer::timeout, idle, [idle, rounds = 0]() mutable {
        if (++rounds < 2)
            return;
        idle->stop();
        std::fputs("pp-idle\n", stdout);
        std::fflush(stdout);
        QCoreApplication::exit(0);
    });
    idle->start();
}
