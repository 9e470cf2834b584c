#include "PracticeFaults.h"

void PracticeFaults::inject(Practice::Route route, const PracticeFault &fault, int times)
{
    if (times == 0 || fault.kind() == PracticeFault::Kind::None)
        return;
    m_armed.append({route, fault, times});
}

void PracticeFaults::injectAt(Practice::Route route, const PracticeFault &fault, int nth)
{
    if (nth < 1 || fault.kind() == PracticeFault::Kind::None)
        return;
    m_armed.append({route, fault, 1, nth - 1});
}

void PracticeFaults::clear()
{
    m_armed.clear();
}

PracticeFault PracticeFaults::take(Practice::Route route)
{
    if (route == Practice::Route::Unknown || route == Practice::Route::Any)
        return {};
    PracticeFault chosen;
    qsizetype usedUp = -1;
    for (qsizetype i = 0; i < m_armed.size(); ++i) {
        Armed &armed = m_armed[i];
        if (armed.route != route && armed.route != Practice::Route::Any)
            continue;
        // A fault waiting for its request counts this one, whichever fault it gets.
        if (armed.skip > 0) {
            --armed.skip;
            continue;
        }
        if (chosen.kind() != PracticeFault::Kind::None)
            continue;
        chosen = armed.fault;
        if (armed.remaining > 0 && --armed.remaining == 0)
            usedUp = i;
    }
    if (usedUp >= 0)
        m_armed.removeAt(usedUp);
    return chosen;
}
