#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs Make-IT-Safe Viewer and its kit from this USB stick, with no
# network: the packages come from the folder debs/ beside this script, and
# apt is shown no other source. Run as root, or it asks for the password
# through pkexec or sudo. Running it again changes nothing.
#
#   sh /media/…/install.sh
set -eu

say() {
  # French first, then English.
  printf '%s\n%s\n\n' "$1" "$2"
}

fail() {
  say "ÉCHEC : $1" "FAILED: $2" >&2
  exit 1
}

here=$(cd "$(dirname "$0")" && pwd)

if [ ! -f /etc/debian_version ] || ! command -v apt-get >/dev/null 2>&1 || ! command -v dpkg >/dev/null 2>&1; then
  fail "cet ordinateur n'utilise pas Debian (ni Ubuntu, ni Linux Mint…). Rien n'a été changé." \
       "this computer does not run Debian (nor Ubuntu, Linux Mint…). Nothing was changed."
fi

if [ "$(id -u)" != 0 ]; then
  if [ -z "${MIS_INSTALL_ASKED:-}" ]; then
    export MIS_INSTALL_ASKED=1
    if command -v pkexec >/dev/null 2>&1 && [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
      say "Le mot de passe d'administration est demandé pour installer Make-IT-Safe." \
          "The administrator password is needed to install Make-IT-Safe."
      exec pkexec env MIS_INSTALL_ASKED=1 sh "$here/install.sh"
    elif command -v sudo >/dev/null 2>&1; then
      say "Le mot de passe d'administration est demandé pour installer Make-IT-Safe." \
          "The administrator password is needed to install Make-IT-Safe."
      exec sudo MIS_INSTALL_ASKED=1 sh "$here/install.sh"
    fi
  fi
  fail "il faut être administrateur (root) pour installer. Rien n'a été changé. Essayez : sudo sh install.sh" \
       "installing needs the administrator (root). Nothing was changed. Try: sudo sh install.sh"
fi

[ -f "$here/debs/Packages" ] ||
  fail "le dossier debs/ est absent ou incomplet sur la clé." "the folder debs/ is missing or incomplete on the stick."

say "Installation de Make-IT-Safe depuis la clé USB, sans internet…" \
    "Installing Make-IT-Safe from the USB stick, with no internet…"

# apt sees only the stick. Its lists go to a temporary folder, so the
# computer's own package lists and sources are left as they are. A link
# without spaces stands for the stick's folder, whose name may have some.
work=$(mktemp -d /tmp/make-it-safe-install.XXXXXX)
trap 'rm -rf "$work"' EXIT
ln -s "$here/debs" "$work/repo"
mkdir "$work/lists" "$work/lists/partial" "$work/parts"
echo "deb [trusted=yes] file:$work/repo ./" > "$work/sources.list"

apt_offline() {
  LC_ALL=C apt-get -q \
    -o Dir::Etc::SourceList="$work/sources.list" \
    -o Dir::Etc::SourceParts="$work/parts" \
    -o Dir::State::Lists="$work/lists" \
    -o Dir::Cache::pkgcache= -o Dir::Cache::srcpkgcache= \
    -o APT::Get::List-Cleanup=false \
    -o Acquire::Languages=none \
    "$@"
}

apt_offline update > "$work/update.log" 2>&1 || {
  cat "$work/update.log" >&2
  fail "les paquets de la clé n'ont pas pu être lus." "the packages on the stick could not be read."
}

export DEBIAN_FRONTEND=noninteractive
if ! apt_offline install -y --no-install-recommends make-it-safe > "$work/install.log" 2>&1; then
  tail -n 20 "$work/install.log" >&2
  fail "Make-IT-Safe n'a pas pu être installé (voir les lignes ci-dessus)." \
       "Make-IT-Safe could not be installed (see the lines above)."
fi

changed_app=yes
if grep -q "^0 upgraded, 0 newly installed" "$work/install.log"; then
  changed_app=no
fi

# The stick's kit, for every user of this computer: the app opens it by
# default. Copied beside, then swapped in, so that a full disk or a pulled
# stick never leaves half a kit.
kit_target=/usr/local/share/make-it-safe/kit
changed_kit=no
if [ -f "$here/kit/index.json" ]; then
  if [ -d "$kit_target" ] && diff -rq "$here/kit" "$kit_target" >/dev/null 2>&1; then
    :
  else
    mkdir -p /usr/local/share/make-it-safe
    rm -rf "$kit_target.new"
    cp -r "$here/kit" "$kit_target.new" ||
      { rm -rf "$kit_target.new"; fail "le kit n'a pas pu être copié (disque plein ?)." "the kit could not be copied (disk full?)."; }
    chmod -R a+rX "$kit_target.new"
    rm -rf "$kit_target.old"
    [ -d "$kit_target" ] && mv "$kit_target" "$kit_target.old"
    mv "$kit_target.new" "$kit_target"
    rm -rf "$kit_target.old"
    changed_kit=yes
  fi
fi

version=$(dpkg-query -W -f '${Version}' make-it-safe)
if [ "$changed_app" = no ] && [ "$changed_kit" = no ]; then
  say "Make-IT-Safe $version était déjà installé, avec ce kit : rien n'a changé." \
      "Make-IT-Safe $version was already installed, with this kit: nothing changed."
else
  say "C'est fait : Make-IT-Safe $version est installé. Ouvrez-le depuis le menu des applications." \
      "Done: Make-IT-Safe $version is installed. Open it from the applications menu."
fi
