//! WARC and WARC.gz crawls (Common Crawl News style): `response` records whose HTTP payload is an
//! HTML page become articles through the HTML path; `WARC-Target-URI` is their url and
//! `WARC-Date` their date when the page states none. Other records are structure, not articles.

use crate::{Item, Items, Position, Problem, Reason, page};
use std::io::{BufRead, Read};
use warc::{RecordType, WarcHeader, WarcReader};

pub(crate) fn read(name: String, reader: Box<dyn BufRead + Send>) -> Items {
    let mut n = 0u64;
    let mut failed = false;
    let records = WarcReader::new(reader).iter_records();
    Box::new(
        records
            .map_while(move |record| {
                if failed {
                    return None;
                }
                n += 1;
                let at = Position::Record(n);
                let record = match record {
                    Ok(r) => r,
                    Err(e) => {
                        // The stream cannot be resynchronised after a broken header: stop here, loudly.
                        failed = true;
                        return Some(Some(Item::Rejected(Problem::at(
                            &name,
                            at,
                            Reason::MalformedWarc(e.to_string()),
                        ))));
                    }
                };
                let kind = record.warc_type().clone();
                if !matches!(kind, RecordType::Response | RecordType::Resource) {
                    return Some(None);
                }
                let uri = record
                    .header(WarcHeader::TargetURI)
                    .map(|u| u.trim_matches(['<', '>', ' ']).to_string());
                let date = record
                    .header(WarcHeader::Date)
                    .and_then(|d| model::parse_timestamp(&d));
                let (content_type, body) = if kind == RecordType::Response {
                    match http_payload(record.body()) {
                        Ok(x) => x,
                        Err(reason) => {
                            return Some(Some(Item::Skipped(Problem::at(&name, at, reason))));
                        }
                    }
                } else {
                    (
                        record
                            .header(WarcHeader::ContentType)
                            .map(|c| c.to_string()),
                        record.body().to_vec(),
                    )
                };
                let is_html = content_type.as_deref().is_none_or(|c| {
                    let c = c.to_ascii_lowercase();
                    c.contains("html") || c.contains("xml")
                });
                if !is_html {
                    let what = format!("content type {}", content_type.unwrap_or_default());
                    return Some(Some(Item::Skipped(Problem::at(
                        &name,
                        at,
                        Reason::NotAnArticle(what),
                    ))));
                }
                let id = uri.clone().unwrap_or_else(|| format!("{name}#{n}"));
                let item = page::article(id, &name, &body, content_type.as_deref(), uri, date);
                let item = match item {
                    Item::Rejected(p) => Item::Rejected(Problem::at(&name, at, p.reason)),
                    other => other,
                };
                Some(Some(item))
            })
            .flatten(),
    )
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
