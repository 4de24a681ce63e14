//! Themes: GDELT GKG theme labels at the offsets of the words that evoke them.
//!
//! [`find`] reads an article through its [`text::TextView`] and returns every [`ThemeMention`]:
//! a GDELT theme name (from GDELT's own list, `LOOKUP-GKGTHEMES.TXT`) and the byte span of the
//! words that evoked it, sorted by offset. The pipeline turns them into V2ENHANCEDTHEMES
//! (`THEME,offset;…`) and V1THEMES (`gdelt::v1_themes` adds the taxonomy names GDELT lists
//! there).
//!
//! # Rules
//!
//! The rules are data written for this project: `data/themes.tsv` (words and phrases → labels,
//! with simple context conditions) and `data/crisislex.tsv` (the CrisisLex recall lexicon, MIT,
//! → `CRISISLEX_CRISISLEXREC`). Their syntax is documented in [`rules`] and at the
//! top of each file. The build script (`build.rs`) parses and compiles both into static tables
//! ([`Themes::shared`]): a run pays nothing to load them. Other rule files are parsed and
//! compiled at run time by the same code ([`Themes::parse`]).
//!
//! # How a text is matched
//!
//! One pass over the tokens: each word (tokens split at internal hyphens, lower-cased, a
//! possessive `'s` dropped) is hashed and looked up in an open-addressing table of the rules'
//! vocabulary; the words it knows are kept, with their token position and a mark where
//! punctuation or an unknown word came before them (without a branch on whether a word is
//! known, which follows the text: see `Kept`); the words that start a phrase (they have the
//! lowest ids) are listed as they are kept, again without a branch, and each of them walks a
//! trie of word ids over the following words, and context conditions read the kept words
//! around a match. No allocation per token: one vector of kept words per article, and the
//! output.
//!
//! # Performance
//!
//! On the 2-core build box, shared with other jobs, over the 10.1 MB bench corpus (text views
//! built outside the timed loop): `cargo bench -p themes --bench themes` ≈ 135–150 MiB/s
//! (median 142 MiB/s = 149 MB/s); `cargo run --release -p themes --example themes_throughput` ≈
//! 165–180 MB/s best of 10. Compiling the shipped rules took ≈ 5–7 ms per process (≈ 22 M
//! instructions) before the build script took it over. What mattered: plain ASCII tokens (no
//! hyphen, apostrophe or non-ASCII char, by the token's shape bits) go straight to the lookup;
//! the lookup reads and lower-cases a word eight bytes at a time in registers (a word of at most eight bytes, most words, as one chunk without the loops over a
//! key of any length) (lower-casing byte by byte into a buffer and reading it back as words stalled on
//! store forwarding); words the rules do not know are not kept (+10%). Whether a word is known
//! is a coin toss (function words are in the vocabulary because context conditions name them):
//! the branches on it (a bitmap test, the probe loop, "keep it?") were mispredicted about one
//! word in three, so a word of at most eight bytes is now compared with both slots of its home
//! pair by selects and written to the kept words whether known or not (−15% wall time for the
//! stage, for ~+20% instructions in `words`). Longer words still take the bitmap and the probe.
//!
//! # Example
//!
//! ```
//! let text = "The president said peace talks with the rebels would resume.";
//! let view = text::TextView::new(text);
//! let found = themes::find(text, &view);
//! let labels: Vec<&str> = found.iter().map(|m| m.theme).collect();
//! assert!(labels.contains(&"LEADER"));
//! assert!(labels.contains(&"NEGOTIATIONS"));
//! assert!(found.iter().all(|m| text.get(m.span.range()).is_some()));
//! ```

pub mod rules;

mod tables;

use std::cell::RefCell;
use std::hint::select_unpredictable;
use text::swar::ascii_lower_u64;

use text::{ByteSpan, Shape, TextView, TokenKind};

