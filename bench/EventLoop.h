#pragma once

#include <functional>

// Waiting inside a benchmark without QTest::qWaitFor, which sleeps 10 ms between checks
// (that would add to every figure and look like a stall to the probe).
namespace EventLoop {

// Runs the event loop until `done()` is true (checked every millisecond) or `timeoutMs`
// passes; returns done().
bool waitUntil(const std::function<bool()> &done, int timeoutMs);

// Runs the event loop until it has nothing left to do: posted events handled, layouts
// and paints done (two rounds of a zero-interval timer, as the app's StartupProbe).
void settle();

} // namespace EventLoop
