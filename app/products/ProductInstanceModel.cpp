#include "ProductInstanceModel.h"

#include "InstanceLoader.h"
#include "api/WorkerPool.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <QLocale>
#include <QTimer>

#include <limits>
#include <memory>
#include <utility>

ProductInstanceModel::ProductInstanceModel(PortalClient *client, QObject *parent)
    : RemoteListModel(client, parent)
    , m_loader(new InstanceLoader(client, this))
    , m_today(QDate::currentDate())
{
    connect(m_loader, &InstanceLoader::pageLoaded, this, [this](qint64, const QList<ProductInstance> &rows) {
        if (m_staging)
            stage(rows);
        else
            append(rows);
    });
    connect(m_loader, &InstanceLoader::productNamesChanged, this, [this] {
        rebuildSearchIndex();
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, ProductColumn), index(rowCount() - 1, ProductColumn));
    });
    connect(m_loader, &InstanceLoader::finished, this, &ProductInstanceModel::loaderFinished);
}

void ProductInstanceModel::reload()
{
    if (m_rows.isEmpty() || isLoading()) {
        clear();
        load();
        return;
    }
    m_ticket = loadState()->begin();
    m_staging = true;
    m_staged.clear();
    m_stagedKeys.clear();
    // About as many rows as shown: growing the list page by page would move every row
    // it holds each time it grows.
    m_staged.reserve(m_rows.size());
    m_stagedKeys.reserve(m_rows.size());
    m_today = QDate::currentDate();
    m_loader->start();
}

int ProductInstanceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProductInstanceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QHash<int, QByteArray> ProductInstanceModel::roleNames() const
{
    QHash<int, QByteArray> names = RemoteListModel::roleNames();
    names.insert(ExpiryBandRole, "expiryBand");
    names.insert(DaysLeftRole, "daysLeft");
    names.insert(SortRole, "sortKey");
    return names;
}

QString ProductInstanceModel::productName(qint64 productId) const
{
    return m_loader->productName(productId);
}

int ProductInstanceModel::computeDaysLeft(const ProductInstance &instance) const
{
    return ExpiryBand::daysLeft(instance.expiryDate, m_today).value_or(kNoDate);
}

std::optional<int> ProductInstanceModel::daysLeft(int row) const
{
    const int days = m_daysLeft.at(row);
    return days == kNoDate ? std::nullopt : std::optional<int>(days);
}

ExpiryBand::Band ProductInstanceModel::band(int row) const
{
    return ExpiryBand::of(daysLeft(row));
}

QString ProductInstanceModel::activationText(const QString &activationStatus)
{
    if (activationStatus == QLatin1String("activated"))
        return tr("Activated");
    if (activationStatus == QLatin1String("unactivated"))
        //: activation status of a purchased product
        return tr("Not activated");
    if (activationStatus == QLatin1String("unknown"))
        //: activation status of a purchased product, as the portal says
        return tr("Unknown");
    return activationStatus; // a value the docs do not list: as sent
}

QString ProductInstanceModel::daysLeftText(std::optional<int> days)
{
    if (!days)
        return QString();
    if (*days < 0)
        //: a purchased product's subscription ended %n days ago
        return tr("Expired %n day(s) ago", nullptr, -*days);
    if (*days == 0)
        return tr("Expires today");
    //: a purchased product's subscription ends in %n days
    return tr("%n day(s) left", nullptr, *days);
}

QString ProductInstanceModel::expiryDateText(const ProductInstance &instance)
{
    if (instance.expiryDate.isValid())
        return QLocale().toString(instance.expiryDate, QLocale::ShortFormat);
    return instance.expiryText; // unreadable: as sent, so nothing is hidden
}

QString ProductInstanceModel::customerText(const ProductInstance &instance)
{
    if (!instance.customerName.isEmpty())
        return instance.customerName;
    return instance.customerId.toString();
}

QString ProductInstanceModel::displayText(int row, int column) const
{
    return displayText(m_rows.at(row), column, m_loader->productNames(),
                       column == DaysLeftColumn ? daysLeft(row) : std::nullopt);
}

