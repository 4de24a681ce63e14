#!/usr/bin/env bash
# The ratio of a newsgraph binary's time to `wc -w` over the shared benchmark corpus (the goal is
# at most 10x; see BENCHMARKS.md). Both pinned to one core, best of 7 runs each.
# usage: scripts/wcw.sh BIN      (from the repository root)
set -euo pipefail
[ $# -ge 1 ] || { sed -n 2,4p "$0"; exit 2; }
bin=$1
corpus=${NEWSGRAPH_BENCH:-../shared/bench/news_texts.jsonl}
if [ ! -f "$corpus" ]; then
  echo "bench corpus not found at $corpus (set NEWSGRAPH_BENCH to a JSONL file of articles)" >&2
  exit 2
fi
best() {
  local b=
  for _ in 1 2 3 4 5 6 7; do
    local s e t
    s=$(date +%s.%N)
    "$@" >/dev/null 2>&1
    e=$(date +%s.%N)
    t=$(awk -v s="$s" -v e="$e" 'BEGIN { print e - s }')
    b=$(awk -v t="$t" -v b="$b" 'BEGIN { print (b == "" || t < b) ? t : b }')
  done
  echo "$b"
}
x=$(best taskset -c 0 "$bin" extract "$corpus" --quiet)
w=$(best taskset -c 0 wc -w "$corpus")
awk -v x="$x" -v w="$w" 'BEGIN { printf "extract %.3f s  wc -w %.3f s  ratio %.1fx\n", x, w, x / w }'
