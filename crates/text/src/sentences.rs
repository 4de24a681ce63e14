//! Sentence segmentation for news prose, on top of the token stream.
//!
//! Working on tokens rather than bytes means the hard questions ("is this period part of an
//! abbreviation, a decimal, an initial?") were already answered by the tokenizer, and a sentence
//! is simply a run of tokens: its span starts at its first token and ends at its last, so it is
//! trimmed of whitespace by construction.
//!
//! A sentence ends after a terminator and any closing quotes or brackets glued to it, when
//! whitespace follows and the next word does not look like a continuation:
//! - `.` after a word or number: unless the next word starts in lower case, or the number is a
//!   list enumerator at the start of a line (`1. First`);
//! - `?` / `!`: unless the next word starts in lower case (`"Why?" he asked`);
//! - `...`: only before a capitalised word;
//! - an abbreviation (`U.S.`, `Inc.`, `a.m.`, an initial `W.`): only before a common sentence
//!   starter (`The`, `He`, `But`, `In` … see [`is_sentence_starter`]) or an opening quote with a
//!   capital after it; titles (`Mr.`, `Gen.`, `No.`) and `e.g.`/`vs.` never end a sentence, and
//!   a month (`Sept.`) never does before a number;
//! - `。！？` always.
//!
//! Line breaks matter in news: headlines, datelines, captions and bullets rarely end with a
//! period. A blank line always ends a sentence. A single line break ends one when the next line
//! does not start in lower case and the line before does not end in a way that asks for more (a
//! comma, an open bracket, a title such as `Mr.`, or a lower-case function word such as `the`).
//! Hard-wrapped text (many line breaks followed by a lower-case continuation) is detected per
//! document; there, single line breaks only end a sentence before a bullet or list item.

//!
//! Known limits: an abbreviation followed by a capitalised word that is not a common sentence
//! starter stays in the sentence (`… in the U.S. Officials said …` is one sentence); an
//! unknown abbreviation followed by a capital ends one (`approx. Ten`); `?`/`!` inside a title
//! (`Yahoo! Inc.`) ends a sentence; in hard-wrapped text a headline without a final period runs
//! into the next line; CJK segmentation only knows `。！？`.

use std::ops::Range;

use memchr::{memchr, memchr_iter};

use crate::tokens::{
    AbbreviationClass, Marks, Token, TokenKind, abbreviation_token_class, may_end_sentence,
};

/// Splits a token stream of `text` into sentences, as ranges of token indices (sorted,
/// non-empty, non-overlapping, covering every token).
pub fn segment_tokens(text: &str, tokens: &[Token]) -> Vec<Range<usize>> {
    let seg = Segmenter {
        text,
        bytes: text.as_bytes(),
        tokens,
        hard_wrapped: is_hard_wrapped(text),
    };
    seg.run(&SentenceMarks::from_tokens(text, tokens))
}

/// Splits tokens into sentences like [`segment_tokens`], given their [`SentenceMarks`] as the
/// tokenizer recorded them.
pub(crate) fn segment_marked(
    text: &str,
    tokens: &[Token],
    marks: &SentenceMarks,
) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    // Every line break lies in the gap before a marked token or after the last token: look
    // for them there rather than searching the whole text again (news has a line break every
    // 75 bytes or so, and a search call per line break cost more than reading the gaps). Plain
    // loops: an iterator chain over the gaps (`flat_map` of `filter`) cost a mispredicted
    // branch or two more per gap.
    let mut wrap = WrapCount::new();
    let mut gap = |from: usize, to: usize| {
        for k in from..to {
            if bytes[k] == b'\n' {
                wrap.line_break(bytes, k);
            }
        }
    };
    for &i in &marks.line_breaks {
        let i = i as usize;
        let from = match i {
            0 => 0,
            _ => tokens[i - 1].span().end,
        };
        gap(from, tokens[i].span().start);
    }
    gap(tokens.last().map_or(0, |t| t.span().end), bytes.len());
    let seg = Segmenter {
        text,
        bytes,
        tokens,
        hard_wrapped: wrap.hard_wrapped(),
    };
    seg.run(marks)
}

