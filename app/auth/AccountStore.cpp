#include "AccountStore.h"

namespace {
const QString kAccountsGroup = QStringLiteral("accounts");
const QString kLastUsedKey = QStringLiteral("session/lastAccount");
} // namespace

AccountStore::AccountStore(const QString &settingsFile)
    : m_settings(settingsFile.isEmpty() ? std::make_unique<QSettings>()
                                        : std::make_unique<QSettings>(settingsFile, QSettings::IniFormat))
{
}

QList<Account> AccountStore::accounts() const
{
    QList<Account> result;
    const int size = m_settings->beginReadArray(kAccountsGroup);
    for (int i = 0; i < size; ++i) {
        m_settings->setArrayIndex(i);
        Account account;
        account.label = m_settings->value(QStringLiteral("label")).toString();
        account.baseUrl = QUrl(m_settings->value(QStringLiteral("baseUrl")).toString());
        account.clientId = m_settings->value(QStringLiteral("clientId")).toString();
        if (account.isValid())
            result.append(account);
    }
    m_settings->endArray();
    return result;
}

void AccountStore::writeAll(const QList<Account> &accounts)
{
    m_settings->remove(kAccountsGroup);
    m_settings->beginWriteArray(kAccountsGroup, int(accounts.size()));
    for (int i = 0; i < accounts.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("label"), accounts[i].label);
        m_settings->setValue(QStringLiteral("baseUrl"), accounts[i].baseUrl.toString());
        m_settings->setValue(QStringLiteral("clientId"), accounts[i].clientId);
    }
    m_settings->endArray();
    m_settings->sync();
}

void AccountStore::save(const Account &account)
{
    QList<Account> all = accounts();
    bool replaced = false;
    for (Account &existing : all) {
        if (existing.id() == account.id()) {
            existing = account;
            replaced = true;
        }
    }
    if (!replaced)
        all.append(account);
    writeAll(all);
}

void AccountStore::remove(const Account &account)
{
    QList<Account> all = accounts();
    all.removeIf([&account](const Account &a) { return a.id() == account.id(); });
    writeAll(all);
    // Compare with the stored id, not lastUsed(): that one only finds listed accounts, and
    // this one is gone now, so a stale id would stay and come back if it were re-added.
    if (m_settings->value(kLastUsedKey).toString() == account.id())
        clearLastUsed();
}

void AccountStore::removeAllOffPortal(const QUrl &baseUrl)
{
    const QString portal = SecretKey::portalIdentity(baseUrl);
    for (const Account &account : accounts()) {
        if (SecretKey::portalIdentity(account.baseUrl) != portal)
            remove(account);
    }
}

std::optional<Account> AccountStore::lastUsed() const
{
    const QString id = m_settings->value(kLastUsedKey).toString();
    const QList<Account> all = accounts();
    for (const Account &account : all) {
        if (account.id() == id)
            return account;
    }
    return std::nullopt;
}

void AccountStore::setLastUsed(const Account &account)
{
    m_settings->setValue(kLastUsedKey, account.id());
    m_settings->sync();
}

void AccountStore::clearLastUsed()
{
    m_settings->remove(kLastUsedKey);
    m_settings->sync();
}
