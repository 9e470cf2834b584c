#pragma once

class BenchReport;

// A partner with `count` customers: time to load and show them, the longest event-loop
// stall meanwhile, filter latency per keystroke in the customer combo box (typing a
// six-letter name through the real completer), and peak resident memory.
class LargeListBenchmark
{
public:
    static void run(BenchReport &report, int count);
};
