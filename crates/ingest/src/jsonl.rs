//! JSON lines: one article object per line, streamed; `text` is required and taken verbatim.
//!
//! A line is parsed where it lies in the reader's buffer (256 KiB for a file, so nearly every
//! line of news fits): no copy of the line, and the line end is found with `memchr`'s
//! vectorised search. A line that straddles two fills of the buffer is gathered into a buffer
//! of our own first. The usual line (strings, `null`, plain numbers) is read in one pass by
//! [`fast`]; serde_json reads the rest and decides, as before, what is wrong with a bad line.

use crate::{Item, Position, Problem, Reason};
use memchr::memchr;
use model::Article;
use serde::Deserialize;
use serde_json::Value;
use std::io::{self, BufRead};

mod fast;

/// The fields of a line, as serde_json reads them (and [`fast::parse`] too, for the usual lines).
#[derive(Deserialize, Default)]
#[cfg_attr(test, derive(Debug, PartialEq))]
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
    /// The start of a line that straddles the end of the reader's buffer.
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

    /// Parses one line (with or without its line end) into an item and, for an unreadable
    /// date, a warning to hand out first; `None` for a blank line. Takes the reader's fields
    /// rather than `self`, so that `raw` may borrow the reader's buffer.
    fn parse(name: &str, line_no: u64, raw: &[u8]) -> (Option<Item>, Option<Item>) {
        let problem = |reason| Problem::at(name, Position::Line(line_no), reason);
        let mut raw = raw;
        if raw.ends_with(b"\n") {
            raw = &raw[..raw.len() - 1];
        }
        if raw.ends_with(b"\r") {
            raw = &raw[..raw.len() - 1];
        }
        if line_no == 1 {
            raw = raw.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(raw);
        }
        if raw.iter().all(u8::is_ascii_whitespace) {
            return (None, None);
        }
        // The line is checked for UTF-8 at once with `simdutf8` (SIMD), then parsed as a `str`,
        // which serde_json does not check again: parsing bytes, it checks every string with
        // `std::str::from_utf8`, a byte-at-a-time loop wherever the text is not ASCII (curly
        // quotes, accents), with a mispredicted branch at each such char. A line that is not
        // UTF-8 is parsed as bytes, as before (serde_json does not check the strings of fields
        // it skips, so such a line may still be read).
        //
        // Most lines are read by the one-pass reader of `fast`; it leaves any line it is not sure
        // about to serde_json, which then decides as before.
        let parsed = match simdutf8::basic::from_utf8(raw) {
            Ok(raw) => fast::parse(raw).map_or_else(|| serde_json::from_str::<Line>(raw), Ok),
            Err(_) => serde_json::from_slice::<Line>(raw),
        };
        let line = match parsed {
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
                return (Some(Item::Rejected(problem(reason))), None);
            }
        };
        let text = match line.text {
            Value::String(s) => s,
            Value::Null => return (Some(Item::Rejected(problem(Reason::MissingText))), None),
            other => {
                let reason =
                    Reason::MalformedJson(format!("\"text\" is {}, not a string", kind_of(&other)));
                return (Some(Item::Rejected(problem(reason))), None);
            }
        };
        // UTF-16 text once read as 8-bit text keeps a NUL after every ASCII letter
        // ("P\u0000a\u0000u\u0000l\u0000"): the letters are the text.
        let (text, nuls) = without_interleaved_nuls(text);
        if text.trim().is_empty() {
            return (Some(Item::Rejected(problem(Reason::EmptyText))), None);
        }
        let id = match line.id {
            Value::String(s) if !s.is_empty() => s,
            Value::Number(n) => n.to_string(),
            _ => line
                .url
                .clone()
                .unwrap_or_else(|| format!("{name}:{line_no}")),
        };
        let mut warning = (nuls > 0).then(|| Item::Warning(problem(Reason::NulCharacters(nuls))));
        let published = line
            .published
            .as_deref()
            .filter(|s| !s.trim().is_empty())
            .and_then(|s| {
                let t = model::parse_timestamp(s);
                if t.is_none() {
                    let reason = Reason::UnreadableDate(s.to_string());
                    warning = Some(Item::Warning(problem(reason)));
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
        (Some(Item::Article(Box::new(article))), warning)
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
            let available = match fill_buf(&mut self.reader) {
                Ok(available) => available,
                Err(e) => {
                    self.done = true;
                    self.line_no += 1;
                    let reason = if e.kind() == io::ErrorKind::InvalidData
                        || e.kind() == io::ErrorKind::InvalidInput
                    {
                        Reason::Undecodable(e.to_string())
                    } else {
                        Reason::Unreadable(e.to_string())
                    };
                    return Some(Item::Rejected(self.problem(reason)));
                }
            };
            let (item, warning) = match memchr(b'\n', available) {
                // The whole line is in the reader's buffer: parse it there.
                Some(end) if self.buf.is_empty() => {
                    self.line_no += 1;
                    let parsed = Self::parse(&self.name, self.line_no, &available[..=end]);
                    self.reader.consume(end + 1);
                    parsed
                }
                // The rest of a line begun in an earlier fill.
                Some(end) => {
                    self.buf.extend_from_slice(&available[..=end]);
                    self.reader.consume(end + 1);
                    self.line_no += 1;
                    let parsed = Self::parse(&self.name, self.line_no, &self.buf);
                    self.buf.clear();
                    parsed
                }
                // The end of the input: the last line has no line end.
                None if available.is_empty() => {
                    self.done = true;
                    if self.buf.is_empty() {
                        return None;
                    }
                    self.line_no += 1;
                    Self::parse(&self.name, self.line_no, &self.buf)
                }
                // A line that goes on past the buffer: keep its start.
                None => {
                    let n = available.len();
                    self.buf.extend_from_slice(available);
                    self.reader.consume(n);
                    continue;
                }
            };
            if let Some(item) = item {
                // A warning is handed out right before the article it concerns.
                if let Some(w) = warning {
                    self.pending = Some(item);
                    return Some(w);
                }
                return Some(item);
            }
        }
    }
}

