#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Film benchmark: time from opening the film to its first video frame (for
# the app, from the film being asked for; for mpv, from its start), and frames
# dropped over 20 s of playback, for Make-IT-Safe and for the standalone mpv
# player on the same file, under the same virtual display, with ratios.
# A benchmark, not a test: it prints figures and fails only if it cannot run.
#
#   tests/bench/bench-film.sh [BUILD_DIR] [FILM_ID] [RUNS]
#
# Both use the same audio output (whatever the machine has) and no GPU
# decoding. Needs: xvfb-run, mpv (the player), a built _build/src/make-it-safe.
set -eu

top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/tests/bench/lib-bench.sh"
build=${1:-$top/_build}
film=${2:-film-passwords}
runs=${3:-3}
kit=$top/data/kit
file=$(sed -n "s|.*\"file\": \"\(films/$film\.[a-z0-9]*\)\".*|\1|p" "$kit/index.json" | head -n 1)
[ -n "$file" ] || { echo "bench-film: no film $film in $kit/index.json" >&2; exit 2; }
command -v mpv >/dev/null || { echo "bench-film: the mpv player is needed (apt-get install mpv)" >&2; exit 2; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM


i=0
while [ "$i" -lt "$runs" ]; do
  i=$((i + 1))
  # The app, until it has played 20 s (then it quits by itself).
  xvfb-run -a -s "-screen 0 1366x768x24" dbus-run-session -- \
    env MAKEITSAFE_PROFILE=1 MAKEITSAFE_PROFILE_EXIT=frames-dropped-20s GTK_A11Y=none \
        XDG_STATE_HOME="$tmp/state" GSETTINGS_BACKEND=memory \
    timeout 90 "$build/src/make-it-safe" --private --open "$film" --time 0 > "$tmp/app-$i.log" 2>&1 || true
  # The standalone player, on the same file, for the same 20 s.
  xvfb-run -a -s "-screen 0 1366x768x24" sh -c "timeout 90 mpv --no-config --vo=gpu --gpu-context=x11egl --hwdec=no --length=20.5 \
      --msg-time --msg-level=all=v --term-status-msg='drops=\${frame-drop-count}' '$kit/$file'" > "$tmp/mpv-$i.log" 2>&1 || true

  # From the film being asked for to its first frame on screen.
  awk '/ resource-requested / { r = $2 } / resource-shown / && r != "" { printf "%.1f\n", $2 - r; exit }' \
    "$tmp/app-$i.log" >> "$tmp/app-first"
  sed -n 's/^make-it-safe-profile: [0-9.]* frames-dropped-20s \([0-9]*\)/\1/p' "$tmp/app-$i.log" >> "$tmp/app-drops"
  sed -n 's/^\[ *\([0-9.]*\)\] \[cplayer\] playback restart complete.*/\1/p' "$tmp/mpv-$i.log" | head -n 1 |
    awk '{ printf "%.1f\n", $1 * 1000 }' >> "$tmp/mpv-first"
  tr '\r' '\n' < "$tmp/mpv-$i.log" | sed -n 's/.*drops=\([0-9]*\).*/\1/p' | tail -n 1 >> "$tmp/mpv-drops"
done

app_first=$(median < "$tmp/app-first")
mpv_first=$(median < "$tmp/mpv-first")
app_drops=$(median < "$tmp/app-drops")
mpv_drops=$(median < "$tmp/mpv-drops")

echo "Film benchmark: $film ($file), $runs runs each, median, under Xvfb 1366x768"
printf '%-28s %14s %14s %10s\n' "" "make-it-safe" "mpv" "ratio"
printf '%-28s %11s ms %11s ms %10s\n' "open to first frame" "$app_first" "$mpv_first" \
  "$(awk -v a="$app_first" -v b="$mpv_first" 'BEGIN { if (b > 0) printf "%.2fx", a / b; else print "n/a" }')"
printf '%-28s %14s %14s %10s\n' "frames dropped in 20 s" "$app_drops" "$mpv_drops" \
  "$(awk -v a="$app_drops" -v b="$mpv_drops" 'BEGIN { if (b > 0) printf "%.2fx", a / b; else if (a == 0) print "equal"; else print "more" }')"
echo "Goal: first frame within 1.5x of mpv, and no more dropped frames than mpv."
[ "$app_first" != nan ] && [ "$mpv_first" != nan ]
