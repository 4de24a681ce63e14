//! The embedded lists load, and lookups normalise case, apostrophes and spaces.

use super::*;

#[test]
fn keys_are_normalised() {
    assert_eq!(key("  Putin’s  Office "), "putin's office");
    assert_eq!(key("Secretary–General"), "secretary-general");
    assert_eq!(key("ÉTAT"), "état");
}

#[test]
fn every_list_is_loaded() {
    let lex = Lexicon::shared();
    let count = |f: &dyn Fn(&WordInfo) -> bool| lex.words.iter().filter(|(_, i)| f(i)).count();
    let counts = [
        ("given names", count(&|i| i.given.is_some()), 8000),
        ("surnames", count(&|i| i.surname.is_some()), 30000),
        ("English words", count(&|i| i.is(word::ENGLISH)), 60000),
        ("one-word places", count(&|i| i.place.is_some()), 50000),
        (
            "one-word known organisations",
            count(&|i| i.is(word::KNOWN_ORG)),
            100,
        ),
        ("demonyms", count(&|i| i.is(word::DEMONYM)), 300),
        ("titles", lex.titles.len(), 300),
        ("organisation keywords", lex.org_keywords.len(), 300),
        ("known organisations", lex.orgs.len(), 1000),
        ("known persons", lex.persons.len(), 400),
        ("place names of several words", lex.places.len(), 20000),
    ];
    for (what, n, at_least) in counts {
        assert!(n >= at_least, "{what}: {n} < {at_least}");
    }
}

#[test]
fn lookups() {
    let lex = Lexicon::shared();
    assert!(lex.given_name("mary").is_some() && lex.given_name("MARY").is_some());
    assert!(lex.surname("Smith").is_some());
    // A name of babies born since the census, counted as rare: evidence beside a surname only.
    assert!(
        lex.given_name("Jayden")
            .is_some_and(|per_100k| per_100k <= 5.0)
    );
    assert_eq!(lex.given_gender("Nevaeh"), -1);
    // World news's given names with their usual gender, or none where it varies.
    assert_eq!(
        (
            lex.given_gender("Margarethe"),
            lex.given_gender("Oleksiy"),
            lex.given_gender("Aki")
        ),
        (-1, 1, 0)
    );
    assert!(lex.given_name("Aki").is_some() && lex.given_name("Oleksiy").is_some());
    assert!(lex.is_english_word("Tensions") && !lex.is_english_word("Stoltenberg"));
    assert_eq!(lex.title("Prime  Minister"), Some(TitleKind::Political));
    assert!(lex.title("Gen.").is_some() && lex.title("Gen").is_some());
    assert!(lex.is_particle("von") && !lex.is_particle("Von"));
    assert!(lex.known_org("NATO").is_some());
    assert!(
        lex.known_org("WHO").is_some() && lex.known_org("who").is_none(),
        "acronyms match as written"
    );
    assert!(lex.known_org("european union").is_some());
    assert!(lex.place("Geneva").is_some() && lex.place("geneva").is_some());
    assert_eq!(lex.demonym("Russian"), Some("RS"));
    assert!(lex.is_not_name("Monday"));
    assert_eq!(
        (
            lex.given_gender("Mary"),
            lex.given_gender("JOHN"),
            lex.given_gender("Tensions")
        ),
        (-1, 1, 0)
    );
}

#[test]
fn the_compiled_table_is_what_the_lists_say() {
    // What `build.rs` compiled and the crate loads equals the lexicon built from the lists now,
    // and writing it back gives the same text: nothing is lost or changed on the way.
    let built = load::embedded();
    let loaded = Lexicon::shared();
    assert!(
        built == *loaded,
        "the compiled table differs from the lists"
    );
    assert_eq!(dump::write(&built), dump::write(loaded));
    // The tables compiled apart compile again to the same bytes.
    for ((file, a), (_, b)) in dump::compiled_files(&built)
        .into_iter()
        .zip(dump::compiled_files(loaded))
    {
        assert!(a == b, "{file} differs");
    }
}

