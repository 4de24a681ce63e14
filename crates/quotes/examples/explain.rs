//! Shows what the quotation stage finds in one text given on the command line, with the
//! persons and organisations the names stage gave it as candidate speakers.
//!
//! `cargo run --release -p quotes --example explain -- "“We are ready,” the mayor said."`

use quotes::{Candidate, SpeakerKind, Speakers};

fn main() {
    let text = std::env::args().nth(1).unwrap_or_default();
    let view = text::TextView::new(&text);
    let names = names::find(&text, &view, lexicon::Lexicon::shared());
    let cand = |kind| {
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
    for e in &entities {
        let mentions: Vec<&str> = e.mentions.iter().map(|m| &text[m.range()]).collect();
        println!("candidate {:?} {:?} {mentions:?}", e.name, e.kind);
    }
    let speakers = Speakers { entities };
    for q in quotes::find(&text, &view, &speakers) {
        println!(
            "{:?} {:?} verb={:?} speaker={:?} (as written: {:?}){}",
            q.kind,
            &text[q.span.range()],
            q.verb,
            q.speaker_name(&text, &speakers),
            q.speaker_span.map(|s| &text[s.range()]),
            if q.continued { " continued" } else { "" },
        );
    }
}