QString ProductInstanceModel::displayText(const ProductInstance &instance, int column,
                                          const QHash<qint64, QString> &productNames, std::optional<int> daysLeft)
{
    switch (column) {
    case ProductColumn:
        return InstanceLoader::productName(productNames, instance.productId);
    case ProductNoColumn:
        return instance.productNo;
    case ActivationColumn:
        return activationText(instance.activationStatus);
    case PlanColumn:
        return instance.plan;
    case ExpiryColumn:
        return expiryDateText(instance);
    case DaysLeftColumn:
        return daysLeftText(daysLeft);
    case CustomerColumn:
        return customerText(instance);
    default:
        return {};
    }
}

QVariant ProductInstanceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const ProductInstance &instance = m_rows.at(row);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (index.column() >= ColumnCount)
            return {};
        return displayText(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == ExpiryColumn || index.column() == DaysLeftColumn)
            return instance.expiryDate.isValid() ? QLocale().toString(instance.expiryDate, QLocale::LongFormat)
                                                 : instance.expiryText;
        if (index.column() == CustomerColumn && instance.customerId.isValid())
            //: tooltip of the customer cell; %1 the customer's partner ID
            return tr("Partner ID %1").arg(instance.customerId.toString());
        return {};
    case IdRole:
        return instance.productNo;
    case SearchTextRole:
        return m_searchIndex.text(row);
    case ExpiryBandRole:
        return int(band(row));
    case DaysLeftRole: {
        const std::optional<int> days = daysLeft(row);
        return days ? QVariant(*days) : QVariant();
    }
    case SortRole:
        if (index.column() == ExpiryColumn || index.column() == DaysLeftColumn) {
            // Soonest first; products without a date after every dated one.
            const std::optional<int> days = daysLeft(row);
            return days ? qlonglong(*days) : std::numeric_limits<qlonglong>::max();
        }
        return data(index, Qt::DisplayRole).toString().toLower();
    default:
        return {};
    }
}

QVariant ProductInstanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RemoteListModel::headerData(section, orientation, role);
    switch (section) {
    case ProductColumn:
        return tr("Product");
    case ProductNoColumn:
        //: column: a device's serial number, or the portal's number for an account-bound product
        return tr("Serial / product number");
    case ActivationColumn:
        return tr("Activation");
    case PlanColumn:
        return tr("Plan");
    case ExpiryColumn:
        //: column: the date the subscription ends
        return tr("Expires");
    case DaysLeftColumn:
        return tr("Days left");
    case CustomerColumn:
        //: column: the customer (subordinate user) the product was bought for
        return tr("Customer");
    default:
        return {};
    }
}

QStringList ProductInstanceModel::missingParts() const
{
    QStringList parts;
    for (const InstanceLoader::Failure &failure : m_loader->failures()) {
        if (failure.productId == 0)
            //: part of "Missing: …" — the portal's list of products could not be read
            parts << tr("the product list");
        else if (failure.pageNo <= 1)
            parts << productName(failure.productId);
        else
            //: part of "Missing: …"; %1 a product name, %2 a page number
            parts << tr("%1 (page %2)").arg(productName(failure.productId), QString::number(failure.pageNo));
    }
    return parts;
}

void ProductInstanceModel::fetch()
{
    m_ticket = loadState()->begin();
    if (!m_loader->failures().isEmpty()) {
        m_loader->retryFailed();
        return;
    }
    // From the start: rows a previous load left (e.g. an empty list's Retry) go first.
    if (!m_rows.isEmpty()) {
        beginResetModel();
        clearRows();
        endResetModel();
    }
    m_today = QDate::currentDate();
    m_loader->start();
}

void ProductInstanceModel::clearRows()
{
    m_loader->cancel();
    ++m_compareGeneration;
    m_staging = false;
    m_staged.clear();
    m_stagedKeys.clear();
    m_rows.clear();
    m_searchIndex.clear();
    m_daysLeft.clear();
    m_keys.clear();
}

void ProductInstanceModel::append(const QList<ProductInstance> &rows)
{
    QList<ProductInstance> fresh;
    fresh.reserve(rows.size());
    for (const ProductInstance &instance : rows) {
        const QString key = instance.key();
        if (!key.isEmpty()) {
            if (m_keys.contains(key))
                continue;
            m_keys.insert(key);
        }
        fresh.append(instance);
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + int(fresh.size()) - 1);
    for (const ProductInstance &instance : std::as_const(fresh)) {
        addSearchText(m_searchIndex, instance, productName(instance.productId));
        m_daysLeft.append(computeDaysLeft(instance));
    }
    m_rows.append(fresh);
    endInsertRows();
}

