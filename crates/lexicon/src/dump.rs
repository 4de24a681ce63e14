//! The compiled form of a [`Lexicon`]: what `build.rs` writes from the lists and the crate loads
//! at start-up (this file is shared by both). One entry per line, tab-separated, the first field
//! naming the table; keys are already folded, so loading is one hash insert per entry and no
//! string is copied: every key of the loaded lexicon points into the compiled text.
//!
//! | line | table |
//! |---|---|
//! | `W  key  flags  given  surname  place-kind  population  gender` | words matched as written (`-`: none) |
//! | `t  key  kind` | titles |
//! | `c  tag  N` | how many entries the table of lines `tag` has (first) |
//! | `m  N` | longest title in words |
//! | `k  key  suffix prefix head` (0/1 each) | organisation keywords |
//! | `p`/`n`/`N  key` | particles, never-names, never-names in capitals |
//! | `o`/`e  canonical  note` | known organisations / persons, in order |
//! | `L  key  place-kind  population` | places in capitals |
//! | `d  key  country` | demonyms |
//!
//! The big tables, single words and places of several words ([`crate::table::WordTable`]) and
//! the names of known organisations (as written, folded) and persons (folded) with their
//! positions in the lists ([`crate::table::KeyIndex`]), are compiled apart and read in place.

use crate::*;
use std::fmt::Write as _;

const TITLE_KINDS: [(TitleKind, &str); 8] = [
    (TitleKind::Honorific, "honorific"),
    (TitleKind::Political, "political"),
    (TitleKind::Military, "military"),
    (TitleKind::Religious, "religious"),
    (TitleKind::Royal, "royal"),
    (TitleKind::Judicial, "judicial"),
    (TitleKind::Professional, "professional"),
    (TitleKind::Role, "role"),
];

const PLACE_KINDS: [(PlaceKind, &str); 4] = [
    (PlaceKind::Continent, "K"),
    (PlaceKind::Country, "C"),
    (PlaceKind::Region, "R"),
    (PlaceKind::City, "T"),
];

fn sorted<'a, V>(map: impl IntoIterator<Item = (&'a &'static str, V)>) -> Vec<(&'static str, V)> {
    let mut v: Vec<_> = map.into_iter().map(|(k, v)| (*k, v)).collect();
    v.sort_by_key(|e| e.0);
    v
}

fn opt(x: Option<f32>) -> String {
    x.map_or_else(|| "-".to_string(), |x| x.to_string())
}

fn place(p: Option<PlaceHint>) -> String {
    match p {
        None => "-\t0".to_string(),
        Some(p) => {
            let kind = PLACE_KINDS
                .iter()
                .find(|k| k.0 == p.kind)
                .map_or("T", |k| k.1);
            format!("{kind}\t{}", p.population)
        }
    }
}

/// The compiled text of `lex`.
pub fn write(lex: &Lexicon) -> String {
    let mut out = String::new();
    // How many entries each table will get, so that loading sizes it once rather than growing
    // it (and hashing every key again) as it fills.
    for (tag, n) in [
        ("W", lex.words_exact.len()),
        ("t", lex.titles.len()),
        ("k", lex.org_keywords.len()),
        ("p", lex.particles.len()),
        ("n", lex.not_names.len()),
        ("N", lex.not_names_caps.len()),
        ("o", lex.orgs.len()),
        ("e", lex.persons.len()),
        ("L", lex.places_exact.len()),
        ("d", lex.demonyms.len()),
    ] {
        let _ = writeln!(out, "c\t{tag}\t{n}");
    }
    for (k, i) in sorted(&lex.words_exact) {
        let (g, s, p) = (opt(i.given), opt(i.surname), place(i.place));
        let _ = writeln!(out, "W\t{k}\t{}\t{g}\t{s}\t{p}\t{}", i.flags, i.gender);
    }
    for (k, kind) in sorted(&lex.titles) {
        let name = TITLE_KINDS
            .iter()
            .find(|t| t.0 == *kind)
            .map_or("role", |t| t.1);
        let _ = writeln!(out, "t\t{k}\t{name}");
    }
    let _ = writeln!(out, "m\t{}", lex.max_title_words);
    for (k, kw) in sorted(&lex.org_keywords) {
        let b = |x: bool| u8::from(x);
        let _ = writeln!(
            out,
            "k\t{k}\t{}\t{}\t{}",
            b(kw.suffix),
            b(kw.prefix),
            b(kw.head)
        );
    }
    for (tag, set) in [
        ("p", &lex.particles),
        ("n", &lex.not_names),
        ("N", &lex.not_names_caps),
    ] {
        let mut keys: Vec<&str> = set.iter().copied().collect();
        keys.sort_unstable();
        for k in keys {
            let _ = writeln!(out, "{tag}\t{k}");
        }
    }
    for (tag, list) in [("o", &lex.orgs), ("e", &lex.persons)] {
        for e in list {
            let _ = writeln!(out, "{tag}\t{}\t{}", e.canonical, e.note);
        }
    }
    for (k, p) in sorted(&lex.places_exact) {
        let _ = writeln!(out, "L\t{k}\t{}", place(Some(*p)));
    }
    for (k, country) in sorted(&lex.demonyms) {
        let _ = writeln!(out, "d\t{k}\t{country}");
    }
    out
}

