#pragma once

#include <QJsonValue>
#include <QMetaType>
#include <QVariant>

// JSON checks the practice portal's validators share.
namespace PracticeJson {

// Qt 6.4 answers isDouble() for every number; the variant type tells a JSON integer
// (kept exact as qint64) from a fraction or a number beyond 64 bits.
inline bool isInteger(const QJsonValue &value)
{
    return value.isDouble() && value.toVariant().typeId() == QMetaType::LongLong;
}

} // namespace PracticeJson
