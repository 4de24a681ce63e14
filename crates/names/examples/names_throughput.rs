//! The names stage alone, outside criterion: `cargo run -p names --release --example names_throughput`
//! prepares the text views of the bench corpus (`$NEWSGRAPH_BENCH`, else the shared one), then
//! runs `names::find` over every article `PASSES` times (default 5) and prints the best pass in
//! milliseconds and MB/s (one thread; the best pass is the least disturbed on a busy machine).

use std::time::Instant;

fn main() {
    let (name, texts) = benchdata::texts();
    let views: Vec<text::TextView> = texts.iter().map(|t| text::TextView::new(t)).collect();
    let lex = lexicon::Lexicon::shared();
    let bytes: usize = texts.iter().map(String::len).sum();
    let passes: usize = std::env::var("PASSES")
        .ok()
        .and_then(|p| p.parse().ok())
        .unwrap_or(5);
    let mut best = f64::MAX;
    let mut found = 0usize;
    for _ in 0..passes {
        let t0 = Instant::now();
        for (t, v) in texts.iter().zip(&views) {
            let names = names::find(t, v, lex);
            found += names.persons.len() + names.all_names.len();
        }
        best = best.min(t0.elapsed().as_secs_f64());
    }
    println!(
        "names::find over {name}: {} articles, best of {passes}: {:.1} ms, {:.1} MB/s ({found} names)",
        texts.len(),
        best * 1e3,
        bytes as f64 / best / 1e6
    );
}
