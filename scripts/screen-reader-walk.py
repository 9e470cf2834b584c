#!/usr/bin/python3
# Uses the running Partner Purchase (or a test driving it) over AT-SPI the way a screen
# reader does while the user moves on: listens to its object, window and focus events and
# to its keystrokes, asks about the source of each event, and walks its whole tree again
# and again (name, description, role, state, relations and children of every element).
# Run it next to the app to find crashes that only happen with a screen reader
# (python3-pyatspi and at-spi2-core, both installed by scripts/install-deps.sh).
# Usage: scripts/screen-reader-walk.py [seconds] [application name…]
# The app must be on the accessibility bus (QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1).
import signal
import sys

import pyatspi
from gi.repository import GLib

counts = {"walks": 0, "elements": 0, "events": 0}


def ask(node):
    node.name
    node.description
    node.getRole()
    node.getState()
    node.getRelationSet()
    node.parent


def walk(node, depth=0):
    if node is None or depth > 64:
        return
    try:
        ask(node)
        counts["elements"] += 1
        for i in range(node.childCount):
            walk(node.getChildAtIndex(i), depth + 1)
    except Exception:  # an element that went away while it was asked about
        pass


def main():
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 60.0
    names = set(sys.argv[2:]) or {"partner-purchase"}

    def on_event(event):
        counts["events"] += 1
        try:
            ask(event.source)
            for i in range(min(event.source.childCount, 50)):
                ask(event.source.getChildAtIndex(i))
        except Exception:
            pass

    def on_key(event):
        counts["events"] += 1
        return False  # never consume: the app gets every key back

    def walk_apps():
        for app in pyatspi.Registry.getDesktop(0):
            try:
                if app is not None and app.name in names:
                    walk(app)
                    counts["walks"] += 1
            except Exception:
                pass
        return True

    pyatspi.Registry.registerEventListener(on_event, "object", "window", "focus")
    pyatspi.Registry.registerKeystrokeListener(
        on_key, kind=(pyatspi.KEY_PRESSED_EVENT, pyatspi.KEY_RELEASED_EVENT),
        mask=pyatspi.allModifiers())
    GLib.timeout_add(20, walk_apps)
    GLib.timeout_add(int(seconds * 1000), pyatspi.Registry.stop)
    signal.signal(signal.SIGTERM, lambda *_: pyatspi.Registry.stop())
    try:
        pyatspi.Registry.start()
    finally:
        print(f"{counts['walks']} walks, {counts['elements']} elements asked about, "
              f"{counts['events']} events", flush=True)


if __name__ == "__main__":
    main()
