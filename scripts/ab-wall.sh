#!/usr/bin/env bash
# Wall time of two newsgraph binaries over the shared benchmark corpus, run in turn so that both
# see the same minutes of a machine whose speed drifts (see BENCHMARKS.md).
# usage: scripts/ab-wall.sh BIN_A BIN_B STAGES [RUNS] [THREADS]      (from the repository root)
# Prints, for each binary, the best wall time of RUNS runs (default 7) and MB/s of input.
# Output goes to files in a scratch directory, as `--out` writes them: the GKG file, and with the
# events stage GDELT's events and mentions files beside it (GKG rows on stdout hold no events,
# and a run that prints them does not code events at all).
set -euo pipefail
[ $# -ge 3 ] || { sed -n 2,5p "$0"; exit 2; }
a=$1; b=$2; stages=$3; runs=${4:-7}; threads=${5:-1}
corpus=${NEWSGRAPH_BENCH:-../shared/bench/news_texts.jsonl}
if [ ! -f "$corpus" ]; then
  echo "bench corpus not found at $corpus (set NEWSGRAPH_BENCH to a JSONL file of articles)" >&2
  exit 2
fi
bytes=$(stat -c %s "$corpus")
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
best_a=; best_b=
for _ in $(seq "$runs"); do
  for which in a b; do
    bin=$a; [ "$which" = b ] && bin=$b
    start=$(date +%s.%N)
    "$bin" extract "$corpus" --format gkg --out "$out" --stages "$stages" --threads "$threads" --quiet 2>/dev/null
    end=$(date +%s.%N)
    t=$(awk -v s="$start" -v e="$end" 'BEGIN { print e - s }')
    if [ "$which" = a ]; then
      best_a=$(awk -v t="$t" -v b="$best_a" 'BEGIN { print (b == "" || t < b) ? t : b }')
    else
      best_b=$(awk -v t="$t" -v b="$best_b" 'BEGIN { print (b == "" || t < b) ? t : b }')
    fi
  done
done
for which in a b; do
  bin=$a; t=$best_a
  [ "$which" = b ] && { bin=$b; t=$best_b; }
  awk -v bin="$bin" -v t="$t" -v by="$bytes" -v st="$stages" -v th="$threads" \
    'BEGIN { printf "%s  stages %s  threads %s  %.3f s  %.1f MB/s\n", bin, st, th, t, by / t / 1e6 }'
done
