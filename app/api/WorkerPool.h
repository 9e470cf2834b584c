#pragma once

class QThreadPool;

// Where long computations off the GUI thread run: parsing a big answer, comparing a
// reloaded list with the one shown. Not QThreadPool::globalInstance(): Qt's raster engine
// splits large fills (a scroll bar, a busy bar) over the global pool and waits for them
// on the GUI thread, so a parse holding the global pool's threads stalled painting for as
// long as the parse ran.
namespace WorkerPool {

QThreadPool *instance();

} // namespace WorkerPool
