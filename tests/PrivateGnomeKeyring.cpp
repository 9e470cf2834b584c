#include "PrivateGnomeKeyring.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusArgument>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDBusVariant>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <utility>

// A Secret Service secret, (oayays): session, parameters, value, content type.
struct MasterSecret
{
    QDBusObjectPath session;
    QByteArray value;
};
Q_DECLARE_METATYPE(MasterSecret)

QDBusArgument &operator<<(QDBusArgument &argument, const MasterSecret &secret)
{
    argument.beginStructure();
    argument << secret.session << QByteArray() << secret.value << QStringLiteral("text/plain");
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, MasterSecret &secret)
{
    QByteArray parameters;
    QString contentType;
    argument.beginStructure();
    argument >> secret.session >> parameters >> secret.value >> contentType;
    argument.endStructure();
    return argument;
}

namespace {

const QString kSecrets = QStringLiteral("org.freedesktop.secrets");
const QString kServicePath = QStringLiteral("/org/freedesktop/secrets");
const QString kServiceInterface = QStringLiteral("org.freedesktop.Secret.Service");
const QString kPromptInterface = QStringLiteral("org.freedesktop.Secret.Prompt");

// One field of a message's first line as dbus-monitor prints it, e.g. "serial=12" or
// "member=Unlock;".
QString monitoredField(const QString &line, const char *name)
{
    const QRegularExpression pattern(QStringLiteral("(?:^| )%1=([^ ;]+)").arg(QLatin1String(name)));
    return pattern.match(line).captured(1);
}

// A call to the private daemon, never to one D-Bus would start in its place: gnome-keyring
// 42 aborts on a race in its unlock queue (an assertion in perform_next_unlock) when an unlock
// completes while another one prompts, and an auto-started daemon then blocked every later
// call for the bus's two-minute activation timeout (the bus of the ctest entry, from
// tests/data/session-bus.conf, starts nothing on demand). Bounded, so that a daemon that
// stopped answering fails the test in seconds.
QDBusMessage callDaemon(QDBusMessage call)
{
    call.setAutoStartService(false);
    return QDBusConnection::sessionBus().call(call, QDBus::Block, 10000);
}

// The default collection ("login"), as gnome-keyring names it on the bus.
QString defaultCollection(QString *error)
{
    QDBusMessage call = QDBusMessage::createMethodCall(kSecrets, kServicePath, kServiceInterface,
                                                       QStringLiteral("ReadAlias"));
    call << QStringLiteral("default");
    const QDBusReply<QDBusObjectPath> reply = callDaemon(call);
    if (!reply.isValid() || reply.value().path() == QLatin1String("/")) {
        *error = QStringLiteral("no default collection: %1").arg(reply.error().message());
        return QString();
    }
    return reply.value().path();
}

} // namespace

PrivateGnomeKeyring::PrivateGnomeKeyring(const QByteArray &password)
    : m_password(password)
{
}

PrivateGnomeKeyring::~PrivateGnomeKeyring()
{
    for (QProcess *process : {&m_daemon, &m_monitor}) {
        if (process->state() != QProcess::NotRunning) {
            process->terminate();
            if (!process->waitForFinished(5000))
                process->kill();
        }
    }
}

