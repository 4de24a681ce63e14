//! Shows what the quotation stage finds in one text given on the command line, with the
//! persons and organisations the names stage gave it as candidate speakers.
//!
//! `cargo run --release -p quotes --example quotes_explain -- "“We are ready,” the mayor said."`

mod support;

fn main() {
    let text = std::env::args().nth(1).unwrap_or_default();
    let view = text::TextView::new(&text);
    let speakers = support::speakers(&text, &view);
    for e in &speakers.entities {
        let mentions: Vec<&str> = e.mentions.iter().map(|m| &text[m.range()]).collect();
        println!("candidate {:?} {:?} {mentions:?}", e.name, e.kind);
    }
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
