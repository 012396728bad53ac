#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package make-it-safe_VERSION_ARCH.deb into OUTDIR
# (default _build-deb/), with debhelper and the meson build system, from
# a copy of the source tree with build-aux/deb/ as its debian/ folder.
# Installs its build dependencies like the other build-aux scripts, then
# runs lintian on the result.
#
#   build-aux/make-deb.sh [OUTDIR]
#
# The package's maintainer is DEBFULLNAME <DEBEMAIL> when set: a publisher
# sets its own address (the default, at example.org, is a placeholder).
set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
outdir=${1:-$top/_build-deb}
mkdir -p "$outdir"
outdir=$(cd "$outdir" && pwd)

# The app's own build dependencies, then the packaging tools.
"$top/build-aux/setup.sh" >/dev/null
tools="debhelper dpkg-dev lintian libepoxy-dev"
missing=""
for p in $tools; do
  dpkg-query -W -f '${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "Installing:$missing"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing
  else
    echo "Some packages are missing. Run this, then the same command again:" >&2
    echo "  sudo apt-get install --no-install-recommends$missing" >&2
    exit 1
  fi
fi

version=$(sed -n "s/^  version: '\([^']*\)',$/\1/p" "$top/meson.build")
arch=$(dpkg --print-architecture)
maintainer="${DEBFULLNAME:-Make-IT-Safe Viewer developers} <${DEBEMAIL:-make-it-safe@example.org}>"
deb=make-it-safe_${version}_${arch}.deb

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
src=$work/make-it-safe-$version
mkdir "$src"

# The files git knows, as they are in the work tree (build folders left out).
(cd "$top" && git ls-files -z --cached --others --exclude-standard) |
  (cd "$top" && xargs -0 tar -cf - --no-recursion) | tar -xf - -C "$src"

cp -r "$top/build-aux/deb" "$src/debian"
rm -f "$src/debian/README"
sed -i "s|@MAINTAINER@|$maintainer|" "$src/debian/control"
cat > "$src/debian/changelog" <<CHANGELOG
make-it-safe ($version) bookworm; urgency=medium

  * Make-IT-Safe Viewer $version.

 -- $maintainer  $(date -R)
CHANGELOG

echo "Building $deb…"
(cd "$src" && DEB_BUILD_OPTIONS="nocheck noddebs" dpkg-buildpackage -b -us -uc --no-pre-clean \
   > "$work/build.log" 2>&1) || { tail -n 40 "$work/build.log" >&2; echo "make-deb.sh: the build failed" >&2; exit 1; }

mv "$work/$deb" "$outdir/$deb"
echo "Written: $outdir/$deb"
echo "Depends: $(dpkg-deb -f "$outdir/$deb" Depends)"

echo "lintian:"
lintian --info "$outdir/$deb" || { echo "make-deb.sh: lintian found errors" >&2; exit 1; }
