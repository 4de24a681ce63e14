#!/usr/bin/env python3
"""Regenerate the derived lexicon files of crates/lexicon/data/.

Python 3 standard library only; downloads nothing. See scripts/data/README.md
for the commands that fetch the two sources.

    python3 scripts/data/build-name-lists.py NAMES_DIR AMERICAN_ENGLISH [OUT_DIR]
        [--british BRITISH_ENGLISH]

NAMES_DIR         the unpacked PyPI package names==0.3.0, either its top folder
                  (names-0.3.0/) or its inner names/ folder: the one holding
                  dist.female.first, dist.male.first and dist.all.last
AMERICAN_ENGLISH  usr/share/dict/american-english from the Debian package
                  wamerican (SCOWL), unpacked with dpkg-deb -x
OUT_DIR           default: crates/lexicon/data next to this script's repo
BRITISH_ENGLISH   usr/share/dict/british-english from the Debian package
                  wbritish (SCOWL); its lower-case words that american-english
                  lacks ("neighbour", "organisation") go to
                  english-words-british.txt

Writes given-names.tsv, surnames.tsv, english-words.txt and
english-capitalized.txt, and with --british english-words-british.txt. The
output depends only on the inputs: same inputs, same bytes.
"""
import os
import sys
from decimal import Decimal

SURNAME_CUT = 30000

NAMES_HEADER = (
    "# Source: PyPI package names 0.3.0 (MIT, Copyright (c) 2013 Trey Hunner); "
    "its data are the US Census 1990 name frequency files (public domain). "
    "See crates/lexicon/DATA.md.\n"
)


def find_names_dir(path):
    for cand in (path, os.path.join(path, "names")):
        if os.path.isfile(os.path.join(cand, "dist.all.last")):
            return cand
    sys.exit("no dist.all.last under %s" % path)


def read_dist(path):
    """Yield (NAME, percent as Decimal, rank) in file order."""
    with open(path, encoding="ascii") as f:
        for line in f:
            parts = line.split()
            if not parts:
                continue
            if len(parts) != 4:
                sys.exit("%s: bad line %r" % (path, line))
            name, freq, _cum, rank = parts
            yield name, Decimal(freq), int(rank)


def title(name):
    # The census files are upper case ASCII with no spaces or apostrophes
    # (MCDONALD, OBRIEN); plain Title case gives Mcdonald, Obrien.
    return name[:1].upper() + name[1:].lower()


def per_100k(percent):
    # percent has three decimals in the source: x% = x*1000 per 100,000.
    v = percent * 1000
    return str(int(v)) if v == v.to_integral_value() else str(v.normalize())


def write(path, header_lines, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for h in header_lines:
            f.write(h if h.endswith("\n") else h + "\n")
        for r in rows:
            f.write(r + "\n")


def build_given(names_dir, out):
    fem = {title(n): p for n, p, _ in read_dist(os.path.join(names_dir, "dist.female.first"))}
    mal = {title(n): p for n, p, _ in read_dist(os.path.join(names_dir, "dist.male.first"))}
    rows = []
    for name in sorted(set(fem) | set(mal)):
        f = per_100k(fem[name]) if name in fem else "0"
        m = per_100k(mal[name]) if name in mal else "0"
        rows.append("%s\t%s\t%s" % (name, f, m))
    write(os.path.join(out, "given-names.tsv"), [
        NAMES_HEADER,
        "# Files dist.female.first + dist.male.first merged: name<TAB>female_per_100k<TAB>male_per_100k "
        "(share of US women / men in the 1990 census sample with that first name; 0 = absent from that list "
        "or below the source's 0.001% resolution). Title case, sorted by name.",
    ], rows)
    return len(rows)


def build_surnames(names_dir, out):
    entries = list(read_dist(os.path.join(names_dir, "dist.all.last")))
    entries.sort(key=lambda e: e[2])  # by census rank
    total = len(entries)
    kept = entries[:SURNAME_CUT]
    seen = {}
    for n, p, _ in kept:
        seen.setdefault(title(n), p)
    rows = ["%s\t%s" % (n, per_100k(seen[n])) for n in sorted(seen)]
    write(os.path.join(out, "surnames.tsv"), [
        NAMES_HEADER,
        "# File dist.all.last: name<TAB>per_100k (share of the US population in the 1990 census sample "
        "with that surname). Cut: the %d most frequent of %d names (census rank <= %d); from rank 18840 on the "
        "source rounds the share to 0.000%%, shown here as 0 (< 0.5 per 100k). Title case, sorted by name."
        % (SURNAME_CUT, total, SURNAME_CUT),
    ], rows)
    return len(rows)


SCOWL_HEADER = (
    "# Source: SCOWL word lists as packaged by Debian wamerican (file /usr/share/dict/american-english); "
    "Copyright 2000-2011 by Kevin Atkinson and others, SCOWL permission notice reproduced in "
    "crates/lexicon/DATA.md.\n"
)


def build_english(path, out):
    with open(path, encoding="utf-8") as f:
        words = [w.strip() for w in f]
    words = [w for w in words if w and not w.endswith("'s")]
    lower = sorted({w for w in words if w == w.lower() and w != w.upper()})
    cap = sorted({w for w in words if w[0].isupper()})
    write(os.path.join(out, "english-words.txt"), [
        SCOWL_HEADER,
        "# Entries written entirely in lower case, without the possessive 's forms; sorted by code point.",
    ], lower)
    write(os.path.join(out, "english-capitalized.txt"), [
        SCOWL_HEADER,
        "# Entries starting with a capital letter (proper nouns, also acronyms such as NATO), without the "
        "possessive 's forms; sorted by code point.",
    ], cap)
    return len(lower), len(cap)


BRITISH_HEADER = (
    "# Source: SCOWL word lists as packaged by Debian wbritish (file /usr/share/dict/british-english); "
    "Copyright 2000-2011 by Kevin Atkinson and others, SCOWL permission notice reproduced in "
    "crates/lexicon/DATA.md.\n"
)


def build_british(path, american_path, out):
    with open(american_path, encoding="utf-8") as f:
        american = {w.strip() for w in f}
    with open(path, encoding="utf-8") as f:
        words = [w.strip() for w in f]
    lower = sorted({
        w for w in words
        if w and not w.endswith("'s") and w == w.lower() and w != w.upper() and w not in american
    })
    write(os.path.join(out, "english-words-british.txt"), [
        BRITISH_HEADER,
        "# Entries written entirely in lower case that american-english lacks (British spellings: "
        "\"neighbour\", \"organisation\"), without the possessive 's forms; sorted by code point.",
    ], lower)
    return len(lower)


def main(argv):
    british = None
    if "--british" in argv:
        k = argv.index("--british")
        if k + 1 >= len(argv):
            sys.exit(__doc__)
        british = argv[k + 1]
        argv = argv[:k] + argv[k + 2:]
    if len(argv) not in (3, 4):
        sys.exit(__doc__)
    names_dir = find_names_dir(argv[1])
    out = argv[3] if len(argv) == 4 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "..", "crates", "lexicon", "data")
    out = os.path.normpath(out)
    os.makedirs(out, exist_ok=True)
    g = build_given(names_dir, out)
    s = build_surnames(names_dir, out)
    lw, cw = build_english(argv[2], out)
    print("given-names.tsv %d, surnames.tsv %d, english-words.txt %d, english-capitalized.txt %d -> %s"
          % (g, s, lw, cw, out))
    if british:
        print("english-words-british.txt %d" % build_british(british, argv[2], out))


if __name__ == "__main__":
    main(sys.argv)
