#pragma once

#include "ExpiryBand.h"
#include "models/RemoteListModel.h"
#include "api/ProductInstance.h"
#include "api/TextSearchIndex.h"

#include <QDate>
#include <QList>
#include <QSet>

#include <limits>
#include <optional>

class InstanceLoader;
struct ReloadPlan;

// Every product the signed-in account has bought, one row each, as the overview shows
// them: product, serial or product number, expiry, days left, customer, plan, activation.
// Rows arrive page by page (InstanceLoader); a request that fails leaves the rows that
// did arrive, and the model Failed with the first failure: load() — LoadStatusPanel's
// Retry — asks again for exactly what failed. reload() starts over: while rows are shown
// it loads every page beside them and then removes, changes and adds just the rows that
// differ, so that views keep their rows, selection and sort. clear() (sign-out, another
// account, the window closed mid-load) cancels the requests in flight.
class ProductInstanceModel : public RemoteListModel
{
    Q_OBJECT

public:
    enum Column {
        ProductColumn,
        ProductNoColumn,
        ExpiryColumn,
        DaysLeftColumn,
        CustomerColumn,
        PlanColumn,
        ActivationColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Roles {
        ExpiryBandRole = SearchTextRole + 1, // int(ExpiryBand::Band)
        DaysLeftRole,                        // int, or no value without an expiry date
        SortRole,                            // what the column sorts by (dates as days, text in lower case)
    };

    explicit ProductInstanceModel(PortalClient *client, QObject *parent = nullptr);

    void reload();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const ProductInstance &at(int row) const { return m_rows.at(row); }
    // Every row (shared, not copied): for a worker to read while the GUI thread goes on.
    const QList<ProductInstance> &rows() const { return m_rows; }
    // What the cell of `row` in `column` shows (its DisplayRole), without a QVariant.
    QString displayText(int row, int column) const;
    // The same for `instance`, from the product names and its days left: safe on any thread.
    static QString displayText(const ProductInstance &instance, int column, const QHash<qint64, QString> &productNames,
                               std::optional<int> daysLeft);
    QString productName(qint64 productId) const;
    // Cheap accessors for the filter model, which asks for every row on each keystroke.
    // The search text of every row: product, serial or product number, customer and its
    // partner ID, plan, comment.
    const TextSearchIndex &searchIndex() const { return m_searchIndex; }
    std::optional<int> daysLeft(int row) const;
    ExpiryBand::Band band(int row) const;
    // The date days are counted from: today when the last load started.
    QDate today() const { return m_today; }

    const InstanceLoader *loader() const { return m_loader; }
    // What a failed load is missing, in words ("Remote Management (page 2), …"), or empty.
    QStringList missingParts() const;

    // Text for the cells, shared with the CSV export.
    static QString activationText(const QString &activationStatus);
    static QString daysLeftText(std::optional<int> days);
    static QString expiryDateText(const ProductInstance &instance);
    static QString customerText(const ProductInstance &instance);

protected:
    void fetch() override;
    void clearRows() override;

private:
    void append(const QList<ProductInstance> &rows);
    void stage(const QList<ProductInstance> &rows);
    void compareStaged();
    void applyReload(ReloadPlan &plan);
    void finishLoad();
    int computeDaysLeft(const ProductInstance &instance) const;
    void loaderFinished();
    void rebuildSearchIndex();
    static void addSearchText(TextSearchIndex &index, const ProductInstance &instance, const QString &productName);

    InstanceLoader *m_loader;
    QList<ProductInstance> m_rows;
    TextSearchIndex m_searchIndex;
    QList<int> m_daysLeft; // per row, kNoDate without an expiry date: sorting asks a lot
    static constexpr int kNoDate = std::numeric_limits<int>::min();
    QSet<QString> m_keys; // pages shift when products are bought meanwhile: no row twice
    // A reload while rows are shown: its pages, until all have arrived.
    bool m_staging = false;
    QList<ProductInstance> m_staged;
    QSet<QString> m_stagedKeys;
    int m_compareGeneration = 0; // a comparison whose generation is no longer this is dropped
    QDate m_today;
    LoadState::Ticket m_ticket = 0;
};
