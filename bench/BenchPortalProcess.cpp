#include "BenchPortalProcess.h"

#include <unistd.h>

BenchPortalProcess::BenchPortalProcess(const Options &options)
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // It stands in for a server elsewhere: on a two-core machine it must not take the
    // app's CPU time, or its work would show up as the app's stalls.
    m_process.setChildProcessModifier([] { (void)::nice(19); });
    QStringList arguments{QStringLiteral("--latency"), QString::number(options.latency.count())};
    if (options.subordinates >= 0)
        arguments << QStringLiteral("--subordinates") << QString::number(options.subordinates);
    if (options.instances >= 0)
        arguments << QStringLiteral("--instances") << QString::number(options.instances)
                  << QStringLiteral("--instance-products") << QString::number(options.instanceProducts);
    m_process.start(QStringLiteral(PP_PRACTICE_PORTAL_PATH), arguments);
    // It prints "port <n>" once it listens (100,000 customers take a while at nice 19 on a
    // busy machine).
    while (m_process.waitForReadyRead(180000)) {
        if (!m_process.canReadLine())
            continue;
        const QByteArray line = m_process.readLine().trimmed();
        if (line.startsWith("port "))
            m_port = quint16(line.mid(5).toUInt());
        break;
    }
}

BenchPortalProcess::~BenchPortalProcess()
{
    m_process.terminate();
    if (!m_process.waitForFinished(5000))
        m_process.kill();
}

bool BenchPortalProcess::setSubordinateRevision(int revision)
{
    m_process.write(QByteArrayLiteral("revision ") + QByteArray::number(revision) + '\n');
    while (!m_process.canReadLine()) {
        if (!m_process.waitForReadyRead(180000))
            return false;
    }
    return m_process.readLine().trimmed() == "ok";
}

QUrl BenchPortalProcess::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}
