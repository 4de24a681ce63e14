//! Criterion benches for the text layer: throughput of `TextView::new` and of its parts.
//!
//! Two corpora: prose generated here (deterministic, invented sentences, one ASCII flavour and
//! one with curly quotes and dashes so that the alignment path is exercised), and, when it
//! exists, the `text` fields of /work/shared/bench/news_texts.jsonl (set `NEWS_TEXTS` to use
//! another file). Each timed loop checks a count so that the work cannot be optimised away.
//!
//! Run: `cargo bench -p text --bench text`

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use text::{CharOffsets, Normalized, TextView, tokenize};

const DEFAULT_CORPUS: &str = "/work/shared/bench/news_texts.jsonl";

/// A tiny deterministic generator (no rand dependency, same text on every run).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) as usize
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.next() % items.len()]
    }
}

/// Invented news-like articles: headline, dateline, paragraphs of sentences with abbreviations,
/// numbers, quotes. `typographic` uses curly quotes, apostrophes and em dashes.
fn generated_articles(count: usize, typographic: bool) -> Vec<String> {
    const SUBJECTS: &[&str] = &[
        "The council",
        "Mr. Harlow",
        "Gen. Ortega",
        "Officials in the U.S.",
        "The Zelto Corp. board",
        "Dr. Amina Yusuf",
        "Police",
        "The ministry",
        "Sen. Ito",
        "Residents of St. Clair",
    ];
    const VERBS: &[&str] = &[
        "said",
        "announced",
        "warned",
        "denied",
        "confirmed",
        "rejected",
        "proposed",
        "reported",
    ];
    const OBJECTS: &[&str] = &[
        "a plan to cut spending by 3.5 percent",
        "that 94,000 people had left the region",
        "new talks with the U.N. on Sept. 12",
        "a $1.2bn deal with Brix Ltd. and partners",
        "that the bridge would reopen at 10 a.m. on Monday",
        "an inquiry into the 2021-22 budget",
        "the report, e.g. its annex on water",
        "that the vote was postponed",
    ];
    const TAILS: &[&str] = &[
        ".",
        ".",
        ".",
        ", officials said.",
        " on Tuesday.",
        "?",
        " in the U.S.",
    ];
    let (lq, rq, apos, dash) = if typographic {
        ("“", "”", "’", " — ")
    } else {
        ("\"", "\"", "'", " - ")
    };
    let mut rng = Lcg(42);
    (0..count)
        .map(|_| {
            let mut a = String::new();
            a.push_str(rng.pick(SUBJECTS));
            a.push(' ');
            a.push_str(rng.pick(VERBS));
            a.push_str(" new measures\n\nPORTVILLE (Wire)");
            a.push_str(dash);
            for p in 0..6 {
                for s in 0..5 {
                    if (p + s) % 4 == 3 {
                        a.push_str(&format!(
                            "{lq}We won{apos}t stop now,{rq} {} {}. ",
                            "she", "said"
                        ));
                    }
                    a.push_str(rng.pick(SUBJECTS));
                    a.push(' ');
                    a.push_str(rng.pick(VERBS));
                    a.push(' ');
                    a.push_str(rng.pick(OBJECTS));
                    a.push_str(rng.pick(TAILS));
                    a.push(' ');
                }
                a.push_str("\n\n");
            }
            a
        })
        .collect()
}

/// The `text` fields of the JSONL corpus, or `None` (with a note) when it is missing.
fn corpus_articles() -> Option<Vec<String>> {
    let path = std::env::var("NEWS_TEXTS").unwrap_or_else(|_| DEFAULT_CORPUS.to_string());
    let data = match std::fs::read_to_string(&path) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("note: skipping the news corpus bench: cannot read {path}: {e}");
            return None;
        }
    };
    let texts: Vec<String> = data
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v.get("text")?.as_str().map(str::to_owned))
        .collect();
    eprintln!(
        "note: news corpus {path}: {} articles, {:.1} MB",
        texts.len(),
        texts.iter().map(String::len).sum::<usize>() as f64 / 1e6
    );
    Some(texts)
}

fn bench_corpus(c: &mut Criterion, name: &str, articles: &[String]) {
    let bytes: usize = articles.iter().map(String::len).sum();
    let mut group = c.benchmark_group(name);
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(20);
    group.bench_function("text_view", |b| {
        b.iter(|| {
            let n: usize = articles
                .iter()
                .map(|a| TextView::new(black_box(a)).sentences.len())
                .sum();
            assert!(n > 0);
            n
        })
    });
    group.bench_function("normalize", |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|a| Normalized::new(black_box(a)).as_str().len())
                .sum::<usize>()
        })
    });
    group.bench_function("tokenize", |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|a| tokenize(black_box(a)).len())
                .sum::<usize>()
        })
    });
    group.bench_function("char_offsets", |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|a| CharOffsets::new(black_box(a)).char_len())
                .sum::<usize>()
        })
    });
    group.finish();
}

fn benches(c: &mut Criterion) {
    bench_corpus(c, "generated_ascii", &generated_articles(300, false));
    bench_corpus(c, "generated_typographic", &generated_articles(300, true));
    if let Some(articles) = corpus_articles() {
        bench_corpus(c, "news_texts", &articles);
    }
}

criterion_group!(text_benches, benches);
criterion_main!(text_benches);
