#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets up, builds, and runs every test (UI tests on a virtual display), then
# prints one line "N passed, N failed". Exits non-zero when anything failed.
set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
"$top/build-aux/setup.sh"
cd "$top"

status=0
xvfb-run -a -s "-screen 0 1366x768x24" dbus-run-session -- \
  meson test -C _build --print-errorlogs "$@" || status=$?

# Count from meson's own log of this run, one JSON object per test.
log=_build/meson-logs/testlog.json
passed=$(grep -c '"result": "\(OK\|EXPECTEDFAIL\)"' "$log" || true)
failed=$(grep -c '"result": "\(FAIL\|ERROR\|TIMEOUT\|UNEXPECTEDPASS\)"' "$log" || true)
skipped=$(grep -c '"result": "SKIP"' "$log" || true)

echo "$passed passed, $failed failed, $skipped skipped"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then
  exit 1
fi
