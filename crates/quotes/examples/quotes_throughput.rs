//! Throughput of the quotation stage alone over a JSONL corpus (text views and speakers are
//! prepared first and not timed), by wall clock and by the time the thread was on a CPU (Linux
//! `/proc/thread-self/schedstat`), which a busy machine does not inflate.
//!
//! `cargo run --release -p quotes --example quotes_throughput -- ../shared/bench/news_texts.jsonl [passes]`

use std::time::Instant;

mod support;

/// Nanoseconds this thread has run on a CPU, if the kernel tells.
fn on_cpu_ns() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    s.split_whitespace().next()?.parse().ok()
}

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .unwrap_or_else(|| "../shared/bench/news_texts.jsonl".into());
    let passes: usize = args.next().and_then(|p| p.parse().ok()).unwrap_or(20);
    let texts = benchdata::texts_of(path.as_ref())?;
    let (views, speakers) = support::prepared(&texts);
    let bytes: usize = texts.iter().map(String::len).sum();
    let run = || support::found_in_all(&texts, &views, &speakers);
    let found = run();
    let (wall, cpu) = (Instant::now(), on_cpu_ns());
    for _ in 0..passes {
        std::hint::black_box(run());
    }
    let secs = wall.elapsed().as_secs_f64();
    let mb = (bytes * passes) as f64 / 1e6;
    println!(
        "{} texts, {:.1} MB, {found} quotations; {passes} passes: {:.0} MB/s wall",
        texts.len(),
        bytes as f64 / 1e6,
        mb / secs
    );
    if let (Some(a), Some(b)) = (cpu, on_cpu_ns()) {
        println!("{:.0} MB/s on-CPU", mb / ((b - a) as f64 / 1e9));
    }
    Ok(())
}
