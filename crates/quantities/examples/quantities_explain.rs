//! Prints the amounts and counts the stage finds in its argument, one per line.
//!
//! `cargo run -p quantities --example quantities_explain -- "At least 43 people have been killed."`

fn main() {
    let text = std::env::args().skip(1).collect::<Vec<_>>().join(" ");
    let view = text::TextView::new(&text);
    let q = quantities::find(&text, &view);
    for a in &q.amounts {
        println!(
            "amount {:?} value={} object={:?}",
            a.span.get(&text).unwrap_or(""),
            a.value,
            a.object.text(&text)
        );
    }
    for c in &q.counts {
        println!(
            "count {} {} object={:?} at {}",
            c.kind,
            c.count,
            c.object.text(&text),
            c.span.start
        );
    }
}
