#include "AutoRenewRequest.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

QByteArray jsonString(const QString &text)
{
    // Let Qt escape the string exactly as JSON requires.
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

} // namespace

QByteArray AutoRenewRequest::toJsonBody() const
{
    // EntityId holds only validated digits: written raw, the 19 digits stay exact.
    return "{\n  \"productNo\": " + jsonString(productNo)
        + ",\n  \"productId\": " + jsonString(QString::number(productId)) + ",\n  \"planOrServiceId\": "
        + (planOrServiceId.isValid() ? planOrServiceId.toString().toLatin1() : QByteArray("null")) + "\n}\n";
}
