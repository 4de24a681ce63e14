//! The names stage alone (text views prepared outside the timed loop), over the shared bench
//! corpus (`$NEWSGRAPH_BENCH`, else `../shared/bench/news_texts.jsonl`), or the shipped example.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn names(c: &mut Criterion) {
    let (name, texts) = benchdata::texts();
    let views: Vec<text::TextView> = texts.iter().map(|t| text::TextView::new(t)).collect();
    let lex = lexicon::Lexicon::shared();
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut group = c.benchmark_group("names");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.bench_function(format!("find/{name}"), |b| {
        b.iter(|| {
            let found: usize = texts
                .iter()
                .zip(&views)
                .map(|(t, v)| names::find(t, v, lex).persons.len())
                .sum();
            assert!(found > 0 || texts.len() == 1);
            found
        })
    });
    group.finish();
}

criterion_group!(benches, names);
criterion_main!(benches);
