//! Property tests: whatever the input, no panic, and every offset the crate hands out is sound.
//!
//! Inputs come from three generators: arbitrary Unicode strings (control chars included), random
//! bytes decoded lossily (so U+FFFD and broken sequences show up), and concatenations of tricky
//! news fragments (abbreviations, curly quotes, ellipses, soft hyphens, line breaks) that hit the
//! segmentation and alignment rules far more often than random text does.

use proptest::prelude::*;
use text::{ByteSpan, CharOffsets, Normalized, TextView, Tokenizer, validate_spans};

const FRAGMENTS: &[&str] = &[
    "The",
    "said",
    "U.S.",
    "U.",
    "Mr.",
    "Sept.",
    "Inc.",
    "e.g.",
    "W.",
    "3.5",
    "94,000",
    "1.",
    "a",
    "é",
    "北京",
    "🎉",
    "👍🏽",
    "e\u{301}",
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    ".",
    ".",
    "?",
    "!",
    "...",
    "…",
    "\"",
    "'",
    "“",
    "”",
    "‘",
    "’",
    "«",
    "»",
    "(",
    ")",
    "-",
    "—",
    "–",
    "−",
    "\u{a0}",
    "\u{202f}",
    "\u{ad}",
    "\u{200b}",
    "\u{feff}",
    "\u{2060}",
    "\u{2028}",
    "\u{200d}",
    "Gov't",
    "don’t",
    "full-blown",
    "•",
    "。",
    "\u{0}",
    "\u{fffd}",
];

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        prop::collection::vec(any::<u8>(), 0..256)
            .prop_map(|b| String::from_utf8_lossy(&b).into_owned()),
        prop::collection::vec(prop::sample::select(FRAGMENTS), 0..48).prop_map(|f| f.concat()),
    ]
}

/// Every normalised char boundary maps to an original char boundary, monotonically, and spans
/// map to spans that fit.
fn check_alignment(original: &str) -> Result<(), TestCaseError> {
    let norm = Normalized::new(original);
    let n = norm.as_str();
    let a = norm.alignment();
    let (mut prev_start, mut prev_end) = (0, 0);
    for b in (0..=n.len()).filter(|&b| n.is_char_boundary(b)) {
        let (s, e) = (a.start_to_original(b), a.end_to_original(b));
        prop_assert!(s <= original.len() && e <= original.len());
        prop_assert!(original.is_char_boundary(s) && original.is_char_boundary(e));
        prop_assert!(s >= prev_start && e >= prev_end, "not monotone at {}", b);
        (prev_start, prev_end) = (s, e);
        let span = norm.span_to_original(ByteSpan::new(0, b));
        prop_assert!(span.start <= span.end && original.get(span.range()).is_some());
    }
    // Normalising twice changes nothing.
    prop_assert!(Normalized::new(n).is_identity());
    Ok(())
}

proptest! {
    #[test]
    fn text_view_spans_are_sound(text in any_text()) {
        let view = TextView::new(&text);
        prop_assert_eq!(validate_spans(&text, view.sentences.iter().copied()), Ok(()));
        prop_assert_eq!(validate_spans(&text, view.tokens.iter().map(|t| t.span())), Ok(()));
        let mut covered = 0;
        for (i, s) in view.sentences.iter().enumerate() {
            let surface = &text[s.range()];
            let first = surface.chars().next().unwrap();
            let last = surface.chars().next_back().unwrap();
            prop_assert!(!first.is_whitespace() && !last.is_whitespace(), "untrimmed {:?}", surface);
            let toks = view.sentence_tokens(i);
            prop_assert!(!toks.is_empty());
            prop_assert_eq!(toks[0].span().start, s.start);
            prop_assert_eq!(toks[toks.len() - 1].span().end, s.end);
            covered += toks.len();
        }
        prop_assert_eq!(covered, view.tokens.len());
    }

    #[test]
    fn alignment_is_monotone_and_on_boundaries(text in any_text()) {
        check_alignment(&text)?;
    }

    #[test]
    fn tokenizer_spans_are_sound_on_raw_text(text in any_text()) {
        let spans: Vec<ByteSpan> = Tokenizer::new(&text).map(|t| t.span()).collect();
        prop_assert_eq!(validate_spans(&text, spans), Ok(()));
    }

    #[test]
    fn char_offsets_round_trip(text in any_text()) {
        let offsets = CharOffsets::new(&text);
        prop_assert_eq!(offsets.char_len(), text.chars().count());
        for (c, (b, _)) in text.char_indices().enumerate() {
            prop_assert_eq!(offsets.char_of(b), c);
            prop_assert_eq!(offsets.byte_of(c), b);
        }
        prop_assert_eq!(offsets.byte_of(offsets.char_len()), text.len());
        // Any byte offset, boundary or not, gives a char offset in range without panicking.
        for b in 0..=text.len() + 1 {
            prop_assert!(offsets.char_of(b) <= offsets.char_len());
        }
    }

    #[test]
    fn char_cursor_agrees_with_char_of(
        text in any_text(),
        queries in prop::collection::vec(0usize..400, 0..40),
        sorted in any::<bool>(),
    ) {
        // Sorted queries (the cursor's use) and any order (its fallback), inside chars too.
        let mut queries = queries;
        if sorted {
            queries.sort_unstable();
        }
        let offsets = CharOffsets::new(&text);
        let mut cursor = offsets.cursor();
        for b in queries {
            prop_assert_eq!(cursor.char_of(b), offsets.char_of(b), "byte {}", b);
        }
    }
}
