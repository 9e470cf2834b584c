#include "KeychainNotice.h"

using Status = SecretStore::Status;

QString KeychainNotice::waiting()
{
    return tr("Waiting for the system keychain…");
}

QString KeychainNotice::saving()
{
    return tr("Saving your client secret in the system keychain…");
}

QString KeychainNotice::withBackendText(const QString &sentence, const SecretStore::Result &result)
{
    if (result.errorText.isEmpty() || result.status == Status::Locked)
        return sentence;
    //: %1 is a sentence of ours, %2 the system keychain's own error message
    return tr("%1 The keychain says: “%2”").arg(sentence, result.errorText);
}

QString KeychainNotice::readFailed(const SecretStore::Result &result)
{
    switch (result.status) {
    case Status::Ok:
    case Status::NotFound:
        return QString();
    case Status::Locked:
        return tr("The client secret saved for this account could not be read because the system keychain "
                  "is locked and was not unlocked. Enter the secret to sign in.");
    case Status::AccessDenied:
        return withBackendText(tr("The client secret saved for this account could not be read because the "
                                  "system keychain refused access. Enter the secret to sign in."),
                               result);
    case Status::Unavailable:
        return withBackendText(tr("No system keychain answers, so no saved client secret could be read. "
                                  "Enter the secret to sign in."),
                               result);
    case Status::Failed:
        break;
    }
    return withBackendText(tr("The client secret saved for this account could not be read from the system "
                              "keychain. Enter the secret to sign in."),
                           result);
}

QString KeychainNotice::notSaved(const SecretStore::Result &result)
{
    switch (result.status) {
    case Status::Ok:
        return QString();
    case Status::Locked:
        return tr("Your client secret was not saved because the system keychain is locked and was not "
                  "unlocked. It is kept only until you close the app.");
    case Status::AccessDenied:
        return withBackendText(tr("Your client secret was not saved because the system keychain refused "
                                  "access. It is kept only until you close the app."),
                               result);
    case Status::Unavailable:
        return withBackendText(tr("No system keychain answers, so your client secret is kept only until you "
                                  "close the app."),
                               result);
    case Status::NotFound:
    case Status::Failed:
        break;
    }
    return withBackendText(tr("Your client secret could not be saved in the system keychain. It is kept only "
                              "until you close the app."),
                           result);
}

QString KeychainNotice::notRemoved(const SecretStore::Result &result)
{
    switch (result.status) {
    case Status::Ok:
    case Status::NotFound:
        return QString();
    case Status::Locked:
        return tr("The client secret saved for this account was not removed because the system keychain is "
                  "locked and was not unlocked. It stays there until you sign out again with the keychain "
                  "unlocked.");
    case Status::AccessDenied:
    case Status::Unavailable:
    case Status::Failed:
        break;
    }
    return withBackendText(tr("The client secret saved for this account could not be removed from the system "
                              "keychain. It stays there until you sign out again."),
                           result);
}
