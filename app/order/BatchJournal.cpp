#include "BatchJournal.h"

#include "OrderLog.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace {

constexpr int kVersion = 1;
const QLatin1String kKind("partner-purchase-batch");

QString stateName(BatchOrder::State state)
{
    switch (state) {
    case BatchOrder::State::Planned:
        return QStringLiteral("planned");
    case BatchOrder::State::Sending:
        return QStringLiteral("sending");
    case BatchOrder::State::Placed:
        return QStringLiteral("placed");
    case BatchOrder::State::Refused:
        return QStringLiteral("refused");
    case BatchOrder::State::Unknown:
        return QStringLiteral("unknown");
    }
    return QString();
}

std::optional<BatchOrder::State> stateFrom(const QString &name)
{
    for (BatchOrder::State state : {BatchOrder::State::Planned, BatchOrder::State::Sending, BatchOrder::State::Placed,
                                    BatchOrder::State::Refused, BatchOrder::State::Unknown}) {
        if (stateName(state) == name)
            return state;
    }
    return std::nullopt;
}

QString timestamp(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

QByteArray line(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

QJsonObject portalJson(const OrderReceipt &portal)
{
    return {
        {QStringLiteral("orderNo"), portal.orderNo},
        {QStringLiteral("orderId"), portal.orderId},
        {QStringLiteral("orderStatus"), portal.orderStatus},
        {QStringLiteral("transactionNo"), portal.transactionNo},
        {QStringLiteral("instanceId"), portal.instanceId},
        {QStringLiteral("productNo"), portal.productNo},
        {QStringLiteral("requestId"), portal.requestId},
    };
}

// The portal's answer as written by portalJson(), read with the answer's own reader.
OrderReceipt portalFrom(const QJsonObject &object)
{
    return OrderReceipt::fromJson(object, object.value(QLatin1String("requestId")).toString()).value_or(OrderReceipt());
}

// A renamed or new file survives a crash only once its directory entry is on disk too.
void syncDirectory(const QString &directory)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(directory)
#endif
}

// Applies one state line to its order; false when the line makes no sense.
bool applyState(BatchJournal::Batch &batch, const QJsonObject &object, const QString &event)
{
    const std::optional<BatchOrder::State> state = stateFrom(event);
    const int index = object.value(QLatin1String("index")).toInt(-1);
    if (!state || index < 0 || index >= batch.orders.size())
        return false;
    BatchOrder &order = batch.orders[index];
    order.state = *state;
    const QDateTime at = QDateTime::fromString(object.value(QLatin1String("at")).toString(), Qt::ISODateWithMs);
    switch (*state) {
    case BatchOrder::State::Planned:
        break;
    case BatchOrder::State::Sending:
        order.sentAt = at;
        order.reason.clear();
        order.reference.clear();
        break;
    case BatchOrder::State::Placed:
        order.portal = portalFrom(object.value(QLatin1String("portal")).toObject());
        order.foundByLookup = object.value(QLatin1String("foundByLookup")).toBool();
        break;
    case BatchOrder::State::Refused:
    case BatchOrder::State::Unknown:
        order.reason = object.value(QLatin1String("reason")).toString();
        order.reference = object.value(QLatin1String("reference")).toString();
        break;
    }
    return true;
}

} // namespace

bool BatchJournal::Batch::isUnfinished() const
{
    return !closed && count(BatchOrder::State::Placed) + count(BatchOrder::State::Refused) < orders.size();
}

int BatchJournal::Batch::count(BatchOrder::State state) const
{
    return BatchOrder::count(orders, state);
}

BatchJournal::BatchJournal(const QString &directory)
    : m_directory(directory)
{
    m_worker.setMaxThreadCount(1);
}

BatchJournal::~BatchJournal()
{
    waitForWrites();
}

void BatchJournal::waitForWrites()
{
    m_worker.waitForDone();
}

