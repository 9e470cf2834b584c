#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

// A gnome-keyring-daemon of the test's own, on the test's session bus (run the test under
// dbus-run-session), with its files in a temporary folder: a "login" keyring created with
// `password` and unlocked, which lock() locks again as a screen locker would. Its prompts
// go to whoever owns org.gnome.keyring.SystemPrompter (MockSystemPrompter).
class PrivateGnomeKeyring
{
public:
    explicit PrivateGnomeKeyring(const QByteArray &password);
    ~PrivateGnomeKeyring();

    // Starts the daemon and waits until it serves org.freedesktop.secrets.
    bool start(QString *error);
    // Locks every collection (no prompt needed); false (and why) if the daemon refused.
    bool lock(QString *error);
    // Unlocks the keyring with its password, without a prompt, as a desktop's own unlock
    // dialog does (gnome-keyring's internal UnlockWithMasterPassword).
    bool unlock(QString *error);
    bool isLocked() const;

private:
    QByteArray m_password;
    QTemporaryDir m_directory;
    QProcess m_daemon;
};
