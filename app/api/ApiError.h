#pragma once

#include <QCoreApplication>
#include <QNetworkReply>
#include <QString>

// Everything that can go wrong with one Partner Portal request, classified so that the
// UI can say what happened and what to do, and so that the order flow can tell "the
// portal refused" (safe to fix and retry) from "we do not know" (never retry blindly).
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None,
        InvalidBaseUrl,       // refused before sending: not https and not loopback
        CannotConnect,        // DNS failure, connection refused, network down
        Timeout,              // our transfer timeout expired
        Tls,                  // handshake failure (protocol, cipher), not the certificate
        UntrustedCertificate, // the portal's certificate was refused (unknown issuer, expired, wrong host)
        ConnectionLost,       // the connection closed before a complete answer
        HttpStatus,           // a non-2xx answer without a usable envelope
        Portal,               // a well-formed envelope whose code is not "success"
        MalformedBody,        // the body is not JSON (or not the envelope)
        TruncatedBody,        // fewer bytes arrived than announced
        UnexpectedShape,      // valid envelope, but result is not what the endpoint returns
        InexactId,            // an ID arrived as a fraction, an exponent or beyond 64 bits
        InconsistentAnswer,   // the envelope says "success" but a status (HTTP or its own) says error
        Cancelled,            // the caller cancelled the request
        SignInRequired,       // the session could not get a token (TokenSession's verdict)
    };

    ApiError() = default;
    explicit ApiError(Kind kind)
        : m_kind(kind)
    {
    }

    static ApiError portal(int httpStatus, const QString &code, const QString &detailMessage,
                           const QString &requestId);

    bool isError() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }

    int httpStatus() const { return m_httpStatus; }
    const QString &code() const { return m_code; }
    const QString &detailMessage() const { return m_detailMessage; }
    const QString &requestId() const { return m_requestId; }
    // Low-level text from Qt (network error string, parser error); for the details line.
    const QString &technicalDetail() const { return m_technicalDetail; }
    QNetworkReply::NetworkError networkError() const { return m_networkError; }
    // Longer text for a "Details" section (the refused certificate); often empty.
    const QString &details() const { return m_details; }

    ApiError &setHttpStatus(int status)
    {
        m_httpStatus = status;
        return *this;
    }
    ApiError &setRequestId(const QString &id)
    {
        m_requestId = id;
        return *this;
    }
    ApiError &setTechnicalDetail(const QString &detail)
    {
        m_technicalDetail = detail;
        return *this;
    }
    ApiError &setNetworkError(QNetworkReply::NetworkError error)
    {
        m_networkError = error;
        return *this;
    }
    ApiError &setCode(const QString &code)
    {
        m_code = code;
        return *this;
    }
    ApiError &setDetailMessage(const QString &message)
    {
        m_detailMessage = message;
        return *this;
    }
    // The answer's field the error is about (InexactId: where the unreadable ID was).
    const QString &field() const { return m_field; }
    ApiError &setField(const QString &field)
    {
        m_field = field;
        return *this;
    }
    // An error envelope whose status and the HTTP status line disagree (one 2xx, the
    // other not): it cannot prove that a request was refused.
    bool statusesDisagree() const { return m_statusesDisagree; }
    ApiError &setStatusesDisagree(bool disagree)
    {
        m_statusesDisagree = disagree;
        return *this;
    }
    ApiError &setDetails(const QString &details)
    {
        m_details = details;
        return *this;
    }

    // The access token was refused (expired, revoked): a fresh token may fix it.
    bool isAuthenticationFailure() const;
    // HTTP 5xx, with or without an envelope: the portal (or its gateway) failed.
    bool isServerFailure() const;
    // True when the portal cannot have acted on the request: it was never sent, or the
    // portal answered and refused it. False means the outcome of a POST is unknown.
    bool provesRequestNotApplied() const;

    // What happened, in plain words (one sentence, translated).
    QString title() const;
    // What the user can do about it (translated).
    QString advice() const;
    // title + the portal's own words + advice, for an inline message.
    QString userMessage() const;
    // code, HTTP status and requestId on one line, for support; empty parts are left out.
    QString referenceLine() const;

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_code;
    QString m_detailMessage;
    QString m_requestId;
    QString m_technicalDetail;
    QString m_field;
    bool m_statusesDisagree = false;
    QString m_details;
    QNetworkReply::NetworkError m_networkError = QNetworkReply::NoError;
};
