//! The tone stage alone (text views prepared outside the timed loop), over the shared bench
//! corpus (`benchdata::texts`: `$NEWSGRAPH_BENCH`, else `../shared/bench/news_texts.jsonl`, else the
//! shipped example article); and the time to build the shipped lexicon.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn tone(c: &mut Criterion) {
    let (name, texts) = benchdata::texts();
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
