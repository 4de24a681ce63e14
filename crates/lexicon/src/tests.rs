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
    assert!(lex.given.len() > 5000, "given names: {}", lex.given.len());
    assert!(
        lex.surnames.len() > 30000,
        "surnames: {}",
        lex.surnames.len()
    );
    assert!(
        lex.english.len() > 60000,
        "english words: {}",
        lex.english.len()
    );
    assert!(lex.titles.len() > 100, "titles: {}", lex.titles.len());
    assert!(
        lex.org_keywords.len() > 100,
        "organisation keywords: {}",
        lex.org_keywords.len()
    );
    assert!(
        lex.orgs.len() > 300,
        "known organisations: {}",
        lex.orgs.len()
    );
    assert!(
        lex.persons.len() > 100,
        "known persons: {}",
        lex.persons.len()
    );
    assert!(
        lex.places.len() > 10000,
        "place names: {}",
        lex.places.len()
    );
    assert!(lex.demonyms.len() > 100, "demonyms: {}", lex.demonyms.len());
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
