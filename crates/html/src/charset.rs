//! Bytes to text: which character encoding a page is in, decided the way browsers decide it,
//! minus the parts that need a network (no sniffing of the whole document).

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

/// How far into the document `<meta charset>` is looked for. The HTML standard's prescan stops
/// at 1024 bytes; pages with long preambles (comments, inline styles) often declare later, so we
/// look a little further. The declaration is honoured only inside a `<meta` tag.
const PRESCAN_BYTES: usize = 4096;

/// See [`crate::decode`].
pub fn decode(bytes: &[u8], content_type: Option<&str>) -> String {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        return text.into_owned();
    }
    let declared = content_type
        .and_then(charset_param)
        .and_then(|label| Encoding::for_label(label.as_bytes()))
        .or_else(|| meta_charset(&bytes[..bytes.len().min(PRESCAN_BYTES)]));
    if let Some(encoding) = declared {
        let (text, _) = encoding.decode_without_bom_handling(bytes);
        return text.into_owned();
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_owned(),
        // Undeclared and not UTF-8: the web's legacy default. windows-1252 maps every byte,
        // so this never loses data the way a replacement character would.
        Err(_) => WINDOWS_1252
            .decode_without_bom_handling(bytes)
            .0
            .into_owned(),
    }
}

/// The `charset` parameter of a `Content-Type` value such as `text/html; charset="utf-8"`.
fn charset_param(content_type: &str) -> Option<String> {
    let lower = content_type.to_ascii_lowercase();
    let start = lower.find("charset")? + "charset".len();
    let rest = lower[start..].trim_start().strip_prefix('=')?.trim_start();
    let value: String = rest
        .trim_start_matches(['"', '\''])
        .chars()
        .take_while(|c| !matches!(c, '"' | '\'' | ';' | ',' | '>' | '/') && !c.is_whitespace())
        .collect();
    (!value.is_empty()).then_some(value)
}

/// The encoding declared by the first `<meta charset=…>` or `<meta http-equiv="Content-Type"
/// content="…; charset=…">` in `head`.
fn meta_charset(head: &[u8]) -> Option<&'static Encoding> {
    // Lower-casing ASCII bytes keeps offsets and leaves non-ASCII bytes alone.
    let lower = head.to_ascii_lowercase();
    let mut from = 0;
    while let Some(pos) = memchr::memmem::find(&lower[from..], b"<meta") {
        let start = from + pos;
        let end = memchr::memchr(b'>', &lower[start..]).map_or(lower.len(), |e| start + e);
        let tag = String::from_utf8_lossy(&lower[start..end]);
        if let Some(encoding) = charset_param(&tag).and_then(|l| Encoding::for_label(l.as_bytes()))
        {
            // A page cannot really be UTF-16 if its ASCII meta tag was readable as bytes:
            // the standard says to read such a declaration as UTF-8.
            return Some(
                if encoding == encoding_rs::UTF_16LE || encoding == encoding_rs::UTF_16BE {
                    UTF_8
                } else if encoding == encoding_rs::X_USER_DEFINED {
                    WINDOWS_1252
                } else {
                    encoding
                },
            );
        }
        from = end;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_type_parameter() {
        assert_eq!(
            charset_param("text/html; charset=ISO-8859-1").as_deref(),
            Some("iso-8859-1")
        );
        assert_eq!(
            charset_param("text/html;charset=\"utf-8\"").as_deref(),
            Some("utf-8")
        );
        assert_eq!(charset_param("text/html"), None);
        assert_eq!(charset_param("text/html; charset="), None);
    }

    #[test]
    fn meta_declarations() {
        assert_eq!(
            meta_charset(b"<meta charset=\"windows-1251\">"),
            Some(encoding_rs::WINDOWS_1251)
        );
        assert_eq!(
            meta_charset(b"<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=koi8-r'>"),
            Some(encoding_rs::KOI8_R)
        );
        assert_eq!(meta_charset(b"<meta charset=utf-16>"), Some(UTF_8));
        assert_eq!(meta_charset(b"<meta name=x content=y>"), None);
    }
}
