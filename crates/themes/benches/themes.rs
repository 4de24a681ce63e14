//! The themes stage alone (text views prepared outside the timed loop), over the shared bench
//! corpus (`benchdata::texts`: `$NEWSGRAPH_BENCH`, else `../shared/bench/news_texts.jsonl`, else the
//! shipped example article).

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn themes(c: &mut Criterion) {
    let (name, texts) = benchdata::texts();
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
