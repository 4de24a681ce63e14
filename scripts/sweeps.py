#!/usr/bin/env python3
"""Sweeps of the project's own lists and gazetteer through the engine: each entry in a plain
template sentence, and a count of those the engine reads as the list says.

usage (from the repository root, after `cargo build --release`):
  scripts/sweeps.py known                 known persons and organisations ("Officials said X met …")
  scripts/sweeps.py cities MIN [MAX]      gazetteer cities of MIN to MAX people ("She lives in X.")
  scripts/sweeps.py countries             country names and aliases ("Protests erupted in X on Monday.")
  scripts/sweeps.py us-towns MIN          US towns of MIN people or more, as an AP dateline
                                          ("MESA, Ariz. (AP) — …") and as "She grew up in Mesa, Arizona, …"
Add --show N to print N of the entries read otherwise. The binary is target/release/newsgraph
(NEWSGRAPH overrides it). Only files the repository ships are read.
"""
import json
import os
import subprocess
import sys

DATA = "crates/lexicon/data"
BIN = os.environ.get("NEWSGRAPH", "target/release/newsgraph")


def tsv(path):
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            yield line.rstrip("\n").split("\t")


def places():
    rows = list(tsv(f"{DATA}/gazetteer/places.tsv"))
    return [r for r in rows[1:] if len(r) >= 15]


def run(texts):
    """The engine's JSON record of each text, in order."""
    lines = "".join(json.dumps({"id": str(k), "text": t}) + "\n" for k, t in enumerate(texts))
    out = subprocess.run([BIN, "extract", "-", "--format", "json", "--quiet"], input=lines,
                         capture_output=True, text=True, check=True).stdout
    records = {}
    for line in out.splitlines():
        r = json.loads(line)
        records[r["id"]] = r
    return [records.get(str(k), {}) for k in range(len(texts))]


def report(label, cases, show):
    """cases: (entry, ok, what the engine said)."""
    ok = sum(1 for _, good, _ in cases if good)
    print(f"{label}: {ok} of {len(cases)} read as listed")
    for entry, good, said in [c for c in cases if not c[1]][:show]:
        print(f"  {entry} -> {said}")


def known(show):
    cases = []
    for kind, path, key in (("persons", "known-persons.tsv", "persons"),
                            ("organisations", "known-organizations.tsv", "organizations")):
        names = [r[0] for r in tsv(f"{DATA}/{path}") if r and r[0]]
        recs = run([f"Officials said {n} met the delegation on Monday." for n in names])
        got = []
        for n, r in zip(names, recs):
            hit = any(m["text"] == n for e in r.get(key, []) for m in e["mentions"])
            said = [e["name"] for k in ("persons", "organizations", "locations") for e in r.get(k, [])]
            got.append((n, hit, said))
        report(f"known {kind}", got, show)


def cities(lo, hi, show):
    sel = [r for r in places() if r[1] == "city" and lo <= int(r[10] or 0) < hi]
    recs = run([f"She lives in {r[3]}." for r in sel])
    report(f"cities of {lo}–{hi}", [(f"{r[3]} ({r[4]})", any(l.get("feature_id") == r[0] for l in rec.get("locations", [])),
                                    [l["name"] for l in rec.get("locations", [])]) for r, rec in zip(sel, recs)], show)


def countries(show):
    rows = places()
    fips_of = {r[5]: r[4] for r in rows if r[1] == "country"}
    items = [(r[3], r[4]) for r in rows if r[1] == "country"]
    items += [(r[0], fips_of[r[1]]) for r in tsv(f"{DATA}/gazetteer/country-aliases.tsv")
              if len(r) >= 2 and r[1] in fips_of]
    recs = run([f"Protests erupted in {n} on Monday." for n, _ in items])
    report("countries and aliases", [(n, any(l.get("country_fips") == cc and l.get("type") == 1 for l in rec.get("locations", [])),
                                      [l["name"] for l in rec.get("locations", [])]) for (n, cc), rec in zip(items, recs)], show)


def us_towns(lo, show):
    states = {}
    for r in tsv(f"{DATA}/gazetteer/us-state-abbreviations.tsv"):
        if r[0] != "state" and len(r) >= 3:
            states["US" + r[1]] = (r[0], r[2] or r[0])
    sel = [r for r in places() if r[1] == "city" and r[4] == "US" and int(r[10] or 0) >= lo and r[6] in states]
    for form, text in (("as a dateline", lambda r: f"{r[3].upper()}, {states[r[6]][1]} (AP) — Officials said the budget would pass."),
                       ("in 'Town, State'", lambda r: f"She grew up in {r[3]}, {states[r[6]][0]}, and moved away.")):
        recs = run([text(r) for r in sel])
        report(f"US towns of {lo} or more {form}", [(text(r)[:40], any(l.get("feature_id") == r[0] for l in rec.get("locations", [])),
                                                     [l["name"] for l in rec.get("locations", [])]) for r, rec in zip(sel, recs)], show)


def main():
    args = sys.argv[1:]
    show = 0
    if "--show" in args:
        k = args.index("--show")
        show = int(args[k + 1])
        del args[k:k + 2]
    if not args:
        sys.exit(__doc__)
    if not os.path.exists(BIN):
        sys.exit(f"no engine binary at {BIN} (cargo build --release first, or set NEWSGRAPH)")
    what = args[0]
    if what == "known":
        known(show)
    elif what == "cities":
        cities(int(args[1]), int(args[2]) if len(args) > 2 else 10**12, show)
    elif what == "countries":
        countries(show)
    elif what == "us-towns":
        us_towns(int(args[1]), show)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
