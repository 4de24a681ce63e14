//! The inputs of newsgraph's benches and measuring examples. [`texts`]: what the criterion benches
//! run on — the JSONL file named by `$NEWSGRAPH_BENCH`, else the shared bench corpus next to the
//! repository (`../shared/bench/news_texts.jsonl`), else, saying so, the example article the
//! repository ships, so that `cargo bench` runs anywhere. [`texts_of`]: the texts of one JSONL
//! file. [`docs`]: the lines of a `score.py make-input` file, for the `*_score_input` examples.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

/// The corpus's name (its path, or `example`) and the `text` of each of its lines.
pub fn texts() -> (String, Vec<String>) {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let path = std::env::var_os("NEWSGRAPH_BENCH")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("../shared/bench/news_texts.jsonl"));
    if let Ok(texts) = texts_of(&path) {
        return (path.display().to_string(), texts);
    }
    eprintln!(
        "note: no corpus at {} — benchmarking the shipped example article",
        path.display()
    );
    let text = std::fs::read_to_string(root.join("examples/articles/iberian-floods.txt"))
        .unwrap_or_default();
    ("example".into(), vec![text])
}

/// The `text` field of each line of the JSONL file at `path` (lines that are not JSON objects
/// with a text are skipped).
pub fn texts_of(path: &Path) -> std::io::Result<Vec<String>> {
    let body = std::fs::read_to_string(path)?;
    Ok(body
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v.get("text")?.as_str().map(str::to_string))
        .collect())
}

/// Each line of a JSONL file (`path`, or standard input for `None` or `-`) that parses as JSON,
/// in order; other lines are skipped.
pub fn docs(path: Option<&str>) -> std::io::Result<Vec<serde_json::Value>> {
    let input: Box<dyn BufRead> = match path {
        Some(p) if p != "-" => Box::new(BufReader::new(std::fs::File::open(p)?)),
        _ => Box::new(BufReader::new(std::io::stdin())),
    };
    let mut docs = Vec::new();
    for line in input.lines() {
        if let Ok(doc) = serde_json::from_str(&line?) {
            docs.push(doc);
        }
    }
    Ok(docs)
}

/// The day a document of [`docs`] was published: its `published` field's first ten characters
/// as `YYYY-MM-DD`, if it has such a field.
pub fn published(doc: &serde_json::Value) -> Option<chrono::NaiveDate> {
    let date = doc["published"].as_str()?.get(..10)?;
    chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").ok()
}
