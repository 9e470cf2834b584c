#include "ProcessMemory.h"

#include <QFile>

namespace {

double statusFieldMiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix)) // "VmHWM:    123456 kB"
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

} // namespace

double ProcessMemory::residentMiB()
{
    return statusFieldMiB("VmRSS");
}

double ProcessMemory::peakResidentMiB()
{
    return statusFieldMiB("VmHWM");
}
