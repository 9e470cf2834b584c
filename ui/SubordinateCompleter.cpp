#include "SubordinateCompleter.h"

#include "models/RemoteListModel.h"

#include <QAbstractItemView>
#include <QListView>

SubordinateCompleter::SubordinateCompleter(QAbstractItemModel *model, QObject *parent)
    : QCompleter(model, parent)
{
    setCompletionRole(RemoteListModel::SearchTextRole);
    setFilterMode(Qt::MatchContains);
    setCaseSensitivity(Qt::CaseInsensitive);
    setCompletionMode(QCompleter::PopupCompletion);
    setModelSorting(QCompleter::UnsortedModel);
    setMaxVisibleItems(12);
    if (auto *list = qobject_cast<QListView *>(popup()))
        list->setUniformItemSizes(true); // keeps 20,000 matches cheap to lay out
}

QString SubordinateCompleter::pathFromIndex(const QModelIndex &index) const
{
    return index.data(Qt::DisplayRole).toString();
}

QStringList SubordinateCompleter::splitPath(const QString &path) const
{
    // The search text is lower-case and one string: match the typed text as a whole.
    return {path.trimmed().toLower()};
}
