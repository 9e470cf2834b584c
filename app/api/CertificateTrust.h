#pragma once

#include <QCoreApplication>
#include <QFuture>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>

#include <functional>
#include <optional>

class QObject;

// Which certificate authorities the client trusts, and how to describe a certificate it
// refused. Qt trusts the system's store only; like OpenSSL's own tools, we also trust the
// certificates named by SSL_CERT_FILE (a PEM file) and SSL_CERT_DIR (folders of PEM
// files, separated by ':'), so a company root certificate can be added without root
// rights. We add to the system's store and never replace it, and never ignore an error.
class CertificateTrust
{
    Q_DECLARE_TR_FUNCTIONS(CertificateTrust)

public:
    using Configuration = std::optional<QSslConfiguration>; // std::nullopt: Qt's default

    // Reads what the environment adds, on a worker thread: adding certificates means
    // handing Qt the whole system store too (it then stops looking it up on demand), and
    // parsing that takes a noticeable moment.
    CertificateTrust();

    // Calls `use` with the configuration for a request: at once when it is known, else
    // (in `context`'s thread) as soon as the worker is done.
    void withConfiguration(QObject *context, std::function<void(const Configuration &)> use) const;

    // The certificates SSL_CERT_FILE and SSL_CERT_DIR name now, except those of the
    // system's own store (environments often point both there; Qt reads it anyway).
    static QList<QSslCertificate> fromEnvironment();
    // The system's store plus `added`; std::nullopt when nothing is added.
    static Configuration configurationAdding(const QList<QSslCertificate> &added);

    // True when `errors` say the certificate was not trusted (rather than, say, a protocol
    // the server does not speak).
    static bool isCertificateProblem(const QList<QSslError> &errors);
    // Subject, issuer and SHA-256 fingerprint of each certificate the server sent, and
    // what was wrong, for the user's IT department to compare. Translated.
    static QString describe(const QList<QSslCertificate> &chain, const QList<QSslError> &errors);

private:
    QFuture<Configuration> m_configuration;
};
