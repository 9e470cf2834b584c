#!/bin/sh
# Builds the libFuzzer targets (the `fuzz` build preset: in the `asan` preset's tree, clang,
# ASan + UBSan) and runs each one for a bounded time, two at a time, on a scratch copy of
# its seed corpus (fuzz/corpus/<target>/; nothing is written into the source tree). Any
# finding fails the run: a crash, an invariant the target checks, undefined behaviour, a
# leak, a timeout (10 s on one input) or memory use above 2 GB. Findings and logs are kept
# in build/asan/fuzz/findings/.
# Usage: scripts/run-fuzzers.sh [seconds per target, default 60]
# Environment: FUZZ_JOBS (targets at a time, default 2).
set -eu

seconds="${1:-60}"
case "$seconds" in
    '' | *[!0-9]*) echo "usage: $0 [seconds per target]" >&2; exit 2 ;;
esac
jobs="${FUZZ_JOBS:-2}"

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

scripts/configure.sh asan >/dev/null
cmake --build --preset fuzz

bin="$root/build/asan/fuzz"
manifest="$bin/fuzz-targets.txt" # "<target> <dictionary or ->", written by fuzz/CMakeLists.txt
findings="$bin/findings"
rm -rf "$findings"
mkdir -p "$findings"
scratch=$(mktemp -d /tmp/pp-fuzz.XXXXXX)
trap 'rm -rf "$scratch"' EXIT
trap 'exit 130' INT TERM

# Every sanitizer finding ends the run with a non-zero status and a saved input.
export ASAN_OPTIONS="detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
symbolizer=/usr/lib/llvm-14/bin/llvm-symbolizer
[ -x "$symbolizer" ] && export ASAN_SYMBOLIZER_PATH="$symbolizer" UBSAN_SYMBOLIZER_PATH="$symbolizer"

# run_target <target> <dictionary>: fuzzes one target; leaves $scratch/<target>.{log,status}.
run_target() {
    target=$1
    dictionary=$2
    corpus="$scratch/$target/corpus"
    mkdir -p "$corpus" "$findings/$target"
    if [ -d "fuzz/corpus/$target" ]; then
        cp -R "fuzz/corpus/$target/." "$corpus/"
    fi
    seeds=$(find "$corpus" -type f | wc -l)
    set -- -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$findings/$target/"
    [ "$dictionary" = "-" ] || set -- "$@" -dict="fuzz/$dictionary"
    status=0
    "$bin/$target" "$@" "$corpus" >"$scratch/$target.log" 2>&1 || status=$?
    echo "$status $seeds" >"$scratch/$target.status"
}

# Lanes of targets, each lane one after the other, the lanes side by side.
lane=0
while [ "$lane" -lt "$jobs" ]; do
    (
        n=0
        while read -r target dictionary; do
            [ -n "$target" ] || continue
            [ $((n % jobs)) -eq "$lane" ] && run_target "$target" "$dictionary"
            n=$((n + 1))
        done <"$manifest"
    ) &
    lane=$((lane + 1))
done
wait

echo
printf '%-20s %12s %16s  %s\n' target runs corpus result
failed=0
while read -r target dictionary; do
    [ -n "$target" ] || continue
    log="$scratch/$target.log"
    status=1 seeds=0
    [ -f "$scratch/$target.status" ] && read -r status seeds <"$scratch/$target.status"
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    [ -n "$runs" ] || runs=$(sed -n 's/^#\([0-9][0-9]*\).*/\1/p' "$log" | tail -n 1)
    size=$(find "$scratch/$target/corpus" -type f | wc -l)
    artifact=$(find "$findings/$target" -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' \
        -o -name 'oom-*' \) | head -n 1)
    if [ "$status" -eq 0 ] && [ -z "$artifact" ]; then
        result=ok
        rm -rf "${findings:?}/$target"
    else
        failed=$((failed + 1))
        result="FOUND (exit $status)"
        cp "$log" "$findings/$target/fuzz.log"
    fi
    printf '%-20s %12s %16s  %s\n' "$target" "${runs:-?}" "$size ($seeds seeds)" "$result"
done <"$manifest"

if [ "$failed" -gt 0 ]; then
    while read -r target dictionary; do
        [ -d "$findings/$target" ] || continue
        echo
        echo "=== $target: end of its log ($findings/$target/fuzz.log)"
        tail -n 60 "$findings/$target/fuzz.log"
        for artifact in "$findings/$target"/crash-* "$findings/$target"/leak-* \
            "$findings/$target"/timeout-* "$findings/$target"/oom-*; do
            [ -f "$artifact" ] || continue
            echo
            echo "Input: $artifact"
            echo "Reproduce: ASAN_OPTIONS='$ASAN_OPTIONS' UBSAN_OPTIONS='$UBSAN_OPTIONS' \\"
            echo "    build/asan/fuzz/$target $artifact"
        done
    done <"$manifest"
    echo
    echo "$failed fuzz target(s) found something. Fix the code, and add the input to fuzz/corpus/<target>/."
    exit 1
fi
echo
echo "All fuzz targets ran ${seconds} s each without a finding."
