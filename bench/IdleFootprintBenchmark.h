#pragma once

class BenchReport;

// Resident memory of the signed-in wizard at rest (the practice portal's default lists).
class IdleFootprintBenchmark
{
public:
    static void run(BenchReport &report);
};
