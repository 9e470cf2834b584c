#pragma once

#include <QAbstractItemModel>
#include <QJsonObject>
#include <QJsonValue>

#include <memory>
#include <vector>

// A JSON object as a tree of key → value, for fields a portal sends but the vendor does
// not document: nested objects and arrays are branches a view can expand. Values are the
// text of the JSON value; integers are exact (never through a double), so 19-digit IDs
// show as sent.
class JsonTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { KeyColumn,
                  ValueColumn,
                  ColumnCount };

    explicit JsonTreeModel(QObject *parent = nullptr);
    ~JsonTreeModel() override;

    void setObject(const QJsonObject &object);
    void clear() { setObject(QJsonObject()); }
    const QJsonObject &object() const { return m_object; }

    // The text a value is shown as: scalars as written, {n fields} / [n items] otherwise.
    static QString valueText(const QJsonValue &value);

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        QString key;
        QJsonValue value;
        Node *parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;
    };

    static void build(Node *node);
    const Node *nodeOf(const QModelIndex &index) const;

    QJsonObject m_object;
    std::unique_ptr<Node> m_root;
};
