//! Byte spans and the one place where byte offsets become char offsets.
//!
//! Everything inside newsgraph works on byte offsets into the original article text (cheap to slice,
//! cheap to compare). The records, however, promise Unicode-scalar (char) offsets, so every stage
//! converts at the edge through [`CharOffsets`]. Keeping that conversion here, and testing it on
//! accents, CJK, emoji and combining marks, is what lets the rest of the code ignore the issue.

use std::ops::Range;

use crate::normalize::first_non_ascii;

/// A byte range into the original article text (end exclusive).
///
/// Produced by this crate, a span always starts and ends on char boundaries of the text it indexes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct ByteSpan {
    pub start: usize,
    pub end: usize,
}

impl ByteSpan {
    /// A span from `start` to `end` (end exclusive).
    #[inline]
    pub const fn new(start: usize, end: usize) -> Self {
        ByteSpan { start, end }
    }

    /// Length in bytes.
    #[inline]
    pub const fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// True when the span covers no byte.
    #[inline]
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// The covered text; `None` when the span is out of bounds or cuts a char.
    #[inline]
    pub fn get<'t>(&self, text: &'t str) -> Option<&'t str> {
        text.get(self.start..self.end)
    }

    /// True when `other` lies inside `self`.
    #[inline]
    pub const fn contains(&self, other: ByteSpan) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The span as a `Range`, for slicing.
    #[inline]
    pub const fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

impl From<Range<usize>> for ByteSpan {
    fn from(r: Range<usize>) -> Self {
        ByteSpan {
            start: r.start,
            end: r.end,
        }
    }
}

/// Why a span does not fit a text, as reported by [`validate_spans`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpanError {
    /// `start >= end`.
    Empty(ByteSpan),
    /// `end` is past the end of the text.
    OutOfBounds(ByteSpan),
    /// `start` or `end` falls inside a multi-byte char.
    NotCharBoundary(ByteSpan),
    /// The span starts before the previous one ended.
    Overlapping(ByteSpan),
}

impl std::fmt::Display for SpanError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SpanError::Empty(s) => write!(f, "empty span {}..{}", s.start, s.end),
            SpanError::OutOfBounds(s) => write!(f, "span {}..{} is out of bounds", s.start, s.end),
            SpanError::NotCharBoundary(s) => write!(f, "span {}..{} cuts a char", s.start, s.end),
            SpanError::Overlapping(s) => {
                write!(
                    f,
                    "span {}..{} overlaps the previous one or is unsorted",
                    s.start, s.end
                )
            }
        }
    }
}

impl std::error::Error for SpanError {}

/// Checks that spans fit `text`: each non-empty, within bounds, on char boundaries, and all sorted
/// and non-overlapping. The one check every test of every stage runs its spans through.
///
/// ```
/// use text::{ByteSpan, SpanError, validate_spans};
/// let text = "né";
/// assert!(validate_spans(text, [ByteSpan::new(0, 1), ByteSpan::new(1, 3)]).is_ok());
/// assert_eq!(
///     validate_spans(text, [ByteSpan::new(0, 2)]),
///     Err(SpanError::NotCharBoundary(ByteSpan::new(0, 2)))
/// );
/// ```
pub fn validate_spans(
    text: &str,
    spans: impl IntoIterator<Item = ByteSpan>,
) -> Result<(), SpanError> {
    let mut prev_end = 0;
    for span in spans {
        if span.start >= span.end {
            return Err(SpanError::Empty(span));
        }
        if span.end > text.len() {
            return Err(SpanError::OutOfBounds(span));
        }
        if !text.is_char_boundary(span.start) || !text.is_char_boundary(span.end) {
            return Err(SpanError::NotCharBoundary(span));
        }
        if span.start < prev_end {
            return Err(SpanError::Overlapping(span));
        }
        prev_end = span.end;
    }
    Ok(())
}

/// One non-ASCII char of the text: where it starts in chars, and how many bytes beyond
/// one-per-char the text has accumulated once it is passed.
///
/// Only non-ASCII chars are recorded: for English news that is a handful of curly quotes per
/// article, so the table stays tiny; [`CharOffsets::byte_of`] is a binary search over it.
#[derive(Debug, Clone, Copy)]
struct Wide {
    char: u32,
    extra_after: u32,
}

