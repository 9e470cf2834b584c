#include "SubordinateCompleter.h"

#include "api/WorkerPool.h"
#include "models/SubordinateFilterModel.h"
#include "models/SubordinateListModel.h"

#include <QAbstractItemView>
#include <QFutureWatcher>
#include <QListView>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace {

// Scripts whose fonts a list of customers may need are looked for in this many rows at most.
constexpr int kMaxScriptSamples = 16;

} // namespace

SubordinateCompleter::SubordinateCompleter(SubordinateListModel *customers, QObject *parent)
    : QCompleter(parent)
    , m_customers(customers)
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
    connect(customers, &SubordinateListModel::rowsUpdated, this, &SubordinateCompleter::warmUpWhenIdle);
    if (customers->rowCount() > 0)
        QTimer::singleShot(0, this, &SubordinateCompleter::warmUpWhenIdle);
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

// The first pop-up loaded what its first rows needed: its style, and the fonts for the
// characters of their text (a fallback font for each script the main font lacks), which
// made the first key typed wait. Done once the list is in, one step per event: which
// scripts the customers use is found on a worker, each sample then measured with the
// pop-up's font on the GUI thread (fonts are per thread).
void SubordinateCompleter::warmUpWhenIdle()
{
    if (m_warmUpStarted || m_customers->rowCount() == 0 || m_customers->isUpdating())
        return;
    m_warmUpStarted = true;
    auto *watcher = new QFutureWatcher<QStringList>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_warmUpTexts = watcher->result();
        // The characters every list shows, whatever its customers' names.
        m_warmUpTexts.prepend(QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz 0123456789 @.,-–—…()"));
        QTimer::singleShot(0, this, &SubordinateCompleter::warmUpNext);
    });
    watcher->setFuture(QtConcurrent::run(WorkerPool::instance(), [texts = m_customers->searchIndex().texts()] {
        return texts.samplesOfEachScript(kMaxScriptSamples);
    }));
}

void SubordinateCompleter::warmUpNext()
{
    QAbstractItemView *list = popup();
    if (m_warmUpTexts.isEmpty()) {
        m_warmedUp = true;
        return;
    }
    list->ensurePolished();
    list->fontMetrics().horizontalAdvance(m_warmUpTexts.takeFirst());
    QTimer::singleShot(0, this, &SubordinateCompleter::warmUpNext);
}
