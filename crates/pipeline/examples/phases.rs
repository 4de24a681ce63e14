//! Where the time of `--stages none` goes, phase by phase, on one thread:
//! `cargo run -p pipeline --release --example phases -- [FILE.jsonl]` times reading the articles
//! (the `ingest` JSONL reader), the text layer alone (`TextView::new`), the char offset tables
//! (`CharOffsets::new`), the sentences' char offsets (one `chars_of` each, then one cursor per
//! text) and `Engine::analyze` with no stage (text layer + record), each over the whole file.
//! Note: examples use the system allocator, the binary mimalloc; compare figures of one kind.

use std::time::Instant;

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "/work/shared/bench/news_texts.jsonl".into());
    let ms = |t: Instant| t.elapsed().as_secs_f64() * 1e3;
    let mut check = 0usize; // keeps the work from being optimised away

    let t = Instant::now();
    let articles: Vec<model::Article> = ingest::read(&ingest::Input::Path(path.into()))
        .filter_map(|item| match item {
            ingest::Item::Article(a) => Some(*a),
            _ => None,
        })
        .collect();
    let read = ms(t);
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();

    let t = Instant::now();
    for a in &articles {
        check += text::TextView::new(&a.text).tokens.len();
    }
    let view = ms(t);

    let views: Vec<text::TextView> = articles
        .iter()
        .map(|a| text::TextView::new(&a.text))
        .collect();
    let t = Instant::now();
    let tables: Vec<text::CharOffsets> = articles
        .iter()
        .map(|a| text::CharOffsets::new(&a.text))
        .collect();
    let new_tables = ms(t);
    let t = Instant::now();
    for (chars, v) in tables.iter().zip(&views) {
        check += v
            .sentences
            .iter()
            .map(|s| chars.chars_of(*s).end)
            .sum::<usize>();
    }
    let chars_of = ms(t);
    let t = Instant::now();
    for (chars, v) in tables.iter().zip(&views) {
        let mut cursor = chars.cursor();
        check += v
            .sentences
            .iter()
            .map(|s| cursor.chars_of(*s).end)
            .sum::<usize>();
    }
    let cursor = ms(t);
    drop(views);

    let engine = pipeline::Engine::new();
    let options = pipeline::Options {
        batch_date: None,
        stages: pipeline::Stages::NONE,
        any_language: false,
    };
    let t = Instant::now();
    let records: Vec<model::Record> = articles
        .into_iter()
        .map(|a| engine.analyze(a, &options))
        .collect();
    let analyze = ms(t);
    println!(
        "{} articles, {:.2} MB of text: read {read:.1} ms, TextView::new {view:.1} ms \
         ({:.0} MB/s), CharOffsets::new {new_tables:.1} ms, sentences chars_of {chars_of:.1} ms \
         (cursor {cursor:.1} ms), analyze (no stage) {analyze:.1} ms [{check}]",
        records.len(),
        bytes as f64 / 1e6,
        bytes as f64 / 1e6 / view * 1e3,
    );
}
