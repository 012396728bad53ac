#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Manual benchmark: under Xvfb, a 1366x768 window opens the youth manual at
# page 3 (fit width); reports the time from asking for the manual to its
# first page drawn, then renders that page at the app's own scale with the
# app's document code (bench-pdf) beside pdftoppm at the same resolution,
# and times a search over a 48-page manual (both sample manuals joined by
# pdfunite). A benchmark, not a test.
#
#   tests/bench/bench-manual.sh [BUILD_DIR]
#
# Needs: xvfb-run, poppler-utils (pdftoppm, pdfunite), a built _build.
set -eu

top=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$top/_build}
pdf=$top/data/kit/manuals/manuel-jeunes.pdf
page=3
runs=5
for tool in xvfb-run pdftoppm pdfunite; do
  command -v "$tool" >/dev/null || { echo "bench-manual: $tool is needed" >&2; exit 2; }
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

# A window of 1366x768 on a screen of that size.
mkdir -p "$tmp/config/glib-2.0/settings"
cat > "$tmp/config/glib-2.0/settings/keyfile" <<'KEYFILE'
[be/ecpat/MakeItSafe]
window-width=1366
window-height=768
KEYFILE

now_ms() { date +%s%N | awk '{ printf "%.1f", $1 / 1000000 }'; }
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

: > "$tmp/first"
scale=""
i=0
while [ "$i" -lt "$runs" ]; do
  XDG_CONFIG_HOME=$tmp/config GSETTINGS_BACKEND=keyfile GSETTINGS_SCHEMA_DIR=$build/data \
  MAKEITSAFE_PROFILE=1 MAKEITSAFE_PROFILE_EXIT=page-shown GTK_A11Y=none \
    timeout 60 xvfb-run -a -s "-screen 0 1366x768x24" dbus-run-session -- \
    "$build/src/make-it-safe" --private --open manual-youth --page "$page" 2> "$tmp/log" >/dev/null || true
  awk '/ resource-requested / { r = $2 } / resource-shown / && r != "" { printf "%.1f\n", $2 - r; exit }' "$tmp/log" >> "$tmp/first"
  scale=$(awk -v p="$page" '/ page-rendered / && $4 == p { s = $5 } END { print s }' "$tmp/log")
  i=$((i + 1))
done
first=$(median < "$tmp/first")
[ -n "$scale" ] || { echo "bench-manual: the app reported no rendering of page $page" >&2; cat "$tmp/log" >&2; exit 1; }
dpi=$(awk -v s="$scale" 'BEGIN { printf "%.2f", s * 72 }')
pixels=$(awk -v s="$scale" 'BEGIN { printf "%dx%d", 595.28 * s + 0.999, 841.89 * s + 0.999 }')

set -- $("$build/tests/bench/bench-pdf" render "$pdf" "$page" "$scale" "$runs")
ours_cold=$1 ours_warm=$2

: > "$tmp/ppm"
i=0
while [ "$i" -lt "$runs" ]; do
  start=$(now_ms)
  pdftoppm -f "$page" -l "$page" -r "$dpi" "$pdf" "$tmp/ref"
  end=$(now_ms)
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f\n", b - a }' >> "$tmp/ppm"
  i=$((i + 1))
done
ref=$(median < "$tmp/ppm")

pdfunite "$top/data/kit/manuals/manuel-jeunes.pdf" "$top/data/kit/manuals/manuel-coachs.pdf" "$tmp/48.pdf"
set -- $("$build/tests/bench/bench-pdf" search "$tmp/48.pdf" "securite" "$runs")
search=$1 hits=$2 pages=$3

echo "Manual reader, youth manual, page $page at fit width in a 1366x768 window ($pixels pixels, $dpi dpi); medians of $runs runs"
printf '%-52s %10s\n' "measure" "ms"
printf '%-52s %10s\n' "app: manual asked for -> first page drawn" "$first"
printf '%-52s %10s\n' "bench-pdf: open + render page $page" "$ours_cold"
printf '%-52s %10s\n' "bench-pdf: render page $page again (document open)" "$ours_warm"
printf '%-52s %10s\n' "pdftoppm -r $dpi, page $page (whole process)" "$ref"
awk -v a="$ours_cold" -v b="$ref" 'BEGIN { printf "%-52s %9.2fx\n", "ratio open + render / pdftoppm (goal <= 1.3x)", a / b }'
printf '%-52s %10s\n' "search \"securite\" over $pages pages ($hits hits; goal < 200)" "$search"
