#pragma once

#include <QFrame>
#include <QTimer>

class QLabel;
class QPushButton;

// Shown above the wizard while a start waits for the system keychain (which may be
// waiting for the user to unlock it, for as long as they take): says so, and offers to
// sign in without it. Appears only when the wait is long enough to notice, so that a
// keychain answering at once does not make it flash.
class KeychainWaitPanel : public QFrame
{
    Q_OBJECT

public:
    explicit KeychainWaitPanel(QWidget *parent = nullptr);

    void setWaiting(bool waiting);

signals:
    void signInWithoutKeychainRequested();

private:
    QLabel *m_message;
    QPushButton *m_withoutKeychain;
    QTimer m_showDelay;
};
