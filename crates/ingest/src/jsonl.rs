//! JSON lines: one article object per line, streamed; `text` is required and taken verbatim.

use crate::{Item, Position, Problem, Reason};
use model::Article;
use serde::Deserialize;
use serde_json::Value;
use std::io::BufRead;

#[derive(Deserialize)]
struct Line {
    #[serde(default)]
    id: Value,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    published: Option<String>,
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    text: Value,
}

/// Streams a JSONL input; a bad line is reported and the next one read.
pub(crate) struct JsonlReader<R> {
    name: String,
    reader: R,
    line_no: u64,
    buf: Vec<u8>,
    /// A warning to hand out before the article it belongs to.
    pending: Option<Item>,
    done: bool,
}

impl<R: BufRead> JsonlReader<R> {
    pub(crate) fn new(name: String, reader: R) -> Self {
        JsonlReader {
            name,
            reader,
            line_no: 0,
            buf: Vec::with_capacity(1 << 14),
            pending: None,
            done: false,
        }
    }

    fn problem(&self, reason: Reason) -> Problem {
        Problem::at(&self.name, Position::Line(self.line_no), reason)
    }

    fn parse(&mut self) -> Option<Item> {
        let mut raw = &self.buf[..];
        if raw.ends_with(b"\n") {
            raw = &raw[..raw.len() - 1];
        }
        if raw.ends_with(b"\r") {
            raw = &raw[..raw.len() - 1];
        }
        if self.line_no == 1 {
            raw = raw.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(raw);
        }
        if raw.iter().all(u8::is_ascii_whitespace) {
            return None;
        }
        let line: Line = match serde_json::from_slice(raw) {
            Ok(l) => l,
            Err(e) => {
                // serde_json checks UTF-8 too: tell undecodable bytes from bad JSON on failure only.
                let reason = match std::str::from_utf8(raw) {
                    Err(u) => Reason::Undecodable(format!(
                        "invalid UTF-8 at byte {} of the line",
                        u.valid_up_to()
                    )),
                    Ok(_) => Reason::MalformedJson(e.to_string()),
                };
                return Some(Item::Rejected(self.problem(reason)));
            }
        };
        let text = match line.text {
            Value::String(s) => s,
            Value::Null => return Some(Item::Rejected(self.problem(Reason::MissingText))),
            other => {
                let reason =
                    Reason::MalformedJson(format!("\"text\" is {}, not a string", kind_of(&other)));
                return Some(Item::Rejected(self.problem(reason)));
            }
        };
        if text.trim().is_empty() {
            return Some(Item::Rejected(self.problem(Reason::EmptyText)));
        }
        let id = match line.id {
            Value::String(s) if !s.is_empty() => s,
            Value::Number(n) => n.to_string(),
            _ => line
                .url
                .clone()
                .unwrap_or_else(|| format!("{}:{}", self.name, self.line_no)),
        };
        let published = line
            .published
            .as_deref()
            .filter(|s| !s.trim().is_empty())
            .and_then(|s| {
                let t = model::parse_timestamp(s);
                if t.is_none() {
                    self.pending = Some(Item::Warning(
                        self.problem(Reason::UnreadableDate(s.to_string())),
                    ));
                }
                t
            });
        let article = Article {
            id,
            url: line.url,
            title: line.title,
            published,
            source: line.source,
            text,
            ..Default::default()
        };
        Some(Item::Article(Box::new(article)))
    }
}

fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

impl<R: BufRead> Iterator for JsonlReader<R> {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        loop {
            if let Some(w) = self.pending.take() {
                return Some(w);
            }
            if self.done {
                return None;
            }
            self.buf.clear();
            match self.reader.read_until(b'\n', &mut self.buf) {
                Ok(0) => {
                    self.done = true;
                    return None;
                }
                Ok(_) => {
                    self.line_no += 1;
                    if let Some(item) = self.parse() {
                        // A warning is handed out right after the article it concerns.
                        if let Some(w) = self.pending.take() {
                            self.pending = Some(item);
                            return Some(w);
                        }
                        return Some(item);
                    }
                }
                Err(e) => {
                    self.done = true;
                    self.line_no += 1;
                    let reason = if e.kind() == std::io::ErrorKind::InvalidData
                        || e.kind() == std::io::ErrorKind::InvalidInput
                    {
                        Reason::Undecodable(e.to_string())
                    } else {
                        Reason::Unreadable(e.to_string())
                    };
                    return Some(Item::Rejected(self.problem(reason)));
                }
            }
        }
    }
}