bool PrivateGnomeKeyring::start(QString *error)
{
    qDBusRegisterMetaType<MasterSecret>();
    if (!m_directory.isValid()) {
        *error = QStringLiteral("no temporary folder");
        return false;
    }
    if (QDBusConnection::sessionBus().interface()->isServiceRegistered(kSecrets)) {
        *error = QStringLiteral("another Secret Service already runs on this bus; run the test under "
                                "its own dbus-run-session");
        return false;
    }
    if (!watchUnlocks(error))
        return false;
    const QDir root(m_directory.path());
    for (const char *folder : {"data", "runtime", "config", "home"})
        root.mkpath(QString::fromLatin1(folder));
    QFile::setPermissions(root.filePath(QStringLiteral("runtime")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), root.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), root.filePath(QStringLiteral("runtime")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), root.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("HOME"), root.filePath(QStringLiteral("home")));
    // With a display, gnome-keyring would look for a graphical prompter of its own.
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    m_daemon.setProcessEnvironment(environment);
    m_daemon.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_daemon.start(QStringLiteral("gnome-keyring-daemon"),
                   {QStringLiteral("--foreground"), QStringLiteral("--components=secrets"),
                    QStringLiteral("--unlock")});
    if (!m_daemon.waitForStarted(10000)) {
        *error = QStringLiteral("gnome-keyring-daemon did not start: %1").arg(m_daemon.errorString());
        return false;
    }
    // --unlock: the login keyring is created with (or unlocked by) the password on stdin.
    m_daemon.write(m_password);
    m_daemon.closeWriteChannel();
    const bool serving = QTest::qWaitFor([this] {
        return m_daemon.state() != QProcess::Running
            || QDBusConnection::sessionBus().interface()->isServiceRegistered(kSecrets);
    },
                                         20000);
    if (!serving || m_daemon.state() != QProcess::Running) {
        *error = QStringLiteral("gnome-keyring-daemon does not serve %1 (%2)")
                     .arg(kSecrets, QString::fromLocal8Bit(m_daemon.readAllStandardOutput()));
        return false;
    }
    return !defaultCollection(error).isEmpty();
}

bool PrivateGnomeKeyring::watchUnlocks(QString *error)
{
    QObject::connect(&m_monitor, &QProcess::readyReadStandardOutput, &m_monitor, [this] { readMonitor(); });
    m_monitor.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_monitor.start(QStringLiteral("dbus-monitor"),
                    {QStringLiteral("--session"), QStringLiteral("--monitor"), QStringLiteral("type='method_return'"),
                     QStringLiteral("type='error'"),
                     QStringLiteral("interface='%1',member='Unlock'").arg(kServiceInterface),
                     QStringLiteral("interface='%1'").arg(kPromptInterface)});
    if (!m_monitor.waitForStarted(10000)) {
        *error = QStringLiteral("dbus-monitor did not start: %1").arg(m_monitor.errorString());
        return false;
    }
    // Monitoring once the bus took its name away (NameLost, the first thing it prints).
    if (!QTest::qWaitFor([this] { return m_monitoring || m_monitor.state() != QProcess::Running; }, 20000)
        || !m_monitoring) {
        *error = QStringLiteral("dbus-monitor does not monitor the session bus");
        return false;
    }
    return true;
}

void PrivateGnomeKeyring::readMonitor()
{
    while (m_monitor.canReadLine())
        follow(QString::fromUtf8(m_monitor.readLine()).chopped(1));
}

void PrivateGnomeKeyring::follow(const QString &line)
{
    if (!line.startsWith(u' ')) {              // a message's first line; its arguments follow, indented
        if (!m_unlockReplyBeingRead.isEmpty()) // a reply without a prompt: cannot be, but ends
            m_unlockCalls.remove(std::exchange(m_unlockReplyBeingRead, QString()));
        const QString interface = monitoredField(line, "interface");
        const QString member = monitoredField(line, "member");
        const bool answer = line.startsWith(QLatin1String("method return "));
        if (line.startsWith(QLatin1String("method call "))) {
            const QString call = monitoredField(line, "sender") + u' ' + monitoredField(line, "serial");
            if (interface == kServiceInterface && member == QLatin1String("Unlock")) {
                m_unlockCalls.insert(call);
            } else if (interface == kPromptInterface && member == QLatin1String("Prompt")) {
                const QString prompt = monitoredField(line, "path");
                m_promptsToCall.remove(prompt);
                m_promptCalls.insert(call, prompt);
            }
        } else if (line.startsWith(QLatin1String("signal "))) {
            if (interface == kPromptInterface && member == QLatin1String("Completed")) {
                // Sent before the Prompt call's answer when the prompt was not needed after all.
                const QString prompt = monitoredField(line, "path");
                m_completedPrompts.insert(prompt);
                m_promptsToCall.remove(prompt);
                m_promptsAtUser.remove(prompt);
            } else if (member == QLatin1String("NameLost")) {
                m_monitoring = true;
            }
        } else if (answer || line.startsWith(QLatin1String("error "))) {
            const QString call = monitoredField(line, "destination") + u' ' + monitoredField(line, "reply_serial");
            if (m_unlockCalls.contains(call)) {
                if (answer)
                    m_unlockReplyBeingRead = call; // (unlocked objects, prompt)
                else
                    m_unlockCalls.remove(call);
            } else if (m_promptCalls.contains(call)) {
                const QString prompt = m_promptCalls.take(call);
                if (answer && !m_completedPrompts.contains(prompt))
                    m_promptsAtUser.insert(prompt);
            }
        }
    } else if (!m_unlockReplyBeingRead.isEmpty() && line.startsWith(QLatin1String("   object path \""))) {
        // The reply's second argument: the prompt to call, or "/" when none is needed.
        const QString prompt = line.section(u'"', 1, 1);
        m_unlockCalls.remove(std::exchange(m_unlockReplyBeingRead, QString()));
        if (prompt != QLatin1String("/") && !m_completedPrompts.contains(prompt))
            m_promptsToCall.insert(prompt);
    } else {
        return;
    }
    if (m_unlockObserver)
        m_unlockObserver();
}