#[test]
fn a_compiled_word_table_answers_like_the_map() {
    let mut map = table::WordTable::default();
    let words = [
        "kyiv",
        "the",
        "o'brien",
        "são",
        "x",
        "a-very-long-hyphenated-word",
    ];
    for (i, w) in words.iter().enumerate() {
        let info = map.map_mut().entry(w).or_default();
        info.flags = i as u16;
        info.given = (i % 2 == 0).then_some(i as f32 * 1.5);
        info.gender = [-1, 0, 1][i % 3];
        info.place = (i == 0).then_some(PlaceHint {
            kind: PlaceKind::City,
            population: 2_952_301,
        });
    }
    let bytes: &'static [u8] = Box::leak(map.compile().into_boxed_slice());
    let compiled = table::WordTable::Compiled(bytes);
    assert!(compiled == map);
    for w in words {
        assert_eq!(compiled.get(w), map.get(w), "{w}");
    }
    for absent in ["", "kyi", "kyivv", "The", "zz"] {
        assert_eq!(compiled.get(absent), None, "{absent}");
    }
    let empty: &'static [u8] = Box::leak(table::WordTable::default().compile().into_boxed_slice());
    assert_eq!(table::WordTable::Compiled(empty).get("kyiv"), None);
}

#[test]
fn the_compiled_gazetteer_index_is_what_the_tables_say() {
    let built = gazetteer::Gazetteer::load();
    let loaded = gazetteer::Gazetteer::shared();
    assert!(built.len() > 38_000);
    assert!(
        built == *loaded,
        "the compiled name index differs from the tables"
    );
    let recompiled = gazetteer::Gazetteer::compiled(built.compile().leak());
    assert!(
        recompiled == built,
        "compiling the gazetteer again changes it"
    );
    let mut buf = String::new();
    for name in [
        "Geneva",
        "New York",
        "US",
        "Georgia",
        "the Soviet Union",
        "Zürich",
    ] {
        assert_eq!(
            built.lookup(name, &mut buf),
            loaded.lookup(name, &mut buf),
            "{name}"
        );
    }
}

/// `phrase` answers what `known_org`, `known_person` and `place` answer, with one fold.
#[test]
fn phrase_agrees_with_the_single_lookups() {
    let lex = Lexicon::shared();
    for p in [
        "Vladimir Putin",
        "World Health Organization",
        "WHO",
        "Who",
        "New York",
        "new  york",
        "Paris",
        "US",
        "Bosnia and Herzegovina",
        "Procter & Gamble",
        "Nobody Inparticular",
    ] {
        let info = lex.phrase(p);
        assert_eq!(info.known_org, lex.known_org(p), "{p}");
        assert_eq!(info.known_person, lex.known_person(p), "{p}");
        assert_eq!(info.place, lex.place(p), "{p}");
    }
}

/// `is_particle` rules words out by their length and first letter before hashing: every
/// particle must pass that test.
#[test]
fn particles_pass_the_prefilter() {
    let lex = Lexicon::shared();
    assert!(!lex.particles.is_empty());
    for p in &lex.particles {
        assert!(
            (2..=crate::MAX_PARTICLE_LEN).contains(&p.len())
                && p.trim_end_matches('\'')
                    .bytes()
                    .all(|b| b.is_ascii_lowercase()),
            "{p}"
        );
        assert!(lex.is_particle(p), "{p}");
    }
}

/// The tables matched as written hold acronyms and single words in mixed case only:
/// `as_written` may rule out any other phrase with a lower-case letter.
#[test]
fn exact_tables_hold_acronyms_only() {
    let lex = Lexicon::shared();
    assert!(lex.orgs_exact.iter().next().is_some() && !lex.places_exact.is_empty());
    for k in lex
        .orgs_exact
        .iter()
        .map(|(k, _)| k)
        .chain(lex.places_exact.keys().copied())
    {
        assert!(as_written(k).is_some(), "{k}");
    }
}

