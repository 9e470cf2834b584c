#include "WorkerPool.h"

#include <QThreadPool>

Q_GLOBAL_STATIC(QThreadPool, pool)

QThreadPool *WorkerPool::instance()
{
    return pool();
}
