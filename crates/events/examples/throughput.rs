//! Throughput of the event stage over a JSONL corpus (default: the shared bench corpus): the text
//! layer, then the coder with an empty context (its own dictionaries find the actors), timed
//! separately; prints sentences/s and MB/s, and how many events were coded.
//!
//! `cargo run --release -p events --example throughput -- ../shared/bench/news_texts.jsonl`

use std::time::Instant;

fn main() -> std::io::Result<()> {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "../shared/bench/news_texts.jsonl".into());
    let body = std::fs::read_to_string(&path)?;
    let texts: Vec<String> = body
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v.get("text")?.as_str().map(str::to_string))
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let ctx = events::Context {
        date: chrono::NaiveDate::from_ymd_opt(2024, 3, 12),
        ..Default::default()
    };
    let t0 = Instant::now();
    events::Dictionaries::shared();
    let load = t0.elapsed();
    let mut best_text = f64::MAX;
    let mut best_code = f64::MAX;
    let mut sentences = 0;
    let mut coded = 0;
    for _ in 0..3 {
        let t = Instant::now();
        let views: Vec<text::TextView> = texts.iter().map(|t| text::TextView::new(t)).collect();
        best_text = best_text.min(t.elapsed().as_secs_f64());
        sentences = views.iter().map(|v| v.sentences.len()).sum();
        let t = Instant::now();
        coded = texts
            .iter()
            .zip(&views)
            .map(|(t, v)| events::code(t, v, &ctx).len())
            .sum();
        best_code = best_code.min(t.elapsed().as_secs_f64());
    }
    let mb = bytes as f64 / 1e6;
    println!(
        "{} texts, {:.1} MB, {} sentences, {} events; dictionaries loaded in {:.1} ms",
        texts.len(),
        mb,
        sentences,
        coded,
        load.as_secs_f64() * 1e3
    );
    println!(
        "coder alone: {:.3} s = {:.0} sentences/s = {:.1} MB/s",
        best_code,
        sentences as f64 / best_code,
        mb / best_code
    );
    println!(
        "text layer + coder: {:.3} s = {:.0} sentences/s = {:.1} MB/s",
        best_text + best_code,
        sentences as f64 / (best_text + best_code),
        mb / (best_text + best_code)
    );
    Ok(())
}