pub use rules::RuleError;
use rules::{MAX_PHRASE, MAX_WORD};
pub use tables::Themes;
use tables::{
    CompiledContext, KEY_CHUNKS, NO_CONTEXT, NO_EDGE, NO_WORD, Vocab, WordBuf, WordList, chunk,
    edge_home, hash_key, hash_one,
};

/// The shipped rules: words and phrases → GDELT theme labels.
pub const THEMES_TSV: &str = include_str!("../data/themes.tsv");
/// The CrisisLex recall-oriented lexicon (Olteanu, Castillo et al., MIT licence), one term per
/// line → `CRISISLEX_CRISISLEXREC`.
pub const CRISISLEX_TSV: &str = include_str!("../data/crisislex.tsv");

/// One theme evoked in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ThemeMention {
    /// A GDELT GKG theme name (`LEADER`, `TAX_FNCACT_PRESIDENT`).
    pub theme: &'static str,
    /// Byte span, in the original text, of the words that evoke the theme.
    pub span: ByteSpan,
}

/// The themes of `text` (whose view is `view`) with the shipped rules, sorted by offset.
pub fn find(text: &str, view: &TextView) -> Vec<ThemeMention> {
    Themes::shared().find(text, view)
}

impl Themes {
    /// The shipped rules, compiled by the build script into static tables (`build.rs`): a
    /// run neither parses nor compiles them.
    pub fn shared() -> &'static Themes {
        static SHARED: Themes = include!(concat!(env!("OUT_DIR"), "/themes_tables.rs"));
        &SHARED
    }

    /// Compiles rule files given as `(name, contents)`; labels borrow from the contents, so a
    /// file read at run time must be leaked (once) or otherwise made `'static`.
    pub fn parse(files: &[(&str, &'static str)]) -> Result<Themes, RuleError> {
        let mut all = Vec::new();
        for (name, src) in files {
            all.extend(rules::parse(name, src)?);
        }
        Ok(Themes::compile(&all))
    }

    /// The distinct labels the rules can emit, in order of first appearance.
    pub fn labels(&self) -> &[&'static str] {
        &self.labels
    }

    /// The themes of `text` (whose view is `view`), sorted by offset.
    pub fn find(&self, text: &str, view: &TextView) -> Vec<ThemeMention> {
        SCRATCH.with_borrow_mut(|scratch| self.find_in(text, view, scratch))
    }

    fn find_in(&self, text: &str, view: &TextView, scratch: &mut Scratch) -> Vec<ThemeMention> {
        let kept = self.words(text, view, scratch);
        let words = kept.words();
        let mut out = Vec::with_capacity(words.len() / 8);
        // Words before this index are inside a blocking phrase: no match starts there.
        let mut blocked_until = 0usize;
        // Only the words that start a phrase (about half the words kept; which ones follows
        // the text, so a test per kept word was mispredicted often).
        for &i in kept.starts() {
            let i = i as usize;
            if i < blocked_until {
                continue;
            }
            let start_node = words[i].id + 1;
            // Walk the trie as far as the words go; remember every phrase end on the way.
            // (Word indices as `u32`, like the starts: the array is zeroed for every start.)
            let mut ends = [(0u32, 0u32); MAX_PHRASE];
            let mut n_ends = 0;
            let mut node = start_node;
            let mut j = i;
            loop {
                let nd = self.nodes[node as usize];
                if nd.rules_len > 0 && n_ends < MAX_PHRASE {
                    ends[n_ends] = (j as u32, node);
                    n_ends += 1;
                }
                if !nd.has_children || j + 1 >= words.len() || !words[j + 1].joins() {
                    break;
                }
                match self.edge(node, words[j + 1].id) {
                    Some(next) => {
                        node = next;
                        j += 1;
                    }
                    None => break,
                }
            }
            let ends = &ends[..n_ends];
            // The longest blocking phrase that holds silences itself and everything inside it.
            let mut floor = i;
            for &(j, node) in ends.iter().rev() {
                let j = j as usize;
                if self.nodes[node as usize].blocks && self.blocks(words, i, j, node) {
                    floor = j + 1;
                    blocked_until = j + 1;
                    break;
                }
            }
            let before = out.len();
            for &(j, node) in ends {
                let j = j as usize;
                if j >= floor {
                    self.emit(words, i, j, node, before, &mut out);
                }
            }
        }
        out
    }

    /// The trie node that word `id` leads to from `node`, if any.
    #[inline]
    fn edge(&self, node: u32, id: u32) -> Option<u32> {
        let key = (u64::from(node) << 32) | u64::from(id);
        let mask = self.edges.len() - 1;
        let mut at = edge_home(key, self.edge_shift);
        loop {
            let e = self.edges[at];
            if e.key == key {
                return Some(e.node);
            }
            if e.key == NO_EDGE {
                return None;
            }
            at = (at + 1) & mask;
        }
    }

    /// The word ids of a context's word list.
    #[inline]
    fn list(&self, l: WordList) -> &[u32] {
        &self.context_words[l.start as usize..l.end as usize]
    }

    /// True when a blocking rule of `node` holds for the match `words[i..=j]`.
    fn blocks(&self, words: &[Word], i: usize, j: usize, node: u32) -> bool {
        let nd = self.nodes[node as usize];
        self.rules[nd.rules_start as usize..][..usize::from(nd.rules_len)]
            .iter()
            .any(|r| {
                r.labels_len == 0
                    && (r.context == NO_CONTEXT
                        || self.holds(&self.contexts[r.context as usize], words, i, j))
            })
    }

    /// Emits the labels of the rules of `node` that hold for the match `words[i..=j]`, once
    /// per label among the mentions from `before` on (those starting at the same word).
    fn emit(
        &self,
        words: &[Word],
        i: usize,
        j: usize,
        node: u32,
        before: usize,
        out: &mut Vec<ThemeMention>,
    ) {
        let nd = self.nodes[node as usize];
        let span = ByteSpan::new(words[i].start as usize, words[j].end as usize);
        let rules = &self.rules[nd.rules_start as usize..][..usize::from(nd.rules_len)];
        for r in rules {
            if r.labels_len == 0
                || (r.context != NO_CONTEXT
                    && !self.holds(&self.contexts[r.context as usize], words, i, j))
            {
                continue;
            }
            let ids = &self.rule_labels
                [r.labels_start as usize..(r.labels_start + r.labels_len) as usize];
            for &id in ids {
                let theme = self.labels[id as usize];
                // (The same label is always the same `&'static str` of `labels`, and labels
                // are distinct: comparing the pointers is comparing the labels, without a
                // `memcmp` per mention.)
                if !out[before..].iter().any(|m| std::ptr::eq(m.theme, theme)) {
                    out.push(ThemeMention { theme, span });
                }
            }
        }
    }

    fn holds(&self, c: &CompiledContext, words: &[Word], i: usize, j: usize) -> bool {
        if let Some(cap) = c.cap
            && words[i].cap != cap
        {
            return false;
        }
        let prev = (i > 0 && words[i].joins()).then(|| words[i - 1].id);
        let next = (j + 1 < words.len() && words[j + 1].joins()).then(|| words[j + 1].id);
        if !c.prev.is_empty() && !prev.is_some_and(|p| self.list(c.prev).contains(&p)) {
            return false;
        }
        if prev.is_some_and(|p| self.list(c.noprev).contains(&p)) {
            return false;
        }
        if !c.next.is_empty() && !next.is_some_and(|n| self.list(c.next).contains(&n)) {
            return false;
        }
        if next.is_some_and(|n| self.list(c.nonext).contains(&n)) {
            return false;
        }
        if c.near.is_empty() && c.not.is_empty() {
            return true;
        }
        // The window counts tokens of the text (words the rules do not know are not in
        // `words`, so positions tell the distance).
        let sentence = words[i].sentence;
        let (first, last) = (words[i].pos, words[j].pos);
        let (near_words, not_words) = (self.list(c.near), self.list(c.not));
        let mut near = near_words.is_empty();
        let before = words[..i]
            .iter()
            .rev()
            .take_while(|w| w.sentence == sentence && first - w.pos <= c.window);
        let after = words[j + 1..]
            .iter()
            .take_while(|w| w.sentence == sentence && w.pos - last <= c.window);
        for w in before.chain(after) {
            if not_words.contains(&w.id) {
                return false;
            }
            if !near && near_words.contains(&w.id) {
                near = true;
            }
        }
        near
    }

    /// The article's words: tokens split at hyphens, looked up in the vocabulary.
    ///
    /// The loop over plain tokens has no branch that depends on the text: whether a token is a
    /// word, whether the rules know it and whether it starts a phrase are all unpredictable
    /// (about one in two words is known: function words are in the vocabulary), so each token
    /// is looked up (a punctuation mark too, its id then dropped), written at the end of the
    /// kept words and counted in only when known (see [`Kept::keep`]).
    fn words<'a>(&self, text: &str, view: &TextView, scratch: &'a mut Scratch) -> Kept<'a> {
        let bytes = text.as_bytes();
        let mut kept = Kept::new(view.tokens.len(), self.starters, scratch);
        let mut buf: WordBuf = [0; MAX_WORD + 8];
        const SPECIAL: Shape = Shape::HAS_HYPHEN
            .union(Shape::HAS_APOSTROPHE)
            .union(Shape::NON_ASCII);
        for s in 0..view.sentences.len() {
            // Punctuation, a sentence start or a word the rules do not know since the last
            // word kept: the next word kept does not continue a phrase.
            let mut gap = true;
            let range = view.sentence_token_range(s);
            let first = range.start;
            // (Enumerate rather than a zip with the range: fewer instructions.)
            for (k, t) in view.sentence_tokens(s).iter().enumerate() {
                let pos = first + k;
                // (Numbers, punctuation and symbols: about one token in five, in runs that
                // the branch predictor mostly follows; cheaper skipped than looked up.)
                if !matches!(t.kind, TokenKind::Word | TokenKind::Abbreviation) {
                    gap = true;
                    continue;
                }
                let span = t.span();
                // (A function of the id, so that the word is made where it is stored: made
                // before the branch below, it was written to the stack for every word.)
                let word = |id| Word {
                    start: span.start as u32,
                    end: span.end as u32,
                    id,
                    sentence: s as u32,
                    pos: pos as u32,
                    cap: t.shape.contains(Shape::CAPITALIZED),
                    after_break: false,
                };
                // A word with a hyphen, an apostrophe or a non-ASCII char (a few in a hundred).
                // (Shapes were computed on the normalised text: a soft hyphen or zero-width
                // char removed there may remain here; such a byte can only make the lookup
                // miss.)
                if t.shape.bits() & SPECIAL.bits() != 0 {
                    self.push_special(text, word(NO_WORD), &mut buf, &mut kept, &mut gap);
                    continue;
                }
                let n = span.end.wrapping_sub(span.start);
                let id = self.vocab.get_ascii(bytes, span.start, n);
                kept.keep(&mut gap, word(id));
            }
        }
        kept
    }

    /// A token with a hyphen, an apostrophe or a non-ASCII char (`word` is the whole token):
    /// split at hyphens, lower-cased, a possessive dropped. Out of line, to keep the loop over
    /// plain words small.
    #[inline(never)]
    fn push_special(
        &self,
        text: &str,
        word: Word,
        buf: &mut WordBuf,
        kept: &mut Kept,
        gap: &mut bool,
    ) {
        let bytes = text.as_bytes();
        let span = ByteSpan::new(word.start as usize, word.end as usize);
        let Some(tok) = bytes.get(span.range()) else {
            *gap = true;
            return;
        };
        let cap = word.cap;
        // `’` in the text is `'` in the normalised text, a dash may be `-`: look at the
        // original bytes.
        if !tok.is_ascii() {
            self.push_non_ascii(text, word, buf, kept, gap);
            return;
        }
        // ASCII: split at hyphens, lower-case, drop a possessive.
        let mut part_start = 0;
        let mut first = true;
        for k in 0..=tok.len() {
            if k < tok.len() && tok[k] != b'-' {
                continue;
            }
            let mut part = &tok[part_start..k];
            let start = span.start + part_start;
            part_start = k + 1;
            if part.is_empty() {
                continue;
            }
            if part.len() > 2 && (part.ends_with(b"'s") || part.ends_with(b"'S")) {
                part = &part[..part.len() - 2];
            }
            let w = Word {
                start: start as u32,
                end: (start + part.len()) as u32,
                id: self.vocab.get_ascii(bytes, start, part.len()),
                cap: if first {
                    cap
                } else {
                    part[0].is_ascii_uppercase()
                },
                ..word
            };
            kept.keep(gap, w);
            first = false;
        }
    }

    /// The slow path for a token with non-ASCII chars: curly apostrophes count as `'`, Unicode
    /// hyphens split like `-`, letters are lower-cased char by char. `token` is the whole
    /// token as a word.
    fn push_non_ascii(
        &self,
        text: &str,
        token: Word,
        buf: &mut WordBuf,
        kept: &mut Kept,
        gap: &mut bool,
    ) {
        let (start, end) = (token.start as usize, token.end as usize);
        let Some(tok) = text.get(start..end) else {
            *gap = true;
            return;
        };
        let mut part = Part {
            start,
            len: 0,
            cap: false,
        };
        for (off, c) in tok.char_indices() {
            let at = start + off;
            if matches!(c, '-' | '\u{2010}'..='\u{2015}' | '\u{2212}') {
                self.push_part(text, buf, &part, at, token, kept, gap);
                part = Part {
                    start: at + c.len_utf8(),
                    len: 0,
                    cap: false,
                };
                continue;
            }
            if part.len == 0 {
                part.cap = c.is_uppercase();
            }
            let c = if matches!(c, '\u{2019}' | '\u{2018}' | '\u{02BC}') {
                '\''
            } else {
                c
            };
            // (Most chars of such a token are ASCII: lower-cased without the case-mapping
            // iterator, to the same byte.)
            if c.is_ascii() {
                if part.len < MAX_WORD + 1 {
                    buf[part.len] = c.to_ascii_lowercase() as u8;
                }
                part.len += 1;
                continue;
            }
            for lc in c.to_lowercase() {
                let n = lc.len_utf8();
                if part.len + n <= MAX_WORD + 1 {
                    lc.encode_utf8(&mut buf[part.len..part.len + n]);
                }
                part.len += n;
            }
        }
        self.push_part(text, buf, &part, end, token, kept, gap);
    }

    /// Looks up one lower-cased part of a non-ASCII token (`buf[..part.len]`) ending at `end`.
    #[allow(clippy::too_many_arguments)]
    fn push_part(
        &self,
        text: &str,
        buf: &mut WordBuf,
        part: &Part,
        end: usize,
        token: Word,
        kept: &mut Kept,
        gap: &mut bool,
    ) {
        if end <= part.start || part.len == 0 {
            return;
        }
        let (mut len, mut end) = (part.len, end);
        // A possessive: `'s` at the end of the lower-cased word; the apostrophe may have been
        // `’`, three bytes in the text.
        if len > 2 && len <= MAX_WORD && &buf[len - 2..len] == b"'s" {
            let ap = text
                .get(..end - 1)
                .and_then(|t| t.chars().next_back())
                .map(char::len_utf8);
            if let Some(ap) = ap
                && end >= part.start + 1 + ap
            {
                len -= 2;
                end -= 1 + ap;
            }
        }
        let id = if len <= MAX_WORD {
            self.vocab.get(buf, len)
        } else {
            NO_WORD
        };
        let w = Word {
            start: part.start as u32,
            end: end as u32,
            id,
            cap: part.cap,
            ..token
        };
        kept.keep(gap, w);
    }
}

