#include "ApiError.h"

#include <QStringList>

ApiError ApiError::portal(int httpStatus, const QString &code, const QString &detailMessage,
                          const QString &requestId)
{
    ApiError error(Kind::Portal);
    error.m_httpStatus = httpStatus;
    error.m_code = code;
    error.m_detailMessage = detailMessage;
    error.m_requestId = requestId;
    return error;
}

bool ApiError::isAuthenticationFailure() const
{
    if (m_kind != Kind::Portal && m_kind != Kind::HttpStatus)
        return false;
    if (m_httpStatus == 401)
        return true;
    // The error codes are undocumented; a code that names the token is the best signal
    // we have when the HTTP status says nothing (e.g. 200 with an error envelope).
    return m_kind == Kind::Portal && m_code.contains(QLatin1String("token"), Qt::CaseInsensitive);
}

bool ApiError::isServerFailure() const
{
    return (m_kind == Kind::HttpStatus || m_kind == Kind::Portal) && m_httpStatus >= 500;
}

bool ApiError::provesRequestNotApplied() const
{
    switch (m_kind) {
    case Kind::None:
        return false;
    case Kind::InvalidBaseUrl:
        return true;
    case Kind::Portal:
        // A refusal in the portal's words proves it, unless it comes with a server error
        // (a 5xx can be raised after the order was stored; the practice portal does that)
        // or with statuses that contradict each other.
        return !isServerFailure() && !m_statusesDisagree;
    case Kind::CannotConnect:
        // Refused or unresolvable: nothing reached the portal.
        return m_networkError == QNetworkReply::ConnectionRefusedError
            || m_networkError == QNetworkReply::HostNotFoundError
            || m_networkError == QNetworkReply::NetworkSessionFailedError
            || m_networkError == QNetworkReply::UnknownNetworkError;
    case Kind::Tls:
    case Kind::UntrustedCertificate:
        // The handshake failed, so no request bytes were sent.
        return true;
    case Kind::HttpStatus:
        // 4xx from the portal or its gateway means the request was refused as a whole.
        return m_httpStatus >= 400 && m_httpStatus < 500;
    case Kind::Timeout:
    case Kind::ConnectionLost:
    case Kind::MalformedBody:
    case Kind::TruncatedBody:
    case Kind::UnexpectedShape:
    case Kind::InexactId:
    case Kind::InconsistentAnswer:
    case Kind::Cancelled:
    case Kind::SignInRequired:
        return false;
    }
    return false;
}

QString ApiError::title() const
{
    switch (m_kind) {
    case Kind::None:
        return QString();
    case Kind::InvalidBaseUrl:
        return tr("The portal address is not allowed.");
    case Kind::CannotConnect:
        return tr("Could not connect to the Partner Portal.");
    case Kind::Timeout:
        return tr("The Partner Portal did not answer in time.");
    case Kind::Tls:
        return tr("The secure connection to the Partner Portal could not be established.");
    case Kind::UntrustedCertificate:
        return tr("This computer does not trust the certificate presented at the portal address, so nothing "
                  "was sent.");
    case Kind::ConnectionLost:
        return tr("The connection to the Partner Portal was lost before its answer arrived.");
    case Kind::HttpStatus:
        if (m_httpStatus == 401 || m_httpStatus == 403)
            return tr("The Partner Portal refused access (HTTP %1).").arg(m_httpStatus);
        if (isServerFailure())
            return tr("The Partner Portal had a server error (HTTP %1).").arg(m_httpStatus);
        return tr("The Partner Portal answered with HTTP status %1.").arg(m_httpStatus);
    case Kind::Portal:
        if (isAuthenticationFailure())
            return tr("The Partner Portal did not accept the sign-in.");
        if (isServerFailure())
            return tr("The Partner Portal had a server error (HTTP %1).").arg(m_httpStatus);
        return tr("The Partner Portal reported an error.");
    case Kind::MalformedBody:
        return tr("The Partner Portal sent an answer that could not be read.");
    case Kind::TruncatedBody:
        return tr("The Partner Portal's answer arrived incomplete.");
    case Kind::UnexpectedShape:
        return tr("The Partner Portal's answer did not contain what was expected.");
    case Kind::InexactId:
        //: %1 the name of the field in the portal's answer, e.g. partnerId
        return tr("The Partner Portal sent an ID this app cannot read exactly (field “%1”).").arg(m_field);
    case Kind::InconsistentAnswer:
        //: the portal's answer says "success" but comes with an error status such as 500
        return tr("The Partner Portal's answer contradicts itself: it says the request succeeded, "
                  "but with status %1.")
            .arg(m_httpStatus);
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    case Kind::SignInRequired:
        return tr("You need to sign in again.");
    }
    return QString();
}