void ProductInstanceModel::stage(const QList<ProductInstance> &rows)
{
    for (const ProductInstance &instance : rows) {
        const QString key = instance.key();
        if (!key.isEmpty()) {
            if (m_stagedKeys.contains(key))
                continue;
            m_stagedKeys.insert(key);
        }
        m_staged.append(instance);
    }
}

// What a reload changes, worked out on a worker thread: the GUI thread only announces it.
struct ReloadPlan
{
    QList<std::pair<int, int>> removed; // runs of rows shown that are gone (first, last), ascending
    QList<ProductInstance> kept;        // the other rows shown, in their order, as now sent
    TextSearchIndex keptSearchIndex;
    QList<int> keptDaysLeft;
    QList<int> changedRows; // rows of `kept` whose cells changed, ascending
    QList<ProductInstance> added;
    QSet<QString> keys; // of kept and added
};

namespace {

// Lets go of `rows` and `keys` on the GUI thread, a few hundred per pass of its event
// loop. They were allocated there. Freed on a worker, all at once they made the GUI
// thread's next allocation sort thousands of freed blocks back into its heap; a few at a
// time, it waited for the heap's lock whenever the worker was preempted holding it.
void releaseSlowly(QObject *context, QList<ProductInstance> rows, QSet<QString> keys)
{
    // Shared with someone else, they are only a reference: let go of it now.
    if (!rows.isDetached())
        rows = {};
    if (!keys.isDetached())
        keys = {};
    if (rows.isEmpty() && keys.isEmpty())
        return;
    struct Held
    {
        QList<ProductInstance> rows;
        QSet<QString> keys;
    };
    auto held = std::make_shared<Held>(Held{std::move(rows), std::move(keys)});
    auto *timer = new QTimer(context);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, held] {
        constexpr qsizetype kBatch = 250;
        if (!held->rows.isEmpty()) {
            held->rows.resize(std::max<qsizetype>(0, held->rows.size() - kBatch));
            return;
        }
        qsizetype erased = 0;
        for (auto key = held->keys.begin(); key != held->keys.end() && erased < kBatch; ++erased)
            key = held->keys.erase(key);
        if (held->keys.isEmpty())
            timer->deleteLater();
    });
    timer->start(0);
}

bool sameCells(const ProductInstance &a, const ProductInstance &b)
{
    return a.activationStatus == b.activationStatus && a.plan == b.plan && a.expiryDate == b.expiryDate
        && a.expiryText == b.expiryText && a.customerName == b.customerName && a.customerId == b.customerId
        && a.comment == b.comment;
}

} // namespace

