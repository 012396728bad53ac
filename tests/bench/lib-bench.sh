# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by the shell benchmarks: the median and the worst of numbers read
# one a line, and the floor for "a key, then a new full-window frame" on
# this machine, measured by ../shared/bench/floor-turn.c under a display of
# the same size as the app's.
#
#   m=$(median < FILE)                 "nan" when FILE is empty
#   w=$(worst < FILE)
#   floor=$(floor_turn TOP TMP SIZE)   the median in ms, or empty when the
#                                      floor cannot be built (no GTK headers,
#                                      or ../shared/bench is absent)

median () { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "nan"; else print v[int((NR + 1) / 2)] }'; }
worst () { sort -n | tail -n 1; }

floor_turn () {
  _top=$1
  _tmp=$2
  _size=$3
  _src=$_top/../shared/bench/floor-turn.c

  [ -f "$_src" ] || return 0
  cc -O2 "$_src" -o "$_tmp/floor-turn" $(pkg-config --cflags --libs gtk4) 2>/dev/null || return 0
  cat > "$_tmp/floor.sh" <<'FLOOR'
#!/bin/sh
"$@" > "$FLOOR_LOG" 2>&1 &
sleep 3
for _ in 1 2 3 4 5 6 7 8 9 10; do xdotool mousemove 300 300 key Right; sleep 0.5; done
sleep 1
kill $! 2>/dev/null || true
FLOOR
  chmod +x "$_tmp/floor.sh"
  _pages=$(ls "$_top"/data/kit/photo-novels/*/*.jpg 2>/dev/null | head -n 10 | tr '\n' ' ')
  # shellcheck disable=SC2086
  FLOOR_LOG=$_tmp/floor.log xvfb-run -a -s "-screen 0 ${_size}x24" "$_tmp/floor.sh" "$_tmp/floor-turn" $_pages \
    > /dev/null 2>&1 || true
  sed -n 's/^floor turns: median \([0-9.]*\) ms.*/\1/p' "$_tmp/floor.log"
}
