//! newsgraph's text layer: normalisation with alignment, sentences, tokens and offsets.
//!
//! Every analysis stage starts here. [`TextView::new`] takes an article's text exactly as it was
//! given and computes, in one pass over it:
//!
//! 1. a **normalised view** ([`Normalized`]) where typographic variants are canonical (curly
//!    quotes → `'`/`"`, dashes → `-`, Unicode spaces → `' '`, soft hyphens and zero-width chars
//!    removed, `…` → `...`), with a sparse [`Alignment`] back to the original;
//! 2. **tokens** ([`Token`]: a span, a [`TokenKind`] and [`Shape`] bits) from the normalised view;
//! 3. **sentences**, found from the tokens by rules tuned for news prose (abbreviations, initials,
//!    decimals, quotes, headlines, captions, bullets, hard-wrapped text).
//!
//! # Offsets
//!
//! Three kinds of offsets exist, and the types say which is which:
//! - [`ByteSpan`]s in [`TextView::sentences`] and [`TextView::tokens`] are **byte offsets into
//!   the original text**, on char boundaries: `&text[span.range()]` is the surface.
//! - The normalised text has its own byte offsets; [`Alignment`] maps them to the original
//!   (starts and ends separately, both monotone). Stages that scan the normalised text (e.g. with
//!   a dictionary automaton) map their matches back with [`TextView::to_original`].
//! - Records carry **char (Unicode scalar) offsets**; convert at the edge with [`CharOffsets`],
//!   the only place where bytes become chars.
//!
//! Pure-ASCII text, and any text with nothing to normalise, takes a fast path: the normalised
//! view is the original (no copy, no alignment), and the char offsets are the byte offsets.
//!
//! # Performance
//!
//! No regex, no allocation per token (a [`Token`] is 12 bytes), one `Vec` of tokens and one of
//! sentences per article; pure-ASCII text skips normalisation and char tables entirely.
//! Where the time goes, and why the code is shaped the way it is:
//! - the tokenizer (about 60% of `TextView::new`) scans runs of ASCII letters and digits eight
//!   bytes at a time (SWAR), decides the common word endings (a space, simple punctuation, a
//!   period that is not a decimal or an abbreviation) inline and falls back to the full rules
//!   only for `'` `-`, digit groups and non-ASCII chars; two-byte chars (Cyrillic, Greek,
//!   accented Latin) are classified from a table rather than by `char` property lookups;
//! - while it runs, the tokenizer records the only tokens segmentation needs to visit (those
//!   after a line break, and the possible sentence ends), so segmentation does not walk every
//!   token, and hard-wrap detection reads the line breaks from those gaps;
//! - tokens between two normalisation edits are mapped back by a constant shift.
//!
//! `cargo bench -p text --bench text` on the 2-core build box (10.1 MB of news texts,
//! `news_texts` group): `TextView::new` ≈ 199 MiB/s (was ≈ 120), tokenizer alone ≈ 284 MiB/s
//! (was ≈ 182), normalisation ≈ 2.9 GiB/s, `CharOffsets` ≈ 4.2 GiB/s (was ≈ 2.2). For
//! calibration, splitting the same texts on whitespace into a `Vec` of spans runs at
//! ≈ 370–400 MB/s there (`cargo run -p text --release --example text_throughput -- FILE baseline`):
//! the tokenizer now costs about what that naive loop does, and is bound by branch
//! mispredictions at word ends (space or punctuation, in no predictable order). Tried and
//! dropped because they did not help on the corpus: 64-byte class bitmaps per window (25%
//! faster on uniform text, no gain on news), 32-byte ASCII skipping in normalisation, recording
//! the marks without branches. Skipping the one space after a token without a branch (first
//! dropped for no wall-time gain) is in: it saves ≈ 3% of the tokenizer's instructions. Going further probably needs token boundaries found for whole blocks
//! with bit masks, as simdjson finds its structural characters.
//!
//! In instructions (callgrind on the first 1,500 corpus articles, ≈ 9.4 MB of text, 1.92 M
//! tokens): `TextView::new` ≈ 382 M, of which the tokenizer ≈ 290 M (≈ 140 per token: the
//! SWAR run ≈ 75, the rest the space skip, the end-of-word checks, the push and the marks),
//! segmentation ≈ 30 M, normalisation ≈ 19 M, the remap ≈ 8 M. Whole-text class bit masks
//! (letters, lower case, digits, spaces per 64-byte block, made with the same SWAR lanes and
//! gathered by a multiplication) were tried again: the walk fell to ≈ 109 instructions per
//! token, but making the masks costs ≈ 5 per byte (50 M) without SIMD, which `unsafe` being
//! forbidden rules out (the SSE2 intrinsics still need `unsafe` to call), so the total did
//! not move and wall time got ≈ 15% worse.
//!
//! # Example
//!
//! ```
//! use text::{CharOffsets, TextView, TokenKind};
//!
//! let text = "Officials in the U.S. met “Gen. Ana Ruiz” on Jan. 5. The talks ran late…\n\nNext item";
//! let view = TextView::new(text);
//!
//! let sentences: Vec<&str> = view.sentences.iter().map(|s| &text[s.range()]).collect();
//! assert_eq!(
//!     sentences,
//!     ["Officials in the U.S. met “Gen. Ana Ruiz” on Jan. 5.", "The talks ran late…", "Next item"]
//! );
//!
//! // Tokens of the first sentence, as surfaces of the original text.
//! let first: Vec<&str> = view.sentence_tokens(0).iter().map(|t| t.text(text)).collect();
//! assert_eq!(first[..5], ["Officials", "in", "the", "U.S.", "met"]);
//! assert_eq!(view.sentence_tokens(0)[3].kind, TokenKind::Abbreviation);
//!
//! // The normalised view has straight quotes; its offsets map back to the original.
//! let norm = view.normalized(text);
//! assert!(norm.contains("\"Gen. Ana Ruiz\""));
//! let at = norm.find("Ana Ruiz").unwrap();
//! let span = view.to_original(text::ByteSpan::new(at, at + "Ana Ruiz".len()));
//! assert_eq!(&text[span.range()], "Ana Ruiz");
//!
//! // Records use char offsets: “ is one char but three bytes.
//! let chars = CharOffsets::new(text);
//! assert_eq!(chars.chars_of(span), 32..40);
//! ```

