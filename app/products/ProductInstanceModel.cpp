#include "ProductInstanceModel.h"

#include "InstanceLoader.h"

#include <QLocale>

#include <limits>
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
        for (int row = 0; row < m_rows.size(); ++row)
            m_searchTexts[row] = searchTextOf(m_rows.at(row));
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

QString ProductInstanceModel::expiryDateText(const ProductInstance &instance) const
{
    if (instance.expiryDate.isValid())
        return QLocale().toString(instance.expiryDate, QLocale::ShortFormat);
    return instance.expiryText; // unreadable: as sent, so nothing is hidden
}

QString ProductInstanceModel::customerText(const ProductInstance &instance) const
{
    if (!instance.customerName.isEmpty())
        return instance.customerName;
    return instance.customerId.toString();
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
        switch (index.column()) {
        case ProductColumn:
            return productName(instance.productId);
        case ProductNoColumn:
            return instance.productNo;
        case ActivationColumn:
            return activationText(instance.activationStatus);
        case PlanColumn:
            return instance.plan;
        case ExpiryColumn:
            return expiryDateText(instance);
        case DaysLeftColumn:
            return daysLeftText(daysLeft(row));
        case CustomerColumn:
            return customerText(instance);
        default:
            return {};
        }
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
        return m_searchTexts.at(row);
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
    m_staging = false;
    m_staged.clear();
    m_stagedKeys.clear();
    m_rows.clear();
    m_searchTexts.clear();
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
        m_searchTexts.append(searchTextOf(instance));
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

void ProductInstanceModel::removeRowsNotIn(const QHash<QString, qsizetype> &fresh)
{
    // A row without a key cannot be told from another: it goes, and comes back as new.
    auto kept = [&](int row) {
        const QString key = m_rows.at(row).key();
        return !key.isEmpty() && fresh.contains(key);
    };
    // Last first, in runs, so that the row numbers before a run still hold.
    for (int last = int(m_rows.size()) - 1; last >= 0; --last) {
        if (kept(last))
            continue;
        int first = last;
        while (first > 0 && !kept(first - 1))
            --first;
        beginRemoveRows(QModelIndex(), first, last);
        for (int row = first; row <= last; ++row)
            m_keys.remove(m_rows.at(row).key());
        m_rows.remove(first, last - first + 1);
        m_searchTexts.remove(first, last - first + 1);
        m_daysLeft.remove(first, last - first + 1);
        endRemoveRows();
        last = first;
    }
}

void ProductInstanceModel::applyStaged()
{
    m_staging = false;
    QList<ProductInstance> staged = std::exchange(m_staged, {});
    m_stagedKeys.clear();
    QHash<QString, qsizetype> fresh;
    fresh.reserve(staged.size());
    for (qsizetype i = 0; i < staged.size(); ++i) {
        const QString key = staged.at(i).key();
        if (!key.isEmpty())
            fresh.insert(key, i);
    }
    removeRowsNotIn(fresh);

    // The rows kept take their new version; those whose cells changed are announced, in
    // runs of consecutive rows.
    QList<bool> placed(staged.size(), false);
    int runStart = -1;
    auto endRun = [&](int end) {
        if (runStart >= 0)
            emit dataChanged(index(runStart, 0), index(end - 1, ColumnCount - 1));
        runStart = -1;
    };
    for (int row = 0; row < m_rows.size(); ++row) {
        const qsizetype at = fresh.value(m_rows.at(row).key());
        placed[at] = true;
        ProductInstance &instance = staged[at];
        const ProductInstance &shown = m_rows.at(row);
        const int days = computeDaysLeft(instance);
        const bool changed = days != m_daysLeft.at(row) || instance.activationStatus != shown.activationStatus
            || instance.plan != shown.plan || instance.expiryDate != shown.expiryDate
            || instance.expiryText != shown.expiryText || instance.customerName != shown.customerName
            || instance.customerId != shown.customerId || instance.comment != shown.comment;
        if (changed) {
            m_searchTexts[row] = searchTextOf(instance);
            m_daysLeft[row] = days;
            if (runStart < 0)
                runStart = row;
        } else {
            endRun(row);
        }
        m_rows[row] = std::move(instance); // every field as now sent, for the details pane
    }
    endRun(int(m_rows.size()));

    QList<ProductInstance> added;
    for (qsizetype i = 0; i < staged.size(); ++i) {
        if (!placed.at(i))
            added.append(std::move(staged[i]));
    }
    append(added);
}

void ProductInstanceModel::loaderFinished()
{
    if (m_staging)
        applyStaged();
    const QList<InstanceLoader::Failure> &failures = m_loader->failures();
    if (failures.isEmpty())
        loadState()->finish(m_ticket);
    else
        loadState()->fail(m_ticket, failures.constFirst().error);
}

QString ProductInstanceModel::searchTextOf(const ProductInstance &instance) const
{
    return QStringList{productName(instance.productId), instance.productNo, instance.customerName,
                       instance.customerId.toString(), instance.plan, instance.comment}
        .join(QLatin1Char('\n'))
        .toLower();
}
