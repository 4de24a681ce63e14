//! WARC and WARC.gz crawls (Common Crawl News style): `response` records whose HTTP payload is an
//! HTML page become articles through the HTML path; `WARC-Target-URI` is their url and
//! `WARC-Date` their date when the page states none. Other records are structure, not articles.
//!
//! The framing is read here rather than with a crate because a crawl is often cut short, and a
//! truncated last record must be reported, not dropped: each record is a `WARC/1.x` line, header
//! lines, a blank line, exactly `Content-Length` bytes and a blank line. After a broken record the
//! reader resynchronises on the next line that starts with `WARC/`.

use crate::{Item, Position, Problem, Reason, page};
use std::io::{BufRead, Read};

/// Records larger than this are skipped (and counted), to keep memory bounded.
const MAX_RECORD: u64 = 64 << 20;
const MAX_HEADER_LINE: usize = 64 << 10;

pub(crate) fn read(name: String, reader: Box<dyn BufRead + Send>) -> crate::Items {
    Box::new(WarcItems {
        name,
        reader,
        n: 0,
        pending_version: None,
        done: false,
    })
}

struct WarcItems {
    name: String,
    reader: Box<dyn BufRead + Send>,
    /// Records seen so far (1-based position of the current one).
    n: u64,
    /// A version line found while resynchronising, which starts the next record.
    pending_version: Option<String>,
    done: bool,
}

/// The header fields a record's reading needs.
#[derive(Default)]
struct Header {
    kind: String,
    uri: Option<String>,
    date: Option<String>,
    content_type: Option<String>,
    length: Option<u64>,
}

enum Step {
    Record(Header, Vec<u8>),
    Skip(Reason),
    Broken(Reason),
    End,
}

impl WarcItems {
    fn line(&mut self) -> std::io::Result<Option<String>> {
        let mut buf = Vec::new();
        let n = (&mut self.reader)
            .take(MAX_HEADER_LINE as u64)
            .read_until(b'\n', &mut buf)?;
        if n == 0 {
            return Ok(None);
        }
        while buf.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
            buf.pop();
        }
        Ok(Some(String::from_utf8_lossy(&buf).into_owned()))
    }

    fn step(&mut self) -> std::io::Result<Step> {
        // The version line, after any blank lines between records.
        let version = match self.pending_version.take() {
            Some(v) => v,
            None => loop {
                match self.line()? {
                    None => return Ok(Step::End),
                    Some(l) if l.trim().is_empty() => continue,
                    Some(l) => break l,
                }
            },
        };
        if !version.starts_with("WARC/") {
            let shown: String = version.chars().take(40).collect();
            return Ok(Step::Broken(Reason::MalformedWarc(format!(
                "expected a WARC/1.x line, found {shown:?}"
            ))));
        }
        let mut h = Header::default();
        loop {
            let Some(line) = self.line()? else {
                return Ok(Step::Broken(Reason::MalformedWarc(
                    "truncated record header".into(),
                )));
            };
            if line.is_empty() {
                break;
            }
            let Some((k, v)) = line.split_once(':') else {
                continue;
            };
            let v = v.trim().to_string();
            match k.trim().to_ascii_lowercase().as_str() {
                "warc-type" => h.kind = v.to_ascii_lowercase(),
                "warc-target-uri" => h.uri = Some(v.trim_matches(['<', '>']).to_string()),
                "warc-date" => h.date = Some(v),
                "content-type" => h.content_type = Some(v),
                "content-length" => h.length = v.parse().ok(),
                _ => {}
            }
        }
        let Some(length) = h.length else {
            return Ok(Step::Broken(Reason::MalformedWarc(
                "record without a valid Content-Length".into(),
            )));
        };
        if length > MAX_RECORD {
            let skipped =
                std::io::copy(&mut (&mut self.reader).take(length), &mut std::io::sink())?;
            if skipped < length {
                return Ok(Step::Broken(truncated(length, skipped)));
            }
            return Ok(Step::Skip(Reason::NotAnArticle(format!(
                "record of {length} bytes exceeds the {MAX_RECORD}-byte limit"
            ))));
        }
        let mut block = Vec::with_capacity(length as usize);
        let got = (&mut self.reader).take(length).read_to_end(&mut block)? as u64;
        if got < length {
            return Ok(Step::Broken(truncated(length, got)));
        }
        Ok(Step::Record(h, block))
    }

    /// Skips to the next line that starts a record; remembers it for the next step.
    fn resync(&mut self) {
        loop {
            match self.line() {
                Ok(Some(l)) if l.starts_with("WARC/") => {
                    self.pending_version = Some(l);
                    return;
                }
                Ok(Some(_)) => continue,
                _ => {
                    self.done = true;
                    return;
                }
            }
        }
    }

    fn record_item(&self, h: Header, block: Vec<u8>) -> Option<Item> {
        let at = Position::Record(self.n);
        if h.kind != "response" && h.kind != "resource" {
            return None;
        }
        let date = h.date.as_deref().and_then(model::parse_timestamp);
        let (content_type, body) = if h.kind == "response" {
            match http_payload(&block) {
                Ok(x) => x,
                Err(reason) => return Some(Item::Skipped(Problem::at(&self.name, at, reason))),
            }
        } else {
            (h.content_type, block)
        };
        let is_html = content_type.as_deref().is_none_or(|c| {
            let c = c.to_ascii_lowercase();
            c.contains("html") || c.contains("xml")
        });
        if !is_html {
            let what = format!("content type {}", content_type.unwrap_or_default());
            return Some(Item::Skipped(Problem::at(
                &self.name,
                at,
                Reason::NotAnArticle(what),
            )));
        }
        let id = h
            .uri
            .clone()
            .unwrap_or_else(|| format!("{}#{}", self.name, self.n));
        Some(
            match page::article(id, &self.name, &body, content_type.as_deref(), h.uri, date) {
                Item::Rejected(p) => Item::Rejected(Problem::at(&self.name, at, p.reason)),
                other => other,
            },
        )
    }
}

