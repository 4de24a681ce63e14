//! The event coder alone (text views and contexts prepared outside the timed loop, the context
//! holding no entities: the coder's own dictionaries find the actors), over the shared bench corpus
//! (`$NEWSGRAPH_BENCH`, else `../shared/bench/news_texts.jsonl`), or the shipped example article
//! when the corpus is not there.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn events(c: &mut Criterion) {
    let (name, texts) = benchdata::texts();
    let views: Vec<text::TextView> = texts.iter().map(|t| text::TextView::new(t)).collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let ctx = events::Context {
        date: chrono::NaiveDate::from_ymd_opt(2024, 3, 12),
        ..Default::default()
    };
    events::Dictionaries::shared();
    let mut group = c.benchmark_group("events");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.bench_function(format!("code/{name}"), |b| {
        b.iter(|| {
            texts
                .iter()
                .zip(&views)
                .map(|(t, v)| events::code(t, v, &ctx).len())
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, events);
criterion_main!(benches);
