//! Runs the temporal stage over a `score.py make-input` JSONL file (stdin or a path) and writes
//! one `{"id","dates":[…]}` line per input line, with char offsets, for `score.py dates`. The
//! line's `published` date is the reference date.
//!
//! `cargo run --release -p temporal --example temporal_score_input -- in.jsonl > pred.jsonl`

use std::io::Write;

fn main() -> std::io::Result<()> {
    let docs = benchdata::docs(std::env::args().nth(1).as_deref())?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for doc in docs {
        let text = doc["text"].as_str().unwrap_or("");
        let reference = benchdata::published(&doc);
        let view = text::TextView::new(text);
        let chars = text::CharOffsets::new(text);
        let dates: Vec<_> = temporal::find(text, &view, reference)
            .iter()
            .filter_map(|m| {
                let r = chars.chars_of(m.span);
                let surface = m.span.get(text).unwrap_or("").to_string();
                m.to_date_mention(r.start, r.end, surface)
            })
            .collect();
        let rec = serde_json::json!({"id": doc["id"], "dates": dates});
        writeln!(out, "{rec}")?;
    }
    out.flush()
}
