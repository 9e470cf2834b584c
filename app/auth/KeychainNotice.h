#pragma once

#include "SecretStore.h"

#include <QCoreApplication>
#include <QString>

// What the user is told about the system keychain, in whole translated sentences: each
// says what happened to the secret and why, and claims nothing about what is stored
// beyond what the keychain answered.
class KeychainNotice
{
    Q_DECLARE_TR_FUNCTIONS(KeychainNotice)

public:
    static QString waiting();
    static QString saving();
    // The saved secret could not be read at start or sign-in; empty for Ok and NotFound.
    static QString readFailed(const SecretStore::Result &result);
    // The secret just accepted by the portal was not saved; empty for Ok.
    static QString notSaved(const SecretStore::Result &result);
    // "Sign out and forget" could not delete the saved secret; empty for Ok.
    static QString notRemoved(const SecretStore::Result &result);

private:
    // The keychain's own words, when it gave some worth showing.
    static QString withBackendText(const QString &sentence, const SecretStore::Result &result);
};
