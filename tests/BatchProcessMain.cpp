// pp-batch-process: the app's batch machinery, headless, in a process of its own, for
// tst_batchcrash to kill with SIGKILL in the middle of a batch. It is built from the same
// core objects AppServices wires for the wizard (TokenSession, OrderSubmitter, OrderLookup,
// ReceiptStore, BatchJournal, BatchRunner); only the user's clicks are replaced: it starts
// a batch of --orders orders for the first customers, or, when the journal in --dir holds
// an unfinished batch, resumes it, and answers "go on" when the batch waits for the user.
// Prints "sending <index>" once an order's state is on disk and its body handed over,
// "waiting" when the batch waits, and "finished <placed> <refused> <unknown>" at the end.
#include "api/PortalClient.h"
#include "auth/TokenSession.h"
#include "order/BatchJournal.h"
#include "order/BatchPlanner.h"
#include "order/BatchRunner.h"
#include "order/OrderLookup.h"
#include "order/OrderSubmitter.h"
#include "order/ReceiptStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QUrl>

#include <algorithm>
#include <cstdio>

namespace {

const QString kAccount = QStringLiteral("practice");

void say(const QByteArray &line)
{
    std::printf("%s\n", line.constData());
    std::fflush(stdout);
}

OrderDraft package()
{
    OfferingItem item;
    item.kind = OfferingItem::Kind::Service;
    item.id = EntityId::fromString(QStringLiteral("3375818821640175616"));
    item.name = QStringLiteral("Remote Management Premium");
    item.maxQuantity = 100000;
    OrderDraft draft;
    draft.product = Product{20, QStringLiteral("Remote Management Premium")};
    OrderLine line = OrderLine::defaultsFor(item);
    line.quantity = 10;
    draft.services << line;
    BillingContact contact;
    contact.billingContactId = EntityId::fromString(QStringLiteral("3197218168379846218"));
    draft.billingContact = contact;
    return draft;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption portalOption(QStringLiteral("portal"), QString(), QStringLiteral("url"));
    const QCommandLineOption dirOption(QStringLiteral("dir"), QString(), QStringLiteral("folder"));
    const QCommandLineOption ordersOption(QStringLiteral("orders"), QString(), QStringLiteral("n"), QStringLiteral("30"));
    parser.addOptions({portalOption, dirOption, ordersOption});
    parser.process(app);

    PortalClient client;
    if (client.setBaseUrl(QUrl(parser.value(portalOption))).isError())
        return 2;
    TokenSession tokens(&client);
    client.setAccessTokenProvider(&tokens);
    OrderSubmitter submitter(&client);
    OrderLookup lookup(&client);
    ReceiptStore receipts(parser.value(dirOption));
    receipts.open(kAccount);
    BatchJournal journal(QDir(parser.value(dirOption)).filePath(QStringLiteral("batches")));
    BatchRunner runner(&submitter, &lookup, &receipts, &journal);

    QObject::connect(&runner, &BatchRunner::orderChanged, &runner, [&runner](int index) {
        if (runner.orders().at(index).state == BatchOrder::State::Sending && runner.state() == BatchRunner::State::Running)
            say("sending " + QByteArray::number(index));
    });
    QObject::connect(&runner, &BatchRunner::stateChanged, &runner, [&](BatchRunner::State state) {
        if (state == BatchRunner::State::WaitingForUser) {
            say("waiting");
            runner.go();
        } else if (state == BatchRunner::State::Finished) {
            say("finished " + QByteArray::number(runner.count(BatchOrder::State::Placed)) + ' '
                + QByteArray::number(runner.count(BatchOrder::State::Refused)) + ' '
                + QByteArray::number(runner.count(BatchOrder::State::Unknown)));
            app.exit(0);
        } else if (state == BatchRunner::State::JournalFailed) {
            say("journal failed");
            app.exit(1);
        }
    });

    QObject::connect(&tokens, &TokenSession::started, &runner, [&] {
        const QList<BatchJournal::Batch> unfinished = journal.unfinished(kAccount);
        if (!unfinished.isEmpty()) {
            say("resuming");
            if (!runner.resume(unfinished.first()))
                app.exit(1);
            return;
        }
        client.fetchSubordinates(&runner, [&](const ApiResult<SubordinateTable> &result) {
            if (!result.ok()) {
                app.exit(1);
                return;
            }
            QList<Subordinate> customers;
            for (int row = 0; row < std::min(result.value->size(), parser.value(ordersOption).toInt()); ++row)
                customers << result.value->at(row);
            const BatchPlanner::Plan plan = BatchPlanner::forCustomers(package(), customers, kAccount, kAccount);
            if (!runner.start(kAccount, kAccount, plan.orders))
                app.exit(1);
        });
    });
    tokens.start(QStringLiteral("practice-client-id"), QStringLiteral("practice-client-secret"));
    return app.exec();
}
