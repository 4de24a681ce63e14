//! A byte-level pre-pass that drops markup no extractor reads: scripts, styles, inline SVG and
//! comments. Pages carry on average more than half their bytes in these; dropping them before
//! the DOM is built makes every later pass (parse, clone, clean, score) cheaper.

/// Elements whose whole content is skipped. `script` is raw text to the HTML parser, so its
/// end is the first `</script`, exactly as a browser finds it.
const SKIPPED: &[&str] = &["script", "style", "svg"];

/// Returns `html` without `<script>` (except JSON-LD), `<style>`, `<svg>` elements and `<!-- -->` comments.
/// Unterminated constructs are dropped to the end, as a browser would treat them.
pub(crate) fn strip_inert(html: &str) -> String {
    let bytes = html.as_bytes();
    let mut out = String::with_capacity(html.len() / 2);
    let mut copied = 0; // start of the not-yet-copied input
    let mut i = 0;
    while let Some(off) = memchr::memchr(b'<', &bytes[i..]) {
        let lt = i + off;
        let rest = &bytes[lt + 1..];
        if rest.starts_with(b"!--") {
            let end = find(bytes, lt + 4, b"-->").map_or(bytes.len(), |e| e + 3);
            out.push_str(&html[copied..lt]);
            copied = end;
            i = end;
            continue;
        }
        if let Some(name) = SKIPPED.iter().find(|n| starts_with_tag(rest, n.as_bytes())) {
            // JSON-LD carries the metadata (headline, date, authors): keep those scripts.
            let open_end = memchr::memchr(b'>', rest).map_or(rest.len(), |g| g + 1);
            let keep = *name == "script"
                && memchr::memmem::find(&rest[..open_end].to_ascii_lowercase(), b"ld+json")
                    .is_some();
            let close = format!("</{name}");
            let end = find_ci(bytes, lt + 1 + name.len(), close.as_bytes())
                .map_or(bytes.len(), |e| {
                    memchr::memchr(b'>', &bytes[e..]).map_or(bytes.len(), |g| e + g + 1)
                });
            if keep {
                i = end;
                continue;
            }
            out.push_str(&html[copied..lt]);
            copied = end;
            i = end;
            continue;
        }
        i = lt + 1;
    }
    out.push_str(&html[copied..]);
    out
}

/// True when `rest` (the bytes after `<`) opens the element `name`, case-insensitively.
fn starts_with_tag(rest: &[u8], name: &[u8]) -> bool {
    rest.len() > name.len()
        && rest[..name.len()].eq_ignore_ascii_case(name)
        && matches!(
            rest[name.len()],
            b'>' | b' ' | b'\t' | b'\n' | b'\r' | b'/' | b'\x0c'
        )
}

fn find(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(hay.get(from..)?, needle).map(|p| p + from)
}

/// Case-insensitive search for an ASCII needle whose first byte is `<`.
fn find_ci(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    let mut i = from;
    while let Some(off) = memchr::memchr(b'<', hay.get(i..)?) {
        let p = i + off;
        if hay.len() >= p + needle.len() && hay[p..p + needle.len()].eq_ignore_ascii_case(needle) {
            return Some(p);
        }
        i = p + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::strip_inert;

    #[test]
    fn drops_inert_markup_and_keeps_json_ld() {
        let html = "<p>a</p><SCRIPT>if (x<y) {}</script ><style>p{}</style><!-- c --><p>b</p>\
                    <script type=\"application/ld+json\">{}</script><svg><g/></svg><p>c";
        assert_eq!(
            strip_inert(html),
            "<p>a</p><p>b</p><script type=\"application/ld+json\">{}</script><p>c"
        );
    }

    #[test]
    fn unterminated_constructs_run_to_the_end() {
        assert_eq!(strip_inert("<p>a<script>var s = '</scr"), "<p>a");
        assert_eq!(strip_inert("<p>a<!-- never closed"), "<p>a");
        assert_eq!(
            strip_inert("<scriptx>kept</scriptx>"),
            "<scriptx>kept</scriptx>"
        );
    }
}
