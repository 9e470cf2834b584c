#pragma once

#include <QObject>
#include <QString>

#include <functional>

// Asks the Secret Service (GNOME Keyring, KeePassXC, …) over D-Bus, without a prompt,
// whether QtKeychain's entry `key` of `service` sits in a locked collection. QtKeychain
// cannot tell: after the user cancels the unlock prompt it reports such an entry as "not
// found", and deleting it as done although it is still there. Answers false where there
// is no Secret Service (no session bus, another platform).
class SecretServiceLockProbe : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(bool lockedEntryExists)>;

    explicit SecretServiceLockProbe(QObject *parent = nullptr);

    void findLockedEntry(const QString &service, const QString &key, QObject *context, Callback callback);
};
