//! The quotation stage alone (text views and speakers from the names stage prepared outside the
//! timed loop), over the shared bench corpus (`$NEWSGRAPH_BENCH`, else
//! `../shared/bench/news_texts.jsonl`), or the shipped example article when the corpus is not
//! there.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
#[path = "../examples/support/mod.rs"]
mod support;

fn quotes(c: &mut Criterion) {
    let (name, texts) = benchdata::texts();
    let (views, speakers) = support::prepared(&texts);
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut group = c.benchmark_group("quotes");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.bench_function(format!("find/{name}"), |b| {
        b.iter(|| support::found_in_all(&texts, &views, &speakers))
    });
    group.finish();
}

criterion_group!(benches, quotes);
criterion_main!(benches);
