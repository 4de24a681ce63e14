//! The quantities stage alone (text views prepared outside the timed loop), over the shared
//! bench corpus (`$NEWSGRAPH_BENCH`, else `../shared/bench/news_texts.jsonl`), or the shipped
//! example article when the corpus is not there.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn quantities(c: &mut Criterion) {
    let (name, texts) = benchdata::texts();
    let views: Vec<text::TextView> = texts.iter().map(|t| text::TextView::new(t)).collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut group = c.benchmark_group("quantities");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.bench_function(format!("find/{name}"), |b| {
        b.iter(|| {
            texts
                .iter()
                .zip(&views)
                .map(|(t, v)| quantities::find(t, v).amounts.len())
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, quantities);
criterion_main!(benches);
