#include "PracticeTokenStore.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

PracticeTokenStore::Grant PracticeTokenStore::issue()
{
    const QString refreshToken = newToken("prt");
    m_refreshTokens.insert(refreshToken);
    return grant(refreshToken);
}

std::optional<PracticeTokenStore::Grant> PracticeTokenStore::refresh(const QString &refreshToken)
{
    if (!m_refreshTokens.contains(refreshToken))
        return std::nullopt;
    return grant(refreshToken);
}

bool PracticeTokenStore::isValid(const QString &accessToken) const
{
    const auto it = m_accessTokens.constFind(accessToken);
    return it != m_accessTokens.constEnd() && Clock::now() < it.value();
}

QString PracticeTokenStore::newToken(const char *prefix)
{
    // Opaque like the real JWTs, but unique by construction (serial) and unguessable.
    quint64 random[3];
    QRandomGenerator::global()->fillRange(random);
    QString token = QLatin1String(prefix) + u'.' + QString::number(++m_serial);
    for (quint64 word : random)
        token += u'.' + QString::number(word, 36);
    return token;
}

PracticeTokenStore::Grant PracticeTokenStore::grant(const QString &refreshToken)
{
    const QString accessToken = newToken("pat");
    m_accessTokens.insert(accessToken, Clock::now() + m_lifetime);
    const qint64 ms = m_lifetime.count();
    const qint64 seconds = qMax<qint64>(1, (ms + 999) / 1000);
    return {accessToken, refreshToken, QString::number(seconds)};
}
