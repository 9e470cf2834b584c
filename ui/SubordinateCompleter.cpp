#include "SubordinateCompleter.h"

#include "api/WorkerPool.h"
#include "models/SubordinateListModel.h"
#include "models/SubordinatePagedMatches.h"

#include <QAbstractItemView>
#include <QFutureWatcher>
#include <QImage>
#include <QKeyEvent>
#include <QListView>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace {

// Scripts whose fonts a list of customers may need are looked for in this many rows at most.
constexpr int kMaxScriptSamples = 16;

} // namespace

SubordinateCompleter::SubordinateCompleter(SubordinateListModel *customers, QObject *parent)
    : QCompleter(parent)
    , m_customers(customers)
    , m_matches(new SubordinatePagedMatches(customers, this))
{
    setModel(m_matches);
    setCompletionRole(Qt::DisplayRole);
    setCaseSensitivity(Qt::CaseInsensitive);
    setCompletionMode(QCompleter::PopupCompletion);
    setModelSorting(QCompleter::UnsortedModel);
    setMaxVisibleItems(12);
    QAbstractItemView *list = popup();
    if (auto *listView = qobject_cast<QListView *>(list))
        listView->setUniformItemSizes(true);
    connect(list->verticalScrollBar(), &QScrollBar::valueChanged, this, &SubordinateCompleter::showMoreNearTheEnd);
    connect(list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SubordinateCompleter::showMoreNearTheEnd);
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
    m_matches->setFilterText(path);
    return {QString()};
}

int SubordinateCompleter::matchCount() const
{
    return m_matches->matchCount();
}

bool SubordinateCompleter::eventFilter(QObject *watched, QEvent *event)
{
    // Ctrl+End goes to the last match, not the last one shown yet.
    // (Type first: QCompleter's filter also sees the events of the pop-up's creation.)
    if (event->type() == QEvent::KeyPress && watched == popup()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_End && key->modifiers().testFlag(Qt::ControlModifier) && m_matches->hasMore())
            keepingThePlace(&SubordinatePagedMatches::showAll);
    }
    return QCompleter::eventFilter(watched, event);
}

// The next page is added while the user is still a few screens from the last row shown,
// after the event that moved them there: adding rows resets QCompleter's model, which the
// pop-up's own key and scroll handling must not see halfway.
void SubordinateCompleter::showMoreNearTheEnd()
{
    const QAbstractItemView *list = popup();
    const int screens = 2 * maxVisibleItems();
    const QScrollBar *scrollBar = list->verticalScrollBar();
    const bool nearTheEnd = list->currentIndex().row() >= list->model()->rowCount() - screens
        || (scrollBar->maximum() > 0
            && scrollBar->value() >= scrollBar->maximum() - screens * std::max(1, scrollBar->singleStep()));
    if (m_moreQueued || !nearTheEnd || !list->isVisible() || !m_matches->hasMore())
        return;
    m_moreQueued = true;
    QMetaObject::invokeMethod(this, &SubordinateCompleter::showMore, Qt::QueuedConnection);
}

void SubordinateCompleter::showMore()
{
    m_moreQueued = false;
    if (popup()->isVisible())
        keepingThePlace(&SubordinatePagedMatches::showMore);
}

// Rows added reset QCompleter's model: the pop-up is put back where the user was.
void SubordinateCompleter::keepingThePlace(void (SubordinatePagedMatches::*show)())
{
    QAbstractItemView *list = popup();
    const int current = list->currentIndex().row();
    const int scrolled = list->verticalScrollBar()->value();
    (m_matches->*show)();
    list->doItemsLayout();
    if (current >= 0)
        list->setCurrentIndex(completionModel()->index(current, 0));
    list->verticalScrollBar()->setValue(scrolled);
}

// The first pop-up loaded what its first rows needed: its style, the fonts for the
// characters of their text (a fallback font for each script the main font lacks) and their
// glyphs, which made the first key typed wait. Done once the list is in: the characters
// every list shows at once (the user has not typed yet), then, one step per event, a
// sample of each script the customers use, found on a worker and drawn with the pop-up's
// font on the GUI thread (fonts are per thread).
void SubordinateCompleter::warmUpWhenIdle()
{
    if (m_warmUpStarted || m_customers->rowCount() == 0 || m_customers->isUpdating())
        return;
    m_warmUpStarted = true;
    popup()->grab(); // its style's parts drawn and cached once, off screen
    drawOnce(QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz 0123456789 @.,-–—…()"));
    auto *watcher = new QFutureWatcher<QStringList>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_warmUpTexts = watcher->result();
        warmUpNext();
    });
    watcher->setFuture(QtConcurrent::run(WorkerPool::instance(), [texts = m_customers->searchIndex().texts()] {
        return texts.samplesOfEachScript(kMaxScriptSamples);
    }));
}

void SubordinateCompleter::warmUpNext()
{
    if (m_warmUpTexts.isEmpty()) {
        m_warmedUp = true;
        return;
    }
    drawOnce(m_warmUpTexts.takeFirst());
    QTimer::singleShot(0, this, &SubordinateCompleter::warmUpNext);
}

// Drawn, not only measured: the glyphs are rendered into the font's cache, where the
// pop-up's first paint finds them.
void SubordinateCompleter::drawOnce(const QString &text)
{
    QAbstractItemView *list = popup();
    list->ensurePolished();
    const QFontMetrics metrics = list->fontMetrics();
    QImage scratch(std::max(1, metrics.horizontalAdvance(text)), metrics.height(), QImage::Format_ARGB32_Premultiplied);
    scratch.fill(Qt::transparent);
    QPainter painter(&scratch);
    painter.setFont(list->font());
    painter.drawText(0, metrics.ascent(), text);
}
