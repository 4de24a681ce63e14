//! Throughput of the event stage over a JSONL corpus (default: the shared bench corpus): the text
//! layer, then the coder, timed separately (best of 5 rounds) — once with an empty context (its
//! own dictionaries find the actors) and once with the context the pipeline gives it (persons,
//! organisations, places and dates of the names, places and temporal stages, prepared outside the
//! timed loop); prints sentences/s and MB/s, and how many events were coded.
//!
//! `cargo run --release -p events --example events_throughput -- ../shared/bench/news_texts.jsonl`

mod support;

use std::time::Instant;

fn main() -> std::io::Result<()> {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "../shared/bench/news_texts.jsonl".into());
    let texts = benchdata::texts_of(path.as_ref())?;
    let bytes: usize = texts.iter().map(String::len).sum();
    let date = chrono::NaiveDate::from_ymd_opt(2024, 3, 12);
    let empty = events::Context {
        date,
        ..Default::default()
    };
    let t0 = Instant::now();
    events::Dictionaries::shared();
    let load = t0.elapsed();
    let t = Instant::now();
    let views: Vec<text::TextView> = texts.iter().map(|t| text::TextView::new(t)).collect();
    let text_layer = t.elapsed().as_secs_f64();
    let sentences: usize = views.iter().map(|v| v.sentences.len()).sum();
    let contexts: Vec<events::Context> = texts
        .iter()
        .zip(&views)
        .map(|(t, v)| support::context(t, v, date))
        .collect();
    let run = |with_context: bool| {
        let mut best = f64::MAX;
        let mut coded = 0;
        for _ in 0..5 {
            let t = Instant::now();
            coded = texts
                .iter()
                .zip(&views)
                .zip(&contexts)
                .map(|((t, v), c)| events::code(t, v, if with_context { c } else { &empty }).len())
                .sum();
            best = best.min(t.elapsed().as_secs_f64());
        }
        (best, coded)
    };
    let mb = bytes as f64 / 1e6;
    println!(
        "{} texts, {:.1} MB, {} sentences; text layer {:.3} s; dictionaries loaded in {:.1} ms",
        texts.len(),
        mb,
        sentences,
        text_layer,
        load.as_secs_f64() * 1e3
    );
    for (label, with_context) in [("empty context", false), ("pipeline context", true)] {
        let (best, coded) = run(with_context);
        println!(
            "coder, {label}: {:.3} s = {:.0} sentences/s = {:.1} MB/s; {coded} events",
            best,
            sentences as f64 / best,
            mb / best
        );
    }
    Ok(())
}