fn truncated(expected: u64, got: u64) -> Reason {
    Reason::MalformedWarc(format!(
        "truncated record: Content-Length {expected}, only {got} bytes left"
    ))
}

impl Iterator for WarcItems {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        while !self.done {
            self.n += 1;
            let at = Position::Record(self.n);
            match self.step() {
                Ok(Step::End) => self.done = true,
                Ok(Step::Record(h, block)) => {
                    if let Some(item) = self.record_item(h, block) {
                        return Some(item);
                    }
                }
                Ok(Step::Skip(reason)) => {
                    return Some(Item::Skipped(Problem::at(&self.name, at, reason)));
                }
                Ok(Step::Broken(reason)) => {
                    self.resync();
                    return Some(Item::Rejected(Problem::at(&self.name, at, reason)));
                }
                Err(e) => {
                    self.done = true;
                    let reason = match e.kind() {
                        std::io::ErrorKind::InvalidData => Reason::Undecodable(e.to_string()),
                        _ => Reason::Unreadable(e.to_string()),
                    };
                    return Some(Item::Rejected(Problem::at(&self.name, at, reason)));
                }
            }
        }
        None
    }
}

/// Splits an HTTP response into its content type and decoded body (chunked and gzip/deflate
/// undone). Non-2xx responses are not articles.
fn http_payload(raw: &[u8]) -> Result<(Option<String>, Vec<u8>), Reason> {
    let split = find(raw, b"\r\n\r\n")
        .map(|i| (i, i + 4))
        .or_else(|| find(raw, b"\n\n").map(|i| (i, i + 2)));
    let Some((head_end, body_start)) = split else {
        return Err(Reason::NotAnArticle("HTTP response without headers".into()));
    };
    let head = String::from_utf8_lossy(&raw[..head_end]);
    let mut lines = head.lines();
    let status = lines.next().unwrap_or("");
    let code: u16 = status
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    if !(200..300).contains(&code) {
        return Err(Reason::NotAnArticle(format!(
            "HTTP status {}",
            status.trim()
        )));
    }
    let mut content_type = None;
    let mut encoding = String::new();
    let mut chunked = false;
    for line in lines {
        let Some((k, v)) = line.split_once(':') else {
            continue;
        };
        let v = v.trim();
        match k.trim().to_ascii_lowercase().as_str() {
            "content-type" => content_type = Some(v.to_string()),
            "content-encoding" => encoding = v.to_ascii_lowercase(),
            "transfer-encoding" => chunked = v.to_ascii_lowercase().contains("chunked"),
            _ => {}
        }
    }
    let mut body = raw[body_start..].to_vec();
    if chunked {
        body = dechunk(&body)
            .ok_or_else(|| Reason::Undecodable("broken chunked transfer encoding".into()))?;
    }
    let mut decoded = Vec::new();
    let res = match encoding.as_str() {
        "" | "identity" => return Ok((content_type, body)),
        "gzip" | "x-gzip" => flate2::read::MultiGzDecoder::new(&body[..]).read_to_end(&mut decoded),
        "deflate" => flate2::read::ZlibDecoder::new(&body[..]).read_to_end(&mut decoded),
        other => {
            return Err(Reason::Undecodable(format!(
                "unsupported content encoding {other}"
            )));
        }
    };
    res.map_err(|e| Reason::Undecodable(format!("{encoding} body: {e}")))?;
    Ok((content_type, decoded))
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn dechunk(mut b: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(b.len());
    loop {
        let eol = find(b, b"\r\n")?;
        let size_field = std::str::from_utf8(&b[..eol]).ok()?;
        let size = usize::from_str_radix(size_field.split(';').next()?.trim(), 16).ok()?;
        b = &b[eol + 2..];
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(b.get(..size)?);
        b = b.get(size..)?;
        b = b.strip_prefix(b"\r\n").unwrap_or(b);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn http_payloads() {
        let ok =
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html>hi</html>";
        let (ct, body) = http_payload(ok).unwrap();
        assert_eq!(ct.as_deref(), Some("text/html; charset=utf-8"));
        assert_eq!(body, b"<html>hi</html>");

        let chunked = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n<html\r\n1;ext\r\n>\r\n0\r\n\r\n";
        assert_eq!(http_payload(chunked).unwrap().1, b"<html>");

        let missing = b"HTTP/1.1 404 Not Found\r\n\r\nnope";
        assert_eq!(http_payload(missing).unwrap_err().code(), "not-an-article");
        assert_eq!(
            http_payload(b"garbage").unwrap_err().code(),
            "not-an-article"
        );
        let br = b"HTTP/1.1 200 OK\r\nContent-Encoding: br\r\n\r\nxx";
        assert_eq!(http_payload(br).unwrap_err().code(), "undecodable");
    }
}
