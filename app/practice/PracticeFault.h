#pragma once

#include <QString>

#include <chrono>

// One kind of misbehaviour the practice portal can be told to show, with its parameters.
// Build one with a factory (delayed(), httpError(), portalError()) or from a Kind alone.
class PracticeFault
{
public:
    enum class Kind {
        None,
        Delay,                // the normal answer, extraDelay() later
        HttpError,            // httpStatus() (500/502/503, or 401…) with an internal_error envelope
        PortalError,          // HTTP 200, envelope code() / detailMessage(); nothing is processed
        MalformedJson,        // HTTP 200, application/json, a body that is not JSON
        TruncatedBody,        // HTTP 200, Content-Length larger than the body, then close
        HtmlPage,             // HTTP 502 text/html, like a proxy in front of the portal
        DropConnection,       // the connection is closed without a byte of answer
        NoAnswer,             // never answers; the client's own timeout has to fire
        ExpiredToken,         // 401 invalid_token, and the presented token really stops working
        EmptyList,            // list routes answer an empty list, purchase_product_info no items
        SuccessWithHttpError, // the route's own answer ("success") behind HTTP httpStatus()
        ErrorStatusInSuccess, // HTTP 200, the route's own "success" answer, envelope status httpStatus()
    };

    // Implicit on purpose: injectFault(route, PracticeFault::Kind::NoAnswer) reads well.
    PracticeFault(Kind kind = Kind::None);

    static PracticeFault delayed(std::chrono::milliseconds extraDelay);
    static PracticeFault httpError(int httpStatus = 503);
    static PracticeFault portalError(const QString &code, const QString &detailMessage = {});
    // The answer contradicts itself: "success" with a server error status, on the status
    // line or inside the envelope. The route does its work (an order is stored) first.
    static PracticeFault successWithHttpError(int httpStatus = 500);
    static PracticeFault errorStatusInSuccess(int envelopeStatus = 500);

    Kind kind() const { return m_kind; }
    std::chrono::milliseconds extraDelay() const { return m_extraDelay; }
    int httpStatus() const { return m_httpStatus; }
    QString code() const { return m_code; }
    QString detailMessage() const { return m_detailMessage; }

    // True for the faults that answer instead of the route (the request has no effect,
    // e.g. an order is not stored): the portal's refusals, and a 4xx, which a real portal
    // or gateway sends instead of acting. Every other fault lets the route work first.
    bool preventsProcessing() const
    {
        return m_kind == Kind::PortalError || m_kind == Kind::ExpiredToken
            || (m_kind == Kind::HttpError && m_httpStatus >= 400 && m_httpStatus < 500);
    }

private:
    Kind m_kind = Kind::None;
    std::chrono::milliseconds m_extraDelay{0};
    int m_httpStatus = 503;
    QString m_code;
    QString m_detailMessage;
};
