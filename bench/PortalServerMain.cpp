// pp-bench-portal: the practice portal alone, for the benchmarks. Prints "port <n>" once
// it listens on 127.0.0.1, then serves until the benchmark
// terminates it. A line "revision <n>" on stdin changes a few customers
// (PracticePortal::setSubordinateRevision), answered with "ok".
#include "practice/PracticePortal.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <cstdio>
#include <cstring>

#include <unistd.h>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption latency(QStringLiteral("latency"), QStringLiteral("ms added to every answer"),
                                     QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption subordinates(QStringLiteral("subordinates"), QStringLiteral("customers listed"),
                                          QStringLiteral("count"));
    const QCommandLineOption instances(QStringLiteral("instances"), QStringLiteral("purchased products listed"),
                                       QStringLiteral("count"));
    const QCommandLineOption instanceProducts(QStringLiteral("instance-products"),
                                              QStringLiteral("products the purchased products are spread over"),
                                              QStringLiteral("count"), QStringLiteral("10"));
    parser.addOptions({latency, subordinates, instances, instanceProducts});
    parser.process(app);

    PracticePortal portal;
    portal.setLatency(std::chrono::milliseconds(parser.value(latency).toInt()));
    if (parser.isSet(subordinates))
        portal.setSubordinateCount(parser.value(subordinates).toInt());
    if (parser.isSet(instances))
        portal.setInstanceScale(parser.value(instances).toInt(), parser.value(instanceProducts).toInt());
    if (!portal.listen())
        return 1;
    std::printf("port %u\n", unsigned(portal.port()));
    std::fflush(stdout);
    QSocketNotifier commands(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&commands, &QSocketNotifier::activated, &portal, [&portal, &commands] {
        char line[64] = {};
        const ssize_t length = ::read(STDIN_FILENO, line, sizeof line - 1);
        if (length <= 0) {
            commands.setEnabled(false); // the benchmark closed our stdin
            return;
        }
        if (std::strncmp(line, "revision ", 9) == 0)
            portal.setSubordinateRevision(std::atoi(line + 9));
        std::printf("ok\n");
        std::fflush(stdout);
    });
    return app.exec();
}
