//! The tone stage alone (text views prepared outside the timed loop), over the shared bench
//! corpus (`$NEWSGRAPH_BENCH`, else `../shared/bench/news_texts.jsonl`), or a paragraph written
//! here when the corpus is not there; and the time to build the shipped lexicon.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::path::PathBuf;

/// Used when the corpus is missing, so that the bench still runs.
const FALLBACK: &str = "Storm Leaves Thousands Without Power\n\nA powerful storm tore \
    through the coast on Tuesday, killing four people. Emergency crews worked through the night \
    and officials said that we should expect a quick recovery of the grid.";

fn corpus() -> (String, Vec<String>) {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let path = std::env::var_os("NEWSGRAPH_BENCH")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("../shared/bench/news_texts.jsonl"));
    if let Ok(body) = std::fs::read_to_string(&path) {
        let texts = body
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| v.get("text")?.as_str().map(str::to_string))
            .collect();
        return ("news_texts".into(), texts);
    }
    eprintln!(
        "note: no corpus at {} — benchmarking a paragraph",
        path.display()
    );
    ("paragraph".into(), vec![FALLBACK.to_string()])
}

fn tone(c: &mut Criterion) {
    let (name, texts) = corpus();
    let views: Vec<text::TextView> = texts.iter().map(|t| text::TextView::new(t)).collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut group = c.benchmark_group("tone");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(20);
    group.bench_function(format!("score/{name}"), |b| {
        b.iter(|| {
            texts
                .iter()
                .zip(&views)
                .map(|(t, v)| tone::score(t, v).word_count)
                .sum::<u64>()
        })
    });
    group.finish();

    let mut group = c.benchmark_group("tone_lexicon");
    group.sample_size(20);
    group.bench_function("build_shipped", |b| {
        b.iter(|| tone::Lexicon::build(&tone::Sources::SHIPPED).0.len())
    });
    group.finish();
}

criterion_group!(benches, tone);
criterion_main!(benches);
