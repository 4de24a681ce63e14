//! End-to-end bench: `Engine::analyze` + the GKG row of every article of a corpus, on one thread;
//! and the same with `Engine::analyze_batch` over chunks of 128 articles, as the binary runs it.
//!
//! The corpus is `$NEWSGRAPH_BENCH`, else `../shared/bench/news_texts.jsonl` next to the
//! repository (JSON lines with a `text` field); without either, the shipped example article is
//! used and the figure is not comparable (a note says so).

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use model::Article;
use std::path::PathBuf;

fn corpus() -> (String, Vec<Article>) {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let path = std::env::var_os("NEWSGRAPH_BENCH")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("../shared/bench/news_texts.jsonl"));
    if let Ok(body) = std::fs::read_to_string(&path) {
        let articles = body
            .lines()
            .enumerate()
            .filter_map(|(i, line)| {
                let v: serde_json::Value = serde_json::from_str(line).ok()?;
                Some(Article::new(format!("{i}"), v.get("text")?.as_str()?))
            })
            .collect();
        return (path.display().to_string(), articles);
    }
    eprintln!(
        "note: no corpus at {} — benchmarking the shipped example article instead",
        path.display()
    );
    let text = std::fs::read_to_string(root.join("examples/articles/iberian-floods.txt"))
        .expect("example article");
    ("example".into(), vec![Article::new("example", text)])
}

/// Appends the GKG row of `record`, the `seq`th of the run, and a newline.
fn push_row(out: &mut String, record: &model::Record, seq: usize) {
    let ctx = gdelt::RowContext {
        date: None,
        seq: seq as u64,
    };
    gdelt::gkg_row(record, &ctx).write(out);
    out.push('\n');
}

fn end_to_end(c: &mut Criterion) {
    let (name, articles) = corpus();
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let engine = pipeline::Engine::new();
    let options = pipeline::Options::default();
    let mut group = c.benchmark_group("pipeline");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(20);
    group.bench_function(format!("analyze+gkg/{name}"), |b| {
        b.iter(|| {
            let mut out = String::new();
            for (i, a) in articles.iter().enumerate() {
                push_row(&mut out, &engine.analyze(a.clone(), &options), i);
            }
            assert_eq!(out.lines().count(), articles.len());
            out
        })
    });
    group.bench_function(format!("analyze_batch+gkg/{name}"), |b| {
        b.iter(|| {
            let mut out = String::new();
            for chunk in articles.chunks(128) {
                for (i, record) in engine
                    .analyze_batch(chunk.to_vec(), &options)
                    .iter()
                    .enumerate()
                {
                    push_row(&mut out, record.as_ref().expect("no article fails"), i);
                }
            }
            assert_eq!(out.lines().count(), articles.len());
            out
        })
    });
    group.finish();
}

criterion_group!(benches, end_to_end);
criterion_main!(benches);
