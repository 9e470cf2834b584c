#pragma once

#include "api/ProductInstance.h"
#include "order/CurrentSubscription.h"
#include "order/OrderOperation.h"

#include <QWidget>

class InstanceDetailsLoader;
class InstanceDetailsPane;
class LoadStatusPanel;
class MessageLabel;
class ProductActions;
class ProductInstanceFilterModel;
class ProductInstanceModel;
class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;

// File > Products…: everything the signed-in account has bought, what expires next
// first. Filter by text (customer, serial number, product) and by "expires within N
// days"; expired and expiring rows are marked by colour and in words. The selected
// product in full on the right, with what can be done with it (ProductActions: buttons
// under the list and the list's context menu). Several rows (Ctrl/Shift+click, or every
// row shown that expires within the days given) are renewed together, one order each.
// Export CSV writes the rows shown. Closing the window while the list loads cancels the load.
class ProductsWindow : public QWidget
{
    Q_OBJECT

public:
    // `detailsLoader` loads the selected product in full; the window clears it when closed.
    ProductsWindow(ProductInstanceModel *model, InstanceDetailsLoader *detailsLoader, QWidget *parent = nullptr);

    ProductInstanceModel *model() const { return m_model; }
    ProductInstanceFilterModel *filterModel() const { return m_filter; }
    QTableView *tableView() const { return m_table; }
    InstanceDetailsLoader *detailsLoader() const { return m_detailsLoader; }
    InstanceDetailsPane *detailsPane() const { return m_details; }

    // Writes the rows shown to `path`; returns an empty string or why it failed.
    QString exportShownRows(const QString &path);

    ProductActions *productActions() const { return m_actions; }

    // Selects the rows shown that expire within `days` (expired ones included, as the
    // filter shows them); returns how many.
    int selectExpiringWithin(int days);
    // The selected rows, as rows of the model, in the order shown.
    QList<int> selectedSourceRows() const;

signals:
    // An action on the selected product (from its details): the main window's wizard takes it.
    void operationRequested(OrderOperation operation, const CurrentSubscription &product);
    void autoRenewalRequested(const CurrentSubscription &product);
    // Renew these products together (the selected rows), with their products' names.
    void renewalsRequested(const QList<ProductInstance> &instances, const QStringList &productNames);

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void setColumnWidths();
    void showCurrent();
    void updateCounts();
    void updateExpiryFilter();
    void chooseFileAndExport();
    void showActions();
    void showContextMenu(const QPoint &position);
    void updateSelectionActions();
    void requestRenewals();

    ProductInstanceModel *m_model;
    ProductInstanceFilterModel *m_filter;
    InstanceDetailsLoader *m_detailsLoader;
    QLineEdit *m_search;
    QCheckBox *m_expiringOnly;
    QSpinBox *m_days;
    QLabel *m_count;
    QProgressBar *m_reloading; // what LoadStatusPanel::showReloadsIn() shows
    QPushButton *m_reload;
    QTableView *m_table;
    LoadStatusPanel *m_status;
    QLabel *m_missing;
    QLabel *m_noMatch;
    InstanceDetailsPane *m_details;
    QPushButton *m_export;
    MessageLabel *m_exportFeedback;
    ProductActions *m_actions;
    QPushButton *m_selectExpiring;
    QPushButton *m_renewSelected;
};
