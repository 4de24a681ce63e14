//! Runs the names stage and the quotation stage over a `score.py make-input` JSONL file (stdin or
//! a path) and writes one rich-record line `{"id","url","text","quotations":[…]}` per input
//! line, with char offsets, for `score.py quotes`.
//!
//! `cargo run --release -p quotes --example quotes_score_input -- in.jsonl > pred.jsonl`
//!
//! With `--direct`, only direct quotations are written (for gold sets that mark only those, such
//! as GUM's).

use std::io::Write;

mod support;

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let direct_only = args.iter().any(|a| a == "--direct");
    let docs = benchdata::docs(
        args.iter()
            .find(|a| !a.starts_with("--"))
            .map(String::as_str),
    )?;
    let lex = lexicon::Lexicon::shared();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for doc in docs {
        let text = doc["text"].as_str().unwrap_or("");
        let view = text::TextView::new(text);
        let chars = text::CharOffsets::new(text);
        let speakers = support::from_names(names::find(text, &view, lex));
        let quotations: Vec<_> = quotes::find(text, &view, &speakers)
            .iter()
            .filter(|q| !direct_only || q.kind == quotes::Kind::Direct)
            .map(|q| {
                let mut v = serde_json::to_value(q.to_quotation(text, &speakers, &chars))
                    .unwrap_or_default();
                // The scorer reads a missing verb as null.
                if q.verb.is_empty() {
                    v["verb"] = serde_json::Value::Null;
                }
                // The words that named the speaker, for looking at errors.
                v["speaker_text"] = q.speaker_span.and_then(|s| s.get(text)).into();
                v
            })
            .collect();
        let rec = serde_json::json!({
            "id": doc["id"], "url": doc["url"], "text": text, "quotations": quotations,
        });
        writeln!(out, "{rec}")?;
    }
    out.flush()
}
