#pragma once

class BenchReport;

// From pressing Sign in to the product, customer and billing-contact lists all filled,
// against a portal that takes 150 ms per answer, divided by the ideal: one token round trip
// plus the slowest single list round trip, measured in the same run.
class TimeToReadyBenchmark
{
public:
    static void run(BenchReport &report, int repetitions = 5);
};
