#include "PracticeFaults.h"

void PracticeFaults::inject(Practice::Route route, const PracticeFault &fault, int times)
{
    if (times == 0 || fault.kind() == PracticeFault::Kind::None)
        return;
    m_armed.append({route, fault, times});
}

void PracticeFaults::clear()
{
    m_armed.clear();
}

PracticeFault PracticeFaults::take(Practice::Route route)
{
    if (route == Practice::Route::Unknown || route == Practice::Route::Any)
        return {};
    for (qsizetype i = 0; i < m_armed.size(); ++i) {
        Armed &armed = m_armed[i];
        if (armed.route != route && armed.route != Practice::Route::Any)
            continue;
        const PracticeFault fault = armed.fault;
        if (armed.remaining > 0 && --armed.remaining == 0)
            m_armed.removeAt(i);
        return fault;
    }
    return {};
}
