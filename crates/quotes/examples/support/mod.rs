//! What the examples and the bench share: the candidate speakers the names stage gives a text,
//! built as the pipeline builds them.

use quotes::{Candidate, SpeakerKind, Speakers};

/// The persons and organisations of `names` as candidate speakers, each person with what the
/// lexicon knows of their first name's gender.
pub fn from_names(names: names::Names) -> Speakers {
    let lex = lexicon::Lexicon::shared();
    let cand = |kind: SpeakerKind| {
        move |e: names::NamedEntity| Candidate {
            gender: match kind {
                SpeakerKind::Person => e
                    .name
                    .split_whitespace()
                    .next()
                    .map_or(0, |w| lex.given_gender(w)),
                SpeakerKind::Organization => 0,
            },
            name: e.name,
            kind,
            mentions: e.mentions,
            roles: e.roles,
        }
    };
    let mut entities: Vec<Candidate> = names
        .persons
        .into_iter()
        .map(cand(SpeakerKind::Person))
        .collect();
    entities.extend(
        names
            .organizations
            .into_iter()
            .map(cand(SpeakerKind::Organization)),
    );
    Speakers { entities }
}

/// The candidate speakers of `text` (`view` made from it).
#[allow(dead_code)] // not every example needs it
pub fn speakers(text: &str, view: &text::TextView) -> Speakers {
    from_names(names::find(text, view, lexicon::Lexicon::shared()))
}

/// The text views and candidate speakers of `texts`, prepared once outside a timed loop.
#[allow(dead_code)] // not every example needs it
pub fn prepared(texts: &[String]) -> (Vec<text::TextView>, Vec<Speakers>) {
    let views: Vec<text::TextView> = texts.iter().map(|t| text::TextView::new(t)).collect();
    let speakers = texts
        .iter()
        .zip(&views)
        .map(|(t, v)| speakers(t, v))
        .collect();
    (views, speakers)
}

/// How many quotations `quotes::find` gives over all `texts`: the work the throughput example
/// and the bench time.
#[allow(dead_code)] // not every example needs it
pub fn found_in_all(texts: &[String], views: &[text::TextView], speakers: &[Speakers]) -> usize {
    texts
        .iter()
        .zip(views)
        .zip(speakers)
        .map(|((t, v), s)| quotes::find(t, v, s).len())
        .sum()
}
