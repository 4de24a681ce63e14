//! The themes stage alone (text views prepared outside the timed loop), over the shared bench
//! corpus (`$NEWSGRAPH_BENCH`, else `../shared/bench/news_texts.jsonl`), or a few sentences
//! written here when the corpus is not there.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::path::PathBuf;

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
        return (path.display().to_string(), texts);
    }
    eprintln!(
        "note: no corpus at {} — benchmarking sentences written for this bench",
        path.display()
    );
    let text = "The finance minister said talks with the rebels would resume after the \
                ceasefire collapsed. Police arrested three protesters near the border, and \
                heavy rains flooded the valley where farmers grow maize. "
        .repeat(200);
    ("sentences".into(), vec![text])
}

fn themes(c: &mut Criterion) {
    let (name, texts) = corpus();
    let views: Vec<text::TextView> = texts.iter().map(|t| text::TextView::new(t)).collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let shared = themes::Themes::shared();
    let mut group = c.benchmark_group("themes");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.bench_function(format!("find/{name}"), |b| {
        b.iter(|| {
            texts
                .iter()
                .zip(&views)
                .map(|(t, v)| shared.find(t, v).len())
                .sum::<usize>()
        })
    });
    group.finish();
    c.bench_function("themes/load", |b| {
        b.iter(|| {
            themes::Themes::parse(&[
                ("themes.tsv", themes::THEMES_TSV),
                ("crisislex.tsv", themes::CRISISLEX_TSV),
            ])
            .map(|t| t.labels().len())
        })
    });
}

criterion_group!(benches, themes);
criterion_main!(benches);
