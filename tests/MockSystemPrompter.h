#pragma once

#include "PrompterSecretExchange.h"

#include <QByteArray>
#include <QDBusContext>
#include <QDBusObjectPath>
#include <QList>
#include <QObject>
#include <QString>
#include <QVariantMap>

#include <functional>
#include <memory>
#include <optional>

// The system prompter that gnome-keyring asks when a locked keyring must be unlocked,
// played by the test on its private session bus: it owns org.gnome.keyring.SystemPrompter
// and speaks gcr's org.gnome.keyring.internal.Prompter protocol, so that no dialog is
// needed. Each prompt stays open until the test answers it (or until autoAnswer is set),
// so every order of answers can be driven deterministically; promptCount() is the number
// of prompts the user would have seen.
//
// The protocol (gcr 3.x): the keyring calls BeginPrompting(callback path); we answer with
// PromptReady("", {}, <our exchange key>) on the caller's callback object. Each
// PerformPrompt(callback, "password"|"confirm", properties, <caller's exchange>) is a dialog
// shown; the answer is PromptReady("yes"|"no", {}, <exchange, with the encrypted password
// for "yes">). StopPrompting(callback) ends it (we call PromptDone on the callback) and lets
// the next queued caller in, one prompt at a time like gcr's own prompter.
class MockSystemPrompter : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.gnome.keyring.internal.Prompter")

public:
    enum class Answer { Unlock,
                        Cancel };

    struct Prompt
    {
        QString type;           // "password" or "confirm"
        QVariantMap properties; // title, message, description, warning, …
        QString description() const { return properties.value(QStringLiteral("description")).toString(); }
    };

    // `password` is what "Unlock" types into a password prompt.
    explicit MockSystemPrompter(const QByteArray &password, QObject *parent = nullptr);
    ~MockSystemPrompter() override;

    // Claims the prompter's name on the session bus; false (and why) if it cannot.
    bool start(QString *error);

    int promptCount() const { return m_promptCount; }
    bool isPromptOpen() const { return m_open.has_value(); }
    std::optional<Prompt> openPrompt() const { return m_open; }
    // Answers the prompt that is open; false if none is. The answer is held back (the
    // prompt no longer counts as open) until the answer gate lets it through.
    bool answer(Answer answer);
    // From now on, answer every prompt at once (std::nullopt: wait for answer() again).
    void setAutoAnswer(std::optional<Answer> answer);
    // An answer is sent only when `open` says so, as a person answers only when the app
    // is ready for it (see PrivateGnomeKeyring::unlocksBeforePrompt()); call
    // answerGateChanged() whenever what `open` looks at may have changed.
    void setAnswerGate(std::function<bool()> open) { m_answerGate = std::move(open); }
    void answerGateChanged();

public Q_SLOTS:
    // org.gnome.keyring.internal.Prompter, called by gnome-keyring.
    Q_SCRIPTABLE void BeginPrompting(const QDBusObjectPath &callback);
    Q_SCRIPTABLE void PerformPrompt(const QDBusObjectPath &callback, const QString &type,
                                    const QVariantMap &properties, const QString &exchange);
    Q_SCRIPTABLE void StopPrompting(const QDBusObjectPath &callback);

Q_SIGNALS:
    void promptOpened();

private:
    struct Caller
    {
        QString service; // the keyring's unique bus name
        QString path;
        std::unique_ptr<PrompterSecretExchange> exchange;
    };

    void replyNow();
    void activateNext();
    void sendReady(const QString &reply, const QByteArray &exchange);
    void callBack(const Caller &caller, const QString &method, const QList<QVariant> &arguments);

    QByteArray m_password;
    QList<std::shared_ptr<Caller>> m_waiting;
    std::shared_ptr<Caller> m_active;
    std::optional<Prompt> m_open;
    std::optional<Answer> m_autoAnswer;
    std::optional<Answer> m_heldAnswer;
    std::optional<QString> m_heldPromptType;
    std::function<bool()> m_answerGate;
    int m_promptCount = 0;
    bool m_registered = false;
};
