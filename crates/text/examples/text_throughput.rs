//! Quick throughput check outside criterion: `cargo run -p text --release --example text_throughput
//! -- [FILE.jsonl] [stage]` runs one stage (`view`, `tokenize`, `normalize`) over the `text`
//! fields ten times and prints MB/s of wall time (use `perf stat` for cycles on a busy machine).

use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .unwrap_or_else(|| "/work/shared/bench/news_texts.jsonl".into());
    let stage = args.next().unwrap_or_else(|| "view".into());
    let texts = benchdata::texts_of(path.as_ref()).expect("readable corpus");
    let bytes: usize = texts.iter().map(String::len).sum();
    let t0 = Instant::now();
    let mut n = 0usize;
    let passes: usize = std::env::var("PASSES")
        .ok()
        .and_then(|p| p.parse().ok())
        .unwrap_or(10);
    for _ in 0..passes {
        for t in &texts {
            n += match stage.as_str() {
                "tokenize" => text::tokenize(t).len(),
                "baseline" => {
                    // Calibration: split on ASCII whitespace into a Vec of spans.
                    let mut v = Vec::with_capacity(t.len() / 5);
                    let mut start = None;
                    for (i, &b) in t.as_bytes().iter().enumerate() {
                        match (b <= b' ', start) {
                            (true, Some(s)) => {
                                v.push(text::ByteSpan::new(s, i));
                                start = None;
                            }
                            (false, None) => start = Some(i),
                            _ => {}
                        }
                    }
                    v.len()
                }
                "normalize" => text::Normalized::new(t).as_str().len(),
                _ => text::TextView::new(t).sentences.len(),
            };
        }
    }
    let secs = t0.elapsed().as_secs_f64();
    println!(
        "{stage}: {n} items, {:.1} MB/s",
        passes as f64 * bytes as f64 / secs / 1e6
    );
}
