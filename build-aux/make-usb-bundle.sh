#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes a folder to copy onto a USB stick (FAT32 or exFAT) that installs
# Make-IT-Safe Viewer and a kit on a Debian 12 laptop with no network:
#
#   OUTDIR/install.sh        installs from the stick only (build-aux/usb/)
#   OUTDIR/LISEZMOI.txt, README.txt   three steps, for a facilitator
#   OUTDIR/debs/             the app's .deb and every package it needs that a
#                            minimal Debian 12 lacks, with a Packages index
#   OUTDIR/kit/              the kit, checked with --check-kit
#
#   build-aux/make-usb-bundle.sh [--kit DIR] OUTDIR
#
# Run as root on a connected Debian 12 machine: the packages are found by
# installing the app, download only, into a minimal Debian 12 made with
# debootstrap (kept in _build-usb/minbase/ for the next run; MIRROR
# chooses the Debian mirror). OUTDIR must not exist or be empty; it is
# written under a temporary name and renamed when complete.
set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
kit=$top/data/kit
usage="usage: build-aux/make-usb-bundle.sh [--kit DIR] OUTDIR"

die() {
  echo "make-usb-bundle.sh: $*" >&2
  exit 1
}

while [ $# -gt 0 ]; do
  case $1 in
    --kit) [ $# -ge 2 ] || die "$usage"; kit=$2; shift 2 ;;
    --kit=*) kit=${1#--kit=}; shift ;;
    -h|--help) echo "$usage"; exit 0 ;;
    -*) die "unknown option $1; $usage" ;;
    *) break ;;
  esac
done
[ $# -eq 1 ] || die "$usage"
out=$1

[ "$(id -u)" = 0 ] || die "run it as root (it installs packages and uses debootstrap)"
[ -d "$kit" ] || die "the kit folder $kit does not exist"
kit=$(cd "$kit" && pwd)
if [ -e "$out" ] && [ -n "$(ls -A "$out" 2>/dev/null)" ]; then
  die "$out is not empty: choose a new or empty folder"
fi
parent=$(dirname "$out")
[ -d "$parent" ] || die "the folder $parent does not exist"
parent=$(cd "$parent" && pwd)
out=$parent/$(basename "$out")

# The kit first: a kit with errors is refused before anything is written.
"$top/build-aux/setup.sh" >/dev/null
echo "Checking the kit $kit…"
if ! report=$("$top/_build/src/make-it-safe" --check-kit "$kit"); then
  echo "$report" >&2
  die "the kit has errors (listed above): fix them, then run this again"
fi
echo "$report" | tail -n 1

# FAT32 and exFAT keep no symbolic links, no file over 4 GiB and no name
# with one of <>:"\|?* or ending in a dot or a space.
big=$(find -L "$kit" -type f -size +4194303k | head -n 1)
[ -z "$big" ] || die "$big is over 4 GiB, more than a FAT32 stick holds in one file"
bad=$(find "$kit" -name '*[<>:"\\|?*]*' -o -name '*.' -o -name '* ' | head -n 1)
[ -z "$bad" ] || die "the name of $bad cannot be written on a FAT32 or exFAT stick"

for tool in debootstrap dpkg-scanpackages; do
  if ! command -v "$tool" >/dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends debootstrap dpkg-dev >/dev/null
    break
  fi
done

work=$(mktemp -d "$parent/.make-it-safe-bundle.XXXXXX")
cleanup() {
  for m in proc dev; do
    mountpoint -q "$minbase/$m" 2>/dev/null && umount "$minbase/$m"
  done
  rm -rf "$work"
}
minbase=$top/_build-usb/minbase
trap cleanup EXIT INT TERM

# The app's package.
"$top/build-aux/make-deb.sh" "$work/deb" > "$work/make-deb.log" 2>&1 ||
  { tail -n 30 "$work/make-deb.log" >&2; die "the package could not be built"; }
deb=$(ls "$work/deb"/make-it-safe_*.deb)
echo "Package: $(basename "$deb")"

# What a minimal Debian 12 lacks of its dependencies.
if [ ! -x "$minbase/usr/bin/apt-get" ]; then
  echo "Making a minimal Debian 12 in $minbase (once)…"
  rm -rf "$minbase"
  mkdir -p "$(dirname "$minbase")"
  debootstrap --variant=minbase bookworm "$minbase" ${MIRROR:-} > "$work/debootstrap.log" 2>&1 ||
    { tail -n 20 "$work/debootstrap.log" >&2; rm -rf "$minbase"; die "debootstrap failed"; }
fi
cp /etc/resolv.conf "$minbase/etc/resolv.conf"
mount -t proc proc "$minbase/proc"
mount --bind /dev "$minbase/dev"
cp "$deb" "$minbase/tmp/"
chroot "$minbase" apt-get -q update > "$work/apt.log" 2>&1
chroot "$minbase" apt-get clean
echo "Finding the packages a minimal Debian 12 lacks…"
DEBIAN_FRONTEND=noninteractive chroot "$minbase" apt-get install -y -q --download-only --no-install-recommends \
  "/tmp/$(basename "$deb")" >> "$work/apt.log" 2>&1 ||
  { tail -n 20 "$work/apt.log" >&2; die "the dependencies could not be downloaded"; }
rm -f "$minbase/tmp/$(basename "$deb")"

# Room for the packages and the kit, with 1 MiB to spare for the indexes.
archives=$minbase/var/cache/apt/archives
needed=$(( $(du -skL "$kit" | cut -f1) + $(du -sk "$archives" | cut -f1) + $(du -sk "$deb" | cut -f1) + 1024 ))
free=$(df -Pk "$parent" | awk 'NR == 2 { print $4 }')
[ "$needed" -lt "$free" ] || die "not enough room in $parent: $((needed / 1024)) MiB needed, $((free / 1024)) MiB free"

mkdir "$work/bundle" "$work/bundle/debs"
cp "$deb" "$archives"/*.deb "$work/bundle/debs/"
chroot "$minbase" apt-get clean
for m in proc dev; do umount "$minbase/$m"; done
echo "$(ls "$work/bundle/debs" | wc -l) packages"
(cd "$work/bundle/debs" && dpkg-scanpackages --multiversion . /dev/null > Packages 2>/dev/null && gzip -9kn Packages)

# The kit, its links replaced by what they point to.
cp -rL "$kit" "$work/bundle/kit"
rm -rf "$work/bundle/kit/generate"

cp "$top/build-aux/usb/install.sh" "$top/build-aux/usb/LISEZMOI.txt" "$top/build-aux/usb/README.txt" "$work/bundle/"

# Complete: now it gets its name.
if [ -d "$out" ]; then
  rmdir "$out"
fi
mv "$work/bundle" "$out"

echo "Written: $out"
echo "Size: $(du -sh "$out" | cut -f1) (packages $(du -sh "$out/debs" | cut -f1), kit $(du -sh "$out/kit" | cut -f1))"