/// The only tokens where a sentence can end or begin, as sorted token indices: those with a
/// line break in the gap before them, and the terminator candidates (see
/// [`may_end_sentence`]). Every other token continues the sentence, so segmentation visits
/// these alone. [`crate::TextView`] has the tokenizer record them as it goes (it sees every
/// line break and knows each token's kind when it makes it); [`segment_tokens`] finds them
/// with one walk over the tokens.
#[derive(Debug, Default)]
pub(crate) struct SentenceMarks {
    line_breaks: Vec<u32>,
    candidates: Vec<u32>,
}

impl Marks for SentenceMarks {
    #[inline]
    fn line_break(&mut self, index: usize) {
        self.line_breaks.push(index as u32);
    }

    #[inline]
    fn candidate(&mut self, index: usize) {
        self.candidates.push(index as u32);
    }
}

impl SentenceMarks {
    /// Marks with room for the marks of a text of `len` bytes of news prose.
    pub(crate) fn with_text_len(len: usize) -> Self {
        SentenceMarks {
            line_breaks: Vec::with_capacity(len / 64),
            candidates: Vec::with_capacity(len / 64),
        }
    }

    /// The marks of `tokens` of `text`, from the tokens and the text's line breaks.
    fn from_tokens(text: &str, tokens: &[Token]) -> Self {
        let bytes = text.as_bytes();
        let mut marks = Self::with_text_len(text.len());
        // The offset of the first line break at or after the start of an earlier token: a
        // token that starts before it has no line break in its gap (tokens hold none).
        let next_line_break =
            |from: usize| memchr(b'\n', &bytes[from..]).map_or(usize::MAX, |k| from + k);
        let mut line_break = next_line_break(0);
        let mut prev_end = 0;
        for (i, token) in tokens.iter().enumerate() {
            let span = token.span();
            if span.start > line_break {
                if memchr(b'\n', bytes.get(prev_end..span.start).unwrap_or(&[])).is_some() {
                    marks.line_break(i);
                }
                line_break = next_line_break(span.start);
            }
            if may_end_sentence(token.kind, bytes[span.start]) {
                marks.candidate(i);
            }
            prev_end = span.end;
        }
        marks
    }
}

struct Segmenter<'a> {
    text: &'a str,
    bytes: &'a [u8],
    tokens: &'a [Token],
    hard_wrapped: bool,
}

/// How many line breaks separate token `i - 1` from token `i` (0, 1 or 2 for "two or more").
#[derive(Clone, Copy, PartialEq, Eq)]
enum Gap {
    None,
    Space,
    LineBreak,
    BlankLine,
}

impl<'a> Segmenter<'a> {
    /// Visits the marked tokens in order; the rest cannot start or end a sentence.
    fn run(&self, marks: &SentenceMarks) -> Vec<Range<usize>> {
        let n = self.tokens.len();
        let (line_breaks, candidates) = (&marks.line_breaks, &marks.candidates);
        let mut out = Vec::with_capacity(candidates.len() + line_breaks.len() / 2 + 1);
        let mut start = 0;
        // Tokens before `next` are settled: a terminator's closing quotes are skipped.
        let mut next = 0;
        let (mut l, mut c) = (0, 0);
        loop {
            // The next marked token, and which marks it has.
            let lb = line_breaks.get(l).map_or(usize::MAX, |&i| i as usize);
            let cand = candidates.get(c).map_or(usize::MAX, |&i| i as usize);
            let i = lb.min(cand);
            if i >= n {
                break;
            }
            l += usize::from(lb == i);
            c += usize::from(cand == i);
            if i < next {
                continue;
            }
            if lb == i && i > start {
                let boundary = match self.gap(i) {
                    Gap::BlankLine => true,
                    Gap::LineBreak => self.line_break_ends_sentence(i),
                    _ => false,
                };
                if boundary {
                    out.push(start..i);
                    start = i;
                }
            }
            if cand == i
                && let Some(last) = self.terminator_ends_sentence(i)
            {
                out.push(start..last + 1);
                start = last + 1;
                next = last + 1;
            }
        }
        if start < n {
            out.push(start..n);
        }
        out
    }

