#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test with a window manager on the test display: only a window
# manager makes a window fullscreen. Without openbox the test runs alone,
# and skips what needs one.
if command -v openbox >/dev/null 2>&1 && [ -n "${DISPLAY:-}" ]; then
  openbox --sm-disable >/dev/null 2>&1 &
  wm=$!
  trap 'kill $wm 2>/dev/null' EXIT
  sleep 0.5
fi
"$@"
