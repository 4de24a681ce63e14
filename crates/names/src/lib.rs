//! The names stage: persons, organisations and all other proper names of an article.
//!
//! [`find`] reads one article through its [`TextView`] and answers three questions GDELT's GKG
//! asks (V1/V2 persons, organisations, V2.1 all names), each name with every mention:
//!
//! 1. **Where are the names?** Runs of capitalised tokens inside a sentence ([`runs`]), joined by
//!    name particles ("de", "van", "bin") and, inside organisation names, by "of" and "&"; a line
//!    break, punctuation or a possessive ends a run.
//! 2. **Which part is the name?** A run is cut at person titles ("NATO Secretary-General Jens
//!    Stoltenberg" → "NATO" | role | "Jens Stoltenberg"), at capitalised common words of
//!    headlines ("Putin Requests Talks" → "Putin"), and loses a sentence-initial common word.
//! 3. **What kind of name?** Evidence that generalises decides ([`classify`]): the project's
//!    lists (given names, surnames, titles, organisation keywords, known entities, places),
//!    the shape of the name (acronyms) and its context ("said", a title before it).
//!
//! Then mentions are resolved into entities ([`resolve`]): "Putin" and "Mr Putin" join "Vladimir
//! Putin", an acronym joins its expansion, and the full names are looked for again regardless of
//! case (tag lines such as "vladimir putin").
//!
//! ```
//! let text = "NATO Secretary-General Jens Stoltenberg met Vladimir Putin. Putin declined.";
//! let view = text::TextView::new(text);
//! let names = names::find(text, &view, lexicon::Lexicon::shared());
//! let persons: Vec<&str> = names.persons.iter().map(|p| p.name.as_str()).collect();
//! assert_eq!(persons, ["Jens Stoltenberg", "Vladimir Putin"]);
//! assert_eq!(names.persons[1].mentions.len(), 2);
//! assert_eq!(names.organizations[0].name, "NATO");
//! ```
//!
//! All spans are byte spans of the original text; the pipeline converts them to char offsets.

mod classify;
mod given;
mod memo;
mod resolve;
mod runs;

use lexicon::Lexicon;
use text::{ByteSpan, TextView};

/// A person or organisation: one canonical name, every mention, and the roles seen with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamedEntity {
    pub name: String,
    pub mentions: Vec<ByteSpan>,
    /// Titles and roles stripped from the mentions ("President", "Secretary-General").
    pub roles: Vec<String>,
}

/// A proper name of any kind at one place (GKG V2.1ALLNAMES).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameMention {
    pub name: String,
    pub span: ByteSpan,
}

/// What the stage found in one article.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Names {
    pub persons: Vec<NamedEntity>,
    pub organizations: Vec<NamedEntity>,
    /// Every proper name that is not a place, in text order.
    pub all_names: Vec<NameMention>,
    /// Every mention of a named storm ("Hurricane Sandy", and "Sandy" alone once the article
    /// has named it so): a given name that is neither a person nor a place here.
    pub storms: Vec<ByteSpan>,
}

/// What kind of name a segment is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Class {
    Person,
    Organization,
    Place,
    /// A nationality or demonym ("Russian"): not a name of the kinds this stage reports.
    Nationality,
    /// A proper name of another kind (an event, a law, a product) or one we cannot type.
    Other,
    /// A single capitalised word whose type depends on the rest of the article.
    Unresolved,
    /// Not a name at all.
    Drop,
}

/// A candidate name: a stretch of tokens with its evidence.
#[derive(Debug, Clone)]
pub(crate) struct Segment<'a> {
    /// Token indices into `TextView::tokens`.
    pub tokens: std::ops::Range<usize>,
    /// The name's bytes (a possessive "’s" excluded).
    pub span: ByteSpan,
    /// The surface with whitespace collapsed: borrowed from the text unless it had to be
    /// collapsed (almost never), so a candidate name costs no allocation.
    pub surface: std::borrow::Cow<'a, str>,
    /// A title or role right before the name ("President").
    pub role: Option<String>,
    pub class: Class,
    /// Starts its sentence (so its capital may be the sentence's, not the name's).
    pub sentence_initial: bool,
}

