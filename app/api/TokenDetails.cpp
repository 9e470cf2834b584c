#include "TokenDetails.h"

#include "JsonFields.h"

#include <QJsonObject>

QByteArray TokenDetails::authorizationHeader() const
{
    QString head = tokenHead.trimmed();
    if (head.isEmpty())
        head = QStringLiteral("Bearer");
    return head.toUtf8() + ' ' + token.toUtf8();
}

std::optional<TokenDetails> TokenDetails::fromJson(const QJsonValue &result)
{
    if (!result.isObject())
        return std::nullopt;
    const QJsonObject object = result.toObject();
    TokenDetails details;
    details.token = JsonFields::text(object, QLatin1String("token")).trimmed();
    details.tokenHead = JsonFields::text(object, QLatin1String("tokenHead"));
    details.refreshToken = JsonFields::text(object, QLatin1String("refreshToken")).trimmed();
    details.expiresInSeconds = JsonFields::integer(object, QLatin1String("expiresIn")).value_or(0);
    if (details.token.isEmpty())
        return std::nullopt;
    // A missing or nonsensical lifetime: assume the documented 30 minutes.
    if (details.expiresInSeconds <= 0)
        details.expiresInSeconds = 1800;
    return details;
}