pub mod language;
mod normalize;
mod offsets;
mod sentences;
pub mod swar;
#[cfg(test)]
mod testutil;
mod tokens;

use std::ops::Range;

pub use normalize::{Alignment, AlignmentCursor, Normalized, replacement};
pub use offsets::{ByteSpan, CharCursor, CharOffsets, SpanError, validate_spans};
pub use sentences::{is_sentence_starter, segment_tokens};
pub use tokens::{
    AbbreviationClass, Shape, Token, TokenKind, Tokenizer, abbreviation_class,
    abbreviation_token_class, descriptive_ending_len, tokenize,
};

/// The text layer's view of one article, computed in one pass.
///
/// It does not borrow the text (stages keep it next to the article); methods that need the text
/// take it as an argument and expect the same text that was given to [`TextView::new`].
#[derive(Debug, Clone)]
pub struct TextView {
    /// Sentences: byte spans into the original text, trimmed, sorted, non-overlapping.
    pub sentences: Vec<ByteSpan>,
    /// Tokens: byte spans into the original text, sorted, non-overlapping. Kinds and shapes were
    /// computed on the normalised view (so `’` counts as an apostrophe, `—` as a dash).
    pub tokens: Vec<Token>,
    /// For each sentence, the range of its tokens in `tokens`.
    sentence_tokens: Vec<Range<u32>>,
    /// The normalised text when it differs from the original.
    normalized: Option<String>,
    alignment: Alignment,
}

