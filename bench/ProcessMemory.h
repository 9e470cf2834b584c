#pragma once

// This process's resident memory, from /proc/self/status (Linux).
class ProcessMemory
{
public:
    static double residentMiB();     // VmRSS: now
    static double peakResidentMiB(); // VmHWM: the most it ever held
};
