// pp-practice-portal: the practice portal in a process of its own, for the benchmarks and
// for the tests that kill the app and need a portal that outlives it. Prints "port <n>"
// once it listens on 127.0.0.1, then "order <base64 body>" for every order body it
// receives (so that whoever started it can count them), and serves until terminated.
// A line "revision <n>" on stdin changes a few customers (setSubordinateRevision),
// answered with "ok".
#include "PracticePortal.h"

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
    const QCommandLineOption dropOrder(QStringLiteral("drop-order"),
                                       QStringLiteral("the nth order is stored, then its connection dropped"),
                                       QStringLiteral("n"));
    const QCommandLineOption refuseOrder(QStringLiteral("refuse-order"), QStringLiteral("the nth order is refused"),
                                         QStringLiteral("n"));
    const QCommandLineOption printOrders(QStringLiteral("print-orders"),
                                         QStringLiteral("print every order body received"));
    parser.addOptions({latency, subordinates, instances, instanceProducts, dropOrder, refuseOrder, printOrders});
    parser.process(app);

    PracticePortal portal;
    portal.setLatency(std::chrono::milliseconds(parser.value(latency).toInt()));
    if (parser.isSet(subordinates))
        portal.setSubordinateCount(parser.value(subordinates).toInt());
    if (parser.isSet(instances))
        portal.setInstanceScale(parser.value(instances).toInt(), parser.value(instanceProducts).toInt());
    if (parser.isSet(dropOrder)) {
        portal.injectFaultAt(Practice::Route::OrderSave, PracticeFault::Kind::DropConnection,
                             parser.value(dropOrder).toInt());
    }
    if (parser.isSet(refuseOrder)) {
        portal.injectFaultAt(Practice::Route::OrderSave,
                             PracticeFault::portalError(QStringLiteral("insufficient_balance"),
                                                        QStringLiteral("The account balance is insufficient")),
                             parser.value(refuseOrder).toInt());
    }
    if (parser.isSet(printOrders)) {
        QObject::connect(&portal, &PracticePortal::requestReceived, &portal, [&portal](Practice::Route route) {
            if (route != Practice::Route::OrderSave)
                return;
            const QByteArray body = portal.lastRequest(Practice::Route::OrderSave)->body;
            std::printf("order %s\n", body.toBase64().constData());
            std::fflush(stdout);
        });
    }
    if (!portal.listen())
        return 1;
    std::printf("port %u\n", unsigned(portal.port()));
    std::fflush(stdout);
    QSocketNotifier commands(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&commands, &QSocketNotifier::activated, &portal, [&portal, &commands] {
        char line[64] = {};
        const ssize_t length = ::read(STDIN_FILENO, line, sizeof line - 1);
        if (length <= 0) {
            commands.setEnabled(false); // whoever started us closed our stdin
            return;
        }
        if (std::strncmp(line, "revision ", 9) == 0)
            portal.setSubordinateRevision(std::atoi(line + 9));
        std::printf("ok\n");
        std::fflush(stdout);
    });
    return app.exec();
}
