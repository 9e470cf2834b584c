#include "MockSystemPrompter.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>

namespace {

const QString kPrompterName = QStringLiteral("org.gnome.keyring.SystemPrompter");
const QString kPrompterPath = QStringLiteral("/org/gnome/keyring/Prompter");
const QString kCallbackInterface = QStringLiteral("org.gnome.keyring.internal.Prompter.Callback");

} // namespace

MockSystemPrompter::MockSystemPrompter(const QByteArray &password, QObject *parent)
    : QObject(parent)
    , m_password(password)
{
}

MockSystemPrompter::~MockSystemPrompter()
{
    if (!m_registered)
        return;
    QDBusConnection bus = QDBusConnection::sessionBus();
    bus.unregisterService(kPrompterName);
    bus.unregisterObject(kPrompterPath);
}

bool MockSystemPrompter::start(QString *error)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        *error = QStringLiteral("no session bus: %1").arg(bus.lastError().message());
        return false;
    }
    if (!bus.registerObject(kPrompterPath, this, QDBusConnection::ExportScriptableSlots)) {
        *error = QStringLiteral("cannot export %1: %2").arg(kPrompterPath, bus.lastError().message());
        return false;
    }
    // DoNotQueue: if gcr's own prompter (or another test) has the name, say so instead of
    // waiting behind it.
    const auto reply = bus.interface()->registerService(kPrompterName, QDBusConnectionInterface::DontQueueService,
                                                        QDBusConnectionInterface::DontAllowReplacement);
    if (!reply.isValid() || reply.value() != QDBusConnectionInterface::ServiceRegistered) {
        bus.unregisterObject(kPrompterPath);
        *error = QStringLiteral("cannot own %1: %2").arg(kPrompterName, reply.error().message());
        return false;
    }
    m_registered = true;
    return true;
}

void MockSystemPrompter::setAutoAnswer(std::optional<Answer> answer)
{
    m_autoAnswer = answer;
    if (m_autoAnswer && m_open)
        this->answer(*m_autoAnswer);
}

void MockSystemPrompter::replyNow()
{
    // The reply must reach the caller before our PromptReady call does: gcr drops a
    // PromptReady that arrives before it has seen the answer to its own call.
    setDelayedReply(true);
    connection().send(message().createReply());
}

void MockSystemPrompter::BeginPrompting(const QDBusObjectPath &callback)
{
    auto caller = std::make_shared<Caller>();
    caller->service = message().service();
    caller->path = callback.path();
    caller->exchange = std::make_unique<PrompterSecretExchange>();
    replyNow();
    m_waiting.append(caller);
    activateNext();
}

void MockSystemPrompter::activateNext()
{
    if (m_active || m_waiting.isEmpty())
        return;
    m_active = m_waiting.takeFirst();
    sendReady(QString(), m_active->exchange->begin());
}

void MockSystemPrompter::PerformPrompt(const QDBusObjectPath &callback, const QString &type,
                                       const QVariantMap &properties, const QString &exchange)
{
    if (!m_active || m_active->service != message().service() || m_active->path != callback.path()) {
        sendErrorReply(QDBusError::Failed, QStringLiteral("Not begun prompting for this prompt callback"));
        return;
    }
    if (!m_active->exchange->receive(exchange.toUtf8())) {
        sendErrorReply(QDBusError::InvalidArgs, QStringLiteral("Invalid secret exchange received"));
        return;
    }
    replyNow();
    m_open = Prompt{type, properties};
    ++m_promptCount;
    emit promptOpened();
    if (m_autoAnswer) {
        const Answer automatic = *m_autoAnswer;
        QMetaObject::invokeMethod(
            this, [this, automatic] { answer(automatic); }, Qt::QueuedConnection);
    }
}

bool MockSystemPrompter::answer(Answer answer)
{
    if (!m_open || !m_active)
        return false;
    m_heldAnswer = answer;
    m_heldPromptType = m_open->type;
    m_open.reset();
    answerGateChanged();
    return true;
}

void MockSystemPrompter::answerGateChanged()
{
    if (!m_heldAnswer || !m_active || (m_answerGate && !m_answerGate()))
        return;
    const bool yes = *m_heldAnswer == Answer::Unlock;
    const bool password = m_heldPromptType == QLatin1String("password");
    m_heldAnswer.reset();
    m_heldPromptType.reset();
    sendReady(yes ? QStringLiteral("yes") : QStringLiteral("no"),
              m_active->exchange->send(yes && password ? std::optional<QByteArray>(m_password) : std::nullopt));
}

void MockSystemPrompter::StopPrompting(const QDBusObjectPath &callback)
{
    const QString service = message().service();
    replyNow();
    auto matches = [&](const std::shared_ptr<Caller> &caller) {
        return caller && caller->service == service && caller->path == callback.path();
    };
    if (matches(m_active)) {
        callBack(*m_active, QStringLiteral("PromptDone"), {});
        m_active.reset();
        m_open.reset();
        m_heldAnswer.reset();
        m_heldPromptType.reset();
        activateNext();
        return;
    }
    for (const std::shared_ptr<Caller> &waiting : std::as_const(m_waiting)) {
        if (matches(waiting))
            callBack(*waiting, QStringLiteral("PromptDone"), {});
    }
    m_waiting.removeIf(matches);
}

void MockSystemPrompter::sendReady(const QString &reply, const QByteArray &exchange)
{
    callBack(*m_active, QStringLiteral("PromptReady"),
             {reply, QVariant::fromValue(QVariantMap()), QString::fromLatin1(exchange)});
}

void MockSystemPrompter::callBack(const Caller &caller, const QString &method, const QList<QVariant> &arguments)
{
    QDBusMessage call = QDBusMessage::createMethodCall(caller.service, caller.path, kCallbackInterface, method);
    call.setArguments(arguments);
    QDBusConnection::sessionBus().asyncCall(call);
}
