// pp-bench-portal: the practice portal alone, for the benchmarks. Prints "port <n>" once
// it listens on 127.0.0.1, then serves until the benchmark
// terminates it.
#include "practice/PracticePortal.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

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
    return app.exec();
}
