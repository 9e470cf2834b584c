#pragma once

#include "products/InstanceDetailsLoader.h"

#include <QWidget>

#include <functional>

class JsonTreeModel;
class QHBoxLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeView;

// The purchased product selected in the overview: every field the portal sent, as
// key → value with nested objects expandable (the list's fields at once, the details'
// fields when they arrive), and where they apply the activation code (with Copy) and the
// device's model. Loading, empty and failures are said in place, each with Retry.
class InstanceDetailsPane : public QWidget
{
    Q_OBJECT

public:
    using ProductNames = std::function<QString(qint64 productId)>;

    InstanceDetailsPane(InstanceDetailsLoader *loader, ProductNames productNames, QWidget *parent = nullptr);

    // Where actions on the selected product (renew, switch, expand…) go, beside Copy.
    QHBoxLayout *actionRow() const { return m_actionRow; }
    QTreeView *fieldsView() const { return m_fields; }
    JsonTreeModel *fieldsModel() const { return m_model; }

private:
    void refresh();
    void refreshDetails();
    void refreshExtra(InstanceDetailsLoader::Part part, QLabel *value, QPushButton *retry);
    void copyActivationCode();
    void copyProductNo();

    InstanceDetailsLoader *m_loader;
    ProductNames m_productNames;
    JsonTreeModel *m_model;
    QLabel *m_title;
    QProgressBar *m_busy;
    QLabel *m_message;
    QLabel *m_reference;
    QPushButton *m_retry;
    QWidget *m_codeRow;
    QLabel *m_code;
    QPushButton *m_copyCode;
    QPushButton *m_retryCode;
    QWidget *m_modelRow;
    QLabel *m_deviceModel;
    QPushButton *m_retryModel;
    QTreeView *m_fields;
    QHBoxLayout *m_actionRow;
    QPushButton *m_copyProductNo;
};
