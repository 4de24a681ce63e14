//! Codes the events of a `score.py make-input` JSONL file (stdin or a path) and writes one rich
//! record line `{"id","events":[…]}` per input line, for `score.py events`. The names, places and
//! dates stages build the context, as the pipeline does.
//!
//! ```sh
//! python3 ../shared/tools/score.py make-input ../shared/eval/gold/plover_gsr.jsonl > /tmp/ev-in.jsonl
//! cargo run --release -p events --example score_input -- /tmp/ev-in.jsonl > /tmp/ev-pred.jsonl
//! python3 ../shared/tools/score.py events --gold ../shared/eval/gold/plover_gsr.jsonl --pred /tmp/ev-pred.jsonl
//! ```

mod support;

use std::io::{BufRead, BufReader, Write};

fn main() -> std::io::Result<()> {
    let input: Box<dyn BufRead> = match std::env::args().nth(1) {
        Some(p) if p != "-" => Box::new(BufReader::new(std::fs::File::open(p)?)),
        _ => Box::new(BufReader::new(std::io::stdin())),
    };
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for line in input.lines() {
        let line = line?;
        let Ok(doc) = serde_json::from_str::<serde_json::Value>(&line) else {
            continue;
        };
        let text = doc["text"].as_str().unwrap_or("");
        let date = doc["published"]
            .as_str()
            .and_then(|p| chrono::NaiveDate::parse_from_str(p.get(..10)?, "%Y-%m-%d").ok());
        let view = text::TextView::new(text);
        let ctx = support::context(text, &view, date);
        let found = events::code(text, &view, &ctx);
        let rec =
            serde_json::json!({"id": doc["id"], "events": support::to_json(text, &ctx, &found)});
        writeln!(out, "{rec}")?;
    }
    out.flush()
}
