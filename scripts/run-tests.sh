#!/bin/sh
# Runs the whole ctest suite headless, with a real Secret Service for the keychain test:
# a private D-Bus session, a fresh gnome-keyring unlocked with a throw-away password, no
# display (with a display and a locked keyring gnome-keyring would prompt and hang).
# Usage: scripts/run-tests.sh <preset> [extra ctest arguments]
set -eu
preset="${1:-ci}"
shift || true

scratch=$(mktemp -d /tmp/pp-test-env.XXXXXX)
trap 'rm -rf "$scratch"' EXIT INT TERM
mkdir -p "$scratch/data" "$scratch/runtime" "$scratch/config" "$scratch/home"
chmod 700 "$scratch/runtime"

unset DISPLAY WAYLAND_DISPLAY
export XDG_DATA_HOME="$scratch/data" XDG_RUNTIME_DIR="$scratch/runtime" \
       XDG_CONFIG_HOME="$scratch/config" HOME="$scratch/home" \
       QT_QPA_PLATFORM=offscreen \
       PP_REQUIRE_KEYCHAIN=1   # the keychain tests fail instead of skipping without one

exec dbus-run-session -- sh -c '
    echo -n pp-test-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec ctest --preset "$0" --no-tests=error "$@"
' "$preset" "$@"
