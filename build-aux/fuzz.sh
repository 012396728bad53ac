#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets with clang (in _build-fuzz, with
# AddressSanitizer and UndefinedBehaviorSanitizer) and runs each for
# SECONDS (default 60), starting from the seeds in tests/fuzz/corpus/.
#
#   build-aux/fuzz.sh [SECONDS] [TARGET…]     targets: kit plan state-store
#
# What a run finds is kept in _build-fuzz/corpus/ for the next run; a crash
# is saved in _build-fuzz/artifacts/ and the script exits 1, printing the
# command that replays it.
set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"

seconds=${1:-60}
[ $# -gt 0 ] && shift
targets=${*:-kit plan state-store}

if ! command -v clang >/dev/null; then
  echo "fuzz.sh: clang is not installed (apt-get install clang libclang-rt-14-dev)" >&2
  exit 1
fi

if [ ! -f _build-fuzz/build.ninja ]; then
  CC=clang meson setup _build-fuzz -Dfuzzing=true -Db_sanitize=address,undefined -Db_lundef=false
fi

status=0
for target in $targets; do
  meson compile -C _build-fuzz "tests/fuzz/fuzz-$target"
  corpus=_build-fuzz/corpus/$target
  artifacts=_build-fuzz/artifacts/$target/
  mkdir -p "$corpus" "$artifacts"
  dict=
  [ -f "tests/fuzz/$target.dict" ] && dict="-dict=tests/fuzz/$target.dict"

  echo "fuzz-$target: $seconds s"
  # shellcheck disable=SC2086
  if ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
     "_build-fuzz/tests/fuzz/fuzz-$target" -max_total_time="$seconds" -max_len=8192 \
       -print_final_stats=1 -artifact_prefix="$artifacts" $dict \
       "$corpus" "tests/fuzz/corpus/$target" > "_build-fuzz/fuzz-$target.log" 2>&1; then
    grep -E '^#[0-9]+ *DONE|stat::number_of_executed_units|stat::peak_rss_mb' "_build-fuzz/fuzz-$target.log" || true
  else
    status=1
    tail -n 60 "_build-fuzz/fuzz-$target.log"
    echo "fuzz-$target found a problem; replay it with:"
    for crash in "$artifacts"*; do
      echo "  _build-fuzz/tests/fuzz/fuzz-$target $crash"
    done
  fi
done

if [ "$status" -eq 0 ]; then
  echo "fuzzing: no problem found"
fi
exit "$status"