bool BatchJournal::create(const QString &accountId, const QString &accountLabel, const QList<BatchOrder> &orders,
                          QString *error)
{
    waitForWrites();
    m_file.close();
    m_open = false;
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error = QStringLiteral("cannot create %1").arg(m_directory);
        return false;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString stem = QStringLiteral("batch-") + now.toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    QString path = QDir(m_directory).filePath(stem + QStringLiteral(".jsonl"));
    for (int n = 2; QFile::exists(path); ++n)
        path = QDir(m_directory).filePath(QStringLiteral("%1-%2.jsonl").arg(stem).arg(n));
    m_file.setFileName(path);
    m_path = path;
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        if (error)
            *error = m_file.errorString();
        return false;
    }
    m_open = true;
    QByteArray lines = line({
        {QStringLiteral("kind"), kKind},
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("accountId"), accountId},
        {QStringLiteral("accountLabel"), accountLabel},
        {QStringLiteral("createdAt"), timestamp(now)},
        {QStringLiteral("orders"), int(orders.size())},
    });
    for (const BatchOrder &order : orders) {
        lines += line({
            {QStringLiteral("event"), stateName(BatchOrder::State::Planned)},
            {QStringLiteral("index"), order.index},
            {QStringLiteral("plan"), order.plan.toJson()},
        });
    }
    if (!append(lines, error)) {
        m_file.close();
        m_file.remove();
        m_open = false;
        return false;
    }
    syncDirectory(m_directory);
    qCInfo(lcOrder) << "batch journal" << path << "with" << orders.size() << "orders";
    return true;
}

bool BatchJournal::reopen(const QString &path, QString *error)
{
    waitForWrites();
    m_file.close();
    m_file.setFileName(path);
    m_path = path;
    m_open = m_file.open(QIODevice::WriteOnly | QIODevice::Append);
    if (!m_open) {
        if (error)
            *error = m_file.errorString();
        return false;
    }
    // A line torn by a crash must not swallow the next one: start on a fresh line.
    if (m_file.size() > 0) {
        QFile reader(path);
        if (reader.open(QIODevice::ReadOnly) && reader.seek(reader.size() - 1) && reader.read(1) != "\n")
            return append("\n", error);
    }
    return true;
}

namespace {

QByteArray stateLine(const BatchOrder &order)
{
    QJsonObject object{
        {QStringLiteral("event"), stateName(order.state)},
        {QStringLiteral("index"), order.index},
        {QStringLiteral("at"), timestamp(QDateTime::currentDateTimeUtc())},
    };
    if (order.state == BatchOrder::State::Placed) {
        object.insert(QStringLiteral("portal"), portalJson(order.portal));
        if (order.foundByLookup)
            object.insert(QStringLiteral("foundByLookup"), true);
    }
    if (order.state == BatchOrder::State::Refused || order.state == BatchOrder::State::Unknown) {
        object.insert(QStringLiteral("reason"), order.reason);
        object.insert(QStringLiteral("reference"), order.reference);
    }
    return line(object);
}

} // namespace

bool BatchJournal::record(const BatchOrder &order, QString *error)
{
    waitForWrites();
    return append(stateLine(order), error);
}

void BatchJournal::recordLater(const BatchOrder &order, QObject *context, Written done)
{
    enqueue({stateLine(order), context, std::move(done)});
}

void BatchJournal::afterPendingWrites(QObject *context, Written done)
{
    enqueue({QByteArray(), context, std::move(done)});
}

void BatchJournal::enqueue(Pending pending)
{
    QMutexLocker lock(&m_mutex);
    m_queue.append(std::move(pending));
    if (!m_writing) {
        m_writing = true;
        m_worker.start([this] { writeQueue(); });
    }
}