/// Converts byte offsets of one text into char (Unicode scalar) offsets and back.
///
/// Pure-ASCII text takes a fast path: no table, both conversions are the identity.
///
/// A char offset is the number of chars that start before the byte offset, that is the byte
/// offset less the UTF-8 continuation bytes before it. Those are kept as a bit mask per
/// 64-byte block of the text, with the count before each block: [`CharOffsets::char_of`],
/// which every mention of every stage goes through, is then a popcount, with no search and
/// no branch on the data (a binary search over the non-ASCII chars mispredicted about half
/// its steps). The masks cost 12 bytes per 64 bytes of text, and are filled from the
/// non-ASCII chars only.
///
/// ```
/// use text::CharOffsets;
/// let text = "Zürich → 北京";
/// let offsets = CharOffsets::new(text);
/// let byte = text.find('北').unwrap();
/// assert_eq!(offsets.char_of(byte), 9);
/// assert_eq!(offsets.byte_of(9), byte);
/// assert_eq!(offsets.char_len(), text.chars().count());
/// ```
#[derive(Debug, Clone)]
pub struct CharOffsets {
    ascii: bool,
    byte_len: usize,
    wide: Vec<Wide>,
    /// For each 64-byte block of the text (and one past the end), its continuation bytes as
    /// bits (bit `k`: byte `64 * block + k`).
    continuations: Vec<u64>,
    /// For each block, the number of continuation bytes before it.
    continuations_before: Vec<u32>,
}

impl CharOffsets {
    /// Builds the table for `text`.
    ///
    /// # Panics
    /// On texts of 4 GiB or more (offsets are stored as `u32`).
    pub fn new(text: &str) -> Self {
        let byte_len = text.len();
        if text.is_ascii() {
            return CharOffsets {
                ascii: true,
                byte_len,
                wide: Vec::new(),
                continuations: Vec::new(),
                continuations_before: Vec::new(),
            };
        }
        assert!(
            u32::try_from(byte_len).is_ok(),
            "texts of 4 GiB or more are not supported"
        );
        let mut wide = Vec::new();
        let blocks = byte_len / 64 + 1;
        let mut continuations = vec![0u64; blocks];
        let mut extra = 0u32;
        let mut chars = 0u32;
        let mut last = 0usize;
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            // Only lead bytes of multi-byte chars need a table entry: jump over ASCII runs
            // eight bytes at a time.
            if bytes[i] < 0x80 {
                match first_non_ascii(bytes, i) {
                    Some(next) => i = next,
                    None => break,
                }
            }
            chars += (i - last) as u32;
            let len = utf8_len(bytes[i]);
            extra += len as u32 - 1;
            for k in i + 1..i + len {
                continuations[k / 64] |= 1 << (k % 64);
            }
            wide.push(Wide {
                char: chars,
                extra_after: extra,
            });
            chars += 1;
            i += len;
            last = i;
        }
        let mut before = 0u32;
        let continuations_before = continuations
            .iter()
            .map(|mask| {
                let here = before;
                before += mask.count_ones();
                here
            })
            .collect();
        CharOffsets {
            ascii: false,
            byte_len,
            wide,
            continuations,
            continuations_before,
        }
    }

    /// Char offset of a byte offset that lies on a char boundary (or at the end of the text).
    ///
    /// Offsets past the end are clamped to the end; an offset inside a char counts that char as
    /// passed (the result is then the offset of the next char).
    pub fn char_of(&self, byte: usize) -> usize {
        let byte = byte.min(self.byte_len);
        if self.ascii {
            return byte;
        }
        // The chars that start before `byte`: inside a char, that one too (it rounds up).
        let (block, bit) = (byte / 64, byte % 64);
        let (Some(&mask), Some(&before)) = (
            self.continuations.get(block),
            self.continuations_before.get(block),
        ) else {
            return byte;
        };
        let here = (mask & ((1u64 << bit) - 1)).count_ones();
        byte - (before + here) as usize
    }

    /// Byte offset of a char offset (char offsets past the end give the text's byte length).
    pub fn byte_of(&self, char: usize) -> usize {
        if self.ascii {
            return char.min(self.byte_len);
        }
        let i = self.wide.partition_point(|w| (w.char as usize) < char);
        let byte = match i {
            0 => char,
            _ => char + self.wide[i - 1].extra_after as usize,
        };
        byte.min(self.byte_len)
    }

    /// Converts a byte span into a char range.
    pub fn chars_of(&self, span: ByteSpan) -> Range<usize> {
        self.char_of(span.start)..self.char_of(span.end)
    }

    /// A cursor for offsets that come in order (e.g. the sentences of a text); see
    /// [`CharCursor`].
    pub fn cursor(&self) -> CharCursor<'_> {
        CharCursor { offsets: self }
    }

    /// Converts a char range into a byte span.
    pub fn bytes_of(&self, chars: Range<usize>) -> ByteSpan {
        ByteSpan::new(self.byte_of(chars.start), self.byte_of(chars.end))
    }

    /// Number of chars in the text.
    pub fn char_len(&self) -> usize {
        self.char_of(self.byte_len)
    }

    /// True when the text is pure ASCII (both conversions are the identity).
    pub fn is_ascii(&self) -> bool {
        self.ascii
    }
}

