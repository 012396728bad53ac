#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets up, builds, and runs Make-IT-Safe Viewer on the sample kit.
# Extra arguments go to the app: build-aux/run.sh --kit /media/usb/kit
set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
"$top/build-aux/setup.sh"
exec "$top/_build/src/make-it-safe" "$@"