QString ApiError::advice() const
{
    switch (m_kind) {
    case Kind::None:
    case Kind::Cancelled:
        return QString();
    case Kind::InvalidBaseUrl:
        return tr("Use an https:// address, such as https://openapi.partner.yeastar.com.");
    case Kind::CannotConnect:
        return tr("Check your internet connection and the portal address, then try again.");
    case Kind::Timeout:
    case Kind::ConnectionLost:
    case Kind::TruncatedBody:
        return tr("Check your connection and try again in a moment.");
    case Kind::Tls:
        return tr("Check the portal address and your computer's date and time; a proxy "
                  "that inspects traffic can also cause this.");
    case Kind::UntrustedCertificate:
        return tr("Check that the portal address is right and that this computer's date and time are "
                  "correct. On a company network that inspects secure connections, ask your IT department "
                  "to install the company's root certificate into this computer's certificate store (on "
                  "Debian: copy it to /usr/local/share/ca-certificates/ and run “sudo "
                  "update-ca-certificates”), then try again. The certificate is described under Details.");
    case Kind::HttpStatus:
        if (m_httpStatus == 401 || m_httpStatus == 403)
            return tr("Check that API access is enabled under System > API in the Partner "
                      "Portal and that this computer's IP address is allowed.");
        return tr("The portal may be busy or under maintenance. Try again in a few minutes.");
    case Kind::Portal:
        if (isAuthenticationFailure())
            return tr("Check the client ID and client secret under System > API in the "
                      "Partner Portal. If the secret was reset there, enter the new one.");
        if (isServerFailure())
            return tr("The portal may be busy or under maintenance. Try again in a few minutes.");
        if (m_requestId.isEmpty())
            return tr("Correct the request if the portal names a field, or contact Yeastar support.");
        //: %1 the portal's request ID
        return tr("Correct the request if the portal names a field, or contact Yeastar support "
                  "and quote request ID %1.")
            .arg(m_requestId);
    case Kind::MalformedBody:
    case Kind::UnexpectedShape:
    case Kind::InconsistentAnswer:
        if (m_requestId.isEmpty())
            return tr("Try again. If it keeps happening, contact Yeastar support.");
        //: %1 the portal's request ID
        return tr("Try again. If it keeps happening, contact Yeastar support and quote request ID %1.")
            .arg(m_requestId);
    case Kind::InexactId:
        // Rounding a 19-digit ID could name another order or customer: never guess.
        if (m_requestId.isEmpty())
            return tr("Nothing was rounded or used. Try again; if it keeps happening, contact Yeastar support.");
        //: %1 the portal's request ID
        return tr("Nothing was rounded or used. Try again; if it keeps happening, contact Yeastar "
                  "support and quote request ID %1.")
            .arg(m_requestId);
    case Kind::SignInRequired:
        return tr("Sign in with your client ID and client secret to continue.");
    }
    return QString();
}

QString ApiError::userMessage() const
{
    QStringList parts{title()};
    if (!m_detailMessage.isEmpty())
        //: %1 is the portal's own error text, quoted
        parts << tr("The portal says: “%1”").arg(m_detailMessage);
    const QString what = advice();
    if (!what.isEmpty())
        parts << what;
    return parts.join(QLatin1Char(' '));
}

QString ApiError::referenceLine() const
{
    QStringList parts;
    if (!m_code.isEmpty())
        //: error code reported by the portal, e.g. parameter_validation_failed
        parts << tr("Code: %1").arg(m_code);
    if (m_httpStatus > 0)
        parts << tr("HTTP %1").arg(m_httpStatus);
    if (!m_requestId.isEmpty())
        //: the portal's request ID, which Yeastar support asks for
        parts << tr("Request ID: %1").arg(m_requestId);
    if (parts.isEmpty() && !m_technicalDetail.isEmpty())
        parts << m_technicalDetail;
    return parts.join(QStringLiteral(" · ")); // UTF-8: QLatin1String made it "Â·"
}
