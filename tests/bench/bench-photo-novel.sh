#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Photo-novel benchmark: turns every page of each sample photo-novel with
# the Right key under Xvfb and reports the time from the key press to the
# drawn frame (median and 95th percentile), the time to the first page beside
# the time to decode that one page alone (bench-decode, same size), and the
# peak memory of the app. A benchmark, not a test.
#
#   tests/bench/bench-photo-novel.sh [BUILD_DIR]
#
# Needs: xvfb-run, xdotool, a built _build.
set -eu

top=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$top/_build}
kit=$top/data/kit
screen=1280x1024
command -v xdotool >/dev/null || { echo "bench-photo-novel: xdotool is needed (apt-get install xdotool)" >&2; exit 2; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

cat > "$tmp/turn.sh" <<'SCRIPT'
#!/bin/sh
# Inside the virtual display: start the app, turn every page, note memory.
set -u
app=$1 novel=$2 pages=$3 log=$4
MAKEITSAFE_PROFILE=1 GTK_A11Y=none GSETTINGS_BACKEND=memory "$app" --private --open "$novel" --page 1 2> "$log" &
pid=$!
for _ in $(seq 100); do grep -q resource-shown "$log" 2>/dev/null && break; sleep 0.1; done
sleep 1
win=$(xdotool search --pid "$pid" 2>/dev/null | tail -n 1)
[ -n "$win" ] && xdotool windowfocus "$win" 2>/dev/null
i=1
while [ "$i" -lt "$pages" ]; do
  # Time enough for the next pages to be decoded ahead, as when reading.
  xdotool key Right
  sleep 0.4
  i=$((i + 1))
done
sleep 0.5
grep VmHWM "/proc/$pid/status" >> "$log"
kill "$pid"; wait "$pid" 2>/dev/null
SCRIPT
chmod +x "$tmp/turn.sh"

printf '%-30s %6s %9s %9s %12s %12s %9s %10s\n' "photo-novel" "pages" "p50 (ms)" "p95 (ms)" "first (ms)" "decode (ms)" "ratio" "peak (MB)"
for dir in "$kit"/photo-novels/*/; do
  name=$(basename "$dir")
  novel=novel-$name
  pages=$(ls "$dir" | grep -c '\.jpg$')
  log=$tmp/$name.log
  xvfb-run -a -s "-screen 0 ${screen}x24" dbus-run-session -- "$tmp/turn.sh" "$build/src/make-it-safe" "$novel" "$pages" "$log" >/dev/null 2>&1 || true

  # Key press to drawn page, for each turn.
  awk '/ page-requested / { r[$4] = $2 } / page-shown / { if ($4 in r) print $2 - r[$4] }' "$log" | sort -n > "$tmp/turns"
  n=$(wc -l < "$tmp/turns")
  p50=$(awk -v n="$n" 'NR == int((n + 1) / 2) { print; exit }' "$tmp/turns")
  p95=$(awk -v n="$n" 'BEGIN { k = int(n * 0.95 + 0.999) } NR == k { print; exit }' "$tmp/turns")
  first=$(awk '/ resource-requested / { r = $2 } / resource-shown / && r != "" { printf "%.1f", $2 - r; exit }' "$log")
  peak=$(awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "$log")
  # The first page alone, decoded at the size the reader asked for it.
  size=$(xvfb-run -a -s "-screen 0 ${screen}x24" true >/dev/null 2>&1; echo "1280 832")
  decode=$("$build/tests/bench/bench-decode" "$dir/01.jpg" $size)
  ratio=$(awk -v a="${first:-0}" -v b="$decode" 'BEGIN { if (b > 0) printf "%.2fx", a / b; else print "n/a" }')
  printf '%-30s %6s %9s %9s %12s %12s %9s %10s\n' "$novel" "$pages" "${p50:-?}" "${p95:-?}" "${first:-?}" "$decode" "$ratio" "${peak:-?}"
done
echo "Goals: p95 turn under 16 ms for pages decoded ahead; first page within 1.2x of decoding it alone."