bool PrivateGnomeKeyring::lock(QString *error)
{
    const QString collection = defaultCollection(error);
    if (collection.isEmpty())
        return false;
    QDBusMessage call = QDBusMessage::createMethodCall(kSecrets, kServicePath, kServiceInterface,
                                                       QStringLiteral("Lock"));
    call << QVariant::fromValue(QList<QDBusObjectPath>{QDBusObjectPath(collection)});
    const QDBusMessage reply = callDaemon(call);
    if (reply.type() != QDBusMessage::ReplyMessage) {
        *error = QStringLiteral("Lock failed: %1").arg(reply.errorMessage());
        return false;
    }
    if (!isLocked()) {
        *error = QStringLiteral("the keyring is still unlocked after Lock");
        return false;
    }
    return true;
}

bool PrivateGnomeKeyring::unlock(QString *error)
{
    const QString collection = defaultCollection(error);
    if (collection.isEmpty())
        return false;
    // The password travels as a Secret Service secret, over a "plain" session (the bus is
    // the test's own).
    QDBusMessage open = QDBusMessage::createMethodCall(kSecrets, kServicePath, kServiceInterface,
                                                       QStringLiteral("OpenSession"));
    open << QStringLiteral("plain") << QVariant::fromValue(QDBusVariant(QString()));
    const QDBusMessage opened = callDaemon(open);
    if (opened.type() != QDBusMessage::ReplyMessage || opened.arguments().size() != 2) {
        *error = QStringLiteral("OpenSession failed: %1").arg(opened.errorMessage());
        return false;
    }
    const MasterSecret secret{qdbus_cast<QDBusObjectPath>(opened.arguments().at(1)), m_password};
    QDBusMessage unlock = QDBusMessage::createMethodCall(
        kSecrets, kServicePath, QStringLiteral("org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"),
        QStringLiteral("UnlockWithMasterPassword"));
    unlock << QVariant::fromValue(QDBusObjectPath(collection)) << QVariant::fromValue(secret);
    const QDBusMessage reply = callDaemon(unlock);
    if (reply.type() != QDBusMessage::ReplyMessage) {
        *error = QStringLiteral("UnlockWithMasterPassword failed: %1").arg(reply.errorMessage());
        return false;
    }
    if (isLocked()) {
        *error = QStringLiteral("the keyring is still locked after UnlockWithMasterPassword");
        return false;
    }
    return true;
}

bool PrivateGnomeKeyring::isLocked() const
{
    QString error;
    const QString collection = defaultCollection(&error);
    if (collection.isEmpty())
        return false;
    QDBusMessage call = QDBusMessage::createMethodCall(kSecrets, collection,
                                                       QStringLiteral("org.freedesktop.DBus.Properties"),
                                                       QStringLiteral("Get"));
    call << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
    const QDBusReply<QDBusVariant> reply = callDaemon(call);
    return reply.isValid() && reply.value().variant().toBool();
}
