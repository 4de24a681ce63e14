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
    let count = |f: &dyn Fn(&WordInfo) -> bool| lex.words.values().filter(|i| f(i)).count();
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
}
