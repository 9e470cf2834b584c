#include "AccountSecrets.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {
const QString kClientSecret = QStringLiteral("clientSecret");
const QString kRefreshToken = QStringLiteral("refreshToken");
} // namespace

QString AccountSecrets::toStoredText() const
{
    QJsonObject object{{kClientSecret, clientSecret}};
    if (!refreshToken.isEmpty())
        object.insert(kRefreshToken, refreshToken);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<AccountSecrets> AccountSecrets::fromStoredText(const QString &text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    const QJsonObject object = document.object();
    if (!document.isObject() || !object.value(kClientSecret).isString())
        return std::nullopt;
    AccountSecrets secrets;
    secrets.clientSecret = object.value(kClientSecret).toString();
    secrets.refreshToken = object.value(kRefreshToken).toString();
    if (secrets.clientSecret.isEmpty())
        return std::nullopt;
    return secrets;
}
