#pragma once

#include "SecretKey.h"

#include <QObject>
#include <QString>

#include <functional>

// Where an account's secrets are kept between runs. Asynchronous because the OS keychain
// is: every call answers exactly once, later, on the GUI thread, unless `context` is
// destroyed first.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Status {
        Ok,
        NotFound,
        Unavailable,  // no keychain service answers (no D-Bus, no Secret Service)
        Locked,       // the keychain is locked and was not unlocked (the prompt was cancelled)
        AccessDenied, // the keychain or the user refused access
        Failed,
    };
    Q_ENUM(Status)

    struct Result
    {
        Status status = Status::Failed;
        QString secret;    // only with Status::Ok from read()
        QString errorText; // the backend's own words, for the details line
    };
    using Callback = std::function<void(const Result &)>;

    using QObject::QObject;

    // The keychain service name all entries are filed under.
    static QString serviceName() { return QStringLiteral("Partner Purchase"); }

    virtual void read(const SecretKey &key, QObject *context, Callback callback) = 0;
    virtual void write(const SecretKey &key, const QString &secret, QObject *context,
                       Callback callback)
        = 0;
    // Removing an entry that does not exist is a success.
    virtual void remove(const SecretKey &key, QObject *context, Callback callback) = 0;
};
