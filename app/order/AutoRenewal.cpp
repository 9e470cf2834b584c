#include "AutoRenewal.h"

#include "OperationRules.h"
#include "OrderLog.h"
#include "api/PortalClient.h"

#include <QLocale>

AutoRenewal::AutoRenewal(PortalClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

QStringList AutoRenewal::problems(const CurrentSubscription &product)
{
    QStringList problems;
    // The request names the PBX by its serial number: products bound to an account have none.
    if (!OperationRules::isDeviceBound(product.productId) || product.productNo.isEmpty())
        problems << tr(
            "Auto-renewal can be turned on here only for a PBX with a serial number. Turn it on for "
            "this product in the Partner Portal.");
    if (!product.hasPlan())
        problems << tr(
            "The current plan of this product is not known, so its auto-renewal cannot be turned on "
            "here.");
    if (product.autoRenew)
        problems << tr("Auto-renewal is already on for this product.");
    return problems;
}

AutoRenewRequest AutoRenewal::requestFor(const CurrentSubscription &product)
{
    AutoRenewRequest request;
    request.productNo = product.productNo;
    request.productId = product.productId;
    request.planOrServiceId = product.planId;
    return request;
}

QString AutoRenewal::offTurnsInThePortal()
{
    //: the Partner Portal's own menu path, in the portal's words
    return tr(
        "Turning auto-renewal off is only possible in the Partner Portal: Products & Purchase → the product "
        "→ "
        "More → View Details → Information & Existing Services → More → Plan Details → Cancel Auto Renew.");
}

bool AutoRenewal::setProduct(const CurrentSubscription &product)
{
    if (m_state == State::Sending)
        return false;
    m_product = product;
    m_error = ApiError();
    m_requestId.clear();
    m_body.clear();
    m_attemptedAt = QDateTime();
    setState(State::Idle);
    return true;
}

bool AutoRenewal::enable(quint64 confirmation)
{
    if (m_state == State::Sending || confirmation == 0 || confirmation == m_lastConfirmation
        || !problems(m_product).isEmpty())
        return false;
    m_lastConfirmation = confirmation;
    const AutoRenewRequest request = requestFor(m_product);
    m_body = request.toJsonBody();
    m_attemptedAt = QDateTime::currentDateTimeUtc();
    m_error = ApiError();
    setState(State::Sending);
    m_client->enableAutoRenewal(request, this, [this](const ApiResult<bool> &answer) {
        m_requestId = answer.requestId;
        if (answer.ok() && *answer.value) {
            m_product.autoRenew = true;
            setState(State::On);
            return;
        }
        m_error = answer.error;
        if (answer.ok()) {
            m_error = ApiError();
            setState(State::Refused); // the portal said false: nothing was turned on
            return;
        }
        qCWarning(lcOrder) << "auto-renewal of" << m_product.productNo << "failed:" << m_error.title()
                           << "requestId" << answer.requestId;
        setState(m_error.provesRequestNotApplied() ? State::Refused : State::Unknown);
    });
    return true;
}

QString AutoRenewal::resultText() const
{
    QStringList lines{tr("Partner Purchase — auto-renewal"), QString()};
    lines << tr("Product: %1").arg(m_product.productName);
    lines << tr("Serial number: %1").arg(m_product.productNo);
    if (m_product.isForCustomer())
        //: %1 a customer's company, %2 their partner ID
        lines << tr("For: %1 (partner ID %2)").arg(m_product.customerName, m_product.partnerId.toString());
    lines << tr("Plan: %1 (ID %2)").arg(m_product.planName, m_product.planId.toString());
    if (m_attemptedAt.isValid())
        lines
            << tr("Requested: %1").arg(QLocale().toString(m_attemptedAt.toLocalTime(), QLocale::LongFormat));
    if (!m_requestId.isEmpty())
        lines << tr("Request ID: %1").arg(m_requestId);
    lines << QString();
    switch (m_state) {
    case State::On:
        lines << tr(
            "Auto-renewal is on: the plan renews at the end of each term and the account is charged.");
        break;
    case State::Refused:
        lines << (m_error.isError() ? tr("Auto-renewal was not turned on. %1").arg(m_error.userMessage())
                                    : tr("Auto-renewal was not turned on: the portal answered “false”."));
        break;
    case State::Unknown:
        lines << tr(
            "The answer was lost: auto-renewal may or may not be on. Reload the product in the Products "
            "window to see its state before you try again.");
        break;
    case State::Idle:
    case State::Sending:
        break;
    }
    lines << offTurnsInThePortal();
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void AutoRenewal::setState(State state)
{
    m_state = state;
    emit stateChanged(state);
}
