#!/usr/bin/env bash
# Main-text extraction quality of the real CLI path (ingest → html) on the scrapinghub
# article-extraction benchmark, scored with that benchmark's own metric.
# usage: scripts/eval-html.sh            (from the repository root; needs ../shared)
set -euo pipefail
bench=${SCRAPINGHUB_DIR:-../shared/eval/raw/article_extraction_scrapinghub}
scorer=${HTML_SCORER:-../shared/tools/html_scrapinghub_score.py}
for p in "$bench/html" "$bench/ground-truth.json" "$scorer"; do
  [ -e "$p" ] || { echo "missing $p (the shared evaluation material is not next to this repository)" >&2; exit 2; }
done
cargo build --release -q -p newsgraph
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
start=$(date +%s.%N)
target/release/newsgraph extract "$bench/html" --format json --threads 1 --quiet >"$tmp/records.jsonl" || true
end=$(date +%s.%N)
# The benchmark keys pages by file name without .html.gz; the CLI's id is the path.
python3 - "$tmp/records.jsonl" >"$tmp/pred.jsonl" <<'PY'
import json, os, sys
for line in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(line)
    print(json.dumps({"id": os.path.basename(r["id"]).split(".")[0], "text": r["text"]}))
PY
pages=$(ls "$bench/html" | wc -l)
python3 "$scorer" "$bench/ground-truth.json" "$tmp/pred.jsonl"
awk -v s="$start" -v e="$end" -v n="$pages" 'BEGIN { printf "%d pages in %.2f s end to end (read, gunzip, decode, extract, analyse, write): %.0f pages/s on one thread\n", n, e - s, n / (e - s) }'
