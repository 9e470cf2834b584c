#!/bin/sh
# Checks the git-tracked C++ sources (*.cpp, *.h) against .clang-format with clang-format 14
# and lists every file that differs; fails if there is one.
# Usage: scripts/check-format.sh            check (exit 1 on a difference)
#        scripts/check-format.sh --warn     check, list, but exit 0
#        scripts/check-format.sh --fix      reformat those files in place (make format)
set -eu
cd "$(dirname "$0")/.."

mode="${1:-check}"
case "$mode" in
    check|--check) mode=check ;;
    --warn|--fix) ;;
    *) echo "usage: $0 [--warn|--fix]" >&2; exit 2 ;;
esac

# Another clang-format major version formats differently: insist on 14 (Debian 12's).
format=""
for candidate in clang-format-14 clang-format; do
    if command -v "$candidate" >/dev/null 2>&1 \
        && "$candidate" --version | grep -q 'version 14\.'; then
        format="$candidate"
        break
    fi
done
if [ -z "$format" ]; then
    echo "check-format: clang-format 14 not found (scripts/install-deps.sh installs it)" >&2
    exit 2
fi

files=$(mktemp)
trap 'rm -f "$files"' EXIT INT TERM
git ls-files -z -- '*.cpp' '*.h' >"$files"

if [ "$mode" = --fix ]; then
    xargs -0 "$format" -i <"$files"
    exit 0
fi

# --dry-run prints one warning per difference, "file:line:col: warning: …".
differing=$(xargs -0 "$format" --dry-run 2>&1 <"$files" \
    | sed -n 's/^\(.*\):[0-9]*:[0-9]*: warning: .*clang-format-violations.*/\1/p' | sort -u)
if [ -z "$differing" ]; then
    exit 0
fi
count=$(printf '%s\n' "$differing" | wc -l)
echo "These $count file(s) differ from .clang-format (make format fixes them):"
printf '  %s\n' $differing
[ "$mode" = --warn ] && exit 0
exit 1