/// The words of an article that the rules know, and which of them start a phrase.
///
/// Written without a branch on the word: every word is stored at `words[len]` and `len` grows
/// by one only when the rules know it (whether they do is as unpredictable as a coin toss:
/// function words are in the vocabulary); likewise its index is stored at `starts[n_starts]`
/// and `n_starts` grows only when the word starts a phrase. The vectors are the thread's
/// [`SCRATCH`], kept from one article to the next so that they are neither cleared nor
/// allocated per article (what lies past `len` and `n_starts` is stale); they are grown to the
/// article's tokens first, and again when hyphenated tokens give more words than that.
struct Kept<'a> {
    words: &'a mut Vec<Word>,
    len: usize,
    starts: &'a mut Vec<u32>,
    n_starts: usize,
    /// [`Themes::starters`].
    starters: u32,
}

/// The vectors behind [`Kept`], reused from one article to the next.
struct Scratch {
    words: Vec<Word>,
    starts: Vec<u32>,
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = const {
        RefCell::new(Scratch {
            words: Vec::new(),
            starts: Vec::new(),
        })
    };
}

impl<'a> Kept<'a> {
    fn new(tokens: usize, starters: u32, scratch: &'a mut Scratch) -> Kept<'a> {
        if scratch.words.len() <= tokens {
            scratch.words.resize(tokens + 1, Word::EMPTY);
            scratch.starts.resize(tokens + 1, 0);
        }
        Kept {
            words: &mut scratch.words,
            len: 0,
            starts: &mut scratch.starts,
            n_starts: 0,
            starters,
        }
    }

    /// The words kept, in text order.
    fn words(&self) -> &[Word] {
        &self.words[..self.len]
    }

    /// The indices in [`Kept::words`] of the words that start a phrase, in text order.
    fn starts(&self) -> &[u32] {
        &self.starts[..self.n_starts]
    }

    /// Keeps `w` if the rules know it, marking whether a gap came before it; a word they do
    /// not know is a gap.
    #[inline(always)]
    fn keep(&mut self, gap: &mut bool, mut w: Word) {
        let known = w.id != NO_WORD;
        w.after_break = *gap;
        *gap = !known;
        // (The test for room is the bounds check: `starts` is as long as `words`, and
        // `n_starts` is at most `len`.)
        match (
            self.words.get_mut(self.len),
            self.starts.get_mut(self.n_starts),
        ) {
            (Some(slot), Some(start)) => {
                *slot = w;
                *start = self.len as u32;
            }
            _ => {
                self.grow();
                self.words[self.len] = w;
                self.starts[self.n_starts] = self.len as u32;
            }
        }
        // (The words that start a phrase have the lowest ids; NO_WORD is above them all.)
        self.n_starts += usize::from(w.id < self.starters);
        self.len += usize::from(known);
    }

    #[cold]
    fn grow(&mut self) {
        let n = self.words.len() * 2;
        self.words.resize(n, Word::EMPTY);
        self.starts.resize(n, 0);
    }
}

/// A part of a non-ASCII token being lower-cased.
#[derive(Debug)]
struct Part {
    start: usize,
    len: usize,
    cap: bool,
}

/// One word of the article that the rules know, as the matcher sees it.
#[derive(Debug, Clone, Copy)]
struct Word {
    start: u32,
    end: u32,
    /// Vocabulary id.
    id: u32,
    sentence: u32,
    /// Index of its token in the text's tokens (window distances).
    pos: u32,
    /// First letter upper case in the text.
    cap: bool,
    /// Punctuation, a sentence start or an unknown word comes between this word and the one
    /// before.
    after_break: bool,
}

impl Word {
    const EMPTY: Word = Word {
        start: 0,
        end: 0,
        id: NO_WORD,
        sentence: 0,
        pos: 0,
        cap: false,
        after_break: false,
    };