/// [`CharOffsets::char_of`] for byte offsets that come in order, made by
/// [`CharOffsets::cursor`].
///
/// It once kept its place in a table searched by [`CharOffsets::char_of`]; that lookup now
/// costs the same wherever the offset is, so the cursor only forwards to it (callers that
/// convert sorted offsets keep working unchanged).
///
/// ```
/// use text::{ByteSpan, CharOffsets};
/// let text = "“Sí,” dijo. “No.”";
/// let offsets = CharOffsets::new(text);
/// let mut cursor = offsets.cursor();
/// for span in [ByteSpan::new(0, 10), ByteSpan::new(12, 22), ByteSpan::new(3, 5)] {
///     assert_eq!(cursor.chars_of(span), offsets.chars_of(span));
/// }
/// ```
#[derive(Debug, Clone)]
pub struct CharCursor<'a> {
    offsets: &'a CharOffsets,
}

impl CharCursor<'_> {
    /// Same as [`CharOffsets::char_of`].
    pub fn char_of(&mut self, byte: usize) -> usize {
        self.offsets.char_of(byte)
    }

    /// Same as [`CharOffsets::chars_of`].
    pub fn chars_of(&mut self, span: ByteSpan) -> Range<usize> {
        self.offsets.chars_of(span)
    }
}

/// Length of a UTF-8 sequence from its lead byte (valid `str` input only).
#[inline]
pub(crate) fn utf8_len(lead: u8) -> usize {
    match lead {
        0x00..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reference implementation: the obvious, slow way.
    fn naive_char_of(text: &str, byte: usize) -> usize {
        text.char_indices().take_while(|&(b, _)| b < byte).count()
    }

    #[test]
    fn char_of_and_byte_of_on_non_ascii() {
        let cases: &[&str] = &[
            "",
            "plain ascii",
            "café au lait",
            "Ångström and Åsa",
            "北京 and 東京 meet",
            "emoji 🎉 party 👍🏽 done",
            "combining e\u{301} and a\u{308}!",
            "mixed: «Zürich» — 北京 — 🎉.",
            "🎉",
            "é",
        ];
        for text in cases {
            let offsets = CharOffsets::new(text);
            assert_eq!(offsets.char_len(), text.chars().count(), "{text:?}");
            for (ci, (b, _)) in text.char_indices().enumerate() {
                assert_eq!(offsets.char_of(b), ci, "char_of({b}) in {text:?}");
                assert_eq!(offsets.byte_of(ci), b, "byte_of({ci}) in {text:?}");
                assert_eq!(naive_char_of(text, b), ci);
            }
            let n = text.chars().count();
            assert_eq!(offsets.char_of(text.len()), n);
            assert_eq!(offsets.byte_of(n), text.len());
            assert_eq!(offsets.byte_of(n + 5), text.len());
            assert_eq!(offsets.char_of(text.len() + 5), n);
        }
    }

    #[test]
    fn every_byte_offset_matches_the_reference() {
        // Offsets inside chars of every width, at the start and after other wide chars; the
        // cursor forwards, backwards and by jumps.
        let text = "€a🎉é北b€€ü🎉🎉x";
        let offsets = CharOffsets::new(text);
        let mut forward = offsets.cursor();
        let mut backward = offsets.cursor();
        for byte in 0..=text.len() + 1 {
            let expected = naive_char_of(text, byte);
            assert_eq!(offsets.char_of(byte), expected, "char_of({byte})");
            assert_eq!(forward.char_of(byte), expected, "cursor.char_of({byte})");
            let back = text.len() + 1 - byte;
            assert_eq!(
                backward.char_of(back),
                naive_char_of(text, back),
                "back {back}"
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn char_of_matches_the_reference(text in "(\\PC|[a-z ]{1,80}){0,60}") {
            let offsets = CharOffsets::new(&text);
            let mut cursor = offsets.cursor();
            for byte in 0..=text.len() + 2 {
                let expected = naive_char_of(&text, byte);
                proptest::prop_assert_eq!(offsets.char_of(byte), expected);
                proptest::prop_assert_eq!(cursor.char_of(byte), expected);
            }
        }
    }

    #[test]
    fn inside_a_char_rounds_up() {
        let text = "a€b"; // € is 3 bytes at 1..4
        let offsets = CharOffsets::new(text);
        assert_eq!(offsets.char_of(1), 1);
        assert_eq!(offsets.char_of(2), 2);
        assert_eq!(offsets.char_of(3), 2);
        assert_eq!(offsets.char_of(4), 2);
        assert_eq!(offsets.char_of(5), 3);
    }

    #[test]
    fn the_design_worked_example() {
        // DESIGN.md: "Ana Silva" at chars 17..26 of this sentence; with a curly quote in front
        // the byte offsets shift by two but the char offsets only by one.
        let text = "“Finance Minister Ana Silva met NATO officials.";
        let offsets = CharOffsets::new(text);
        let start = text.find("Ana").unwrap();
        let span = ByteSpan::new(start, start + "Ana Silva".len());
        assert_eq!(offsets.chars_of(span), 18..27);
        assert_eq!(offsets.bytes_of(18..27), span);
        let surface: String = text.chars().skip(18).take(9).collect();
        assert_eq!(surface, "Ana Silva");
    }
}
