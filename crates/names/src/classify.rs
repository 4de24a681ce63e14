//! Typing a candidate name from evidence that generalises: the project's lists, the name's
//! shape and its context. Single words that only the rest of the article can type stay
//! `Unresolved` for [`crate::resolve`].

use crate::runs::{Tokens, is_common_word};
use crate::{Class, Segment};
use lexicon::{Lexicon, TitleKind};
use text::{Shape, TextView, TokenKind};

/// Verbs of saying right after a name: people say things far more often than they are places.
const SPEECH: [&str; 14] = [
    "said",
    "says",
    "told",
    "added",
    "stated",
    "explained",
    "wrote",
    "argued",
    "warned",
    "noted",
    "insisted",
    "recalled",
    "tweeted",
    "admitted",
];

pub(crate) fn classify(text: &str, view: &TextView, lex: &Lexicon, seg: &Segment) -> Class {
    let t = Tokens {
        text,
        toks: &view.tokens,
    };
    let toks = seg.tokens.clone();
    let n = toks.len();
    let first = t.str(toks.start);
    let last = t.str(toks.end - 1);
    let phrase = seg.surface.as_str();

    if n == 1 && lex.is_not_name(first) {
        return Class::Drop;
    }
    if lex.known_person(phrase).is_some() {
        return Class::Person;
    }
    if lex.known_org(phrase).is_some() {
        return Class::Organization;
    }
    let role_kind = seg.role.as_deref().and_then(|r| last_title_kind(r, lex));
    if let Some(place) = lex.place(phrase) {
        // "Jordan Henderson", "Coach Jordan": a person's name that is also a place.
        let personal =
            role_kind.is_some() && (lex.given_name(first).is_some() || lex.surname(last).is_some());
        if !personal {
            let _ = place;
            return Class::Place;
        }
        return Class::Person;
    }
    if n == 1 && lex.demonym(first).is_some() {
        return Class::Nationality;
    }
    if is_org_shaped(&t, toks.clone(), lex) {
        return Class::Organization;
    }
    if n == 1 && seg.sentence_initial && is_common_word(&t, toks.start, lex) {
        return Class::Drop;
    }
    let looks_personal = toks.clone().all(|i| {
        t.toks[i].kind == TokenKind::Abbreviation // initials
            || lex.is_particle(t.str(i))
            || t.is_particle_compound(i, lex)
            || !t.toks[i].shape.contains(Shape::ALL_CAPS)
            || t.str(i).len() == 1
    });
    // A title of a person before the name: "President Joe Biden", "Mr Putin", "Gen. Ruiz".
    if role_kind.is_some() && looks_personal {
        return Class::Person;
    }
    if n == 1 {
        if is_acronym(&t, toks.start) {
            return Class::Organization;
        }
        if person_context(&t, toks.end)
            && lex.surname(first).is_some()
            && !lex.is_english_word(first)
        {
            return Class::Person;
        }
        return Class::Unresolved;
    }
    // Initials before a name: "J. R. R. Tolkien", "E. Jean Carroll".
    let initials = toks
        .clone()
        .filter(|&i| t.toks[i].kind == TokenKind::Abbreviation && t.str(i).len() <= 2)
        .count();
    if looks_personal && initials > 0 && initials < n && !lex.is_english_word(last) {
        return Class::Person;
    }
    if looks_personal && n <= 5 {
        let given = lex.given_name(first).is_some();
        let surname =
            lex.surname(last).is_some() || lex.surname(last.trim_end_matches('.')).is_some();
        let common_inside = toks.clone().filter(|&i| is_common_word(&t, i, lex)).count();
        let unknown_words = toks
            .clone()
            .filter(|&i| !lex.is_english_word(t.str(i)) && t.toks[i].kind == TokenKind::Word)
            .count();
        // A known first name and a last word that is a surname or no common word.
        if given && (surname || !lex.is_english_word(last)) {
            return Class::Person;
        }
        // Words no dictionary knows, with a person's context: "Oleksiy Danilov said".
        if common_inside == 0
            && (surname || unknown_words == n)
            && (person_context(&t, toks.end) || surname && unknown_words > 0)
        {
            return Class::Person;
        }
        if given && common_inside <= 1 && n <= 3 && person_context(&t, toks.end) {
            return Class::Person;
        }
    }
    Class::Other
}

/// The kind of the last title in a role ("Portuguese Environment Minister" → political).
fn last_title_kind(role: &str, lex: &Lexicon) -> Option<TitleKind> {
    let words: Vec<&str> = role.split_whitespace().collect();
    (0..words.len()).find_map(|i| lex.title(&words[i..].join(" ")))
}

/// Ends like an organisation ("… Party", "… Ministry", "… Inc."), starts like one ("Ministry of
/// …", "University of …"), or holds an organisation word ("… Council …").
fn is_org_shaped(t: &Tokens, toks: std::ops::Range<usize>, lex: &Lexicon) -> bool {
    if toks.len() < 2 {
        return false;
    }
    let last = t.str(toks.end - 1);
    let first = t.str(toks.start);
    if lex.org_keyword(last).is_some_and(|k| k.suffix) {
        return true;
    }
    if lex.org_keyword(first).is_some_and(|k| k.prefix) && toks.clone().any(|i| t.str(i) == "of") {
        return true;
    }
    toks.clone()
        .any(|i| lex.org_keyword(t.str(i)).is_some_and(|k| k.head))
}

/// "NATO", "IPMA", "FBI": two to six capitals.
fn is_acronym(t: &Tokens, i: usize) -> bool {
    let s = t.str(i);
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    t.toks[i].shape.contains(Shape::ALL_CAPS)
        && (2..=6).contains(&letters)
        && s.chars().all(|c| c.is_alphabetic() || c == '.' || c == '&')
}

/// A verb of saying, or ", who", right after the name.
pub(crate) fn person_context(t: &Tokens, after: usize) -> bool {
    let mut i = after;
    if i < t.toks.len() && t.str(i) == "," {
        i += 1;
        if i < t.toks.len() && matches!(t.str(i), "who" | "whose") {
            return true;
        }
    }
    i < t.toks.len() && SPEECH.contains(&t.str(i))
}
