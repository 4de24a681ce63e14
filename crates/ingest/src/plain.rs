//! Plain-text files: the whole file is the text, verbatim; its first non-empty line is the title.

use crate::{Item, Problem, Reason};
use model::Article;

/// Decodes a text file: UTF-8 (a BOM is dropped) or UTF-16 with a BOM. Anything else, or bytes
/// that look binary, is undecodable: guessing a legacy charset would silently corrupt offsets.
pub(crate) fn decode(bytes: &[u8]) -> Result<String, Reason> {
    if let Some((enc, bom_len)) = encoding_rs::Encoding::for_bom(bytes)
        && enc != encoding_rs::UTF_8
    {
        let (text, had_errors) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        if had_errors {
            return Err(Reason::Undecodable(format!("malformed {}", enc.name())));
        }
        return Ok(text.into_owned());
    }
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Some(at) = memchr_nul(body) {
        return Err(Reason::Undecodable(format!(
            "binary data (NUL byte at byte {at})"
        )));
    }
    match std::str::from_utf8(body) {
        Ok(s) => Ok(s.to_string()),
        Err(e) => Err(Reason::Undecodable(format!(
            "invalid UTF-8 at byte {}",
            e.valid_up_to()
        ))),
    }
}

fn memchr_nul(b: &[u8]) -> Option<usize> {
    b.iter().position(|&c| c == 0)
}

/// The title of a plain text: its first non-empty line with its whitespace collapsed (the title
/// is metadata, not analysed text, so no offset depends on it; a no-break space is a space).
pub(crate) fn title_of(text: &str) -> Option<String> {
    let line = text.lines().find(|l| !l.trim().is_empty())?;
    Some(line.split_whitespace().collect::<Vec<_>>().join(" "))
}

pub(crate) fn article(name: String, bytes: &[u8]) -> Item {
    let text = match decode(bytes) {
        Ok(t) => t,
        Err(reason) => return Item::Rejected(Problem::whole(&name, reason)),
    };
    if text.trim().is_empty() {
        return Item::Rejected(Problem::whole(&name, Reason::EmptyText));
    }
    let title = title_of(&text);
    Item::Article(Box::new(Article {
        id: name,
        title,
        text,
        ..Default::default()
    }))
}