    /// True when this word continues a phrase with the word before it.
    #[inline]
    fn joins(&self) -> bool {
        !self.after_break
    }
}

// ---------------------------------------------------------------------------------------------
// Vocabulary lookups (the table is built in `tables.rs`).

/// Bit 5 of every byte of a chunk (`b'a' - b'A'`).
const LOWER_BIT: u64 = u64::MAX / 0xFF * 0x20;
/// The high bit of every byte of a chunk (a byte of a non-ASCII char).
const HIGH_BIT: u64 = u64::MAX / 0xFF * 0x80;

impl Vocab {
    /// The id of the ASCII word `bytes[start..start + n]` in any case, or [`NO_WORD`]: read
    /// and lower-cased eight bytes at a time in registers (no byte stores to re-read).
    ///
    /// Inlined into the loop over the tokens (a call per word cost a fifth of the stage in
    /// saved registers and reloaded fields); longer words take the out-of-line
    /// [`Vocab::get_ascii_long`].
    #[inline(always)]
    fn get_ascii(&self, bytes: &[u8], start: usize, n: usize) -> u32 {
        // Most words fit one chunk: one load, and the hash and the comparison of one chunk
        // without the loops over a key of any length (same hash, same answer). (One test for
        // `1..=8` bytes; a word of the rules is at least a byte, and a word longer than all of
        // them simply misses.)
        if n.wrapping_sub(1) < 8
            && let Some(b) = bytes.get(start..start + 8)
        {
            let mut w = [0u8; 8];
            w.copy_from_slice(b);
            // Lower-cased by setting bit 5 of every byte: the ASCII bytes of a plain word token
            // are letters, digits, `.` and `,` (text's tokenizer), and all but the capitals
            // already have it. Bytes of non-ASCII chars the normaliser deleted (a soft hyphen)
            // would be changed by it: such words take the exact path. (Four instructions where
            // `ascii_lower_u64` took a dozen; the same key.)
            // (A shift of 0 to 56 bits: no branch on whether the word fills the chunk.)
            let key = (u64::from_le_bytes(w) | LOWER_BIT) & (u64::MAX >> ((8 - n) * 8));
            if key & HIGH_BIT == 0 {
                return self.lookup_one(key, n);
            }
        }
        self.get_ascii_long(bytes, start, n)
    }