    #[inline]
    fn tok(&self, i: usize) -> &'a str {
        self.tokens[i].text(self.text)
    }

    /// What separates token `i - 1` from token `i`.
    #[inline]
    fn gap(&self, i: usize) -> Gap {
        if i == 0 || i >= self.tokens.len() {
            return Gap::BlankLine;
        }
        let (a, b) = (self.tokens[i - 1].span().end, self.tokens[i].span().start);
        if b <= a {
            return Gap::None;
        }
        // Gaps are a few bytes ("\n", "\n\n", " \n  "): a plain loop beats a `memchr` call.
        let mut line_breaks = self.bytes[a..b].iter().filter(|&&byte| byte == b'\n');
        match (line_breaks.next(), line_breaks.next()) {
            (None, _) => Gap::Space,
            (Some(_), None) => Gap::LineBreak,
            (Some(_), Some(_)) => Gap::BlankLine,
        }
    }

    /// If token `i` is a terminator that ends the sentence, the index of the sentence's last
    /// token (the terminator or the last closer glued to it).
    fn terminator_ends_sentence(&self, i: usize) -> Option<usize> {
        let t = self.tokens[i];
        let s = self.tok(i);
        let first = s.as_bytes().first().copied()?;
        enum Term {
            Period,
            Ellipsis,
            Exclaim,
            Abbrev(AbbreviationClass, bool),
            Cjk,
        }
        let term = match t.kind {
            TokenKind::Punct => match first {
                b'.' if s.len() == 1 => Term::Period,
                b'.' => Term::Ellipsis,
                b'?' | b'!' => Term::Exclaim,
                _ if matches!(s, "。" | "！" | "？") => Term::Cjk,
                _ => return None,
            },
            TokenKind::Abbreviation => {
                let initial = s.len() == 2 && first.is_ascii_uppercase();
                Term::Abbrev(abbreviation_token_class(s), initial)
            }
            _ => return None,
        };
        if let Term::Abbrev(AbbreviationClass::Title | AbbreviationClass::Continuation, _) = term {
            return None;
        }

        // Closing quotes and brackets glued to the terminator belong to the sentence.
        let mut last = i;
        while last + 1 < self.tokens.len()
            && self.may_be_bracket(last + 1)
            && self.gap(last + 1) == Gap::None
            && is_closer(self.tok(last + 1))
        {
            last += 1;
        }
        let next = last + 1;
        if next >= self.tokens.len() {
            return Some(last);
        }
        if let Term::Cjk = term {
            return Some(last);
        }
        let gap = self.gap(next);
        if gap == Gap::None {
            return None; // "example.com", "end.Next": not a sentence end we can trust
        }
        let (word, quoted) = self.next_word(next);
        let lower = word.is_lower_start();
        // At a line end, a terminator is strong evidence (unless the text is hard-wrapped).
        if gap != Gap::Space && !self.hard_wrapped && !lower {
            return Some(last);
        }
        let ends = match term {
            Term::Period => !lower && !self.is_enumerator(i),
            Term::Exclaim => !lower,
            Term::Ellipsis => word.is_capitalized(),
            Term::Abbrev(class, _initial) => {
                let w = word.text(self.text);
                if class == AbbreviationClass::Month && word.kind == TokenKind::Number {
                    false
                } else {
                    (quoted && word.is_capitalized()) || is_sentence_starter(w)
                }
            }
            Term::Cjk => true,
        };
        ends.then_some(last)
    }

    /// Whether token `i` may be a quote or bracket ([`is_opener`], [`is_closer`]): those are
    /// punctuation or symbols (`（` is a symbol). A kind test first spares the words, most of the
    /// tokens asked about, the text comparisons.
    #[inline]
    fn may_be_bracket(&self, i: usize) -> bool {
        matches!(self.tokens[i].kind, TokenKind::Punct | TokenKind::Symbol)
    }

    /// The first token of the next sentence candidate, skipping opening quotes and brackets
    /// glued to it; and whether any were skipped.
    fn next_word(&self, mut j: usize) -> (Token, bool) {
        let mut quoted = false;
        while j + 1 < self.tokens.len()
            && self.may_be_bracket(j)
            && is_opener(self.tok(j))
            && self.gap(j + 1) == Gap::None
        {
            quoted = true;
            j += 1;
        }
        (self.tokens[j], quoted)
    }

    /// `1.` / `12.` as the first token of a line is a list enumerator, not a sentence end.
    fn is_enumerator(&self, period: usize) -> bool {
        if period == 0 || self.gap(period) != Gap::None {
            return false;
        }
        let num = period - 1;
        self.tokens[num].kind == TokenKind::Number
            && self.tok(num).len() <= 3
            && matches!(self.gap(num), Gap::LineBreak | Gap::BlankLine)
    }

    /// A single line break before token `i`, with no terminator before it that ended the
    /// sentence: does it end the sentence anyway (headline, dateline, caption, bullet)?
    fn line_break_ends_sentence(&self, i: usize) -> bool {
        let next = self.tokens[i];
        if self.hard_wrapped {
            return self.is_list_item(i);
        }
        let (word, _) = self.next_word(i);
        if word.is_lower_start() || next.is_lower_start() {
            return false;
        }
        let prev = self.tokens[i - 1];
        let p = self.tok(i - 1);
        match prev.kind {
            TokenKind::Punct => !matches!(p, "," | "(" | "[" | "{" | "/" | "&" | ";"),
            TokenKind::Abbreviation => !matches!(
                abbreviation_token_class(p),
                AbbreviationClass::Title | AbbreviationClass::Continuation
            ),
            TokenKind::Word if prev.is_lower_start() => !is_function_word(p),
            _ => true,
        }
    }

    /// A line that starts with a bullet (`-`, `*`, `•`) or an enumerator (`1.`, `2)`).
    fn is_list_item(&self, i: usize) -> bool {
        let t = self.tok(i);
        if matches!(t, "-" | "*" | "•" | "·" | "▪" | "■" | "–" | "—") {
            return true;
        }
        self.tokens[i].kind == TokenKind::Number
            && t.len() <= 3
            && i + 1 < self.tokens.len()
            && self.gap(i + 1) == Gap::None
            && matches!(self.tok(i + 1), "." | ")")
    }
}

