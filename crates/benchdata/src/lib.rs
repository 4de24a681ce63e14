//! The texts newsgraph's criterion benches run on: the JSONL file named by `$NEWSGRAPH_BENCH`,
//! else the shared bench corpus next to the repository (`../shared/bench/news_texts.jsonl`), else
//! — saying so — the example article the repository ships, so that `cargo bench` runs anywhere.

use std::path::PathBuf;

/// The corpus's name (its path, or `example`) and the `text` of each of its lines.
pub fn texts() -> (String, Vec<String>) {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let path = std::env::var_os("NEWSGRAPH_BENCH")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("../shared/bench/news_texts.jsonl"));
    if let Ok(body) = std::fs::read_to_string(&path) {
        let texts = body
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| v.get("text")?.as_str().map(str::to_string))
            .collect();
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
