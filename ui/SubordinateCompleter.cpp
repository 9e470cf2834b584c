#include "SubordinateCompleter.h"

#include "models/SubordinateFilterModel.h"
#include "models/SubordinateListModel.h"

#include <QAbstractItemView>
#include <QListView>

SubordinateCompleter::SubordinateCompleter(SubordinateListModel *customers, QObject *parent)
    : QCompleter(parent)
    , m_filter(new SubordinateFilterModel(customers, this))
{
    setModel(m_filter);
    setCompletionRole(Qt::DisplayRole);
    setCaseSensitivity(Qt::CaseInsensitive);
    setCompletionMode(QCompleter::PopupCompletion);
    setModelSorting(QCompleter::UnsortedModel);
    setMaxVisibleItems(12);
    if (auto *list = qobject_cast<QListView *>(popup())) {
        list->setUniformItemSizes(true); // keeps 20,000 matches cheap to lay out
        // Laying out 100,000 matches at once on every keystroke makes typing lag: in
        // batches, the first rows show at once and the rest follow between events.
        list->setLayoutMode(QListView::Batched);
        list->setBatchSize(500);
    }
}

QString SubordinateCompleter::pathFromIndex(const QModelIndex &index) const
{
    return index.data(Qt::DisplayRole).toString();
}

QStringList SubordinateCompleter::splitPath(const QString &path) const
{
    m_filter->setFilterText(path);
    return {QString()};
}