#[inline]
fn is_closer(s: &str) -> bool {
    matches!(
        s,
        "\"" | "'" | ")" | "]" | "}" | "»" | "’" | "”" | "」" | "』" | "）"
    )
}

#[inline]
fn is_opener(s: &str) -> bool {
    matches!(
        s,
        "\"" | "'" | "(" | "[" | "{" | "«" | "‘" | "“" | "「" | "『" | "（"
    )
}

/// Capitalised words that begin sentences far more often than they continue one after an
/// abbreviation: pronouns, determiners, conjunctions, common sentence adverbs and prepositions.
/// This is what tells "… in the U.S. The company …" from "… the U.S. Senate …".
pub fn is_sentence_starter(word: &str) -> bool {
    const STARTERS: &[&str] = &[
        "a",
        "about",
        "after",
        "again",
        "all",
        "also",
        "although",
        "an",
        "and",
        "another",
        "any",
        "as",
        "at",
        "because",
        "before",
        "both",
        "but",
        "by",
        "despite",
        "during",
        "each",
        "earlier",
        "even",
        "every",
        "few",
        "for",
        "from",
        "had",
        "has",
        "have",
        "he",
        "her",
        "here",
        "his",
        "how",
        "however",
        "i",
        "if",
        "in",
        "instead",
        "is",
        "it",
        "it's",
        "its",
        "last",
        "later",
        "many",
        "meanwhile",
        "more",
        "most",
        "much",
        "my",
        "neither",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "on",
        "one",
        "only",
        "or",
        "our",
        "over",
        "she",
        "since",
        "so",
        "some",
        "still",
        "such",
        "that",
        "the",
        "their",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "though",
        "thus",
        "to",
        "today",
        "under",
        "until",
        "we",
        "what",
        "when",
        "where",
        "whether",
        "which",
        "while",
        "who",
        "why",
        "with",
        "without",
        "yesterday",
        "yet",
        "you",
        "your",
    ];
    let b = word.as_bytes();
    if b.is_empty() || !b[0].is_ascii_uppercase() || b.len() > 9 {
        return false;
    }
    STARTERS.iter().any(|s| s.eq_ignore_ascii_case(word))
}

/// Lower-case words that a line cannot end with unless the sentence goes on (hard wrapping).
fn is_function_word(word: &str) -> bool {
    matches!(
        word,
        "a" | "an"
            | "the"
            | "of"
            | "to"
            | "in"
            | "on"
            | "at"
            | "by"
            | "for"
            | "with"
            | "from"
            | "and"
            | "or"
            | "but"
            | "that"
            | "as"
            | "than"
            | "into"
            | "its"
            | "their"
            | "his"
            | "her"
            | "said"
    )
}

/// Hard-wrapped text: at least two single line breaks are followed by a lower-case letter, and
/// they make up at least a third of the single line breaks.
fn is_hard_wrapped(text: &str) -> bool {
    let bytes = text.as_bytes();
    hard_wrapped_at(bytes, memchr_iter(b'\n', bytes))
}

