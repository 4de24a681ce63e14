#!/usr/bin/env python3
"""A sample of geocoded place mentions to judge by hand: how often is a pin right?

usage: scripts/audit-places.py RECORDS.jsonl [N] [SEED]
RECORDS.jsonl is `newsgraph extract … --format json` output. Prints N (default 60) mentions drawn
with SEED (default 20261128) from every mention of a place with a GDELT type (1-5), each with the
words around it and the place it was pinned to, numbered for a reader to mark right or wrong.
The same input, N and SEED give the same sample.
"""
import json
import random
import sys


def main() -> None:
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    path = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 60
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 20261128
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            text = record["text"]
            for place in record["locations"]:
                if not place.get("type"):
                    continue
                for m in place["mentions"]:
                    before = text[max(0, m["start"] - 70) : m["start"]].replace("\n", " ")
                    after = text[m["end"] : m["end"] + 40].replace("\n", " ")
                    rows.append(f"…{before}[[{m['text']}]]{after}… → {place['name']} (type {place['type']})")
    print(f"{len(rows)} geocoded mentions in {path}; a sample of {min(n, len(rows))} (seed {seed}):")
    random.seed(seed)
    for i, row in enumerate(random.sample(rows, min(n, len(rows)))):
        print(i, row)


if __name__ == "__main__":
    main()
