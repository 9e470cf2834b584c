#include "CertificateTrust.h"

#include "ApiLog.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QObject>
#include <QStringList>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace {

// What Debian's update-ca-certificates maintains, and Qt already reads: the hashed folder
// and the bundle in it (SSL_CERT_DIR and SSL_CERT_FILE often name them).
bool isInSystemStore(const QString &path)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    return canonical == QLatin1String("/etc/ssl/certs")
        || canonical == QLatin1String("/etc/ssl/certs/ca-certificates.crt");
}

QStringList folders()
{
    return qEnvironmentVariable("SSL_CERT_DIR").split(QLatin1Char(':'), Qt::SkipEmptyParts);
}

// Without reading anything: whether SSL_CERT_FILE or SSL_CERT_DIR name a place outside the
// system's store.
bool environmentNamesOwnCertificates()
{
    const QString file = qEnvironmentVariable("SSL_CERT_FILE");
    if (!file.isEmpty() && !isInSystemStore(file))
        return true;
    const QStringList named = folders();
    return std::any_of(named.cbegin(), named.cend(), [](const QString &folder) { return !isInSystemStore(folder); });
}

QString fingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

// The distinguished name as IT tools show it: "CN=…, OU=…, O=…, C=…" (Qt lists the
// attributes in alphabetical order).
QString distinguishedName(const QSslCertificate &certificate, bool issuer)
{
    QList<QByteArray> attributes = issuer ? certificate.issuerInfoAttributes() : certificate.subjectInfoAttributes();
    static const QList<QByteArray> usualOrder{"CN", "OU", "O", "L", "ST", "C"};
    std::stable_sort(attributes.begin(), attributes.end(), [](const QByteArray &a, const QByteArray &b) {
        const auto rank = [](const QByteArray &attribute) {
            const qsizetype at = usualOrder.indexOf(attribute);
            return at < 0 ? usualOrder.size() : at;
        };
        return rank(a) < rank(b);
    });
    QStringList parts;
    for (const QByteArray &attribute : std::as_const(attributes)) {
        const QStringList values = issuer ? certificate.issuerInfo(attribute) : certificate.subjectInfo(attribute);
        for (const QString &value : values)
            parts << QString::fromLatin1(attribute) + QLatin1Char('=') + value;
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

CertificateTrust::CertificateTrust()
{
    m_configuration = environmentNamesOwnCertificates()
        ? QtConcurrent::run([] { return configurationAdding(fromEnvironment()); })
        : QtFuture::makeReadyFuture(Configuration());
}

void CertificateTrust::withConfiguration(QObject *context, std::function<void(const Configuration &)> use) const
{
    if (m_configuration.isFinished()) {
        use(m_configuration.result());
        return;
    }
    QFuture<Configuration>(m_configuration).then(context, [use](const Configuration &configuration) {
        use(configuration);
    });
}

QList<QSslCertificate> CertificateTrust::fromEnvironment()
{
    QList<QSslCertificate> found;
    const QString file = qEnvironmentVariable("SSL_CERT_FILE");
    if (!file.isEmpty() && !isInSystemStore(file)) {
        const QList<QSslCertificate> fromFile = QSslCertificate::fromPath(file, QSsl::Pem);
        if (fromFile.isEmpty())
            qCWarning(lcApi).noquote() << "SSL_CERT_FILE" << file << "holds no PEM certificate; ignored";
        else
            qCInfo(lcApi).noquote() << "trusting" << fromFile.size() << "certificates from SSL_CERT_FILE" << file;
        found += fromFile;
    }
    const QStringList named = folders();
    for (const QString &folder : named) {
        if (isInSystemStore(folder))
            continue;
        QList<QSslCertificate> fromFolder;
        const QFileInfoList entries = QDir(folder).entryInfoList(QDir::Files | QDir::Readable, QDir::Name);
        for (const QFileInfo &entry : entries)
            fromFolder += QSslCertificate::fromPath(entry.filePath(), QSsl::Pem);
        if (fromFolder.isEmpty())
            qCWarning(lcApi).noquote() << "SSL_CERT_DIR folder" << folder << "holds no PEM certificate; ignored";
        else
            qCInfo(lcApi).noquote() << "trusting" << fromFolder.size() << "certificates from SSL_CERT_DIR folder"
                                    << folder;
        found += fromFolder;
    }
    return found;
}

CertificateTrust::Configuration CertificateTrust::configurationAdding(const QList<QSslCertificate> &added)
{
    if (added.isEmpty())
        return std::nullopt;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    // Setting the list turns Qt's on-demand loading of the system store off: include it.
    configuration.setCaCertificates(QSslConfiguration::systemCaCertificates() + added);
    return configuration;
}

bool CertificateTrust::isCertificateProblem(const QList<QSslError> &errors)
{
    for (const QSslError &error : errors) {
        switch (error.error()) {
        case QSslError::NoError:
        case QSslError::UnspecifiedError:
        case QSslError::NoPeerCertificate:
        case QSslError::NoSslSupport:
        case QSslError::OcspNoResponseFound:
        case QSslError::OcspMalformedRequest:
        case QSslError::OcspMalformedResponse:
        case QSslError::OcspInternalError:
        case QSslError::OcspTryLater:
        case QSslError::OcspSigRequred:
        case QSslError::OcspUnauthorized:
        case QSslError::OcspResponseCannotBeTrusted:
        case QSslError::OcspResponseCertIdUnknown:
        case QSslError::OcspResponseExpired:
        case QSslError::OcspStatusUnknown:
            break;
        default:
            return true;
        }
    }
    return false;
}

QString CertificateTrust::describe(const QList<QSslCertificate> &chain, const QList<QSslError> &errors)
{
    QStringList lines;
    QStringList problems;
    for (const QSslError &error : errors) {
        if (!problems.contains(error.errorString()))
            problems << error.errorString();
    }
    for (const QString &problem : std::as_const(problems))
        //: %1 is Qt's description of a certificate error, e.g. "The certificate has expired"
        lines << tr("Problem: %1").arg(problem);
    QList<QSslCertificate> certificates = chain;
    if (certificates.isEmpty()) {
        for (const QSslError &error : errors) {
            if (!error.certificate().isNull() && !certificates.contains(error.certificate()))
                certificates << error.certificate();
        }
    }
    for (const QSslCertificate &certificate : std::as_const(certificates)) {
        lines << QString();
        //: the certificate's owner as its distinguished name, e.g. "CN=openapi.partner.yeastar.com"
        lines << tr("Subject: %1").arg(distinguishedName(certificate, false));
        lines << tr("Issuer: %1").arg(distinguishedName(certificate, true));
        //: SHA-256 fingerprint of the certificate, as colon-separated hex pairs
        lines << tr("SHA-256 fingerprint: %1").arg(fingerprint(certificate));
        //: %1 and %2 are dates
        lines << tr("Valid from %1 to %2")
                     .arg(QLocale().toString(certificate.effectiveDate(), QLocale::ShortFormat),
                          QLocale().toString(certificate.expiryDate(), QLocale::ShortFormat));
    }
    return lines.join(QLatin1Char('\n'));
}
