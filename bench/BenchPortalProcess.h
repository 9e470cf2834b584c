#pragma once

#include <QProcess>
#include <QUrl>

#include <chrono>

// The practice portal in a process of its own (pp-practice-portal), so that its work —
// serialising 100,000 customers — neither stalls the app's event loop nor counts in the
// app's memory.
class BenchPortalProcess
{
public:
    struct Options
    {
        std::chrono::milliseconds latency{0};
        int subordinates = -1;     // -1: the portal's default (8)
        int instances = -1;        // purchased products; -1: the portal's default few
        int instanceProducts = 10; // … spread over this many products
    };

    explicit BenchPortalProcess(const Options &options);
    ~BenchPortalProcess();

    bool isRunning() const { return m_port != 0; }
    QUrl baseUrl() const;
    // A few customers removed and renamed in the portal, as between two loads; false when
    // the portal did not confirm it.
    bool setSubordinateRevision(int revision);

private:
    QProcess m_process;
    quint16 m_port = 0;
};
