#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <optional>

// The token endpoint's result (Token_Details). Holds secrets: never log it.
struct TokenDetails
{
    QString token;
    QString tokenHead;
    QString refreshToken;
    qint64 expiresInSeconds = 0; // documented as String; numbers accepted too

    // "Bearer <token>": tokenHead trimmed (it may carry a trailing space), "Bearer" when
    // the portal sends none.
    QByteArray authorizationHeader() const;

    static std::optional<TokenDetails> fromJson(const QJsonValue &result);
};
