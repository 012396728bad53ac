#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what Make-IT-Safe Viewer needs on Debian 12 (apt-get as root, else
# prints the apt-get line to run), then configures and builds in _build.
# Sourced by run.sh and test.sh; runs alone too.
set -eu

top=$(cd "$(dirname "$0")/.." && pwd)

# Building, running, and testing under a virtual display (xdotool presses
# real keys there; openbox makes a window fullscreen there; the lockdown
# schema is GNOME's).
packages="meson ninja-build pkg-config gcc gettext
libglib2.0-dev libgtk-4-dev libadwaita-1-dev libmpv-dev libpoppler-glib-dev libjson-glib-dev
libglib2.0-bin desktop-file-utils appstream shared-mime-info
librsvg2-common adwaita-icon-theme fonts-dejavu-core libgl1-mesa-dri
xvfb xauth dbus strace xdotool openbox gsettings-desktop-schemas"

# build-aux/test.sh --full also builds with sanitizers and runs the fuzzers.
if [ "${MIS_SETUP_FULL:-}" = 1 ]; then
  packages="$packages clang libclang-rt-14-dev"
fi

missing=""
for p in $packages; do
  if ! dpkg-query -W -f '${Status}' "$p" 2>/dev/null | grep -q "ok installed"; then
    missing="$missing $p"
  fi
done

if [ -n "$missing" ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "Installing:$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    # shellcheck disable=SC2086
    apt-get install -y -q --no-install-recommends $missing
  else
    echo "Some packages are missing. Run this, then the same command again:" >&2
    echo "  sudo apt-get install --no-install-recommends$missing" >&2
    exit 1
  fi
fi

cd "$top"
if [ ! -f _build/build.ninja ]; then
  meson setup _build
fi
meson compile -C _build
