#pragma once

#include "Account.h"

#include <QList>
#include <QSettings>
#include <QString>

#include <memory>
#include <optional>

// The saved accounts and which one was used last, in QSettings. Never holds a secret.
class AccountStore
{
public:
    // Uses the application's QSettings; `settingsFile` (an INI path) is for tests.
    explicit AccountStore(const QString &settingsFile = QString());

    QList<Account> accounts() const;
    // Adds the account or updates its label; the list keeps its order.
    void save(const Account &account);
    void remove(const Account &account);
    // Removes every account on another portal than `baseUrl` (practice mode: the portals of
    // earlier runs, each on its own port, are gone).
    void removeAllOffPortal(const QUrl &baseUrl);

    std::optional<Account> lastUsed() const;
    void setLastUsed(const Account &account);
    void clearLastUsed();

private:
    void writeAll(const QList<Account> &accounts);

    std::unique_ptr<QSettings> m_settings;
};
