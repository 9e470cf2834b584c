#include "JsonTreeModel.h"

#include "api/JsonFields.h"

#include <QJsonArray>

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
}

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::setObject(const QJsonObject &object)
{
    beginResetModel();
    m_object = object;
    m_root = std::make_unique<Node>();
    m_root->value = object;
    build(m_root.get());
    endResetModel();
}

void JsonTreeModel::build(Node *node)
{
    auto add = [node](const QString &key, const QJsonValue &value) {
        auto child = std::make_unique<Node>();
        child->key = key;
        child->value = value;
        child->parent = node;
        child->row = int(node->children.size());
        build(child.get());
        node->children.push_back(std::move(child));
    };
    if (node->value.isObject()) {
        const QJsonObject object = node->value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) // keys in order
            add(it.key(), it.value());
    } else if (node->value.isArray()) {
        const QJsonArray array = node->value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            add(QStringLiteral("[%1]").arg(i + 1), array.at(i));
    }
}

QString JsonTreeModel::valueText(const QJsonValue &value)
{
    if (value.isObject())
        //: a JSON object shown folded in the details pane
        return tr("{%n field(s)}", nullptr, int(value.toObject().size()));
    if (value.isArray())
        //: a JSON list shown folded in the details pane
        return tr("[%n item(s)]", nullptr, int(value.toArray().size()));
    if (value.isNull())
        return QStringLiteral("null");
    return JsonFields::text(value);
}

const JsonTreeModel::Node *JsonTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<const Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const Node *node = nodeOf(parent);
    return createIndex(row, column, node->children.at(size_t(row)).get());
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *parent = nodeOf(child)->parent;
    if (!parent || parent == m_root.get())
        return {};
    return createIndex(parent->row, 0, const_cast<Node *>(parent));
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != KeyColumn)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeOf(index);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    const QString text = index.column() == KeyColumn ? node->key : valueText(node->value);
    if (role == Qt::AccessibleTextRole && text.isEmpty())
        //: read by a screen reader for a field the portal sent without a value
        return tr("empty");
    return text;
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    //: column of the details pane: a field's name as the portal sends it
    return section == KeyColumn ? tr("Field") : tr("Value");
}