impl TextView {
    /// Normalises, tokenizes and segments `text`.
    pub fn new(text: &str) -> Self {
        let norm = Normalized::new(text);
        let ntext = norm.as_str();
        // The tokenizer notes the tokens that segmentation needs to look at as it goes.
        let mut marks = sentences::SentenceMarks::with_text_len(ntext.len());
        let mut tokens = tokens::tokenize_marked(ntext, &mut marks);
        let ranges = sentences::segment_marked(ntext, &tokens, &marks);

        let (cow, alignment) = norm.into_parts();
        let identity = alignment.is_identity();
        let normalized = (!identity).then(|| cow.into_owned());

        let mut sentence_tokens: Vec<Range<u32>> = ranges
            .iter()
            .map(|r| r.start as u32..r.end as u32)
            .collect();
        if !identity {
            remap_tokens(&alignment, &mut tokens, &mut sentence_tokens);
        }
        let sentences = sentence_tokens
            .iter()
            .map(|r| {
                ByteSpan::new(
                    tokens[r.start as usize].span().start,
                    tokens[r.end as usize - 1].span().end,
                )
            })
            .collect();
        TextView {
            sentences,
            tokens,
            sentence_tokens,
            normalized,
            alignment,
        }
    }

    /// The tokens of sentence `i` (empty when `i` is out of range).
    pub fn sentence_tokens(&self, i: usize) -> &[Token] {
        match self.sentence_tokens.get(i) {
            Some(r) => &self.tokens[r.start as usize..r.end as usize],
            None => &[],
        }
    }

    /// Indices into `tokens` of the tokens of sentence `i`.
    pub fn sentence_token_range(&self, i: usize) -> Range<usize> {
        self.sentence_tokens
            .get(i)
            .map_or(0..0, |r| r.start as usize..r.end as usize)
    }

    /// The tokens that lie within `span` (original byte offsets).
    pub fn tokens_in(&self, span: ByteSpan) -> &[Token] {
        let a = self.tokens.partition_point(|t| t.span().start < span.start);
        let b = self
            .tokens
            .partition_point(|t| t.span().end <= span.end)
            .max(a);
        &self.tokens[a..b]
    }

    /// The index of the sentence containing the original byte offset `byte`, if any.
    pub fn sentence_at(&self, byte: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.end <= byte);
        (i < self.sentences.len() && self.sentences[i].start <= byte).then_some(i)
    }

    /// The normalised text; `original` must be the text given to [`TextView::new`].
    pub fn normalized<'s>(&'s self, original: &'s str) -> &'s str {
        self.normalized.as_deref().unwrap_or(original)
    }

    /// The alignment from the normalised text to the original.
    pub fn alignment(&self) -> &Alignment {
        &self.alignment
    }

    /// Maps a span of the normalised text to the original text.
    pub fn to_original(&self, span: ByteSpan) -> ByteSpan {
        self.alignment.span_to_original(span)
    }
}

/// Maps token spans from the normalised text to the original, in place.
///
/// Mapping is monotone but an expansion (`…` → `...`) may be split between two tokens (`U.S.`
/// takes the first dot): their mapped spans would overlap, so the later one is clipped, and a
/// token clipped to nothing is dropped (sentence ranges are re-indexed accordingly).
fn remap_tokens(
    alignment: &Alignment,
    tokens: &mut Vec<Token>,
    sentence_tokens: &mut Vec<Range<u32>>,
) {
    let mut prev_end = 0;
    let mut dropped = false;
    let mut cursor = alignment.cursor();
    // Between two edits the texts differ by a constant shift, and a handful of edits (curly
    // quotes, dashes) stand between thousands of tokens: a token that lies wholly between
    // edit `next - 1` and edit `next` just moves by that shift. This gives exactly what the
    // cursor gives (it is the `orig_end + (norm - norm_end)` case of both mappings, and the
    // clipping below cannot apply), without its searches and branches per token.
    let edits = alignment.edits();
    let mut next = 0; // the first edit that ends after the current token's start
    let mut k = 0;
    while k < tokens.len() {
        let norm = tokens[k].span();
        while next < edits.len() && edits[next].norm_end as usize <= norm.start {
            next += 1;
        }
        let gap_end = edits
            .get(next)
            .map_or(usize::MAX, |e| e.norm_start as usize);
        if norm.end > gap_end {
            let mut span = cursor.span(norm);
            span.start = span.start.max(prev_end);
            span.end = span.end.max(span.start);
            dropped |= span.is_empty();
            prev_end = span.end;
            tokens[k].set_span(span);
            k += 1;
            continue;
        }
        // This token and the ones after it up to the next edit all move by the same shift
        // (`next` stays the first edit ending after each of their starts, as tokens are not
        // empty): one tight loop for the whole run.
        let shift = match next {
            0 => 0,
            _ => edits[next - 1].orig_end as isize - edits[next - 1].norm_end as isize,
        };
        for t in &mut tokens[k..] {
            let norm = t.span();
            if norm.end > gap_end {
                break;
            }
            let span = ByteSpan::new(
                norm.start.wrapping_add_signed(shift),
                norm.end.wrapping_add_signed(shift),
            );
            prev_end = span.end;
            t.set_span(span);
            k += 1;
        }
    }
    if !dropped {
        return;
    }
    // new_index[k] = number of kept tokens before old token k.
    let mut new_index = Vec::with_capacity(tokens.len() + 1);
    let mut kept = 0u32;
    for t in tokens.iter() {
        new_index.push(kept);
        kept += u32::from(!t.span().is_empty());
    }
    new_index.push(kept);
    tokens.retain(|t| !t.span().is_empty());
    for r in sentence_tokens.iter_mut() {
        *r = new_index[r.start as usize]..new_index[r.end as usize];
    }
    sentence_tokens.retain(|r| !r.is_empty());
}