#[test]
fn every_hand_written_region_is_in_the_gazetteer() {
    // Rows without a country or aliases end early (lines lose their trailing tabs): such rows
    // ("New England", "Central Asia") were once skipped.
    let gaz = crate::gazetteer::Gazetteer::shared();
    let mut buf = String::new();
    let rows = crate::table_lines(include_str!("../data/gazetteer/continents-regions.tsv")).skip(1);
    let mut n = 0;
    for row in rows {
        let name = crate::tab_fields(row).next().unwrap_or_default();
        let found = gaz
            .lookup(name, &mut buf)
            .iter()
            .any(|&i| gaz.place(i).full_name == name);
        assert!(found, "{name} is not in the gazetteer");
        n += 1;
    }
    assert!(n > 90, "{n} rows");
}

/// The eight-bytes-at-a-time test of plain ASCII agrees with its definition, byte by byte.
#[test]
fn plain_ascii_is_tested_exactly() {
    let reference = |bytes: &[u8]| {
        let mut after_space = true;
        for &b in bytes {
            let space = b == b' ';
            if !(b.is_ascii_graphic() || space) || (space && after_space) {
                return false;
            }
            after_space = space;
        }
        !after_space || bytes.is_empty()
    };
    // Every byte in every position of short strings around spaces, and random strings.
    let alphabet: Vec<u8> = (0..=255u8).collect();
    let mut cases: Vec<Vec<u8>> = vec![Vec::new(), b" ".to_vec(), b"  ".to_vec()];
    for len in 1..=19 {
        for pos in 0..len {
            for &b in &alphabet {
                let mut s = b"prime minister of x".to_vec();
                s.truncate(len);
                s[pos] = b;
                cases.push(s.clone());
                if pos + 1 < len {
                    s[pos + 1] = b' ';
                    cases.push(s);
                }
            }
        }
    }
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    for _ in 0..20_000 {
        let len = (x % 24) as usize;
        let mut s = Vec::with_capacity(len);
        for _ in 0..len {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            s.push([b' ', b'a', b'Z', b'~', b'!', 0x7F, 0x1F, 0x80, 0xC3][(x % 9) as usize]);
        }
        cases.push(s);
    }
    for s in &cases {
        assert_eq!(crate::fold::is_plain_ascii(s), reference(s), "{s:?}");
    }
}

/// No name of several words that [`Lexicon::phrase`] looks up starts with a word flagged as
/// starting none ([`word::STARTS_NO_NAME`]) or ends with one flagged as ending none
/// ([`word::ENDS_NO_NAME`]), and most words are so flagged.
#[test]
fn no_name_starts_with_a_word_that_starts_none() {
    let lex = Lexicon::shared();
    let mut names: Vec<String> = Vec::new();
    names.extend(lex.orgs_exact.iter().map(|(k, _)| k.to_string()));
    names.extend(lex.orgs_folded.iter().map(|(k, _)| k.to_string()));
    names.extend(lex.persons_folded.iter().map(|(k, _)| k.to_string()));
    names.extend(lex.places.iter().map(|(k, _)| k.to_string()));
    names.extend(lex.places_exact.keys().map(|k| k.to_string()));
    let mut several = 0;
    for name in &names {
        if let Some((first, _)) = name.split_once(' ') {
            several += 1;
            assert!(!lex.word(first).is(word::STARTS_NO_NAME), "{name:?}");
        }
        if let Some((_, last)) = name.rsplit_once(' ') {
            assert!(!lex.word(last).is(word::ENDS_NO_NAME), "{name:?}");
        }
    }
    assert!(several > 10_000, "{several}");
    for flag in [word::STARTS_NO_NAME, word::ENDS_NO_NAME] {
        let flagged = lex.words.iter().filter(|(_, i)| i.is(flag)).count();
        assert!(flagged > 50_000, "{flag:#x}: {flagged}");
    }
}
