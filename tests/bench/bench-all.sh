#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Every row of the speed and memory table (issue 17): the app beside its
# floor (../shared/bench) or its peer (zathura, mpv), interleaved, medians
# and ratios. A benchmark, not a test; see tests/bench/bench-all.py.
#
#   tests/bench/bench-all.sh [--runs N] [--build DIR] [--only start,manual,film,novel,turn,memory,cycles,large]
exec python3 "$(dirname "$0")/bench-all.py" "$@"
