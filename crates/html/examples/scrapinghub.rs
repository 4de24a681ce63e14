//! Runs the extractor over a folder of pages (`.html` or `.html.gz`) and writes one JSON line
//! `{"id", "text"}` per page to stdout, in the format of the Scrapinghub article-extraction
//! benchmark's scorer. Pages per second — extraction only, one thread, excluding file reading,
//! gunzip and decoding — go to stderr.
//!
//! ```text
//! cargo run --release -p html --example scrapinghub -- DIR > pred.jsonl
//! ```

use std::io::{Read, Write};
use std::path::PathBuf;
use std::time::{Duration, Instant};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: scrapinghub DIR > pred.jsonl");
        std::process::exit(2);
    };
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.to_string_lossy().ends_with(".html") || p.to_string_lossy().ends_with(".html.gz")
        })
        .collect();
    paths.sort();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut spent = Duration::ZERO;
    let mut bytes_total = 0usize;
    for path in &paths {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let id = name.trim_end_matches(".gz").trim_end_matches(".html");
        let raw = std::fs::read(path)?;
        let bytes = if name.ends_with(".gz") {
            let mut buf = Vec::new();
            flate2::read::GzDecoder::new(&raw[..]).read_to_end(&mut buf)?;
            buf
        } else {
            raw
        };
        bytes_total += bytes.len();
        let html = html::decode(&bytes, None);
        let start = Instant::now();
        let page = html::extract(&html, None);
        spent += start.elapsed();
        writeln!(
            out,
            "{}",
            serde_json::json!({ "id": id, "text": page.text })
        )?;
    }
    out.flush()?;
    let secs = spent.as_secs_f64().max(1e-9);
    eprintln!(
        "{} pages, {:.1} MB in {:.2} s of extraction: {:.1} pages/s, {:.1} MB/s",
        paths.len(),
        bytes_total as f64 / 1e6,
        secs,
        paths.len() as f64 / secs,
        bytes_total as f64 / 1e6 / secs
    );
    Ok(())
}
