#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Quick-exit benchmark: a film plays in fullscreen; Shift is pressed three
# times (real keys, xdotool); the app's milestones give the time from the
# third press to the film falling silent (quick-exit-silent), to every
# window switched to the neutral clock (quick-exit-covered: the app's own
# work) and to that clock on screen (quick-exit-shown, after the frame). Beside them,
# the floor for "a key, then a new full-window frame" on this machine:
# ../shared/bench/floor-turn.c, when it is there, under the same display.
# A benchmark, not a test: it prints figures and fails only if it cannot run.
#
#   tests/bench/bench-quick-exit.sh [BUILD_DIR] [RUNS]
#
# Needs: xvfb-run, xdotool, a built _build/src/make-it-safe; cc and GTK's
# headers for the floor.
set -eu

top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/tests/bench/lib-bench.sh"
build=${1:-$top/_build}
runs=${2:-5}
size=1366x768
command -v xdotool >/dev/null || { echo "bench-quick-exit: xdotool is needed" >&2; exit 2; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM


# One run: the app with a film playing, three presses of Shift once the
# first frame is on screen, and the app quits after the neutral frame.
cat > "$tmp/run.sh" <<'RUN'
#!/bin/sh
log=$1; shift
env MAKEITSAFE_PROFILE=1 MAKEITSAFE_PROFILE_EXIT=quick-exit-shown GTK_A11Y=none GSETTINGS_BACKEND=memory \
  timeout 60 "$@" > "$log" 2>&1 &
app=$!
i=0
until grep -q " resource-shown " "$log" 2>/dev/null || [ $i -ge 400 ]; do sleep 0.1; i=$((i + 1)); done
sleep 2
xdotool mousemove 300 300 key --delay 80 shift shift shift
wait $app || true
RUN
chmod +x "$tmp/run.sh"

i=0
while [ "$i" -lt "$runs" ]; do
  i=$((i + 1))
  xvfb-run -a -s "-screen 0 ${size}x24" dbus-run-session -- \
    "$tmp/run.sh" "$tmp/app-$i.log" "$build/src/make-it-safe" --private --fullscreen --open film-passwords --time 0 \
    > /dev/null 2>&1 || true
  awk '/ quick-exit-requested/ { r = $2 }
       / quick-exit-silent/ && r != "" { printf "%.1f\n", $2 - r > "/dev/stderr" }
       / quick-exit-covered/ && r != "" { printf "%.1f\n", $2 - r >> "'"$tmp/covered"'" }
       / quick-exit-shown/ && r != "" { printf "%.1f\n", $2 - r; exit }' \
    "$tmp/app-$i.log" >> "$tmp/shown" 2>> "$tmp/silent"
done

# The floor: a key, then a full-window picture swapped in, to the frame.
floor=$(floor_turn "$top" "$tmp" "$size")

shown=$(median < "$tmp/shown")
shown_worst=$(worst < "$tmp/shown")
silent=$(median < "$tmp/silent")

echo "Quick-exit benchmark: a film playing in fullscreen, $runs runs, under Xvfb $size"
printf '%-44s %10s %10s\n' "" "median" "worst"
printf '%-44s %7s ms %7s ms\n' "third Shift to silence (quick-exit-silent)" "$silent" "$(worst < "$tmp/silent")"
printf '%-44s %7s ms %7s ms\n' "  of it, the app's work before the frame" "$(median < "$tmp/covered")" "$(worst < "$tmp/covered")"
printf '%-44s %7s ms %7s ms\n' "third Shift to the clock on screen" "$shown" "$shown_worst"
if [ -n "$floor" ]; then
  printf '%-44s %7s ms %10s\n' "floor: a key to a new full-window frame" "$floor" ""
  printf '%-44s %10s\n' "ratio to the floor" \
    "$(awk -v a="$shown" -v b="$floor" 'BEGIN { if (b > 0) printf "%.2fx", a / b; else print "n/a" }')"
fi
echo "goal: one frame (16 ms on a GPU; under 50 ms on this software renderer)"
