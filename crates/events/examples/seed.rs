//! Shows the events of one article, one per line: sentence, code, source → target, modality, place,
//! date, the words and the rule that fired. The article date is the second argument.
//!
//! `cargo run -p events --example seed -- ../shared/articles/seed-putin-biden.txt 2021-12-30 [--json] [--explain]`
//! (`--json`: the events as the rich record's JSON, char offsets; `--explain`: each sentence's actors
//! and pattern matches first).

mod support;

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .unwrap_or_else(|| "examples/articles/iberian-floods.txt".into());
    let date = args
        .next()
        .and_then(|d| chrono::NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok());
    let text = std::fs::read_to_string(&path)?;
    let view = text::TextView::new(&text);
    let ctx = support::context(&text, &view, date);
    let found = events::code(&text, &view, &ctx);
    let flags: Vec<String> = args.collect();
    if flags.iter().any(|a| a == "--explain") {
        for l in events::explain(&text, &view, &ctx) {
            println!("{l}");
        }
    }
    if flags.iter().any(|a| a == "--json") {
        for e in support::to_json(&text, &ctx, &found) {
            println!("{e}");
        }
        return Ok(());
    }
    for e in &found {
        let who = |a: &Option<events::EventActor>| {
            a.as_ref()
                .map_or("-".to_string(), |a| format!("{} ({})", a.code, a.name))
        };
        println!(
            "s{:<3} {:<5} {} -> {}  [{}{}{}]  {:?}  rule: {}",
            e.sentence,
            e.code,
            who(&e.actor1),
            who(&e.actor2),
            e.modality.as_str(),
            e.place
                .map_or(String::new(), |p| format!(", at {}", ctx.places[p].name)),
            e.date.map_or(String::new(), |d| format!(", on {d}")),
            &text[e.span.range()],
            e.rule
        );
    }
    Ok(())
}
