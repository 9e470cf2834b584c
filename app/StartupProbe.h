#pragma once

// For the start-up benchmark (bench/): with PP_EXIT_WHEN_IDLE=1 in the environment, the
// process prints "pp-idle" on stdout and quits as soon as the event loop has nothing left
// to do after the window was shown. Without the variable it does nothing.
class StartupProbe
{
public:
    static void exitWhenIdleIfAsked();
};
