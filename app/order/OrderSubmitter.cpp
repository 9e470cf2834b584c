#include "OrderSubmitter.h"

#include "OrderLog.h"
#include "api/PortalClient.h"

OrderSubmitter::OrderSubmitter(PortalClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

bool OrderSubmitter::canSubmit(quint64 confirmation) const
{
    const bool stateAllows = m_state == State::Idle || m_state == State::Rejected;
    return stateAllows && confirmation > m_lastConfirmation;
}

bool OrderSubmitter::submit(const OrderRequest &request, quint64 confirmation)
{
    if (!canSubmit(confirmation)) {
        qCInfo(lcOrder) << "order submit refused: state" << m_state << "confirmation" << confirmation;
        return false;
    }
    m_lastConfirmation = confirmation;
    m_request = request;
    m_error = ApiError();
    m_receipt = OrderReceipt();
    m_attemptedAt = QDateTime::currentDateTimeUtc();
    ++m_sendCount;
    setState(State::Sending);

    m_client->placeOrder(request, this, [this](const ApiResult<OrderReceipt> &result) {
        if (result.ok()) {
            m_receipt = *result.value;
            qCInfo(lcOrder) << "order placed:" << m_receipt.orderNo << "requestId" << m_receipt.requestId;
            setState(State::Placed);
            return;
        }
        m_error = result.error;
        if (m_error.provesRequestNotApplied()) {
            qCWarning(lcOrder) << "order refused:" << m_error.code() << "requestId" << m_error.requestId();
            setState(State::Rejected);
        } else {
            qCWarning(lcOrder) << "order outcome unknown:" << int(m_error.kind()) << "requestId"
                               << m_error.requestId();
            setState(State::Unknown);
        }
    });
    return true;
}

void OrderSubmitter::reset()
{
    if (m_state == State::Sending)
        return; // the answer is still owed to this attempt
    m_error = ApiError();
    m_receipt = OrderReceipt();
    m_request = OrderRequest();
    m_attemptedAt = QDateTime();
    setState(State::Idle);
}

void OrderSubmitter::setState(State state)
{
    m_state = state;
    emit stateChanged(state);
}
