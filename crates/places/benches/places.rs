//! Places stage throughput on a news-like paragraph written for the bench.
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

const PARAGRAPH: &str = "Officials in Washington said on Tuesday that talks with Russia over Ukraine \
would resume in Geneva next week. The Kremlin denied that Moscow had moved troops toward the border, \
while ministers in Paris and Berlin urged calm. Farmers from Georgia and Alabama, meanwhile, worried about \
exports to China and the Middle East as prices in New York rose. ";

fn bench(c: &mut Criterion) {
    let text = PARAGRAPH.repeat(40);
    let gaz = lexicon::gazetteer::Gazetteer::shared();
    let view = text::TextView::new(&text);
    let names = places::NameSpans::default();
    let mut g = c.benchmark_group("places");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("find", |b| {
        b.iter(|| places::find(black_box(&text), &view, gaz, &names))
    });
    g.finish();
    c.bench_function("gazetteer_load", |b| {
        b.iter(|| black_box(lexicon::gazetteer::Gazetteer::load_embedded()))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
