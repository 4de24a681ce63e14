//! Normalisation with alignment: a canonical view of the text that maps back to the original.
//!
//! News text spells the same thing many ways: curly, low and angle quotes, primes, five kinds of
//! dash, non-breaking and thin spaces, soft hyphens and zero-width characters pasted in by CMSs.
//! Stages want one spelling (`'`, `"`, `-`, `' '`), but the records must point into the text *as
//! it was given*. So normalisation produces a second string plus an [`Alignment`]: a sparse,
//! sorted list of edits (one per changed char) from which any normalised offset maps back to an
//! original offset by binary search.
//!
//! Why a sparse edit list rather than a per-byte map: almost all of a news article is unchanged,
//! and pure-ASCII text (the common case) has no edits at all, borrows the input (`Cow::Borrowed`)
//! and costs one `is_ascii` scan.
//!
//! What changes (see [`replacement`] for the full table):
//! - quotes and primes (`‘ ’ ‚ ‛ ‹ › ′ ʼ`) → `'`; (`“ ” „ ‟ « » ″`) → `"`
//! - hyphens, en dashes and minus (`‐ ‑ ‒ – −` …) → `-`; em dashes and bars (`— ―`) → ` - `, since
//!   they never join words
//! - every Unicode space (NBSP, narrow NBSP, thin, en/em, ideographic …) → `' '`;
//!   line and paragraph separators and NEL → `'\n'`
//! - soft hyphen, ZWSP, BOM/ZWNBSP, word joiner → removed
//! - `…` → `...`
//!
//! ZWJ and ZWNJ are kept: they carry meaning inside emoji sequences and Persian/Indic words.
//! `\r` is kept as is: every stage already treats it as whitespace.

use std::borrow::Cow;

use crate::offsets::{ByteSpan, utf8_len};

/// What a char normalises to, or `None` when it stays as it is. `Some("")` deletes it.
pub fn replacement(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2039}' | '\u{203A}'
        | '\u{2032}' | '\u{2035}' | '\u{02BC}' | '\u{275B}' | '\u{275C}' | '\u{FF07}' => "'",
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' | '\u{00BB}'
        | '\u{2033}' | '\u{2036}' | '\u{275D}' | '\u{275E}' | '\u{301D}' | '\u{301E}'
        | '\u{FF02}' => "\"",
        // An em dash, a horizontal bar and the long dashes never join words ("LONDON—Olaf
        // Swantee said"): spaced, so that they stand alone.
        '\u{2014}' | '\u{2015}' | '\u{2E3A}' | '\u{2E3B}' | '\u{FE58}' => " - ",
        '\u{2010}'..='\u{2013}' | '\u{2212}' | '\u{FE63}' | '\u{FF0D}' => "-",
        '\u{00A0}'
        | '\u{1680}'
        | '\u{2000}'..='\u{200A}'
        | '\u{202F}'
        | '\u{205F}'
        | '\u{3000}' => " ",
        '\u{0085}' | '\u{2028}' | '\u{2029}' => "\n",
        '\u{00AD}' | '\u{180E}' | '\u{200B}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' => "",
        '\u{2026}' => "...",
        _ => return None,
    })
}

/// Lead bytes of every char that [`replacement`] changes; others are skipped without decoding.
#[inline]
fn may_need_replacement(lead: u8) -> bool {
    matches!(lead, 0xC2 | 0xCA | 0xE1 | 0xE2 | 0xE3 | 0xEF)
}

/// One changed char: `norm_start..norm_end` in the normalised text stands for
/// `orig_start..orig_end` in the original. Runs of deleted chars are merged into one edit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Edit {
    pub(crate) norm_start: u32,
    pub(crate) norm_end: u32,
    pub(crate) orig_start: u32,
    pub(crate) orig_end: u32,
}

impl Edit {
    /// The edit's range in the normalised text.
    fn norm(&self) -> (usize, usize) {
        (self.norm_start as usize, self.norm_end as usize)
    }

    /// The edit's range in the original text.
    fn orig(&self) -> (usize, usize) {
        (self.orig_start as usize, self.orig_end as usize)
    }
}

/// Maps offsets of the normalised text back to the original text.
///
/// Between edits the two texts are identical up to a constant shift. Offsets are mapped two
/// ways, because an edit may shrink, grow or delete text:
/// - [`Alignment::start_to_original`] maps an offset used as a span *start*: it gives where the
///   char at that offset begins in the original (deleted chars just before it are skipped);
/// - [`Alignment::end_to_original`] maps an offset used as a span *end*: it gives where the
///   char before it ends in the original (deleted chars just after it are left out).
///
/// Both are monotone and land on char boundaries of the original when given char boundaries of
/// the normalised text. An offset strictly inside an expansion (the second `.` of `...` from `…`)
/// rounds outward: down for starts, up for ends, so a mapped span always covers its source.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Alignment {
    edits: Vec<Edit>,
}