fn parse_opt(s: &str) -> Option<f32> {
    s.parse().ok()
}

fn parse_place(kind: &str, population: &str) -> Option<PlaceHint> {
    let kind = PLACE_KINDS.iter().find(|k| k.1 == kind)?.0;
    Some(PlaceHint {
        kind,
        population: population.parse().unwrap_or(0),
    })
}

/// The tables `build.rs` compiles apart from the text, read in place.
pub struct Compiled {
    pub words: &'static [u8],
    pub places: &'static [u8],
    pub orgs_exact: &'static [u8],
    pub orgs_folded: &'static [u8],
    pub persons_folded: &'static [u8],
}

/// The files of the tables compiled apart from the text, as `build.rs` writes them.
pub fn compiled_files(lex: &Lexicon) -> [(&'static str, Vec<u8>); 5] {
    [
        ("words.bin", lex.words.compile()),
        ("places.bin", lex.places.compile_filtered()),
        // (Most candidate names are no known entity: a filter answers for them.)
        ("orgs-exact.bin", lex.orgs_exact.compile_filtered()),
        ("orgs-folded.bin", lex.orgs_folded.compile_filtered()),
        ("persons-folded.bin", lex.persons_folded.compile_filtered()),
    ]
}

/// Loads the compiled text written by [`write`] and the compiled word table. A line it cannot
/// read is skipped: both are generated at build time, and the crate's tests check that loading
/// gives back what was built.
pub fn read(text: &'static str, compiled: Compiled) -> Lexicon {
    use crate::table::{KeyIndex, WordTable};
    let mut lex = Lexicon {
        words: WordTable::Compiled(compiled.words),
        places: WordTable::Compiled(compiled.places),
        orgs_exact: KeyIndex::Compiled(compiled.orgs_exact),
        orgs_folded: KeyIndex::Compiled(compiled.orgs_folded),
        persons_folded: KeyIndex::Compiled(compiled.persons_folded),
        ..Lexicon::default()
    };
    for line in table_lines(text) {
        let mut f = tab_fields(line);
        let (Some(tag), Some(key)) = (f.next(), f.next()) else {
            continue;
        };
        let mut next = || f.next().unwrap_or_default();
        match tag {
            "c" => {
                let n = next().parse().unwrap_or(0);
                match key {
                    "W" => lex.words_exact.reserve(n),
                    "t" => lex.titles.reserve(n),
                    "k" => lex.org_keywords.reserve(n),
                    "p" => lex.particles.reserve(n),
                    "n" => lex.not_names.reserve(n),
                    "N" => lex.not_names_caps.reserve(n),
                    "o" => lex.orgs.reserve_exact(n),
                    "e" => lex.persons.reserve_exact(n),
                    "L" => lex.places_exact.reserve(n),
                    "d" => lex.demonyms.reserve(n),
                    _ => {}
                }
            }
            "W" => {
                let info = WordInfo {
                    flags: next().parse().unwrap_or(0),
                    given: parse_opt(next()),
                    surname: parse_opt(next()),
                    place: {
                        let kind = next();
                        parse_place(kind, next())
                    },
                    gender: next().parse().unwrap_or(0),
                };
                lex.words_exact.insert(key, info);
            }
            "t" => {
                let name = next();
                let kind = TITLE_KINDS.iter().find(|t| t.1 == name);
                lex.titles
                    .insert(key, kind.map_or(TitleKind::Role, |t| t.0));
            }
            "m" => lex.max_title_words = key.parse().unwrap_or(0),
            "k" => {
                let kw = OrgKeyword {
                    suffix: next() == "1",
                    prefix: next() == "1",
                    head: next() == "1",
                };
                lex.org_keywords.insert(key, kw);
            }
            "p" => {
                lex.particles.insert(key);
            }
            "n" => {
                lex.not_names.insert(key);
            }
            "N" => {
                lex.not_names_caps.insert(key);
            }
            "o" | "e" => {
                let entity = KnownEntity {
                    canonical: key,
                    note: next(),
                };
                if tag == "o" {
                    lex.orgs.push(entity);
                } else {
                    lex.persons.push(entity);
                }
            }
            "L" => {
                let kind = next();
                if let Some(p) = parse_place(kind, next()) {
                    lex.places_exact.insert(key, p);
                }
            }
            "d" => {
                lex.demonyms.insert(key, next());
            }
            _ => {}
        }
    }
    lex.particle_pairs = particle_pairs(&lex.particles);
    lex
}