/// [`is_hard_wrapped`] given the offsets of all the line breaks of the text, in order.
fn hard_wrapped_at(bytes: &[u8], line_breaks: impl IntoIterator<Item = usize>) -> bool {
    let mut count = WrapCount::new();
    for nl in line_breaks {
        count.line_break(bytes, nl);
    }
    count.hard_wrapped()
}

/// What [`hard_wrapped_at`] counts, fed the line breaks one at a time, in order.
struct WrapCount {
    /// Single line breaks (not before nor after a blank line).
    single: usize,
    /// Those followed by a lower-case letter.
    lower: usize,
    /// The last line break (`usize::MAX`: none yet).
    last_nl: usize,
}

impl WrapCount {
    fn new() -> Self {
        WrapCount {
            single: 0,
            lower: 0,
            last_nl: usize::MAX,
        }
    }

    /// Counts the line break at `nl` of `bytes`.
    fn line_break(&mut self, bytes: &[u8], nl: usize) {
        // Blank lines (only whitespace since the previous break) are paragraph breaks.
        let blank_before = self.last_nl != usize::MAX
            && bytes[self.last_nl + 1..nl]
                .iter()
                .all(|b| b.is_ascii_whitespace());
        self.last_nl = nl;
        if blank_before {
            return;
        }
        let rest = &bytes[nl + 1..];
        let Some(k) = rest
            .iter()
            .position(|&b| b != b' ' && b != b'\t' && b != b'\r')
        else {
            return;
        };
        if rest[k] == b'\n' {
            return;
        }
        self.single += 1;
        if rest[k].is_ascii_lowercase() {
            self.lower += 1;
        }
    }

