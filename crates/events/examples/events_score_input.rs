//! Codes the events of a `score.py make-input` JSONL file (stdin or a path) and writes one rich
//! record line `{"id","events":[…]}` per input line, for `score.py events`. The names, places and
//! dates stages build the context, as the pipeline does.
//!
//! ```sh
//! python3 ../shared/tools/score.py make-input ../shared/eval/gold/plover_gsr.jsonl > /tmp/ev-in.jsonl
//! cargo run --release -p events --example events_score_input -- /tmp/ev-in.jsonl > /tmp/ev-pred.jsonl
//! python3 ../shared/tools/score.py events --gold ../shared/eval/gold/plover_gsr.jsonl --pred /tmp/ev-pred.jsonl
//! ```
//!
//! With `--tsv` after the path it writes Events 2.0 rows instead (asserted events), which
//! `score.py events` reads too: one `gdelt::events::EventWindow` per document, as
//! `newsgraph extract --window 1` counts them. (Over one window for the whole input, an event
//! that two gold sentences share — same actors, code, date and place — becomes one row with the
//! first sentence's SOURCEURL, and the second sentence is scored as if it had no event.)

mod support;

use std::io::Write;

fn main() -> std::io::Result<()> {
    let docs = benchdata::docs(std::env::args().nth(1).as_deref())?;
    let tsv = std::env::args().any(|a| a == "--tsv");
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut next_id = 1;
    let row_ctx = gdelt::events::EventRowContext {
        date_added: model::parse_timestamp("2024-01-01T00:00:00"),
        include_non_asserted: false,
    };
    for doc in docs {
        let text = doc["text"].as_str().unwrap_or("");
        let date = benchdata::published(&doc);
        let view = text::TextView::new(text);
        let (ctx, listed) = support::context_listed(text, &view, date);
        let found = events::code(text, &view, &ctx);
        if tsv {
            let id = doc["id"].as_str().unwrap_or("");
            let record = support::to_record(id, doc["url"].as_str(), text, &ctx, &listed, &found);
            let mut window = gdelt::events::EventWindow::new(next_id);
            window.add(&record, &row_ctx);
            next_id = window.next_id();
            for r in window.close().0 {
                writeln!(out, "{}", r.to_line())?;
            }
            continue;
        }
        let rec =
            serde_json::json!({"id": doc["id"], "events": support::to_json(text, &ctx, &found)});
        writeln!(out, "{rec}")?;
    }
    out.flush()
}
