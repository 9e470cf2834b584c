#!/bin/sh
# Configures a preset's build directory (build/<preset>) unless it is current, so that a
# second `make test` skips the configure steps. Current: it was generated after the last
# change to CMakePresets.json; a changed CMakeLists.txt re-runs cmake from the build itself.
# Usage: scripts/configure.sh <preset> [extra cmake arguments]
set -eu
preset="$1"
shift
cd "$(dirname "$0")/.."
dir="build/$preset"
if [ -f "$dir/build.ninja" ] && [ "$dir/CMakeCache.txt" -nt CMakePresets.json ]; then
    exit 0
fi
exec cmake --preset "$preset" "$@"
