#pragma once

#include "api/ApiError.h"

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QUrl>

#include <chrono>
#include <memory>

// The user's preferences, typed, in QSettings (the app's own file, or an INI file for
// tests). Never holds a secret: client secrets and tokens live in the keychain.
// Every getter answers a usable value: a missing or damaged entry reads as the default.
class AppSettings
{
public:
    static constexpr std::chrono::seconds kDefaultTimeout{30};
    static constexpr std::chrono::seconds kMinimumTimeout{5};
    static constexpr std::chrono::seconds kMaximumTimeout{300};

    // Uses the application's QSettings; `settingsFile` (an INI path) is for tests.
    explicit AppSettings(const QString &settingsFile = QString());

    // The Partner Portal address offered for new accounts.
    QUrl baseUrl() const;
    // Refuses (and keeps the old value) what PortalAddress::check() refuses.
    ApiError setBaseUrl(const QUrl &url);

    // How long a request may stay silent before it fails; clamped to the range above.
    std::chrono::seconds requestTimeout() const;
    void setRequestTimeout(std::chrono::seconds timeout);

    // A language code such as "de" or "zh_CN"; empty = follow the system.
    QString language() const;
    void setLanguage(const QString &code);

    // Whether a new sign-in keeps the client secret in the system keychain.
    bool rememberSecrets() const;
    void setRememberSecrets(bool remember);

    // QMainWindow::saveGeometry() / saveState() blobs.
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    // Where the values live (a file path, or a registry path elsewhere).
    QString location() const;
    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};