/// Finds the persons, organisations and other proper names of `text`.
pub fn find(text: &str, view: &TextView, lex: &Lexicon) -> Names {
    let tokens = runs::Tokens::new(text, view, lex);
    let mut segments = runs::segments(&tokens, view);
    for seg in &mut segments {
        if seg.class == Class::Unresolved {
            seg.class = classify::classify(&tokens, seg);
        }
    }
    persons_in_lists(&tokens, &mut segments);
    bodies_in_lists(&tokens, &mut segments);
    affiliations(&tokens, &mut segments);
    let nested = nested_organizations(&tokens, &segments);
    if !nested.is_empty() {
        segments.extend(nested);
        // (A stable sort: a nested name follows the name that holds it.)
        segments.sort_by_key(|s| s.span.start);
    }
    resolve::resolve(&tokens, segments)
}

/// An organisation's name without the legal form that ends it: "Boeing" of "Boeing Co.",
/// "JPMorgan Chase" of "JPMorgan Chase & Co" (the name itself when none does, or when nothing
/// would be left).
pub fn without_legal_form(name: &str) -> &str {
    let mut rest = name.trim_end();
    let mut stripped = false;
    while let Some((head, last)) = rest.rsplit_once(' ') {
        if resolve::is_legal_form(last.as_bytes()) {
            rest = head.trim_end();
            stripped = true;
        } else if stripped && matches!(last, "&" | "and") {
            rest = head.trim_end();
            break;
        } else {
            break;
        }
    }
    rest
}

/// A name of two or three words the rules could not type, listed with persons ("Romelu Lukaku,
/// Yannick Carrasco and Dries Mertens"), is a person too: news lists people with people. Not a
/// name ending in a common word (bands: "Weather Report") nor one holding a place or a title.
/// So is a first name alone ("Jeff and Hayley", "Steve and Roger"; a common word only when a
/// common first name). So are the names listed after "such as", "including" or "like" and a
/// plural occupation ("guitarists such as Tohpati and Ridho").
fn persons_in_lists(t: &runs::Tokens, segments: &mut [Segment]) {
    use lexicon::word;
    let joins = |gap: &str| matches!(gap, ", " | " and " | ", and " | " & ");
    let first_name = |s: &Segment| {
        let i = s.tokens.start;
        let info = t.info(i);
        s.class == Class::Unresolved
            && s.tokens.len() == 1
            && info.place.is_none()
            && !t.toks[i].shape.contains(text::Shape::ALL_CAPS)
            // (Not an award made an adjective: "Hilary Mantel and Oscar-winning actress …".)
            && t.descriptive_len(i) == 0
            && info.given.is_some_and(|per_100k| {
                !info.is(word::ENGLISH) || per_100k >= classify::COMMON_GIVEN_NAME
            })
    };
    // One word of a longer name may be a small town's too when the others are words no list
    // knows: "Dou Jiande", "Abdee Negara" (not "Sweet Chelsea", "Liberal MLA", nor a country,
    // a region or a city of a million: "Lanka Perera" is no one listed).
    let places_fit = |s: &Segment| {
        let places = || s.tokens.clone().filter_map(|i| t.info(i).place);
        places().next().is_none()
            || s.tokens.len() >= 2
                && places().all(|p| !runs::is_major_place(Some(p)))
                && s.tokens
                    .clone()
                    .filter(|&i| {
                        let info = t.info(i);
                        info.place.is_some()
                            || info.is(word::ENGLISH)
                            || t.toks[i].shape.contains(text::Shape::ALL_CAPS)
                    })
                    .count()
                    == 1
    };
    let personal = |s: &Segment| {
        first_name(s)
            || s.class == Class::Other
                && (2..=3).contains(&s.tokens.len())
                && !t.is(s.tokens.end - 1, word::ENGLISH)
                && places_fit(s)
                && s.tokens
                    .clone()
                    .all(|i| t.info(i).flags & (word::TITLE | word::TITLE_START) == 0)
    };
    // "guitarists such as Tohpati, Ridho and Abdee Negara", "leaders including Xi": names
    // listed as examples of an occupation are people, however little the lists know of them.
    // (Each name of the list must look like one: no place, title or common last word.)
    let nameable = |s: &Segment| {
        let last = s.tokens.end - 1;
        matches!(s.class, Class::Unresolved | Class::Other)
            && s.tokens.len() <= 3
            && !t.toks[s.tokens.start].shape.contains(text::Shape::ALL_CAPS)
            && !t.is(last, word::ENGLISH)
            && places_fit(s)
            && s.tokens
                .clone()
                .all(|i| t.info(i).flags & (word::TITLE | word::TITLE_START | word::DEMONYM) == 0)
    };
    let opens = |s: &Segment| classify::after_people_of_a_kind(t, s.tokens.start);
    type_examples(t, segments, Class::Person, nameable, opens, joins);
    let mut changed = true;
    while changed {
        changed = false;
        for i in 0..segments.len() {
            if !personal(&segments[i]) {
                continue;
            }
            let s = &segments[i];
            let listed_with = |o: &Segment, before: bool| {
                let (a, b) = if before {
                    (o.span.end, s.span.start)
                } else {
                    (s.span.end, o.span.start)
                };
                o.class == Class::Person && a <= b && joins(&t.text[a..b])
            };
            if (i > 0 && listed_with(&segments[i - 1], true))
                || (i + 1 < segments.len() && listed_with(&segments[i + 1], false))
            {
                segments[i].class = Class::Person;
                changed = true;
            }
        }
    }
}

