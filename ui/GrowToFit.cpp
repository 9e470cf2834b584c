#include "GrowToFit.h"

#include <QEvent>
#include <QLayout>
#include <QWidget>

void GrowToFit::install(QWidget *window)
{
    new GrowToFit(window);
}

GrowToFit::GrowToFit(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    window->installEventFilter(this);
}

bool GrowToFit::eventFilter(QObject *watched, QEvent *event)
{
    // The layout handles the request after this filter: look at the result afterwards.
    if (watched == m_window && event->type() == QEvent::LayoutRequest && !m_pending) {
        m_pending = true;
        QMetaObject::invokeMethod(this, &GrowToFit::grow, Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

void GrowToFit::grow()
{
    m_pending = false;
    QLayout *layout = m_window->layout();
    if (!layout || !m_window->isVisible())
        return;
    layout->activate();
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(m_window->width())
                                                   : layout->totalMinimumSize().height();
    if (needed > m_window->height())
        m_window->resize(m_window->width(), needed);
}