void ProductInstanceModel::compareStaged()
{
    m_staging = false;
    const int generation = ++m_compareGeneration;
    QList<ProductInstance> shown = m_rows; // not const: the comparison lets go of them
    TextSearchIndex shownSearchIndex = m_searchIndex;
    QList<int> shownDaysLeft = m_daysLeft;
    const QHash<qint64, QString> names = m_loader->productNames();
    const QDate today = m_today;
    releaseSlowly(this, {}, std::exchange(m_stagedKeys, {}));
    auto compare = [shown, shownSearchIndex, shownDaysLeft, names, today,
                    staged = std::exchange(m_staged, {})]() mutable {
        ReloadPlan plan;
        QHash<QString, qsizetype> fresh;
        fresh.reserve(staged.size());
        for (qsizetype i = 0; i < staged.size(); ++i) {
            const QString key = staged.at(i).key();
            if (!key.isEmpty())
                fresh.insert(key, i);
        }
        QList<bool> placed(staged.size(), false);
        for (int row = 0; row < shown.size(); ++row) {
            const QString key = shown.at(row).key();
            // A row without a key cannot be told from another: it goes, and comes back as new.
            const auto it = key.isEmpty() ? fresh.constEnd() : fresh.constFind(key);
            if (it == fresh.constEnd()) {
                if (!plan.removed.isEmpty() && plan.removed.last().second == row - 1)
                    plan.removed.last().second = row;
                else
                    plan.removed.append({row, row});
                continue;
            }
            placed[*it] = true;
            ProductInstance &instance = staged[*it];
            const int days = ExpiryBand::daysLeft(instance.expiryDate, today).value_or(kNoDate);
            const bool changed = days != shownDaysLeft.at(row) || !sameCells(instance, shown.at(row));
            if (changed)
                plan.changedRows.append(int(plan.kept.size()));
            if (changed)
                addSearchText(plan.keptSearchIndex, instance, InstanceLoader::productName(names, instance.productId));
            else
                plan.keptSearchIndex.addRowOf(shownSearchIndex, row);
            plan.keptDaysLeft.append(days);
            plan.keys.insert(key);
            plan.kept.append(std::move(instance)); // every field as now sent, for the details pane
        }
        for (qsizetype i = 0; i < staged.size(); ++i) {
            if (!placed.at(i))
                plan.added.append(std::move(staged[i]));
        }
        // Let go of the rows shown before the GUI thread gets the plan: it hands them to
        // releaseSlowly(), which is only slow when it holds the last reference. Dropped
        // later, with the task, they would all be freed at once.
        shown = {};
        shownSearchIndex = {};
        shownDaysLeft = {};
        staged = {};
        return plan;
    };
    auto *watcher = new QFutureWatcher<ReloadPlan>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_compareGeneration)
            return; // cleared or started again meanwhile
        ReloadPlan plan = watcher->result();
        applyReload(plan);
        finishLoad();
    });
    watcher->setFuture(QtConcurrent::run(WorkerPool::instance(), std::move(compare)));
}

void ProductInstanceModel::applyReload(ReloadPlan &plan)
{
    // Last first, so that the row numbers before a run still hold.
    for (auto run = plan.removed.crbegin(); run != plan.removed.crend(); ++run) {
        const auto [first, last] = *run;
        beginRemoveRows(QModelIndex(), first, last);
        m_rows.remove(first, last - first + 1);
        // m_searchIndex is replaced below; nothing searches it meanwhile.
        m_daysLeft.remove(first, last - first + 1);
        endRemoveRows();
    }
    // The rows left are those kept, in the same order: their new versions take their place.
    QList<ProductInstance> previous = std::exchange(m_rows, std::move(plan.kept));
    m_searchIndex = std::move(plan.keptSearchIndex);
    m_daysLeft = std::move(plan.keptDaysLeft);
    QSet<QString> previousKeys = std::exchange(m_keys, std::move(plan.keys));
    releaseSlowly(this, std::move(previous), std::move(previousKeys));
    for (qsizetype i = 0; i < plan.changedRows.size();) {
        qsizetype end = i + 1;
        while (end < plan.changedRows.size() && plan.changedRows.at(end) == plan.changedRows.at(end - 1) + 1)
            ++end;
        emit dataChanged(index(plan.changedRows.at(i), 0), index(plan.changedRows.at(end - 1), ColumnCount - 1));
        i = end;
    }
    append(plan.added);
}

void ProductInstanceModel::loaderFinished()
{
    if (m_staging)
        compareStaged();
    else
        finishLoad();
}

void ProductInstanceModel::finishLoad()
{
    const QList<InstanceLoader::Failure> &failures = m_loader->failures();
    if (failures.isEmpty())
        loadState()->finish(m_ticket);
    else
        loadState()->fail(m_ticket, failures.constFirst().error);
}

void ProductInstanceModel::rebuildSearchIndex()
{
    m_searchIndex.clear();
    for (const ProductInstance &instance : std::as_const(m_rows))
        addSearchText(m_searchIndex, instance, productName(instance.productId));
}

void ProductInstanceModel::addSearchText(TextSearchIndex &index, const ProductInstance &instance,
                                         const QString &productName)
{
    const QString customerId = instance.customerId.toString();
    const QStringView parts[] = {productName, instance.productNo, instance.customerName, customerId, instance.plan,
                                 instance.comment};
    for (const QStringView &part : parts) {
        if (&part != parts)
            index.addSeparator('\n');
        index.addLower(part);
    }
    index.endRow();
}
