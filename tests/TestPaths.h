#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QString>

// A path a test needs from this checkout or its build folder (its data, the programs it
// starts), read at run time from test-paths.txt next to the test executables, which
// tests/CMakeLists.txt writes: as a compile definition, the checkout's absolute path would
// be in the test's compile line and ccache could not share its object with another checkout.
inline QString testPath(const char *key)
{
    QFile file(QCoreApplication::applicationDirPath() + QStringLiteral("/test-paths.txt"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        qFatal("cannot read %s (configure the build again)", qPrintable(file.fileName()));
    const QByteArray prefix = QByteArray(key) + '=';
    while (!file.atEnd()) {
        QByteArray line = file.readLine();
        if (line.endsWith('\n'))
            line.chop(1);
        if (line.startsWith(prefix))
            return QString::fromUtf8(line.mid(prefix.size()));
    }
    qFatal("%s has no path for \"%s\"", qPrintable(file.fileName()), key);
}