/// The line of `text` that holds `span`: from after the `\n` before it to the `\n` after it
/// (or the text's ends), the line break excluded. `span` must lie on char boundaries.
pub fn line_around(text: &str, span: ByteSpan) -> ByteSpan {
    let start = text[..span.start].rfind('\n').map_or(0, |i| i + 1);
    let end = text[span.end..]
        .find('\n')
        .map_or(text.len(), |i| span.end + i);
    ByteSpan::new(start, end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_line_around_a_span() {
        let text = "Title\nBy Ann Lee on July 2, 2012\nBody é.";
        let at = |w: &str| {
            let s = text.find(w).unwrap_or_default();
            &text[line_around(text, ByteSpan::new(s, s + w.len())).range()]
        };
        assert_eq!(at("Title"), "Title");
        assert_eq!(at("July 2"), "By Ann Lee on July 2, 2012");
        assert_eq!(at("é"), "Body é.");
        assert_eq!(line_around("", ByteSpan::new(0, 0)), ByteSpan::new(0, 0));
    }
    use proptest::prelude::*;

    /// Token spans mapped through the cursor alone (no shortcut between edits).
    fn remap_reference(alignment: &Alignment, tokens: &[Token]) -> Vec<ByteSpan> {
        let mut prev_end = 0;
        let mut cursor = alignment.cursor();
        tokens
            .iter()
            .map(|t| {
                let mut span = cursor.span(t.span());
                span.start = span.start.max(prev_end);
                span.end = span.end.max(span.start);
                prev_end = span.end;
                span
            })
            .collect()
    }

    const PIECES: &[&str] = &[
        "word", "U.S.", " ", " ", "\n", ".", "…", "“", "”", "’", "—", "\u{a0}", "\u{ad}",
        "\u{200b}", "\u{feff}", "\u{85}", "é", "3.5", "'", "\"",
    ];

    proptest! {
        #[test]
        fn remap_matches_the_cursor(
            pieces in prop::collection::vec(prop::sample::select(PIECES), 0..40)
        ) {
            let text = pieces.concat();
            let norm = Normalized::new(&text);
            let tokens = tokenize(norm.as_str());
            let expected = remap_reference(norm.alignment(), &tokens);
            let mut got = tokens.clone();
            let mut sentences: Vec<Range<u32>> = Vec::new();
            sentences.push(0..tokens.len() as u32);
            remap_tokens(norm.alignment(), &mut got, &mut sentences);
            let expected: Vec<ByteSpan> = expected.into_iter().filter(|s| !s.is_empty()).collect();
            let got: Vec<ByteSpan> = got.iter().map(|t| t.span()).collect();
            prop_assert_eq!(got, expected);
        }
    }
}