impl Alignment {
    /// True when the normalised text equals the original.
    #[inline]
    pub fn is_identity(&self) -> bool {
        self.edits.is_empty()
    }

    /// The edits, sorted.
    #[inline]
    pub(crate) fn edits(&self) -> &[Edit] {
        &self.edits
    }

    /// Number of edits (changed chars, with runs of deletions counted once).
    pub fn edit_count(&self) -> usize {
        self.edits.len()
    }

    /// Original offset of a normalised offset used as a span start.
    #[inline]
    pub fn start_to_original(&self, norm: usize) -> usize {
        carry(&self.edits, norm, Edit::norm, Edit::orig)
    }

    /// Original offset of a normalised offset used as a span end.
    #[inline]
    pub fn end_to_original(&self, norm: usize) -> usize {
        if self.edits.is_empty() {
            return norm;
        }
        // Edits that start strictly before `norm`: a deletion sitting exactly at `norm` comes
        // after the char that ends here, so it is left out.
        let i = self
            .edits
            .partition_point(|e| (e.norm_start as usize) < norm);
        if i == 0 {
            return norm;
        }
        let e = self.edits[i - 1];
        if norm <= e.norm_end as usize {
            e.orig_end as usize
        } else {
            e.orig_end as usize + (norm - e.norm_end as usize)
        }
    }

    /// Maps a normalised span to the original text. An empty span stays empty.
    #[inline]
    pub fn span_to_original(&self, span: ByteSpan) -> ByteSpan {
        if self.edits.is_empty() {
            return span;
        }
        let start = self.start_to_original(span.start);
        let end = if span.end <= span.start {
            start
        } else {
            self.end_to_original(span.end)
        };
        ByteSpan::new(start, end.max(start))
    }

    /// A cursor for mapping many sorted offsets in one walk over the edits.
    pub fn cursor(&self) -> AlignmentCursor<'_> {
        AlignmentCursor {
            edits: &self.edits,
            at_start: 0,
            at_end: 0,
        }
    }

    /// Normalised offset of an original offset (on a char boundary): the start of the
    /// normalised text of the char at that offset. Offsets inside a replaced char map to the
    /// start of its replacement.
    pub fn from_original(&self, orig: usize) -> usize {
        carry(&self.edits, orig, Edit::orig, Edit::norm)
    }
}

/// Carries offset `x` of one text (`from` gives an edit's range there) into the other (`to`):
/// after the last edit that starts at or before `x`, inside it `x` lands on the edit's start
/// in the other text, past it `x` keeps its distance from the edit's end.
#[inline]
fn carry(
    edits: &[Edit],
    x: usize,
    from: fn(&Edit) -> (usize, usize),
    to: fn(&Edit) -> (usize, usize),
) -> usize {
    let i = edits.partition_point(|e| from(e).0 <= x);
    let Some(e) = i.checked_sub(1).map(|i| &edits[i]) else {
        return x;
    };
    let ((_, from_end), (to_start, to_end)) = (from(e), to(e));
    if x < from_end {
        to_start
    } else {
        to_end + (x - from_end)
    }
}

/// Maps a sorted stream of normalised offsets to the original in amortised constant time: the
/// same results as [`Alignment::start_to_original`] / [`Alignment::end_to_original`], but walking
/// the edit list instead of searching it. Starts and ends must each be non-decreasing; that is
/// the case for the spans of a token or sentence list.
#[derive(Debug, Clone)]
pub struct AlignmentCursor<'a> {
    edits: &'a [Edit],
    /// Number of edits with `norm_start <= ` the last start asked for.
    at_start: usize,
    /// Number of edits with `norm_start < ` the last end asked for.
    at_end: usize,
}

