#pragma once

#include <QByteArray>
#include <QFile>
#include <QJsonDocument>
#include <QString>

// Reads a file from tests/data (the copies of the research examples live in examples/).
inline QByteArray testData(const QString &relativePath)
{
    QFile file(QStringLiteral(PP_TEST_DATA_DIR "/") + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data file %s", qPrintable(file.fileName()));
    return file.readAll();
}

inline QJsonDocument testJson(const QString &relativePath)
{
    return QJsonDocument::fromJson(testData(relativePath));
}
