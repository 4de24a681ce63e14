//! Runs the quantities stage over a `score.py make-input` JSONL file (stdin or a path) and writes
//! one `{"id","amounts":[…],"counts":[…]}` line per input line, with char offsets, for
//! `score.py amounts`.
//!
//! `cargo run --release -p quantities --example quantities_score_input -- in.jsonl > pred.jsonl`

use std::io::Write;

fn main() -> std::io::Result<()> {
    let docs = benchdata::docs(std::env::args().nth(1).as_deref())?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for doc in docs {
        let text = doc["text"].as_str().unwrap_or("");
        let view = text::TextView::new(text);
        let found = quantities::find(text, &view);
        let chars = text::CharOffsets::new(text);
        let amounts: Vec<_> = found
            .amounts
            .iter()
            .map(|a| {
                let r = chars.chars_of(a.span);
                serde_json::json!({
                    "start": r.start, "end": r.end, "text": a.span.get(text).unwrap_or(""),
                    "value": a.value, "object": a.object.text(text),
                })
            })
            .collect();
        let counts: Vec<_> = found
            .counts
            .iter()
            .map(|c| {
                serde_json::json!({
                    "type": c.kind, "count": c.count, "object": c.object.text(text),
                    "start": chars.char_of(c.span.start),
                })
            })
            .collect();
        let rec = serde_json::json!({"id": doc["id"], "amounts": amounts, "counts": counts});
        writeln!(out, "{rec}")?;
    }
    out.flush()
}
