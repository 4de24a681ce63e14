#!/usr/bin/env bash
# End-to-end throughput of `newsgraph extract` over the shared benchmark corpus.
# usage: scripts/bench-e2e.sh [FORMAT] [RUNS] [STAGES]     (from the repository root)
# STAGES as for --stages: all (default), none (ingest + text layer + writer), names, …
# Prints, for 1 thread and for all cores: best wall time of RUNS runs, MB/s of input, articles/s.
# Output goes to files in a scratch directory, as `--out` writes them: for gkg, the GKG file and,
# with the events stage, GDELT's events and mentions files beside it.
set -euo pipefail
format=${1:-gkg}; runs=${2:-5}; stages=${3:-all}
corpus=${NEWSGRAPH_BENCH:-../shared/bench/news_texts.jsonl}
if [ ! -f "$corpus" ]; then
  echo "bench corpus not found at $corpus (set NEWSGRAPH_BENCH to a JSONL file of articles)" >&2
  exit 2
fi
cargo build --release -q -p newsgraph
bin=target/release/newsgraph
bytes=$(stat -c %s "$corpus")
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
articles=$(wc -l <"$corpus")
echo "corpus: $corpus ($bytes bytes, $articles articles); format: $format; stages: $stages; best of $runs runs"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
for threads in 1 "$(nproc)"; do
  best=
  for _ in $(seq "$runs"); do
    start=$(date +%s.%N)
    "$bin" extract "$corpus" --format "$format" --out "$out" --stages "$stages" --threads "$threads" --quiet
    end=$(date +%s.%N)
    best=$(awk -v s="$start" -v e="$end" -v b="$best" 'BEGIN { t = e - s; if (b == "" || t < b) b = t; print b }')
  done
  awk -v th="$threads" -v t="$best" -v b="$bytes" -v n="$articles" \
    'BEGIN { printf "threads %-2s  %.3f s  %7.1f MB/s  %7.0f articles/s\n", th, t, b / t / 1e6, n / t }'
done