/// [`BufRead::fill_buf`], retried when interrupted (as `read_until` does). The second call
/// only hands out what the first one buffered.
fn fill_buf<R: BufRead>(reader: &mut R) -> io::Result<&[u8]> {
    while let Err(e) = reader.fill_buf() {
        if e.kind() != io::ErrorKind::Interrupted {
            return Err(e);
        }
    }
    reader.fill_buf()
}

/// `text` without its NUL characters, and how many there were, when at least a third of its
/// characters are NULs, as in UTF-16 text decoded as 8-bit text; the byte-order mark that such
/// a decoding turns into replacement characters at the start goes too. Otherwise `text` as it is.
fn without_interleaved_nuls(text: String) -> (String, usize) {
    let nuls = memchr::memchr_iter(0, text.as_bytes()).count();
    if nuls == 0 || nuls * 3 < text.chars().count() {
        return (text, 0);
    }
    let skip = text.len()
        - text
            .trim_start_matches(['\u{FFFD}', '\u{FEFF}', '\u{FF}', '\u{FE}'])
            .len();
    // NUL is a char of its own in UTF-8 (no other char has a zero byte), so dropping the zero
    // bytes drops the NUL chars and leaves UTF-8: a byte filter, not a char-by-char rebuild.
    let mut bytes = text.into_bytes();
    bytes.drain(..skip);
    bytes.retain(|&b| b != 0);
    let repaired = String::from_utf8(bytes).unwrap_or_else(|e| {
        // Cannot happen (see above); keep the text whole rather than panic.
        String::from_utf8_lossy(e.as_bytes()).into_owned()
    });
    (repaired, nuls)
}
