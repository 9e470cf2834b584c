#include "SecretServiceLockProbe.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QMap>
#include <QPointer>

namespace {
using Attributes = QMap<QString, QString>;
} // namespace

SecretServiceLockProbe::SecretServiceLockProbe(QObject *parent)
    : QObject(parent)
{
    qDBusRegisterMetaType<Attributes>();
}

void SecretServiceLockProbe::findLockedEntry(const QString &service, const QString &key, QObject *context,
                                             Callback callback)
{
    const QPointer<QObject> guard(context);
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        QMetaObject::invokeMethod(
            this, [guard, callback] {
                if (guard)
                    callback(false);
            },
            Qt::QueuedConnection);
        return;
    }
    // The attributes QtKeychain's libsecret backend files an entry under ("type" is left
    // out: it is "plaintext" or "base64").
    QDBusMessage search = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("SearchItems"));
    search << QVariant::fromValue(Attributes{{QStringLiteral("user"), key}, {QStringLiteral("server"), service}});
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(search), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [watcher, guard, callback] {
        watcher->deleteLater();
        const QDBusPendingReply<QList<QDBusObjectPath>, QList<QDBusObjectPath>> reply = *watcher;
        if (guard)
            callback(reply.isValid() && !reply.argumentAt<1>().isEmpty());
    });
}