/// The names listed after "such as", "including" or "like" and a plural kind of body are
/// bodies of that kind, whatever else they look like: "retailers like John Lewis", "bands such
/// as The Stooges and Crazyhead", "companies including Apple". Not a place ("firms in
/// countries like France" names no firm), nor a name that owns what follows ("firms like
/// Romney's").
fn bodies_in_lists(t: &runs::Tokens, segments: &mut [Segment]) {
    let joins = |gap: &str| {
        // (Each name may open on its article: "The Ramones, The Stooges".)
        let gap = gap.strip_suffix("The ").unwrap_or(gap);
        matches!(gap, ", " | " and " | ", and " | " & " | ", or " | " or ")
    };
    let nameable = |s: &Segment| {
        matches!(
            s.class,
            Class::Unresolved | Class::Other | Class::Person | Class::Organization
        ) && t.possessive_len(s.tokens.end - 1) == 0
    };
    let opens = |s: &Segment| classify::after_bodies_of_a_kind(t, s.tokens.start);
    type_examples(t, segments, Class::Organization, nameable, opens, joins);
}

/// Gives `class` to each list of examples: a name that `opens` one (after "such as" and a
/// plural kind), then each name after it that the text `joins` to the one before (", ", " and
/// "), as long as they are `nameable`.
fn type_examples(
    t: &runs::Tokens,
    segments: &mut [Segment],
    class: Class,
    nameable: impl Fn(&Segment) -> bool,
    opens: impl Fn(&Segment) -> bool,
    joins: impl Fn(&str) -> bool,
) {
    let mut i = 0;
    while i < segments.len() {
        if !(nameable(&segments[i]) && opens(&segments[i])) {
            i += 1;
            continue;
        }
        segments[i].class = class;
        i += 1;
        while i < segments.len()
            && nameable(&segments[i])
            && joins(&t.text[segments[i - 1].span.end..segments[i].span.start])
        {
            segments[i].class = class;
            i += 1;
        }
    }
}

