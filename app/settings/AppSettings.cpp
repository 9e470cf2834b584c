#include "AppSettings.h"

#include "api/PortalAddress.h"

#include <algorithm>

namespace {
const QString kBaseUrlKey = QStringLiteral("portal/baseUrl");
const QString kTimeoutKey = QStringLiteral("network/requestTimeoutSeconds");
const QString kLanguageKey = QStringLiteral("interface/language");
const QString kRememberKey = QStringLiteral("security/rememberSecretsInKeychain");
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
} // namespace

AppSettings::AppSettings(const QString &settingsFile)
    : m_settings(settingsFile.isEmpty() ? std::make_unique<QSettings>()
                                        : std::make_unique<QSettings>(settingsFile, QSettings::IniFormat))
{
}

QUrl AppSettings::baseUrl() const
{
    const QUrl stored(m_settings->value(kBaseUrlKey).toString());
    // A hand-edited file with an http:// address must not downgrade the connection.
    if (stored.isEmpty() || PortalAddress::check(stored).isError())
        return PortalAddress::defaultUrl();
    return stored;
}

ApiError AppSettings::setBaseUrl(const QUrl &url)
{
    const ApiError error = PortalAddress::check(url);
    if (error.isError())
        return error;
    QUrl normalized = url.adjusted(QUrl::StripTrailingSlash);
    if (normalized.path() == QLatin1String("/"))
        normalized.setPath(QString());
    if (normalized == PortalAddress::defaultUrl())
        m_settings->remove(kBaseUrlKey); // follow the default if it ever changes
    else
        m_settings->setValue(kBaseUrlKey, normalized.toString());
    return error;
}

std::chrono::seconds AppSettings::requestTimeout() const
{
    bool ok = false;
    const qint64 seconds = m_settings->value(kTimeoutKey).toLongLong(&ok);
    if (!ok)
        return kDefaultTimeout;
    return std::chrono::seconds(std::clamp<qint64>(seconds, kMinimumTimeout.count(), kMaximumTimeout.count()));
}

void AppSettings::setRequestTimeout(std::chrono::seconds timeout)
{
    const auto clamped = std::clamp(timeout, kMinimumTimeout, kMaximumTimeout);
    m_settings->setValue(kTimeoutKey, qint64(clamped.count()));
}

QString AppSettings::language() const
{
    return m_settings->value(kLanguageKey).toString();
}

void AppSettings::setLanguage(const QString &code)
{
    if (code.isEmpty())
        m_settings->remove(kLanguageKey);
    else
        m_settings->setValue(kLanguageKey, code);
}

bool AppSettings::rememberSecrets() const
{
    return m_settings->value(kRememberKey, true).toBool();
}

void AppSettings::setRememberSecrets(bool remember)
{
    m_settings->setValue(kRememberKey, remember);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(kGeometryKey).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(kGeometryKey, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings->value(kStateKey).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(kStateKey, state);
}

QString AppSettings::location() const
{
    return m_settings->fileName();
}

void AppSettings::sync()
{
    m_settings->sync();
}
