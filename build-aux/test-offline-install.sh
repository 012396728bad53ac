#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Proves the USB bundle on a fresh Debian 12 with no network: makes a
# minimal Debian 12 with debootstrap in a temporary folder, copies a bundle
# made by make-usb-bundle.sh into it (at "/media/usb/MAKE IT SAFE", a name
# with spaces, as sticks have), then inside it with the network cut off
# (unshare --net: a new network namespace with no interface up) runs
# install.sh twice, the installed make-it-safe --version and --check-kit on
# the installed kit and on the stick's kit, and starts the installed app on
# the host's Xvfb until it prints its library-shown milestone. Ends with
# one line: "offline install: OK", or what failed.
#
#   sudo build-aux/test-offline-install.sh [BUNDLE]
#
# Needs root and a few minutes; not part of the test suite. Without BUNDLE
# it makes one first (which needs the network, as make-usb-bundle.sh does).
set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
step="starting"

[ "$(id -u)" = 0 ] || { echo "offline install: FAILED: run it as root"; exit 1; }
for tool in debootstrap unshare Xvfb xwd dbus-daemon; do
  command -v "$tool" >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    debootstrap util-linux xvfb x11-apps dbus >/dev/null
done

work=$(mktemp -d /tmp/make-it-safe-offline.XXXXXX)
root=$work/root
xvfb_pid=
bus_pid=
cleanup() {
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  [ -n "$bus_pid" ] && kill "$bus_pid" 2>/dev/null || true
  for m in tmp/.X11-unix dev proc; do
    mountpoint -q "$root/$m" 2>/dev/null && umount "$root/$m"
  done
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

failed() {
  echo "offline install: FAILED while $step" >&2
  [ -f "$work/log" ] && tail -n 30 "$work/log" >&2
  exit 1
}

bundle=${1:-}
if [ -z "$bundle" ]; then
  step="making the bundle"
  bundle=$work/bundle
  "$top/build-aux/make-usb-bundle.sh" "$bundle" > "$work/log" 2>&1 || failed
fi
[ -f "$bundle/install.sh" ] || { step="looking for $bundle/install.sh"; failed; }

step="making a fresh minimal Debian 12 (debootstrap --variant=minbase)"
echo "$step…"
debootstrap --variant=minbase bookworm "$root" ${MIRROR:-} > "$work/log" 2>&1 || failed

stick="$root/media/usb/MAKE IT SAFE"
mkdir -p "$stick"
cp -r "$bundle"/. "$stick/"
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
rm -f "$root/etc/resolv.conf"

# Every command from here runs in the new system with no network at all.
offline() {
  unshare --net chroot "$root" "$@"
}

step="checking that the network is really cut off"
if offline sh -c 'exec 3<>/dev/tcp/127.0.0.1/1' 2>/dev/null; then failed; fi
offline apt-get -q update > "$work/log" 2>&1 || true
grep -q "Err:\|Failed\|W: Some index files failed" "$work/log" || { step="$step (apt reached a mirror)"; failed; }

step="running install.sh"
echo "$step…"
offline sh "/media/usb/MAKE IT SAFE/install.sh" > "$work/log" 2>&1 || failed
cat "$work/log"

step="running install.sh a second time"
status_before=$(md5sum < "$root/var/lib/dpkg/status")
offline sh "/media/usb/MAKE IT SAFE/install.sh" > "$work/log" 2>&1 || failed
grep -q "nothing changed" "$work/log" || failed
[ "$status_before" = "$(md5sum < "$root/var/lib/dpkg/status")" ] || { step="$step (it changed the packages)"; failed; }
echo "Second run: $(grep 'nothing changed' "$work/log")"

step="running make-it-safe --version"
offline make-it-safe --version > "$work/log" 2>&1 || failed
cat "$work/log"

for kit in /usr/share/make-it-safe/kit "/media/usb/MAKE IT SAFE/kit" /usr/local/share/make-it-safe/kit; do
  step="checking the kit $kit"
  offline make-it-safe --check-kit "$kit" > "$work/log" 2>&1 || failed
  grep -q " 0 errors," "$work/log" || failed
  echo "$kit: $(tail -n 1 "$work/log")"
done

step="running install.sh without root"
offline chroot --userspec=nobody:nogroup / sh "/media/usb/MAKE IT SAFE/install.sh" > "$work/log" 2>&1 && failed
grep -q "needs the administrator" "$work/log" || failed

# The installed app on the host's display and a session bus of its own,
# through sockets inside the new system (Unix sockets on disk cross the
# network namespace; nothing else does).
step="starting the installed app under Xvfb"
display=:$(( ($$ % 400) + 100 ))
Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp > "$work/xvfb.log" 2>&1 &
xvfb_pid=$!
mkdir -p "$root/tmp/.X11-unix"
sleep 2
mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"
mkdir -p "$root/run/user/0"
dbus-daemon --session --nofork --address="unix:path=$root/run/user/0/bus" > "$work/bus.log" 2>&1 &
bus_pid=$!
sleep 1
offline env HOME=/root XDG_RUNTIME_DIR=/run/user/0 DISPLAY="$display" NO_AT_BRIDGE=1 \
  DBUS_SESSION_BUS_ADDRESS=unix:path=/run/user/0/bus \
  MAKEITSAFE_PROFILE=1 MAKEITSAFE_PROFILE_EXIT=library-shown \
  timeout 120 make-it-safe > "$work/log" 2>&1 || failed
grep "library-shown" "$work/log" || failed

if [ -n "${MIS_OFFLINE_SCREENSHOT:-}" ]; then
  offline env HOME=/root XDG_RUNTIME_DIR=/run/user/0 DISPLAY="$display" NO_AT_BRIDGE=1 \
    DBUS_SESSION_BUS_ADDRESS=unix:path=/run/user/0/bus timeout 8 make-it-safe > /dev/null 2>&1 &
  app_pid=$!
  sleep 6
  DISPLAY=$display xwd -root -silent > "$work/shot.xwd" && convert "$work/shot.xwd" "$MIS_OFFLINE_SCREENSHOT" || true
  wait "$app_pid" || true
fi

echo "offline install: OK"