/// A name the rules could not type that a person belongs to is an organisation: "Civic
/// Passion's Wong Yeung-tat", "Youngspiration's Baggio Leung", "Cheng Chung-tai of Civic
/// Passion", "Alice Mak of the FTU". Places are typed before this, so "Russia's Vladimir Putin"
/// and "Catherine of Aragon" are not read so; nor is a name holding a title or a place word.
/// (The classifier's organisation context asks the same of a person it can tell by a first
/// name alone, "Ann Chiang of DAB"; this pass, after typing, also knows persons the lists
/// cannot, "Wong Yeung-tat".)
fn affiliations(t: &runs::Tokens, segments: &mut [Segment]) {
    use lexicon::word;
    // (A lone word the rules left for the article to decide counts too, unless it may be a
    // person's name: "Youngspiration's Baggio Leung", not "Biden's Kamala Harris".)
    let untyped = |s: &Segment| {
        let lone_unknown = s.class == Class::Unresolved && {
            let info = t.info(s.tokens.start);
            info.given.is_none() && info.surname.is_none() && !info.is(word::ENGLISH)
        };
        (s.class == Class::Other || lone_unknown)
            && s.tokens.clone().all(|i| {
                let info = t.info(i);
                info.place.is_none() && info.flags & (word::TITLE | word::TITLE_START) == 0
            })
            && !classify::is_place_head(t.bytes(s.tokens.end - 1))
    };
    for i in 0..segments.len() {
        if !untyped(&segments[i]) {
            continue;
        }
        let s = &segments[i];
        // "X's Person": the possessive follows the name directly, then one space.
        let owns_person = segments.get(i + 1).is_some_and(|next| {
            next.class == Class::Person
                && t.possessive_len(s.tokens.end - 1) > 0
                && t.text
                    .get(s.span.end..next.span.start)
                    .is_some_and(|gap| matches!(gap, "'s " | "’s " | "' " | "’ "))
        });
        // "Person of (the) X" (not "of Brantwell, Kansas", a town).
        let has_member = i > 0 && !classify::before_a_place(t, s.tokens.end) && {
            let prev = &segments[i - 1];
            prev.class == Class::Person
                && t.text
                    .get(prev.span.end..s.span.start)
                    .is_some_and(|gap| matches!(gap, " of " | " of the "))
        };
        if owns_person || has_member {
            segments[i].class = Class::Organization;
        }
    }
}

/// A known organisation at the start of a longer name of another kind is mentioned there too:
/// "Google" in "Google Science Fair", "NASA" in "NASA Discovery mission" (the whole name stays
/// in V2.1ALLNAMES). Not a sponsor in a venue's name: "Allianz Stadium", "Emirates Arena".
fn nested_organizations<'a>(t: &runs::Tokens<'a>, segments: &[Segment<'a>]) -> Vec<Segment<'a>> {
    segments
        .iter()
        .filter(|s| s.class == Class::Other && s.tokens.len() >= 2)
        .filter(|s| t.is(s.tokens.start, lexicon::word::KNOWN_ORG))
        .filter(|s| !classify::is_place_head(t.bytes(s.tokens.end - 1)))
        // (Nor a day named with the word: "Memorial Day", "Labor Day".)
        .filter(|s| t.bytes(s.tokens.end - 1) != b"Day")
        .map(|s| {
            let i = s.tokens.start;
            let span = t.toks[i].span();
            Segment {
                tokens: i..i + 1,
                span,
                surface: std::borrow::Cow::Borrowed(t.str(i)),
                role: None,
                class: Class::Organization,
                sentence_initial: s.sentence_initial,
            }
        })
        .collect()
}

/// Every candidate name with the class the rules gave it and the role before it, in text order:
/// what to look at when a name comes out wrong
/// (`cargo run -p names --example names_explain -- "Some text"`).
pub fn explain(text: &str, view: &TextView, lex: &Lexicon) -> Vec<String> {
    let tokens = runs::Tokens::new(text, view, lex);
    runs::segments(&tokens, view)
        .into_iter()
        .map(|mut seg| {
            if seg.class == Class::Unresolved {
                seg.class = classify::classify(&tokens, &seg);
            }
            let role = seg
                .role
                .as_deref()
                .map(|r| format!(" (role: {r})"))
                .unwrap_or_default();
            let initial = if seg.sentence_initial {
                " [sentence-initial]"
            } else {
                ""
            };
            format!("{:?} {:?}{role}{initial}", seg.surface, seg.class)
        })
        .collect()
}

#[cfg(test)]
mod tests;
