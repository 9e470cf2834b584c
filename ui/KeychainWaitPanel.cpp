#include "KeychainWaitPanel.h"

#include "auth/KeychainNotice.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

KeychainWaitPanel::KeychainWaitPanel(QWidget *parent)
    : QFrame(parent)
    , m_message(new QLabel(this))
    , m_withoutKeychain(new QPushButton(tr("Sign in &without the keychain"), this))
{
    setObjectName(QStringLiteral("keychainWaitFrame"));
    setFrameShape(QFrame::StyledPanel);
    m_message->setObjectName(QStringLiteral("keychainWaitLabel"));
    //: shown while the app waits for the system keychain (GNOME Keyring, KWallet, …) at start
    m_message->setText(KeychainNotice::waiting() + QLatin1Char(' ')
                       + tr("If it asks for its password, unlock it there, or sign in by typing "
                            "your client secret."));
    m_message->setWordWrap(true);
    m_withoutKeychain->setObjectName(QStringLiteral("signInWithoutKeychainButton"));
    m_withoutKeychain->setAccessibleName(tr("Sign in without the keychain"));

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_withoutKeychain, 0, Qt::AlignVCenter);
    hide();

    m_showDelay.setSingleShot(true);
    m_showDelay.setInterval(400);
    connect(&m_showDelay, &QTimer::timeout, this, &QWidget::show);
    connect(m_withoutKeychain, &QPushButton::clicked, this, &KeychainWaitPanel::signInWithoutKeychainRequested);
}

void KeychainWaitPanel::setWaiting(bool waiting)
{
    if (waiting) {
        if (isHidden())
            m_showDelay.start();
        return;
    }
    m_showDelay.stop();
    hide();
}
