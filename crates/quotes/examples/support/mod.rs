//! What the examples and the bench share: the candidate speakers the names stage gives a text,
//! built as the pipeline builds them.

use quotes::{Candidate, SpeakerKind, Speakers};

/// The persons and organisations of `names` as candidate speakers.
pub fn from_names(names: names::Names) -> Speakers {
    let cand = |kind: SpeakerKind| {
        move |e: names::NamedEntity| Candidate {
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
