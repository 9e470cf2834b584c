#pragma once

#include <QByteArrayView>
#include <QJsonValue>
#include <QString>

#include <optional>

// Qt's JSON parser keeps a number exactly only when it is written as a plain integer that
// fits in 64 bits. Any other form is read as a double: 3197218168379846218.0 and
// 3.197218168379846e18 both come out as the integer 3197218168379846144 (rounded, and then
// indistinguishable from a real integer), a number beyond 64 bits as a double. For a
// 19-digit ID that is another order or customer, so IDs are checked in the raw text.
namespace InexactIdFinder {

// "id", "…Id", "…ID" and "…No" (orderNo, productNo…) name IDs; "pageNo" is a count.
bool isIdKey(QByteArrayView key);
// A JSON value Qt holds as a 64-bit integer (not as a double).
bool isExactInteger(const QJsonValue &value);
// Where, in valid JSON text, the first member that names an ID holds a number that is not
// a plain integer fitting in 64 bits, as a path ("result[3].partnerId"); nullopt when
// every ID can be read exactly.
std::optional<QString> find(QByteArrayView json);
// The field name at the end of such a path ("partnerId").
QString fieldOf(const QString &path);

} // namespace InexactIdFinder
