#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Every source file with a translatable string is in POTFILES.in: one left
# out is shown in English to a French youth however complete fr.po is.
set -eu
top=$1
status=0
cd "$top"
for file in $(find src ui -name '*.c' -o -name '*.ui' | sort); do
  if grep -qE '(^|[^A-Za-z0-9_])N?_\(|[nd]?ngettext \(|translatable="yes"' "$file" &&
     ! grep -qx "$file" po/POTFILES.in; then
    echo "not in po/POTFILES.in: $file"
    status=1
  fi
done
exit $status
