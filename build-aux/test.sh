#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets up, builds, and runs every test (UI tests on a virtual display), then
# prints one line "N passed, N failed". Exits non-zero when anything failed.
#
#   build-aux/test.sh [MESON-TEST-ARGS]   the suite, in _build
#   build-aux/test.sh --full              what CI runs: the suite, then the
#       suite again built with AddressSanitizer and UndefinedBehaviorSanitizer
#       (in _build-asan, leaks checked outside the window tests), then each
#       fuzzer for 60 s (build-aux/fuzz.sh)
set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"

full=0
if [ "${1:-}" = --full ]; then
  full=1
  shift
  export MIS_SETUP_FULL=1
fi

"$top/build-aux/setup.sh"

# Runs the suite of build folder $1 and adds its results to the totals.
total_passed=0
total_failed=0
total_skipped=0
status=0
run_suite() {
  build=$1
  shift
  suite_status=0
  xvfb-run -a -s "-screen 0 1366x768x24" dbus-run-session -- \
    meson test -C "$build" --print-errorlogs "$@" || suite_status=$?

  # Count from meson's own log of this run, one JSON object per test.
  log=$build/meson-logs/testlog.json
  passed=$(grep -c '"result": "\(OK\|EXPECTEDFAIL\)"' "$log" || true)
  failed=$(grep -c '"result": "\(FAIL\|ERROR\|TIMEOUT\|UNEXPECTEDPASS\)"' "$log" || true)
  skipped=$(grep -c '"result": "SKIP"' "$log" || true)
  echo "$build: $passed passed, $failed failed, $skipped skipped"

  total_passed=$((total_passed + passed))
  total_failed=$((total_failed + failed))
  total_skipped=$((total_skipped + skipped))
  if [ "$suite_status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then
    status=1
  fi
}

run_suite _build "$@"

if [ "$full" = 1 ]; then
  if [ ! -f _build-asan/build.ninja ]; then
    meson setup _build-asan -Db_sanitize=address,undefined -Db_lundef=false
  fi
  meson compile -C _build-asan
  # Any memory error or undefined behaviour fails a test. Leaks are checked
  # (with full stacks, so that lsan.supp can name the library that leaked)
  # in every test but the window tests: there GTK, Mesa and fontconfig keep
  # one-time allocations until exit, and unwinding every allocation of a
  # GTK window through libraries built without frame pointers takes hours.
  export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
  export LSAN_OPTIONS=suppressions=$top/build-aux/lsan.supp:print_suppressions=0
  export ASAN_OPTIONS=detect_leaks=1:fast_unwind_on_malloc=0:abort_on_error=1
  run_suite _build-asan --timeout-multiplier 3 \
    --suite data --suite kit --suite media --suite common --suite film --suite photo-novel --suite manual
  export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1
  run_suite _build-asan --timeout-multiplier 3 --suite ui
  unset ASAN_OPTIONS LSAN_OPTIONS UBSAN_OPTIONS

  fuzz_status=0
  "$top/build-aux/fuzz.sh" 60 || fuzz_status=$?
  if [ "$fuzz_status" -eq 0 ]; then
    total_passed=$((total_passed + 1))
  else
    total_failed=$((total_failed + 1))
    status=1
  fi
fi

echo "$total_passed passed, $total_failed failed, $total_skipped skipped"
exit "$status"
