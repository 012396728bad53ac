#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Session plan benchmark: the sample kit's 90-minute plan runs full screen
# from its third step (the photo-novel); Right is pressed (real keys,
# xdotool) through the photo-novel's ten pages, the manual's two pages and
# on to the discussion slide. The app's milestones give, for each new step,
# the time from the press (step-requested) to its first picture on screen
# (step-shown): the manual's page was rendered ahead while the photo-novel
# showed. Beside it, in the same run, the floor for "a key, then a new
# full-window frame" on this machine (../shared/bench/floor-turn.c).
# A benchmark, not a test: it prints figures and fails only if it cannot run.
#
#   tests/bench/bench-plan-step.sh [BUILD_DIR] [RUNS]
#
# Needs: xvfb-run, xdotool, a built _build/src/make-it-safe; cc and GTK's
# headers for the floor.
set -eu

top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/tests/bench/lib-bench.sh"
build=${1:-$top/_build}
runs=${2:-5}
size=1366x768
command -v xdotool >/dev/null || { echo "bench-plan-step: xdotool is needed" >&2; exit 2; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM


# One run, in a home of its own where the plan was left at its third step.
cat > "$tmp/run.sh" <<'RUN'
#!/bin/sh
log=$1; home=$2; shift 2
mkdir -p "$home/.local/state/make-it-safe"
printf '[session-grooming-sexting]\nplan-step=2\n' > "$home/.local/state/make-it-safe/make-it-safe-sample.ini"
env HOME="$home" XDG_STATE_HOME="$home/.local/state" MAKEITSAFE_PROFILE=1 GTK_A11Y=none GSETTINGS_BACKEND=memory \
  timeout 90 "$@" > "$log" 2>&1 &
app=$!
i=0
until grep -q " step-shown 3" "$log" 2>/dev/null || [ $i -ge 300 ]; do sleep 0.1; i=$((i + 1)); done
sleep 1
# Ten photo-novel pages, then the manual's two, then the discussion.
for _ in 1 2 3 4 5 6 7 8 9 10 11 12; do
  xdotool mousemove 5 5 key Right
  sleep 0.7
done
sleep 1
kill $app 2>/dev/null || true
wait $app 2>/dev/null || true
RUN
chmod +x "$tmp/run.sh"

i=0
while [ "$i" -lt "$runs" ]; do
  i=$((i + 1))
  xvfb-run -a -s "-screen 0 ${size}x24" dbus-run-session -- \
    "$tmp/run.sh" "$tmp/app-$i.log" "$tmp/home-$i" "$build/src/make-it-safe" --plan session-grooming-sexting \
    > /dev/null 2>&1 || true
  awk '/ step-requested 4$/ { r4 = $2 } / step-shown 4$/ && r4 != "" { printf "%.1f\n", $2 - r4 > "/dev/stderr" }
       / step-requested 5$/ { r5 = $2 } / step-shown 5$/ && r5 != "" { printf "%.1f\n", $2 - r5 }' \
    "$tmp/app-$i.log" >> "$tmp/discussion" 2>> "$tmp/manual"
done

# The floor: a key, then a full-window picture swapped in, to the frame.
floor=$(floor_turn "$top" "$tmp" "$size")

printf 'bench-plan-step: %s runs, Xvfb %s, full screen, the sample kit'"'"'s plan session-grooming-sexting\n' "$runs" "$size"
printf '  press -> step 4 (manual page, rendered ahead) on screen: median %s ms, worst %s ms (goal < 100 ms)\n' \
  "$(median < "$tmp/manual")" "$(worst < "$tmp/manual")"
printf '  press -> step 5 (discussion slide) on screen:           median %s ms, worst %s ms (goal < 100 ms)\n' \
  "$(median < "$tmp/discussion")" "$(worst < "$tmp/discussion")"
if [ -n "$floor" ]; then
  printf '  floor-turn, same display (a key to a new full-window picture): median %s ms\n' "$floor"
else
  printf '  floor-turn: not built (../shared/bench/floor-turn.c or GTK headers missing)\n'
fi
