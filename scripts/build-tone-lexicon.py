#!/usr/bin/env python3
"""Derive crates/tone/data/vader-words.tsv from the VADER lexicon (PyPI vaderSentiment, MIT).

Usage (from the repository root; standard library only, downloads nothing itself):

    pip download --no-deps vaderSentiment==3.3.2 -d /tmp/vader
    python3 scripts/build-tone-lexicon.py /tmp/vader/vaderSentiment-3.3.2-py2.py3-none-any.whl

A second argument sets another output file. The output depends only on the input (same wheel,
same bytes). What it keeps: every entry of vader_lexicon.txt that is a word (ASCII lower-case
letters, with inner apostrophes or hyphens), at most 24 bytes long, with its mean valence; when a
word is listed twice the last line wins, as in vaderSentiment's own make_lex_dict. Emoticons and
other entries with no letters are dropped: the tone stage looks words up, and newsgraph's
tokenizer splits emoticons into punctuation.
"""

import hashlib
import re
import sys
import zipfile

WHEEL_SHA256 = "3bf1d243b98b1afad575b9f22bc2cb1e212b94ff89ca74f8a23a588d024ea311"
MEMBER = "vaderSentiment/vader_lexicon.txt"
WORD = re.compile(r"[a-z]+(?:['-][a-z]+)*")
MAX_BYTES = 24

HEADER = """\
# VADER lexicon words with their mean valence (-4 extremely negative .. +4 extremely positive).
# Derived by scripts/build-tone-lexicon.py from vaderSentiment 3.3.2 (PyPI), vader_lexicon.txt:
# Copyright (c) 2016 C.J. Hutto, MIT License. Hutto, C.J. & Gilbert, E.E. (2014). VADER: A
# Parsimonious Rule-based Model for Sentiment Analysis of Social Media Text. ICWSM-14.
# Kept: word entries (letters, inner ' or -) of at most 24 bytes; the last of duplicates wins.
# Do not edit by hand: rerun the script.
"""


def main() -> int:
    if len(sys.argv) not in (2, 3):
        print(__doc__, file=sys.stderr)
        return 2
    wheel = sys.argv[1]
    out = sys.argv[2] if len(sys.argv) == 3 else "crates/tone/data/vader-words.tsv"
    digest = hashlib.sha256(open(wheel, "rb").read()).hexdigest()
    if digest != WHEEL_SHA256:
        print(f"warning: {wheel} has sha256 {digest}, expected {WHEEL_SHA256}", file=sys.stderr)
    with zipfile.ZipFile(wheel) as z:
        raw = z.read(MEMBER).decode("utf-8")
    words: dict[str, str] = {}
    for line in raw.split("\n"):
        line = line.strip()
        if not line:
            continue
        word, valence = line.split("\t")[0:2]
        if WORD.fullmatch(word) and len(word) <= MAX_BYTES:
            float(valence)  # every valence parses
            words[word] = valence
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(HEADER)
        for word in sorted(words):
            f.write(f"{word}\t{words[word]}\n")
    # The MIT licence asks for its notice to travel with the data.
    licence = out.rsplit("/", 1)[0] + "/VADER-LICENSE.txt" if "/" in out else "VADER-LICENSE.txt"
    with zipfile.ZipFile(wheel) as z:
        notice = z.read("vaderSentiment-3.3.2.dist-info/LICENSE.txt").decode("utf-8")
    with open(licence, "w", encoding="utf-8", newline="\n") as f:
        f.write(notice.replace("\r\n", "\n"))
    print(f"{out}: {len(words)} words; {licence}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