void BatchJournal::writeQueue()
{
    for (;;) {
        QList<Pending> batch;
        {
            QMutexLocker lock(&m_mutex);
            if (m_queue.isEmpty()) {
                m_writing = false;
                return;
            }
            batch.swap(m_queue);
        }
        QByteArray lines;
        for (const Pending &pending : std::as_const(batch))
            lines += pending.lines;
        QString error;
        const bool ok = lines.isEmpty() || append(lines, &error);
        for (const Pending &pending : std::as_const(batch)) {
            if (pending.context) {
                QMetaObject::invokeMethod(
                    pending.context.data(), [done = pending.done, ok, error] { done(ok, error); },
                    Qt::QueuedConnection);
            }
        }
    }
}

bool BatchJournal::close(QString *error)
{
    waitForWrites();
    const bool ok = append(line({{QStringLiteral("event"), QStringLiteral("closed")},
                                 {QStringLiteral("at"), timestamp(QDateTime::currentDateTimeUtc())}}),
                           error);
    m_file.close();
    m_open = false;
    return ok;
}

void BatchJournal::release()
{
    waitForWrites();
    m_file.close();
    m_open = false;
}

bool BatchJournal::append(const QByteArray &lines, QString *error)
{
    if (!m_file.isOpen()) {
        if (error)
            *error = QStringLiteral("the batch journal is not open");
        return false;
    }
    bool ok = m_file.write(lines) == lines.size() && m_file.flush();
#ifdef Q_OS_UNIX
    // flush() hands the bytes to the kernel; only fsync puts them on the disk.
    ok = ok && ::fsync(m_file.handle()) == 0;
#endif
    if (!ok) {
        if (error)
            *error = m_file.errorString();
        qCWarning(lcOrder) << "batch journal write failed:" << m_file.errorString();
    }
    return ok;
}

std::optional<BatchJournal::Batch> BatchJournal::read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return std::nullopt;
    }
    const QList<QByteArray> lines = file.readAll().split('\n');
    Batch batch;
    batch.path = path;
    bool headerRead = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).trimmed().isEmpty())
            continue;
        const QJsonObject object = QJsonDocument::fromJson(lines.at(i)).object();
        const QString event = object.value(QLatin1String("event")).toString();
        bool understood = false;
        if (!headerRead) {
            headerRead = object.value(QLatin1String("kind")).toString() == kKind
                && object.value(QLatin1String("version")).toInt() == kVersion;
            if (!headerRead)
                break;
            batch.accountId = object.value(QLatin1String("accountId")).toString();
            batch.accountLabel = object.value(QLatin1String("accountLabel")).toString();
            batch.createdAt = QDateTime::fromString(object.value(QLatin1String("createdAt")).toString(),
                                                    Qt::ISODateWithMs);
            continue;
        }
        if (event == QLatin1String("planned")) {
            BatchOrder order;
            order.index = object.value(QLatin1String("index")).toInt(-1);
            order.plan = Receipt::fromPlanJson(object.value(QLatin1String("plan")).toObject());
            understood = order.index == batch.orders.size() && !order.plan.requestBody.isEmpty();
            if (understood)
                batch.orders << order;
        } else if (event == QLatin1String("closed")) {
            batch.closed = understood = true;
        } else {
            understood = applyState(batch, object, event);
        }
        // Only the last line can be torn by a crash; any other damage is counted.
        const bool isLast = i + 1 >= lines.size() || (i + 2 == lines.size() && lines.last().isEmpty());
        if (!understood && !isLast)
            ++batch.unreadableLines;
    }
    if (!headerRead) {
        if (error)
            *error = QStringLiteral("%1 is not a batch journal").arg(path);
        return std::nullopt;
    }
    return batch;
}

QList<BatchJournal::Batch> BatchJournal::unfinished(const QString &accountId) const
{
    QList<Batch> found;
    const QStringList names = QDir(m_directory).entryList({QStringLiteral("batch-*.jsonl")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const std::optional<Batch> batch = read(QDir(m_directory).filePath(name));
        if (batch && batch->accountId == accountId && batch->isUnfinished())
            found << *batch;
    }
    return found;
}