    /// [`Vocab::get_ascii`] of a word longer than eight bytes, with a byte of a non-ASCII char,
    /// or near the end of the text.
    #[inline(never)]
    fn get_ascii_long(&self, bytes: &[u8], start: usize, n: usize) -> u32 {
        if n > self.longest || n == 0 || start + n > bytes.len() {
            return NO_WORD;
        }
        // A word of more than eight bytes: its first chunk and length first (most such words
        // of a text are not in the vocabulary). (A shorter one is here for a non-ASCII byte or
        // the end of the text.)
        if n > 8 {
            let mut w = [0u8; 8];
            w.copy_from_slice(&bytes[start..start + 8]);
            let bit = hash_one(ascii_lower_u64(u64::from_le_bytes(w)), n) as usize & self.head_mask;
            if self.heads[bit / 64] & (1 << (bit % 64)) == 0 {
                return NO_WORD;
            }
        }
        let mut key = [0u64; KEY_CHUNKS];
        for (k, slot) in key.iter_mut().enumerate().take(n.div_ceil(8)) {
            let at = start + k * 8;
            let want = (n - k * 8).min(8);
            let raw = match bytes.get(at..at + 8) {
                Some(b) => {
                    let mut w = [0u8; 8];
                    w.copy_from_slice(b);
                    u64::from_le_bytes(w)
                }
                None => bytes[at..at + want]
                    .iter()
                    .rev()
                    .fold(0u64, |acc, &b| (acc << 8) | u64::from(b)),
            };
            *slot = ascii_lower_u64(raw & (u64::MAX >> ((8 - want) * 8)));
        }
        self.lookup(&key, n)
    }

