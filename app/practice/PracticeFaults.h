#pragma once

#include "PracticeFault.h"
#include "PracticeTypes.h"

#include <QList>

// The faults armed on the practice portal's routes, each for a number of requests.
class PracticeFaults
{
public:
    // times < 0: until clear(); times == 0 arms nothing.
    void inject(Practice::Route route, const PracticeFault &fault, int times);
    // The `nth` request on `route` from now on (1 = the next one) gets `fault`, once.
    void injectAt(Practice::Route route, const PracticeFault &fault, int nth);
    void clear();

    // The fault the next request on `route` gets (Kind::None if none), using up one of
    // its times. Faults are matched in the order they were injected; Route::Any matches all.
    PracticeFault take(Practice::Route route);

private:
    struct Armed
    {
        Practice::Route route;
        PracticeFault fault;
        int remaining; // < 0: unlimited
        int skip = 0;  // requests on the route that pass before this fault is armed
    };
    QList<Armed> m_armed;
};
