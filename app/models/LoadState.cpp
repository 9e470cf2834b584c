#include "LoadState.h"

LoadState::LoadState(std::function<void()> reload, std::function<bool()> isEmpty, QObject *parent)
    : QObject(parent)
    , m_reload(std::move(reload))
    , m_isEmpty(std::move(isEmpty))
{
}

LoadState::Ticket LoadState::begin()
{
    const Ticket ticket = ++m_ticket;
    m_error = ApiError();
    setState(State::Loading);
    return ticket;
}

void LoadState::finish(Ticket ticket)
{
    if (isCurrent(ticket))
        setState(State::Ready);
}

void LoadState::fail(Ticket ticket, const ApiError &error)
{
    if (!isCurrent(ticket))
        return;
    m_error = error;
    setState(State::Failed);
}

void LoadState::reset()
{
    ++m_ticket;
    m_error = ApiError();
    setState(State::Idle);
}

void LoadState::setState(State state)
{
    m_state = state;
    emit stateChanged(state);
}