    fn hard_wrapped(&self) -> bool {
        self.lower >= 2 && self.lower * 3 >= self.single
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::check_spans;

    /// Segments `text` and returns the sentences as strings (via the full TextView path, so the
    /// mapping through normalisation is exercised too).
    fn sentences(text: &str) -> Vec<&str> {
        let view = crate::TextView::new(text);
        check_spans(text, view.sentences.iter().copied());
        check_spans(text, view.tokens.iter().map(|t| t.span()));
        view.sentences.iter().map(|s| &text[s.range()]).collect()
    }

    /// (text, expected sentences separated by " | ").
    const TABLE: &[(&str, &str)] = &[
        // Plain prose.
        (
            "The mayor spoke. The council listened.",
            "The mayor spoke. | The council listened.",
        ),
        (
            "Is it over? Nobody knows! Then silence.",
            "Is it over? | Nobody knows! | Then silence.",
        ),
        (
            "  Leading and trailing space.  ",
            "Leading and trailing space.",
        ),
        ("No final punctuation", "No final punctuation"),
        // Abbreviations.
        (
            "He moved to the U.S. The move was quiet.",
            "He moved to the U.S. | The move was quiet.",
        ),
        (
            "The U.S. Senate voted on Tuesday.",
            "The U.S. Senate voted on Tuesday.",
        ),
        (
            "Talks with the U.N. and the U.K. stalled.",
            "Talks with the U.N. and the U.K. stalled.",
        ),
        (
            "Officials in the U.S. said it was over.",
            "Officials in the U.S. said it was over.",
        ),
        (
            "Mr. Dale and Mrs. Okafor met Dr. Vance.",
            "Mr. Dale and Mrs. Okafor met Dr. Vance.",
        ),
        (
            "Gen. Marsh and Lt. Col. Ibarra left.",
            "Gen. Marsh and Lt. Col. Ibarra left.",
        ),
        (
            "Sgt. Rey spoke to Rep. Holm and Sen. Ito.",
            "Sgt. Rey spoke to Rep. Holm and Sen. Ito.",
        ),
        (
            "Gov. Lane signed it. It passed.",
            "Gov. Lane signed it. | It passed.",
        ),
        (
            "The Gov't denied it. Critics scoffed.",
            "The Gov't denied it. | Critics scoffed.",
        ),
        (
            "It opened on Sept. 3 and closed on Jan. 9.",
            "It opened on Sept. 3 and closed on Jan. 9.",
        ),
        (
            "It began in Feb. The talks failed.",
            "It began in Feb. | The talks failed.",
        ),
        (
            "He lives on Elm St. near Mt. Tor.",
            "He lives on Elm St. near Mt. Tor.",
        ),
        (
            "Shares of Zelto Inc. fell. They recovered.",
            "Shares of Zelto Inc. fell. | They recovered.",
        ),
        (
            "He works for Zelto Corp. The firm grew.",
            "He works for Zelto Corp. | The firm grew.",
        ),
        (
            "Brix Ltd. and Hallo Co. merged.",
            "Brix Ltd. and Hallo Co. merged.",
        ),
        ("He is No. 2 in the party.", "He is No. 2 in the party."),
        (
            "It was Reds vs. Blues at dusk.",
            "It was Reds vs. Blues at dusk.",
        ),
        (
            "Fruit, e.g. pears, i.e. food, etc. Then more.",
            "Fruit, e.g. pears, i.e. food, etc. | Then more.",
        ),
        ("They met at 10 a.m. Monday.", "They met at 10 a.m. Monday."),
        (
            "They met at 10 a.m. He was late.",
            "They met at 10 a.m. | He was late.",
        ),
        // Initials.
        ("J. R. R. Tolkien wrote it.", "J. R. R. Tolkien wrote it."),
        ("George W. Bush spoke.", "George W. Bush spoke."),
        (
            "They chose Plan B. The rest waited.",
            "They chose Plan B. | The rest waited.",
        ),
        // Numbers.
        (
            "Growth was 3.5 percent. It fell.",
            "Growth was 3.5 percent. | It fell.",
        ),
        (
            "Sales hit 1.2m units at 10.30am today.",
            "Sales hit 1.2m units at 10.30am today.",
        ),
        (
            "It ended in 2019. In 2020 it resumed.",
            "It ended in 2019. | In 2020 it resumed.",
        ),
        // Ellipses.
        ("He paused... Then he left.", "He paused... | Then he left."),
        ("It was... fine, he said.", "It was... fine, he said."),
        ("She waited… Nothing came.", "She waited… | Nothing came."),
        // Quotes and brackets after the terminator.
        (
            "He said \"no.\" Then he left.",
            "He said \"no.\" | Then he left.",
        ),
        (
            "She said “enough.” They agreed.",
            "She said “enough.” | They agreed.",
        ),
        (
            "\"Why?\" he asked. \"Because.\"",
            "\"Why?\" he asked. | \"Because.\"",
        ),
        ("(See above.) The end.", "(See above.) | The end."),
        ("\"It's done,\" she said.", "\"It's done,\" she said."),
        // Line structure.
        (
            "Storm hits coast\nHeavy rain fell overnight.",
            "Storm hits coast | Heavy rain fell overnight.",
        ),
        (
            "PORTVILLE, Ruritania\n\nThe port reopened.",
            "PORTVILLE, Ruritania | The port reopened.",
        ),
        (
            "A crane at dusk. (Photo: Staff)\nWork resumed.",
            "A crane at dusk. | (Photo: Staff) | Work resumed.",
        ),
        (
            "A crane at dusk\nWork resumed on Monday.",
            "A crane at dusk | Work resumed on Monday.",
        ),
        (
            "Key points:\n- Rates rose\n- Jobs fell",
            "Key points: | - Rates rose | - Jobs fell",
        ),
        (
            "Steps\n1. Wash the pot\n2. Dry it",
            "Steps | 1. Wash the pot | 2. Dry it",
        ),
        (
            "one paragraph\n\nanother one",
            "one paragraph | another one",
        ),
        (
            "The plan, which was\nlate, passed.",
            "The plan, which was\nlate, passed.",
        ),
        (
            "The minister met the\nGovernor on Monday.",
            "The minister met the\nGovernor on Monday.",
        ),
        (
            "The council said on Monday that the\nbudget would be cut, and that the plan\nwould take effect in May when the\nNew Year began.",
            "The council said on Monday that the\nbudget would be cut, and that the plan\nwould take effect in May when the\nNew Year began.",
        ),
        (
            "the report was long and\nwritten in haste and\nBorland said it was\nfine.",
            "the report was long and\nwritten in haste and\nBorland said it was\nfine.",
        ),
        (
            "Markets fell sharply.\r\nTraders were calm.",
            "Markets fell sharply. | Traders were calm.",
        ),
        // Odd characters.
        ("Zürich wins. Genève loses.", "Zürich wins. | Genève loses."),
        ("Élodie spoke. Über alles.", "Élodie spoke. | Über alles."),
        ("北京下雨了。东京晴天。", "北京下雨了。 | 东京晴天。"),
        ("Great news 🎉. More soon.", "Great news 🎉. | More soon."),
        (
            "\u{feff}Byte order mark. Then text\u{200b}.",
            "Byte order mark. | Then text\u{200b}.",
        ),
        (
            "A soft\u{ad} hyphen end\u{ad}.\u{ad} Next.",
            "A soft\u{ad} hyphen end\u{ad}. | Next.",
        ),
        ("", ""),
        ("   \n\n  ", ""),
    ];

    #[test]
    fn segmentation_table() {
        for &(text, expected) in TABLE {
            let got = sentences(text).join(" | ");
            assert_eq!(got, expected, "\n  input: {text:?}");
        }
    }

    const PIECES: &[&str] = &[
        "The", "said", "U.S.", "Mr.", "Inc.", "W.", "3.5", "1.", "a", "é", " ", " ", "\n", "\n\n",
        "\r\n", " \n ", "\nlower", "\t", ".", "?", "!", "...", "\"", "'", "(", ")", "-", "•", "。",
        "」", "🎉",
    ];

    /// Segmentation visiting every token (the loop before marks existed).
    fn segment_reference(text: &str, tokens: &[Token]) -> Vec<Range<usize>> {
        let seg = Segmenter {
            text,
            bytes: text.as_bytes(),
            tokens,
            hard_wrapped: is_hard_wrapped(text),
        };
        let (n, mut out, mut start, mut i) = (tokens.len(), Vec::new(), 0, 0);
        while i < n {
            if i > start {
                let boundary = match seg.gap(i) {
                    Gap::BlankLine => true,
                    Gap::LineBreak => seg.line_break_ends_sentence(i),
                    _ => false,
                };
                if boundary {
                    out.push(start..i);
                    start = i;
                }
            }
            if let Some(last) = seg.terminator_ends_sentence(i) {
                out.push(start..last + 1);
                start = last + 1;
                i = last + 1;
                continue;
            }
            i += 1;
        }
        if start < n {
            out.push(start..n);
        }
        out
    }

    proptest::proptest! {
        /// The marks the tokenizer records are the ones a walk over the tokens finds, and
        /// both give the same sentences.
        #[test]
        fn tokenizer_marks_match_the_walk(
            pieces in proptest::collection::vec(proptest::sample::select(PIECES), 0..48)
        ) {
            let text = pieces.concat();
            let mut marks = SentenceMarks::default();
            let tokens = crate::tokens::tokenize_marked(&text, &mut marks);
            let walked = SentenceMarks::from_tokens(&text, &tokens);
            proptest::prop_assert_eq!(&marks.line_breaks, &walked.line_breaks);
            proptest::prop_assert_eq!(&marks.candidates, &walked.candidates);
            let expected = segment_reference(&text, &tokens);
            let marked_breaks: Vec<usize> = {
                let mut v = Vec::new();
                for &i in &marks.line_breaks {
                    let i = i as usize;
                    let from = if i == 0 { 0 } else { tokens[i - 1].span().end };
                    v.extend((from..tokens[i].span().start).filter(|&k| text.as_bytes()[k] == b'\n'));
                }
                let tail = tokens.last().map_or(0, |t| t.span().end);
                v.extend((tail..text.len()).filter(|&k| text.as_bytes()[k] == b'\n'));
                v
            };
            let all_breaks: Vec<usize> = memchr_iter(b'\n', text.as_bytes()).collect();
            proptest::prop_assert_eq!(marked_breaks, all_breaks);
            proptest::prop_assert_eq!(segment_marked(&text, &tokens, &marks), expected.clone());
            proptest::prop_assert_eq!(segment_tokens(&text, &tokens), expected);
        }
    }

    #[test]
    fn sentence_starters() {
        assert!(is_sentence_starter("The"));
        assert!(is_sentence_starter("However"));
        assert!(!is_sentence_starter("the"));
        assert!(!is_sentence_starter("Senate"));
    }

    #[test]
    fn hard_wrap_detection() {
        assert!(is_hard_wrapped("a b c\nd e f\ng h i\nJ k"));
        assert!(!is_hard_wrapped("Headline\nBody text.\nMore body."));
        assert!(!is_hard_wrapped("para one\n\npara two\n\npara three"));
    }
}
