#!/bin/sh
# Rebuilds data/crisislex.tsv from the CrisisLex recall-oriented lexicon (CrisisLexRec.txt,
# github.com/sajao/CrisisLex, MIT licence, (c) 2014 Alexandra Olteanu, Carlos Castillo).
# Usage: scripts/crisislex.sh [PATH/TO/CrisisLexRec.txt] > data/crisislex.tsv
# (the LICENSE file next to CrisisLexRec.txt is copied into the header)
set -eu
src=${1:-../../../shared/reference/lexicons/crisislex_lexicon/CrisisLexRec.txt}
cat <<'HEAD'
# The CrisisLex recall-oriented lexicon (CrisisLexRec), one term per rule -> CRISISLEX_CRISISLEXREC.
# Source: github.com/sajao/CrisisLex, data/CrisisLexLexicon/CrisisLexRec.txt
# Licence: MIT, Copyright (c) 2014 Alexandra Olteanu, Carlos Castillo (see DATA-SOURCES.md).
# Derived: terms lower-cased, blanks trimmed, duplicates dropped; nothing added.
# Regenerate with crates/themes/scripts/crisislex.sh. Syntax: see src/rules.rs.
#
# The licence of the CrisisLex data, as it comes with it:
#
HEAD
sed 's/^/# /; s/ *$//' "$(dirname "$src")/LICENSE"
echo '#'
tr 'A-Z' 'a-z' < "$src" | sed 's/^ *//; s/ *$//; s/  */ /g' | awk 'NF && !seen[$0]++ { printf "CRISISLEX_CRISISLEXREC\t%s\n", $0 }'
