#pragma once

class BenchReport;

// A reseller with `instances` purchased products over 10 products, the portal answering
// each request after 150 ms: File > Products… loads them all (every product's pages, at
// most four requests in flight). Reports the load time against two floors — the longest
// chain of one product's pages, and the same work done four requests at a time, the most
// the app sends at once — the longest event-loop stall meanwhile, the time each keystroke
// in the filter box takes until the table is redrawn, and a reload while a row is
// selected and a filter typed: its stall, and whether both were kept; and the stall of a
// click on a column header, which sorts every row.
class ProductOverviewBenchmark
{
public:
    static void run(BenchReport &report, int instances);
};