impl AlignmentCursor<'_> {
    /// Like [`Alignment::start_to_original`], for non-decreasing `norm`.
    #[inline]
    pub fn start(&mut self, norm: usize) -> usize {
        while self.at_start < self.edits.len()
            && self.edits[self.at_start].norm_start as usize <= norm
        {
            self.at_start += 1;
        }
        match self.at_start {
            0 => norm,
            i => {
                let e = self.edits[i - 1];
                if norm < e.norm_end as usize {
                    e.orig_start as usize
                } else {
                    e.orig_end as usize + (norm - e.norm_end as usize)
                }
            }
        }
    }

    /// Like [`Alignment::end_to_original`], for non-decreasing `norm`.
    #[inline]
    pub fn end(&mut self, norm: usize) -> usize {
        while self.at_end < self.edits.len() && (self.edits[self.at_end].norm_start as usize) < norm
        {
            self.at_end += 1;
        }
        match self.at_end {
            0 => norm,
            i => {
                let e = self.edits[i - 1];
                if norm <= e.norm_end as usize {
                    e.orig_end as usize
                } else {
                    e.orig_end as usize + (norm - e.norm_end as usize)
                }
            }
        }
    }

    /// Like [`Alignment::span_to_original`], for spans with non-decreasing starts and ends.
    #[inline]
    pub fn span(&mut self, span: ByteSpan) -> ByteSpan {
        let start = self.start(span.start);
        let end = if span.end <= span.start {
            start
        } else {
            self.end(span.end)
        };
        ByteSpan::new(start, end.max(start))
    }
}

/// A normalised view of a text together with its [`Alignment`] back to the original.
///
/// ```
/// use text::Normalized;
/// let original = "“Don’t”\u{a0}— she said…";
/// let norm = Normalized::new(original);
/// assert_eq!(norm.as_str(), "\"Don't\"  -  she said...");
/// // "said..." in the normalised text is "said…" in the original.
/// let start = norm.as_str().find("said").unwrap();
/// let span = norm.span_to_original(text::ByteSpan::new(start, norm.as_str().len()));
/// assert_eq!(&original[span.range()], "said…");
/// ```
#[derive(Debug, Clone)]
pub struct Normalized<'a> {
    text: Cow<'a, str>,
    alignment: Alignment,
}

impl<'a> Normalized<'a> {
    /// Normalises `original`. Borrows it unchanged when there is nothing to normalise.
    ///
    /// # Panics
    /// On texts of 4 GiB or more (offsets are stored as `u32`).
    pub fn new(original: &'a str) -> Self {
        let Some(first) = first_edit(original) else {
            return Normalized {
                text: Cow::Borrowed(original),
                alignment: Alignment::default(),
            };
        };
        assert!(
            u32::try_from(original.len()).is_ok(),
            "texts of 4 GiB or more are not supported"
        );
        let bytes = original.as_bytes();
        let mut out = String::with_capacity(original.len() + 16);
        let mut edits: Vec<Edit> = Vec::new();
        out.push_str(&original[..first]);
        let mut copied = first; // original bytes before this are in `out`
        let mut i = first;
        while i < bytes.len() {
            let lead = bytes[i];
            if lead < 0x80 {
                // Jump over ASCII eight bytes at a time.
                match first_non_ascii(bytes, i) {
                    Some(next) => i = next,
                    None => break,
                }
                continue;
            }
            let len = utf8_len(lead);
            if may_need_replacement(lead) {
                let c = original[i..].chars().next().unwrap_or('\0');
                if let Some(rep) = replacement(c) {
                    out.push_str(&original[copied..i]);
                    let norm_start = out.len() as u32;
                    out.push_str(rep);
                    let edit = Edit {
                        norm_start,
                        norm_end: out.len() as u32,
                        orig_start: i as u32,
                        orig_end: (i + len) as u32,
                    };
                    match edits.last_mut() {
                        // Merge runs of deletions so that offsets between them cannot be told
                        // apart (they all denote the same normalised position anyway).
                        Some(last)
                            if rep.is_empty()
                                && last.norm_start == last.norm_end
                                && last.norm_end == norm_start
                                && last.orig_end == edit.orig_start =>
                        {
                            last.orig_end = edit.orig_end;
                        }
                        _ => edits.push(edit),
                    }
                    copied = i + len;
                }
            }
            i += len;
        }
        out.push_str(&original[copied..]);
        Normalized {
            text: Cow::Owned(out),
            alignment: Alignment { edits },
        }
    }

    /// The normalised text.
    #[inline]
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The alignment back to the original text.
    #[inline]
    pub fn alignment(&self) -> &Alignment {
        &self.alignment
    }

    /// True when the normalised text is the original (borrowed, no edits).
    #[inline]
    pub fn is_identity(&self) -> bool {
        self.alignment.is_identity()
    }

    /// Maps a span of the normalised text to the original text.
    #[inline]
    pub fn span_to_original(&self, span: ByteSpan) -> ByteSpan {
        self.alignment.span_to_original(span)
    }

