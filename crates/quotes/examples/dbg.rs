use quotes::{Candidate, SpeakerKind, Speakers};
fn main() {
    let text = std::env::args().nth(1).unwrap();
    let view = text::TextView::new(&text);
    let names = names::find(&text, &view, lexicon::Lexicon::shared());
    let mut entities: Vec<Candidate> = names
        .persons
        .into_iter()
        .map(|e| Candidate {
            name: e.name,
            kind: SpeakerKind::Person,
            mentions: e.mentions,
            roles: e.roles,
        })
        .collect();
    entities.extend(names.organizations.into_iter().map(|e| Candidate {
        name: e.name,
        kind: SpeakerKind::Organization,
        mentions: e.mentions,
        roles: e.roles,
    }));
    for e in &entities {
        println!(
            "ENT {} {:?} {:?}",
            e.name,
            e.kind,
            e.mentions
                .iter()
                .map(|m| &text[m.range()])
                .collect::<Vec<_>>()
        );
    }
    for s in &view.sentences {
        println!("SENT {:?}", &text[s.range()]);
    }
    let sp = Speakers { entities };
    for q in quotes::find(&text, &view, &sp) {
        println!(
            "Q {:?} verb={:?} spk={:?} span={:?} {:?}",
            &text[q.span.range()],
            q.verb,
            q.speaker_name(&text, &sp),
            q.speaker_span.map(|s| &text[s.range()]),
            q.kind
        );
    }
}