    /// The id of the lower-cased word `buf[..n]`, or [`NO_WORD`].
    fn get(&self, buf: &mut WordBuf, n: usize) -> u32 {
        if n > self.longest || n == 0 {
            return NO_WORD;
        }
        buf[n..n + 8].copy_from_slice(&[0; 8]);
        let mut key = [0u64; KEY_CHUNKS];
        for (k, slot) in key.iter_mut().enumerate().take(n.div_ceil(8)) {
            *slot = chunk(buf, k);
        }
        self.lookup(&key, n)
    }

    /// [`Vocab::lookup`] of a word of at most eight bytes, given as its one chunk.
    ///
    /// Without a branch on the word: its home is a pair of slots, both compared with selects
    /// (whether the rules know a word is as unpredictable as a coin toss: function words are
    /// in the vocabulary). Only when words of that home went past the pair (a few pairs) does
    /// the probe go on.
    #[inline(always)]
    fn lookup_one(&self, chunk: u64, n: usize) -> u32 {
        let h = hash_one(chunk, n);
        // The chunk of a word of at most eight bytes is the word (zero-padded): equal chunks
        // are equal words.
        let at = (h as usize) & self.short_mask & !1;
        let (s0, s1) = (self.short[at], self.short[at + 1]);
        let id = select_unpredictable(s1.chunk == chunk, s1.id, NO_WORD);
        let id = select_unpredictable(s0.chunk == chunk, s0.id, id);
        // (One test of one value: `overflow && id == NO_WORD` is compiled to two branches, the
        // unpredictable one first.)
        if id & s0.overflow == NO_WORD {
            return self.lookup_one_on(chunk, at + 2);
        }
        id
    }

