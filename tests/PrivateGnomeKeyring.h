#pragma once

#include <QByteArray>
#include <QHash>
#include <QProcess>
#include <QSet>
#include <QString>
#include <QTemporaryDir>

#include <functional>

// A gnome-keyring-daemon of the test's own, on the test's session bus (run the test under
// dbus-run-session), with its files in a temporary folder: a "login" keyring created with
// `password` and unlocked, which lock() locks again as a screen locker would. Its prompts
// go to whoever owns org.gnome.keyring.SystemPrompter (MockSystemPrompter).
//
// It also follows every Secret Service unlock on the bus (dbus-monitor): an unlock asks
// with Unlock, which answers with a prompt, then the caller calls Prompt on it. gnome-keyring
// 42 aborts (perform_next_unlock: assertion !self->current) when an unlock that was still
// between those two calls finds the keyring unlocked by the prompt being answered just then:
// finishing, it resumes that prompt's unlock while it still runs. So whoever answers a
// prompt should wait until unlocksBeforePrompt() is 0: every other unlock then waits in
// the daemon's queue, which the answer lets through in turn.
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

    // Unlocks between their Unlock call and the answer to their Prompt call.
    int unlocksBeforePrompt() const
    {
        return int(m_unlockCalls.size() + m_promptsToCall.size() + m_promptCalls.size());
    }
    // Unlocks whose Prompt call was answered and which have not completed: each waits for
    // the prompt the user sees, or in the daemon's queue behind it.
    int unlocksAtPrompt() const { return int(m_promptsAtUser.size()); }
    // Called whenever either count may have changed.
    void setUnlockObserver(std::function<void()> observer) { m_unlockObserver = std::move(observer); }

private:
    bool watchUnlocks(QString *error);
    void readMonitor();
    void follow(const QString &line);

    QByteArray m_password;
    QTemporaryDir m_directory;
    QProcess m_daemon;
    QProcess m_monitor;
    bool m_monitoring = false;
    // Calls are named "<sender> <serial>"; prompts by their object path.
    QSet<QString> m_unlockCalls;
    QString m_unlockReplyBeingRead; // the call whose reply's body (…, prompt) is being read
    QSet<QString> m_promptsToCall;
    QHash<QString, QString> m_promptCalls; // call → prompt
    QSet<QString> m_promptsAtUser;
    QSet<QString> m_completedPrompts;
    std::function<void()> m_unlockObserver;
};
