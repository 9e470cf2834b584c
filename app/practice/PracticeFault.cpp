#include "PracticeFault.h"

using namespace Qt::StringLiterals;

PracticeFault::PracticeFault(Kind kind)
    : m_kind(kind)
{
    if (kind == Kind::PortalError) {
        m_code = u"api_disabled"_s;
        m_detailMessage = u"The API access of this account is disabled"_s;
    }
}

PracticeFault PracticeFault::delayed(std::chrono::milliseconds extraDelay)
{
    PracticeFault fault(Kind::Delay);
    fault.m_extraDelay = extraDelay;
    return fault;
}

PracticeFault PracticeFault::httpError(int httpStatus)
{
    PracticeFault fault(Kind::HttpError);
    fault.m_httpStatus = httpStatus;
    return fault;
}

PracticeFault PracticeFault::portalError(const QString &code, const QString &detailMessage)
{
    PracticeFault fault(Kind::PortalError);
    fault.m_code = code;
    fault.m_detailMessage = detailMessage;
    return fault;
}

PracticeFault PracticeFault::successWithHttpError(int httpStatus)
{
    PracticeFault fault(Kind::SuccessWithHttpError);
    fault.m_httpStatus = httpStatus;
    return fault;
}

PracticeFault PracticeFault::errorStatusInSuccess(int envelopeStatus)
{
    PracticeFault fault(Kind::ErrorStatusInSuccess);
    fault.m_httpStatus = envelopeStatus;
    return fault;
}