    /// The rest of [`Vocab::lookup_one`]'s probe, from slot `at`.
    #[inline(never)]
    fn lookup_one_on(&self, chunk: u64, mut at: usize) -> u32 {
        loop {
            at &= self.short_mask;
            let slot = self.short[at];
            if slot.chunk == chunk {
                return slot.id;
            }
            if slot.chunk == 0 {
                return NO_WORD;
            }
            at += 1;
        }
    }

    #[inline(always)]
    fn lookup(&self, key: &[u64; KEY_CHUNKS], n: usize) -> u32 {
        self.probe(hash_key(key, n), n, |id| {
            let (a, b) = (self.starts[id] as usize, self.starts[id + 1] as usize);
            self.chunks[a..b].iter().zip(key).all(|(x, y)| x == y)
        })
    }

    /// The id of the word of `n` bytes with hash `h` for which `same` holds: the filter first,
    /// then the open-addressing slots, comparing tags and lengths before the words.
    #[inline(always)]
    fn probe(&self, h: u64, n: usize, same: impl Fn(usize) -> bool) -> u32 {
        let bit = (h >> 40) as usize & self.filter_mask;
        if self.filter[bit / 64] & (1 << (bit % 64)) == 0 {
            return NO_WORD;
        }
        let tag = (h >> 32) as u32;
        let mut at = (h as usize) & self.mask;
        loop {
            let (t, id1) = self.slots[at];
            if id1 == 0 {
                return NO_WORD;
            }
            if t == tag {
                let id = (id1 - 1) as usize;
                if usize::from(self.lens[id]) == n && same(id) {
                    return id as u32;
                }
            }
            at = (at + 1) & self.mask;
        }
    }
}

#[cfg(test)]
mod tests;
