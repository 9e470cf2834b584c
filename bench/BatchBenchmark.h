#pragma once

class BenchReport;

// A batch of `count` orders, one customer each, against a portal that takes 150 ms per
// answer: the whole batch's time ÷ (count × one order's round trip) — what the journal,
// the receipts and the hand-over between orders add — and the longest event-loop stall
// while it runs.
class BatchBenchmark
{
public:
    static void run(BenchReport &report, int count);
};
