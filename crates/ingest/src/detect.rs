//! Which reader an input needs: by extension first, by its first bytes otherwise.

/// The input formats newsgraph reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Jsonl,
    Html,
    Feed,
    Warc,
}

impl Format {
    /// The format an extension names (after any `.gz` was stripped), if it names one.
    pub fn from_path(path: &str) -> Option<Format> {
        let ext = path.rsplit_once('.')?.1.to_ascii_lowercase();
        if ext.contains('/') {
            return None;
        }
        Some(match ext.as_str() {
            "txt" | "text" => Format::Text,
            "jsonl" | "ndjson" | "json" => Format::Jsonl,
            "html" | "htm" | "xhtml" | "shtml" => Format::Html,
            "rss" | "atom" | "xml" => Format::Feed,
            "warc" => Format::Warc,
            _ => return None,
        })
    }
}

pub(crate) fn is_gzip(head: &[u8]) -> bool {
    head.starts_with(&[0x1f, 0x8b])
}

/// Guesses the format from the first bytes of an input.
pub fn sniff(head: &[u8]) -> Format {
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let start = head
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(head.len());
    let head = &head[start..];
    if head.starts_with(b"WARC/") {
        return Format::Warc;
    }
    if head.starts_with(b"{") {
        return Format::Jsonl;
    }
    if !head.starts_with(b"<") {
        return Format::Text;
    }
    let lower: Vec<u8> = head
        .iter()
        .take(2048)
        .map(|b| b.to_ascii_lowercase())
        .collect();
    let has = |needle: &[u8]| lower.windows(needle.len()).any(|w| w == needle);
    if has(b"<rss") || has(b"<feed") || has(b"<rdf:rdf") {
        Format::Feed
    } else {
        Format::Html
    }
}