    /// Splits into the normalised text and the alignment.
    pub fn into_parts(self) -> (Cow<'a, str>, Alignment) {
        (self.text, self.alignment)
    }
}

/// Byte offset of the first char that normalisation changes, if any.
fn first_edit(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = first_non_ascii(bytes, 0)?;
    while i < bytes.len() {
        let lead = bytes[i];
        if lead < 0x80 {
            i = first_non_ascii(bytes, i)?;
            continue;
        }
        if may_need_replacement(lead) {
            let c = text[i..].chars().next().unwrap_or('\0');
            if replacement(c).is_some() {
                return Some(i);
            }
        }
        i += utf8_len(lead);
    }
    None
}

/// Offset of the first byte ≥ 0x80 at or after `from`, scanning sixteen bytes at a time (two
/// words tested at once) and finding the byte within them from the word's high bits, not by a
/// second scan.
#[inline]
pub(crate) fn first_non_ascii(bytes: &[u8], from: usize) -> Option<usize> {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let rest = bytes.get(from..)?;
    let (pairs, tail) = rest.as_chunks::<16>();
    let mut i = from;
    for pair in pairs {
        let (a, b) = pair.split_at(8);
        let a = u64::from_le_bytes(a.try_into().unwrap_or([0; 8])) & HIGH;
        let b = u64::from_le_bytes(b.try_into().unwrap_or([0; 8])) & HIGH;
        if a | b != 0 {
            // Little-endian: the first byte is the lowest lane.
            let lane = match a {
                0 => 8 + b.trailing_zeros() / 8,
                _ => a.trailing_zeros() / 8,
            };
            return Some(i + lane as usize);
        }
        i += 16;
    }
    tail.iter().position(|&b| b >= 0x80).map(|p| i + p)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (original, normalised) pairs.
    const TABLE: &[(&str, &str)] = &[
        ("plain ASCII stays", "plain ASCII stays"),
        ("café stays", "café stays"),
        ("‘single’ ‚low‛", "'single' 'low'"),
        ("“double” „low‟", "\"double\" \"low\""),
        ("«angle» ‹single›", "\"angle\" 'single'"),
        ("5′ 7″", "5' 7\""),
        ("Putin’s ʼnuff", "Putin's 'nuff"),
        (
            "a‐b a‑b a‒b a–b a—b a―b −5",
            "a-b a-b a-b a-b a - b a - b -5",
        ),
        (
            "1\u{a0}000 1\u{202f}000 a\u{2009}b a\u{2003}b a\u{3000}b",
            "1 000 1 000 a b a b a b",
        ),
        (
            "line\u{2028}sep\u{2029}para\u{85}nel",
            "line\nsep\npara\nnel",
        ),
        (
            "soft\u{ad}hyphen zero\u{200b}width \u{feff}bom word\u{2060}joiner",
            "softhyphen zerowidth bom wordjoiner",
        ),
        ("wait…", "wait..."),
        ("“…”", "\"...\""),
        ("\u{ad}\u{200b}\u{feff}", ""),
        (
            "keep\u{200d}zwj and zwnj\u{200c}",
            "keep\u{200d}zwj and zwnj\u{200c}",
        ),
        ("北京 — “东京”", "北京  -  \"东京\""),
        ("crlf\r\nkept", "crlf\r\nkept"),
    ];

    #[test]
    fn normalisation_table() {
        for &(original, expected) in TABLE {
            let norm = Normalized::new(original);
            assert_eq!(norm.as_str(), expected, "{original:?}");
            assert_eq!(norm.is_identity(), original == expected, "{original:?}");
            check_alignment(original, &norm);
        }
    }

    #[test]
    fn lead_byte_filter_covers_every_replaced_char() {
        // Guards the fast path: a char missing from the lead-byte filter would never be normalised.
        for c in (0x80..=0x10FFFF).filter_map(char::from_u32) {
            if replacement(c).is_some() {
                let mut buf = [0; 4];
                let lead = c.encode_utf8(&mut buf).as_bytes()[0];
                assert!(may_need_replacement(lead), "{c:?} U+{:04X}", c as u32);
            }
        }
    }

    #[test]
    fn cursor_agrees_with_search() {
        for &(original, _) in TABLE {
            let norm = Normalized::new(original);
            let a = norm.alignment();
            let mut cursor = a.cursor();
            for b in (0..=norm.as_str().len()).filter(|&b| norm.as_str().is_char_boundary(b)) {
                assert_eq!(cursor.start(b), a.start_to_original(b), "{original:?} @{b}");
                assert_eq!(cursor.end(b), a.end_to_original(b), "{original:?} @{b}");
            }
        }
    }

    #[test]
    fn first_non_ascii_finds_every_position() {
        // Every length up to three pairs of words, every position of the one high byte, every
        // start offset: the pair loop, the lane within a pair and the tail all get their turn.
        for len in 0..50 {
            for high in (0..len).map(Some).chain([None]) {
                let mut bytes = vec![b'a'; len];
                if let Some(h) = high {
                    bytes[h] = 0xC3;
                }
                for from in 0..=len {
                    let expected = high.filter(|&h| h >= from);
                    assert_eq!(
                        first_non_ascii(&bytes, from),
                        expected,
                        "{len} {high:?} {from}"
                    );
                }
            }
        }
        assert_eq!(first_non_ascii(b"abc", 4), None);
    }

    #[test]
    fn unchanged_text_is_borrowed() {
        for text in ["", "ascii only", "Zürich, 北京, 🎉"] {
            let norm = Normalized::new(text);
            assert!(matches!(norm.text, Cow::Borrowed(_)));
            assert!(norm.is_identity());
        }
    }

    /// (original, normalised substring, expected original surface).
    const SPANS: &[(&str, &str, &str)] = &[
        ("He said “no” twice", "\"no\"", "“no”"),
        ("He said “no” twice", "no", "no"),
        ("Putin’s war", "Putin's", "Putin’s"),
        ("a\u{ad}b", "ab", "a\u{ad}b"),
        ("x \u{200b}word\u{200b} y", "word", "word"),
        (
            "x \u{200b}word\u{200b} y",
            " word y",
            " \u{200b}word\u{200b} y",
        ),
        ("so…", "so...", "so…"),
        ("so… then", "then", "then"),
        ("1\u{a0}000\u{a0}people", "000 people", "000\u{a0}people"),
        ("“¡Olé!” — 北京", "北京", "北京"),
    ];

    #[test]
    fn spans_map_back_to_original_surface() {
        for &(original, needle, surface) in SPANS {
            let norm = Normalized::new(original);
            let start = norm.as_str().find(needle).expect(needle);
            let span = norm.span_to_original(ByteSpan::new(start, start + needle.len()));
            assert_eq!(
                &original[span.range()],
                surface,
                "{original:?} / {needle:?}"
            );
        }
    }

    #[test]
    fn from_original_inverts_on_unchanged_chars() {
        let original = "“Don’t”\u{a0}— she said… ok";
        let norm = Normalized::new(original);
        for (b, c) in original.char_indices() {
            let n = norm.alignment().from_original(b);
            assert!(norm.as_str().is_char_boundary(n));
            if replacement(c).is_none() {
                assert_eq!(norm.alignment().start_to_original(n), b);
                assert!(norm.as_str()[n..].starts_with(c));
            }
        }
    }

    /// Every normalised char boundary maps to an original char boundary, monotonically.
    pub(crate) fn check_alignment(original: &str, norm: &Normalized<'_>) {
        let n = norm.as_str();
        let a = norm.alignment();
        let mut prev_start = 0;
        let mut prev_end = 0;
        for b in (0..=n.len()).filter(|&b| n.is_char_boundary(b)) {
            let s = a.start_to_original(b);
            let e = a.end_to_original(b);
            assert!(
                original.is_char_boundary(s) && original.is_char_boundary(e),
                "{original:?} @{b}"
            );
            assert!(
                s >= prev_start && e >= prev_end,
                "not monotone: {original:?} @{b}"
            );
            assert!(
                // (Inside an expansion: "…" → "...", "—" → " - ".)
                e <= s
                    || n[..b].ends_with("..")
                    || n[..b].ends_with('.')
                    || n[..b].ends_with(' ')
                    || n[..b].ends_with(" -"),
                "{original:?} @{b}"
            );
            prev_start = s;
            prev_end = e;
        }
        assert_eq!(a.start_to_original(0), leading_deleted(original));
        assert_eq!(
            a.end_to_original(n.len()),
            original.len() - trailing_deleted(original)
        );
    }

    fn leading_deleted(text: &str) -> usize {
        text.chars()
            .take_while(|&c| replacement(c) == Some(""))
            .map(char::len_utf8)
            .sum()
    }

    fn trailing_deleted(text: &str) -> usize {
        text.chars()
            .rev()
            .take_while(|&c| replacement(c) == Some(""))
            .map(char::len_utf8)
            .sum()
    }
}
