#pragma once

#include "api/ApiError.h"
#include "api/ApiResult.h"

#include <QObject>

#include <functional>
#include <utility>

// Where one thing loaded from the portal stands: idle, loading, ready or failed (and
// why), and which load is the newest, so that the answer of a load that a newer one (or a
// reset) replaced is dropped. Every list model and loader owns one; pages show it
// (LoadStatusPanel) without knowing what is being loaded.
class LoadState : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle,
                       Loading,
                       Ready,
                       Failed };
    Q_ENUM(State)

    // Names one load; only the newest load's ticket is current.
    using Ticket = quint64;

    // `reload` starts the load again (what Retry does); `isEmpty` says whether what was
    // loaded has nothing in it.
    LoadState(std::function<void()> reload, std::function<bool()> isEmpty, QObject *parent = nullptr);

    State state() const { return m_state; }
    const ApiError &error() const { return m_error; }
    bool isLoading() const { return m_state == State::Loading; }
    // Ready, and nothing in it (an empty list): a page says so instead of showing nothing.
    bool isEmpty() const { return m_state == State::Ready && m_isEmpty(); }
    // Whether the list has rows to show, whatever the state (a reload keeps the old ones).
    bool hasRows() const { return !m_isEmpty(); }

    void retry() { m_reload(); }

    // Starts a load: Loading, no error; answers to older loads are dropped from now on.
    Ticket begin();
    bool isCurrent(Ticket ticket) const { return ticket == m_ticket; }
    // The load `ticket` ended; ignored unless it is still the current one.
    void finish(Ticket ticket);
    void fail(Ticket ticket, const ApiError &error);
    // Idle, no error; any load in flight is dropped.
    void reset();

    // The usual load in one call: `request(context, callback)` asks the portal; the current
    // load's value is handed to `show`, then the state becomes Ready, or Failed with the error.
    template <typename T, typename Request, typename Show>
    void run(Request &&request, Show show)
    {
        const Ticket ticket = begin();
        std::forward<Request>(request)(this, ApiCallback<T>([this, ticket, show](const ApiResult<T> &result) {
                                           if (!isCurrent(ticket))
                                               return;
                                           if (!result.ok()) {
                                               fail(ticket, result.error);
                                               return;
                                           }
                                           show(*result.value);
                                           finish(ticket);
                                       }));
    }

signals:
    // Also on Loading → Loading (a retry), so that a page can reset its message.
    void stateChanged(LoadState::State state);

private:
    void setState(State state);

    std::function<void()> m_reload;
    std::function<bool()> m_isEmpty;
    State m_state = State::Idle;
    ApiError m_error;
    Ticket m_ticket = 0;
};
