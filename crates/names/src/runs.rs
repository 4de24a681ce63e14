//! Finding candidate names: runs of capitalised tokens, cut into segments at titles, headline
//! words and other evidence that a run holds more than one name (or none).

use crate::memo::{ArticleWords, WordMemo};
use crate::{Class, Segment};
use lexicon::{Lexicon, PhraseInfo, WordInfo, word};
use rustc_hash::FxHashMap;
use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use text::{ByteSpan, Shape, TextView, Token, TokenKind};

/// Words that may join the parts of an organisation or place name ("Bank of England",
/// "Procter & Gamble"); they never start or end a name.
const CONNECTORS: [&[u8]; 5] = [b"of", b"&", b"and", b"for", b"on"];

/// A word of an organisation's name: its suffix, prefix or head ("Party", "Ministry", "Council").
pub(crate) const ORG_WORD: u16 = word::ORG_SUFFIX | word::ORG_PREFIX | word::ORG_HEAD;

/// The article's tokens with what the lexicon says about each word, looked up lazily and
/// only for the tokens a rule asks about (the capitalised ones and their neighbours, a small
/// share of the text).
///
/// Each distinct word is looked up in the lexicon once per thread, not once per article:
/// the capitalised words of news repeat within an article ("Putin" … "Putin") and from article
/// to article ("President", "Monday", "Trump"), and a lexicon lookup (fold, hash, probe of a
/// table far bigger than the cache, the dotted and capitals variants) costs several times a
/// probe of the thread's own table ([`WordMemo`]). Within an article a word met again is found
/// in the article's own small table of words ([`Tokens::seen`]), which stays in the cache where
/// the thread's memo of tens of thousands of words does not. A token keeps only an 8-byte slot
/// (an index into the article's list of looked-up words and the word's flags), so the
/// per-token state stays small; the slots, the list and the table are the thread's, kept from
/// article to article ([`Scratch`]), and a new article does not even clear the slots.
pub(crate) struct Tokens<'a> {
    pub text: &'a str,
    pub toks: &'a [Token],
    pub lex: &'a Lexicon,
    pub view: &'a TextView,
    /// Per token (and maybe more, from a longer article before): once looked up, 1 + its index
    /// into `infos` (bits 0..31), whether its word is a common word ([`COMMON`]), its word's
    /// flags (bits 32..48) and this article's stamp (bits 48..64), so that [`Tokens::is`] and
    /// [`is_common_word`], the questions most asked, need neither `infos` nor a copy of the
    /// word's whole [`WordInfo`]. A slot with another stamp is from another article
    /// (or none): not looked up yet.
    slots: Vec<Cell<u64>>,
    /// This article's stamp, in place (bits 48..64), never 0 ([`Scratch::stamp`]).
    stamp: u64,
    /// The [`Scratch::epoch`] of the stamp.
    epoch: u64,
    /// What the lexicon said about each distinct word looked up so far.
    infos: RefCell<Vec<WordInfo>>,
    /// The words of up to 15 bytes looked up so far ([`short_key`]), with their index into
    /// `infos`. (A longer word, rare, gets an index per token: only its lookup is repeated.)
    seen: RefCell<ArticleWords>,
    /// What the lists know about phrases of several words asked about so far: a run is asked
    /// about as a whole when it is cut, and again as a segment when it is typed.
    phrases: RefCell<FxHashMap<&'a str, PhraseInfo<'a>>>,
    /// Whether the article speaks of sport, once asked ([`crate::classify`]'s teams).
    pub sports: Cell<Option<bool>>,
    /// The thread's memo ([`WORDS`]), held by the article while it is read: a word new to the
    /// article costs no access to the thread's storage. (Another article the thread reads at
    /// the same time starts with an empty memo; the memo given back last is kept.)
    memo: RefCell<WordMemo>,
}

thread_local! {
    /// What the lexicon said about the words of the articles this thread has read.
    static WORDS: RefCell<WordMemo> = RefCell::default();
    /// The tables of the article the thread read last, for the next one.
    static SCRATCH: RefCell<Scratch> = RefCell::default();
}

/// The per-article tables of [`Tokens`], kept by the thread between articles: a new article
/// neither allocates them nor clears its token slots, which carry the stamp of the article
/// that filled them (zeroing 8 bytes per token cost about 3% of the stage, by cachegrind).
#[derive(Default)]
struct Scratch {
    slots: Vec<Cell<u64>>,
    infos: Vec<WordInfo>,
    seen: ArticleWords,
    /// The stamp of the latest article: counted from 1 and wrapping at 16 bits.
    stamp: u16,
    /// How many times the stamps wrapped: slots filled before are cleared, or their stamps
    /// would be taken for a new article's.
    epoch: u64,
    /// The epoch of the stamps in `slots`.
    slots_epoch: u64,
}

impl Scratch {
    /// The tables for a new article of `tokens` tokens, with its stamp and epoch.
    fn take(&mut self, tokens: usize) -> Scratch {
        self.stamp = self.stamp.wrapping_add(1);
        if self.stamp == 0 {
            self.stamp = 1;
            self.epoch += 1;
        }
        let mut slots = std::mem::take(&mut self.slots);
        if self.slots_epoch != self.epoch {
            slots.clear();
        }
        if slots.len() < tokens {
            slots.resize(tokens, Cell::new(0));
        }
        let mut infos = std::mem::take(&mut self.infos);
        infos.clear();
        let mut seen = std::mem::take(&mut self.seen);
        seen.clear();
        Scratch {
            slots,
            infos,
            seen,
            stamp: self.stamp,
            epoch: self.epoch,
            slots_epoch: self.epoch,
        }
    }
}

impl Drop for Tokens<'_> {
    /// Gives the tables back to the thread for its next article.
    fn drop(&mut self) {
        let _ = WORDS.try_with(|memo| *memo.borrow_mut() = std::mem::take(self.memo.get_mut()));
        let _ = SCRATCH.try_with(|scratch| {
            let mut scratch = scratch.borrow_mut();
            if self.epoch == scratch.epoch {
                scratch.slots = std::mem::take(&mut self.slots);
                scratch.slots_epoch = self.epoch;
            }
            scratch.infos = std::mem::take(self.infos.get_mut());
            scratch.seen = std::mem::take(self.seen.get_mut());
        });
    }
}

/// A word of up to 15 bytes as one number: its bytes, then its length in the top byte.
pub(crate) fn short_key(word: &str) -> Option<u128> {
    let bytes = word.as_bytes();
    let mut key = [0u8; 16];
    key.get_mut(..bytes.len())
        .filter(|_| bytes.len() < 16)?
        .copy_from_slice(bytes);
    key[15] = bytes.len() as u8;
    Some(u128::from_le_bytes(key))
}

/// [`short_key`] of the word of `len` bytes at `start` in `text`, read as one 16-byte number
/// where the text goes on that far: no copy of a variable length (a call to `memcpy`, whose
/// narrow stores the wide read of the key then waits for).
pub(crate) fn short_key_at(text: &str, start: usize, len: usize) -> Option<u128> {
    if len >= 16 {
        return None;
    }
    let Some(wide) = text.as_bytes().get(start..start + 16) else {
        return short_key(text.get(start..start + len)?);
    };
    let wide = u128::from_le_bytes(wide.try_into().expect("16 bytes"));
    let mask = (1u128 << (8 * len)) - 1;
    Some(wide & mask | (len as u128) << 120)
}

/// The bits of a token slot that hold its article's stamp ([`Tokens::slots`]).
const STAMP: u64 = 0xFFFF << 48;
/// The bit of a token slot that says its word is a common word ([`is_common_info`]).
const COMMON: u64 = 1 << 31;
/// The bits of a token slot that hold 1 + the index of its word's [`WordInfo`].
const INDEX: u64 = COMMON - 1;

impl<'a> Tokens<'a> {
    pub fn new(text: &'a str, view: &'a TextView, lex: &'a Lexicon) -> Self {
        let memo = WORDS.with_borrow_mut(|memo| {
            memo.prepare(lex);
            std::mem::take(memo)
        });
        let Scratch {
            slots,
            infos,
            seen,
            stamp,
            epoch,
            ..
        } = SCRATCH.with_borrow_mut(|scratch| scratch.take(view.tokens.len()));
        Tokens {
            text,
            toks: &view.tokens,
            lex,
            view,
            slots,
            stamp: u64::from(stamp) << 48,
            epoch,
            infos: RefCell::new(infos),
            seen: RefCell::new(seen),
            // (About one phrase asked about per 50 tokens.)
            phrases: RefCell::new(FxHashMap::with_capacity_and_hasher(
                view.tokens.len() / 32,
                Default::default(),
            )),
            sports: Cell::new(None),
            memo: RefCell::new(memo),
        }
    }

    pub fn str(&self, i: usize) -> &'a str {
        self.toks[i].text(self.text)
    }

    /// The bytes of token `i`: for comparisons with ASCII words, which need no char boundary
    /// checks ([`Tokens::str`] makes two).
    pub fn bytes(&self, i: usize) -> &'a [u8] {
        let span = self.toks[i].span();
        &self.text.as_bytes()[span.start..span.end]
    }

    /// What the lists know about token `i` as a single word.
    /// (Inlined: rules ask about the same few tokens again and again; the first time goes to
    /// [`Tokens::look_up`].)
    #[inline]
    pub fn info(&self, i: usize) -> WordInfo {
        let slot = match self.slot(i) {
            0 => self.look_up(i),
            slot => slot,
        };
        self.infos.borrow()[(slot & INDEX) as usize - 1]
    }

    /// Token `i`'s slot (see [`Tokens::slots`]) if this article filled it, else 0.
    #[inline]
    fn slot(&self, i: usize) -> u64 {
        let slot = self.slots[i].get();
        if slot & STAMP == self.stamp { slot } else { 0 }
    }

    /// Looks token `i` up and fills its slot, which it returns.
    #[inline(never)]
    fn look_up(&self, i: usize) -> u64 {
        // A possessive is the name's, not the word's: "Putin’s" is looked up as "Putin".
        // (The word itself is only needed the first time the thread meets it: its key is read
        // from the text in place.)
        let span = self.toks[i].span();
        let len = span.len() - self.ending_len(i);
        let key = short_key_at(self.text, span.start, len);
        // First met in this article, a word gets its index here, and what its tokens' slots
        // keep is worked out once. (One probe of the article's table, whether the word is new
        // or not.)
        let first_met = || {
            let info = self.memo.borrow_mut().get(|| self.word(i), key, self.lex);
            let mut infos = self.infos.borrow_mut();
            infos.push(info);
            let index = infos.len() as u64;
            debug_assert!(index < COMMON);
            let common = COMMON * u64::from(is_common_info(&info));
            u64::from(info.flags) << 32 | common | index
        };
        let word = match key {
            // (A key is never 0, which marks an empty slot of the table: its length byte is
            // not, a token never being a bare possessive.)
            Some(key) if key != 0 => self.seen.borrow_mut().value_of(key, first_met),
            Some(_) => first_met(),
            None => first_met(),
        };
        let slot = self.stamp | word;
        self.slots[i].set(slot);
        slot
    }

    /// How many distinct words the article has looked up so far.
    pub fn words_looked_up(&self) -> usize {
        self.infos.borrow().len()
    }

    /// The number of token `i`'s word (possessive trimmed) among the distinct words of the
    /// article looked up so far: the same for the tokens of that word, and dense, so that a
    /// per-word table can be a plain vector ([`crate::resolve`] keeps each word's key there).
    pub fn word_index(&self, i: usize) -> usize {
        let slot = match self.slot(i) {
            0 => self.look_up(i),
            slot => slot,
        };
        (slot & INDEX) as usize - 1
    }

    /// What the lists know about `phrase`, the text of `tokens` (maybe without the last one's
    /// ending), as a whole. A phrase of several words whose first word starts no name of several
    /// words the lists know ([`word::STARTS_NO_NAME`]), or whose last word ends none
    /// ([`word::ENDS_NO_NAME`]), is none of them, with no lookup (nine in ten phrases a run or a
    /// segment asks about are no known name; more than half are so ruled out).
    /// (The key of a first word a space follows is the first word of the phrase's key, and that
    /// of a last word after a space its last word; a word is looked up without its possessive
    /// or other ending, so a phrase that keeps it is asked.)
    pub fn phrase(&self, tokens: std::ops::Range<usize>, phrase: &'a str) -> PhraseInfo<'a> {
        let (first, last) = (tokens.start, tokens.end - 1);
        let span = self.toks[first].span();
        debug_assert_eq!(phrase.as_ptr(), self.text[span.start..].as_ptr());
        if phrase.as_bytes().get(span.len()) == Some(&b' ') && self.starts_no_name(first) {
            return PhraseInfo::default();
        }
        let end = span.start + phrase.len();
        let last_word = self.toks[last].span();
        if last > first
            && self.text.as_bytes()[last_word.start - 1] == b' '
            && end == last_word.end - self.ending_len(last)
            && self.is(last, word::ENDS_NO_NAME)
        {
            return PhraseInfo::default();
        }
        *self
            .phrases
            .borrow_mut()
            .entry(phrase)
            .or_insert_with(|| self.lex.phrase(phrase))
    }

    /// [`Tokens::phrase`] of the text of `tokens`, as written ([`raw`]).
    pub fn phrase_of(&self, tokens: std::ops::Range<usize>) -> PhraseInfo<'a> {
        self.phrase(tokens.clone(), raw(self, tokens))
    }

    /// Token `i`'s word starts no name of several words the lists know
    /// ([`word::STARTS_NO_NAME`]), and is the whole token (no possessive or other ending,
    /// which its lookup leaves out).
    pub fn starts_no_name(&self, i: usize) -> bool {
        self.is(i, word::STARTS_NO_NAME) && self.ending_len(i) == 0
    }

    /// Token `i` has all of `flags` (see [`lexicon::word`]).
    pub fn is(&self, i: usize, flags: u16) -> bool {
        match self.slot(i) {
            0 => (self.look_up(i) >> 32) as u16 & flags == flags,
            slot => (slot >> 32) as u16 & flags == flags,
        }
    }

    /// Token `i`'s word is a common word no name list claims ([`is_common_info`]; see
    /// [`is_common_word`], which asks the token's shape first). (Worked out once per token, in
    /// its slot.)
    fn is_common(&self, i: usize) -> bool {
        let slot = match self.slot(i) {
            0 => self.look_up(i),
            slot => slot,
        };
        slot & COMMON != 0
    }

    /// A capitalised word, abbreviation or initial ("Putin", "NATO", "U.S.", "J.", "St.").
    pub fn is_cap(&self, i: usize) -> bool {
        let t = &self.toks[i];
        matches!(t.kind, TokenKind::Word | TokenKind::Abbreviation)
            && t.shape.contains(Shape::HAS_ALPHA)
            && t.shape.contains(Shape::CAPITALIZED)
            // (Nor "I'm", "I’ve": the pronoun's contractions; nor a letter glued to a common
            // word, "T-shirts", "X-ray", "U-turn", "E-mail".)
            && !matches!(
                self.bytes(i),
                b"I" | b"A" | [b'I', b'\'', ..] | [b'I', 0xE2, 0x80, 0x99, ..]
                    | [b'A'..=b'Z', b'-', b'a'..=b'z', b'a'..=b'z', b'a'..=b'z', ..]
            )
    }

    /// "al-Assad", "bin-Salman", "el-Sisi", "d'Estaing", "dell’Utri": a particle glued to a
    /// capitalised name by a hyphen or an apostrophe.
    /// (The shape test is inlined: the run finder asks this of every lower-case token.)
    #[inline]
    pub fn is_particle_compound(&self, i: usize) -> bool {
        let shape = self.toks[i].shape;
        (shape.contains(Shape::HAS_HYPHEN) || shape.contains(Shape::HAS_APOSTROPHE))
            && shape.contains(Shape::LOWER_START)
            && self.is_particle_compound_word(i)
    }

    fn is_particle_compound_word(&self, i: usize) -> bool {
        let s = self.str(i);
        let capital_after = |tail: &str| tail.chars().next().is_some_and(char::is_uppercase);
        if let Some((head, tail)) = s.split_once('-') {
            return self.lex.is_particle(head) && capital_after(tail);
        }
        // The particle is listed with its apostrophe ("d'"), written straight or curly; the
        // capital after it is asked first, so that contractions ("doesn't") cost nothing more.
        let Some(at) = s.find(['\'', '’']) else {
            return false;
        };
        let tail = &s[at..];
        let Some(tail) = tail.strip_prefix('\'').or_else(|| tail.strip_prefix('’')) else {
            return false;
        };
        let mut particle = [b'\''; 8];
        capital_after(tail) && at < particle.len() && {
            particle[..at].copy_from_slice(&s.as_bytes()[..at]);
            std::str::from_utf8(&particle[..=at]).is_ok_and(|p| self.lex.is_particle(p))
        }
    }

    /// Only spaces (no line break) between tokens `i` and `i + 1`.
    pub fn same_line(&self, i: usize) -> bool {
        // (Bytes, not a `str`: no char boundaries to check for a gap of one space.)
        // (Most gaps are one space or none: no loop for those.)
        match &self.text.as_bytes()[self.toks[i].span().end..self.toks[i + 1].span().start] {
            [] | [b' '] => true,
            gap => !gap.iter().any(|&b| b == b'\n' || b == b'\r'),
        }
    }

    /// "Putin’s", "NATO's": a possessive ends the name before the apostrophe.
    pub fn possessive_len(&self, i: usize) -> usize {
        // (Asked of most tokens of a run, several times: one look at the shape, which rules
        // out every word without an apostrophe inside, as the tokenizer marks it; then one
        // look at the last bytes.)
        if !self.toks[i].shape.contains(Shape::HAS_APOSTROPHE) {
            debug_assert_eq!(possessive_len_of(self.bytes(i)), 0, "{:?}", self.str(i));
            return 0;
        }
        possessive_len_of(self.bytes(i))
    }

    /// The bytes after the name in token `i`, which end the name there: a possessive
    /// ("Putin’s") or an ending that makes the name an adjective ("Putin-led", "Texas-based",
    /// [`text::descriptive_ending_len`]).
    pub fn ending_len(&self, i: usize) -> usize {
        match self.descriptive_len(i) {
            0 => self.possessive_len(i),
            n => n,
        }
    }

    /// "Putin-led", "Texas-based": the length of the ending that makes the name in token `i`
    /// an adjective, or 0.
    pub fn descriptive_len(&self, i: usize) -> usize {
        let shape = self.toks[i].shape;
        if shape.contains(Shape::HAS_HYPHEN) && shape.contains(Shape::CAPITALIZED) {
            text::descriptive_ending_len(self.bytes(i))
        } else {
            0
        }
    }

    /// The bytes of token `i` without its ending ([`Tokens::word`]): for comparisons with
    /// ASCII words, which need no char boundary checks.
    pub fn word_bytes(&self, i: usize) -> &'a [u8] {
        let bytes = self.bytes(i);
        &bytes[..bytes.len() - self.ending_len(i)]
    }

    /// Token `i` without its possessive or descriptive ending: "Putin’s", "Putin-led" →
    /// "Putin".
    pub fn word(&self, i: usize) -> &'a str {
        let s = self.str(i);
        match self.ending_len(i) {
            0 => s,
            n => &s[..s.len() - n],
        }
    }
}

/// The length of the possessive ending `word` ("'s", "’s"), or 0.
fn possessive_len_of(word: &[u8]) -> usize {
    match word {
        [.., _, b'\'', b's' | b'S'] => 2,
        [.., _, 0xE2, 0x80, 0x99, b's' | b'S'] => "’".len() + 1,
        _ => 0,
    }
}

/// The candidate names of the article, in text order, with `Class::Unresolved` unless a rule
/// already knows better.
pub(crate) fn segments<'a>(t: &Tokens<'a>, view: &TextView) -> Vec<Segment<'a>> {
    let lex = t.lex;
    // (About one candidate per 20 tokens in news, one per 10 in lists of names: sized once,
    // not grown by copying. At a sixteenth, two articles in three grew.)
    let mut out = Vec::with_capacity(view.tokens.len() / 8);
    for s in 0..view.sentences.len() {
        let range = view.sentence_token_range(s);
        if range.is_empty() {
            continue;
        }
        // (Counted only when a run asks: a sentence whose only name candidate is its first
        // word, alone, never does.)
        let headline = std::cell::OnceCell::new();
        let headline = || *headline.get_or_init(|| is_headline(t, range.clone()));
        let first = first_word(t, range.clone());
        let mut i = range.start;
        while i < range.end {
            // Most tokens are lower-case words and punctuation: skip them on their shape alone,
            // in a loop that reads one byte per token ([`may_start_name`] decides the rest).
            let Some(skip) = capital_or_hyphen(&t.toks[i..range.end]) else {
                break;
            };
            i += skip;
            if !may_start_name(&t.toks[i])
                || !(t.is_cap(i) || t.is_particle_compound(i))
                || is_rank_class(t, i, range.start)
                || signs_comment(t, i)
            {
                i += 1;
                continue;
            }
            let end = run_end(t, i, range.end, lex);
            // A capitalised word hyphened to one in lower case before a first name is no part
            // of the person's name ("Ex-premier Kevin Rudd", "Pan-democrat Gary Fan"; but
            // "Coca-cola Company").
            if end > i + 1
                && t.toks[i].shape.contains(Shape::HAS_HYPHEN)
                && lower_tail(t.str(i))
                && t.info(i + 1).given.is_some()
            {
                i += 1;
                continue;
            }
            // A unit's number belongs to its name: "the 82nd Airborne Division", "158th
            // Fighter Wing".
            let start = if i > range.start
                && t.same_line(i - 1)
                && is_ordinal(t.bytes(i - 1))
                && is_military_unit(t.bytes(end - 1))
            {
                i - 1
            } else {
                i
            };
            split_run(t, start..end, first, &headline, lex, &mut out);
            i = end;
        }
    }
    out
}

/// Does the word's part after its last hyphen start in lower case ("Ex-premier", "Pan-democrat";
/// not "Jean-Pierre", "Al-Qaeda")?
fn lower_tail(word: &str) -> bool {
    word.rsplit_once('-')
        .is_some_and(|(_, tail)| tail.starts_with(|c: char| c.is_lowercase()))
}

/// The first of `toks` that is capitalised or holds a hyphen, as [`may_start_name`] asks first.
/// (Not inlined: inside the run finder the loop kept five counters in step, in registers and
/// on the stack; on its own it reads one byte and moves one pointer per token.)
#[inline(never)]
fn capital_or_hyphen(toks: &[Token]) -> Option<usize> {
    toks.iter().position(|tok| {
        tok.shape.contains(Shape::CAPITALIZED) | tok.shape.contains(Shape::HAS_HYPHEN)
    })
}

/// Could the token be [`Tokens::is_cap`] or [`Tokens::is_particle_compound`]? (Its shape
/// says no for most tokens; the two tests decide the rest.)
fn may_start_name(tok: &Token) -> bool {
    // (A name starts with a capital or holds a hyphen: one test of the shape rules out most
    // tokens before the table is read.)
    (tok.shape.contains(Shape::CAPITALIZED) || tok.shape.contains(Shape::HAS_HYPHEN))
        && token_facts(tok) & MAY_START != 0
}

/// What the run finder asks of every token, by its kind and shape alone: one table lookup
/// instead of a chain of tests, whose outcome changes from token to token too irregularly to
/// be predicted (they cost a mispredicted branch per two or three tokens).
fn token_facts(tok: &Token) -> u8 {
    TOKEN_FACTS[kind_index(tok.kind)][usize::from(tok.shape.bits())]
}

/// [`token_facts`]: a capitalised word or abbreviation, or a lower-case word with a hyphen
/// ("al-Assad").
const MAY_START: u8 = 1;
/// [`token_facts`]: a word with letters, which counts towards [`is_headline`] when it has four
/// bytes or more.
const HEADLINE_WORD: u8 = 2;
/// [`token_facts`]: ... and capitalised.
const HEADLINE_CAP: u8 = 4;

const fn kind_index(kind: TokenKind) -> usize {
    match kind {
        TokenKind::Word => 0,
        TokenKind::Number => 1,
        TokenKind::Abbreviation => 2,
        TokenKind::Punct => 3,
        TokenKind::Symbol => 4,
    }
}

/// [`token_facts`] for every kind (by [`kind_index`]) and shape (by its bits).
static TOKEN_FACTS: [[u8; 256]; 5] = {
    const fn has(bits: usize, shape: Shape) -> bool {
        bits & shape.bits() as usize == shape.bits() as usize
    }
    let mut table = [[0u8; 256]; 5];
    let mut bits = 0;
    while bits < 256 {
        let capitalised = has(bits, Shape::HAS_ALPHA) && has(bits, Shape::CAPITALIZED);
        let compound = has(bits, Shape::HAS_HYPHEN) && has(bits, Shape::LOWER_START);
        let mut kind = 0;
        while kind < 5 {
            let word = kind == kind_index(TokenKind::Word);
            let abbreviation = kind == kind_index(TokenKind::Abbreviation);
            let mut facts = 0;
            if (word || abbreviation) && capitalised || compound {
                facts |= MAY_START;
            }
            if word && has(bits, Shape::HAS_ALPHA) {
                facts |= HEADLINE_WORD;
                if has(bits, Shape::CAPITALIZED) {
                    facts |= HEADLINE_CAP;
                }
            }
            table[kind][bits] = facts;
            kind += 1;
        }
        bits += 1;
    }
    table
};

/// "Class" closing a military rank ("Operator 1st Class", "Private First Class"): the end of a
/// title, not the start of the name after it.
fn is_rank_class(t: &Tokens, i: usize, sentence_start: usize) -> bool {
    t.bytes(i) == b"Class"
        && i > sentence_start
        && matches!(
            t.bytes(i - 1),
            b"1st" | b"2nd" | b"3rd" | b"First" | b"Second" | b"Third"
        )
}

/// The first word of a sentence, after any opening quotes, brackets or dashes.
fn first_word(t: &Tokens, range: std::ops::Range<usize>) -> usize {
    range
        .clone()
        .find(|&i| {
            matches!(
                t.toks[i].kind,
                TokenKind::Word | TokenKind::Abbreviation | TokenKind::Number
            )
        })
        .unwrap_or(range.start)
}

/// A title-case line (a headline or tag line), where capitals mark words, not names: most words
/// of four letters or more capitalised and no final full stop (a sentence full of names does
/// end with one). Short words are left out because title case often keeps them lower case.
fn is_headline(t: &Tokens, range: std::ops::Range<usize>) -> bool {
    if t.bytes(range.end - 1) == b"." {
        return false;
    }
    // (Counted without a branch per token: see [`token_facts`].)
    let mut words = 0;
    let mut caps = 0;
    for tok in &t.toks[range.clone()] {
        let facts = token_facts(tok) * u8::from(tok.span().len() >= 4);
        words += u32::from(facts & HEADLINE_WORD != 0);
        caps += u32::from(facts & HEADLINE_CAP != 0);
    }
    // (Not an address, a line of two commas that ends in a place: "Tyvak Nano-Satellite
    // Systems Inc., Irvine, California".)
    let address = || {
        t.info(range.end - 1).place.is_some()
            && t.toks[range.clone()]
                .iter()
                .filter(|tok| t.text[tok.span().range()] == *",")
                .count()
                >= 2
    };
    words >= 4 && caps * 10 >= words * 8 && !address()
}

/// A nickname in quotes inside a person's name, after the words `before` (the last a first
/// name), at the opening quote: 'Harold "Junior" Theriault', 'John “J.D.” Dorrian'. Returns the index
/// of the surname after it (not a month or another never-name: 'William "Buckshot" May').
fn after_nickname(t: &Tokens, before: std::ops::Range<usize>, limit: usize) -> Option<usize> {
    let i = before.end;
    let first_name = |k: usize| t.info(k).given.is_some() && !t.is(k, word::TITLE);
    if !matches!(t.str(i), "\"" | "“") || before.is_empty() || !first_name(i - 1) {
        return None;
    }
    let words = (i + 1..limit.min(i + 4))
        .take_while(|&k| t.is_cap(k))
        .count();
    let close = i + 1 + words;
    let surname = close + 1;
    ((1..=2).contains(&words)
        && surname < limit
        && matches!(t.str(close), "\"" | "”")
        && (i..surname).all(|k| t.same_line(k))
        && t.is_cap(surname)
        && !t.is(surname, word::NOT_NAME)
        && (t.info(surname).surname.is_some() || !t.is(surname, word::ENGLISH)))
    .then_some(surname)
}

/// Is token `i` the verb of a comment's byline, "Says:" after "Bobby" (capitalised, then a
/// colon)?
// (Asked of every token a name may start at or go on with: a colon right after the token,
// one byte, rules out nearly all of them before the word is compared.)
#[inline]
pub(crate) fn signs_comment(t: &Tokens, i: usize) -> bool {
    let Some(end) = t.toks.get(i).map(|tok| tok.span().end) else {
        return false;
    };
    t.text.as_bytes().get(end) == Some(&b':')
        && t.toks
            .get(i + 1)
            .is_some_and(|next| next.span().start == end)
        && matches!(t.bytes(i), b"Says" | b"Said" | b"Writes" | b"Wrote")
}

/// Where the run starting at `start` ends (exclusive).
fn run_end(t: &Tokens, start: usize, limit: usize, lex: &Lexicon) -> usize {
    let mut i = start + 1;
    loop {
        // A possessive ends a name ("Putin's troops"), but not a group's in the middle of an
        // organisation's: "Korean People's Army", "National Women's Hockey League".
        // (Nor an office's in its bureau's name: "the U.S. Attorney's Office", "the Sheriff's
        // Office".)
        let possessive_ends = t.possessive_len(i - 1) > 0
            && !(i < limit
                && t.is_cap(i)
                && (is_group_possessive(t, i - 1)
                    || t.bytes(i) == b"Office" && t.is(i - 1, word::TITLE)
                    // (Nor a firm's before its legal form: "Nicholson's Limited", "Macy's
                    // Inc.".)
                    || crate::resolve::is_legal_form(t.bytes(i))
                    // (A person's full name before the head owns it: "Bob Smith's Day One".)
                    || is_observance_head(t.bytes(i))
                        && !(i - start >= 2 && t.info(start).given.is_some())));
        // (Nor inside a name the lists know: "Lord's Resistance Army", "Hudson's Bay Company";
        // "The" opening a sentence is no part of it.)
        let from = start + usize::from(start + 1 < i && t.bytes(start) == b"The");
        // (No name of several words the lists know starts with a word so flagged: the rules
        // here that look such names up past the run's end are not asked then.)
        let may_open_known_name = !t.starts_no_name(from);
        // (What a known name may hold past the run: words in either case, "&", a comma, an
        // apostrophe.)
        let in_name = |k: usize| {
            matches!(t.toks[k].kind, TokenKind::Word | TokenKind::Abbreviation)
                || matches!(
                    t.bytes(k),
                    b"&" | b"," | b"'" | b"(" | b")" | [0xE2, 0x80, 0x99]
                )
        };
        if possessive_ends
            && may_open_known_name
            && i < limit
            && t.is_cap(i)
            && let Some(end) = known_org_through(t, from, i, limit.min(i + 4), lex, in_name)
        {
            i = end;
            continue;
        }
        // So does an ending that makes it an adjective: "Calgary-based Suncor Energy".
        let adjective_ends = t.descriptive_len(i - 1) > 0;
        if possessive_ends || adjective_ends || i >= limit || !t.same_line(i - 1) {
            return i;
        }
        // A comment's byline ends at its verb: "Bobby Says:", "Anna Wrote:".
        if signs_comment(t, i) {
            return i;
        }
        // A month before a day of it is a date, though a name: "Annie June 28, 2012 at 5:35
        // pm" heads Annie's comment; so is a month's abbreviation, "Posted on 3:30 pm Tuesday
        // Nov 13, 2012".
        // (The number first: most tokens are ruled out by it at once.)
        if t.toks.get(i + 1).is_some_and(|n| {
            n.kind == TokenKind::Number
                && matches!(t.bytes(i + 1), [b'1'..=b'9'] | [b'1'..=b'3', b'0'..=b'9'])
        }) && t.same_line(i)
            && (is_month_name(t.bytes(i)) || is_month_abbreviation(t.bytes(i)))
        {
            return i;
        }
        // A dateline's place in capitals ends a byline's name before it: "Peter Blackburn
        // BRUSSELS 1996-08-22" (not a country's code after a firm, "Nissan USA").
        if is_dateline_place(t, i) {
            return i;
        }
        // A firm's legal form ends its name: "Samsung Electronics Co Ltd. Samsung said", "Boeing
        // Co. Chief Executive Dave Calhoun" (not "Co. Ltd.", nor the first word: "SA Water",
        // nor in a line of capitals: "LA VERDAD QUE SE LO DIJO").
        if i - 1 > start
            && crate::resolve::is_legal_form(t.bytes(i - 1))
            && !crate::resolve::is_legal_form(t.bytes(i))
            && !t.toks[i].shape.contains(text::Shape::ALL_CAPS)
        {
            return i;
        }
        if t.is_cap(i) || t.is_particle_compound(i) {
            i += 1;
            continue;
        }
        // A firm's legal form written in lower case ends its name: "GSK plc".
        if t.bytes(i) == b"plc" {
            return i + 1;
        }
        // A number inside or at the end of a name the lists know: "San Francisco 49ers", "FC
        // Schalke 04", "Channel 4 News", "Big 12 Conference" (asked only of a run followed by a
        // token with a digit).
        let number_or_cap =
            |k: usize| t.toks[k].shape.contains(text::Shape::HAS_DIGIT) || t.is_cap(k);
        if may_open_known_name
            && t.toks[i].shape.contains(text::Shape::HAS_DIGIT)
            && t.same_line(i - 1)
            && let Some(end) = known_org_through(t, from, i, limit.min(i + 3), lex, number_or_cap)
        {
            i = end;
            continue;
        }
        if let Some(surname) = after_nickname(t, start..i, limit) {
            i = surname + 1;
            continue;
        }
        // Particles: "Charles de Gaulle", "Ursula von der Leyen".
        let mut j = i;
        // (Particles are lower case as written: the set is asked directly, without folding.)
        while j < limit && t.toks[j].kind == TokenKind::Word && t.lex.is_particle(t.str(j)) {
            if !t.same_line(j - 1) {
                break;
            }
            j += 1;
        }
        if j > i && j < limit && j - i <= 2 && t.same_line(j - 1) && t.is_cap(j) {
            i = j + 1;
            continue;
        }
        // A name the lists know may hold a small word in lower case, a comma or a plural's
        // apostrophe: "Centers for Disease Control and Prevention", "Committee to Protect
        // Journalists", "University of California, Berkeley", "Kurdistan Workers' Party". Asked
        // only before a capitalised word (or "the" and one), and where the lists know a name
        // that opens with the words so far: most runs end otherwise.
        let cap_after = |k: usize| k < limit && t.is_cap(k);
        let word = t.bytes(i);
        let small_word = is_small_word(word)
            && (cap_after(i + 1) || i + 2 < limit && t.bytes(i + 1) == b"the" && cap_after(i + 2));
        // (And a bracket: "Janata Dal (United)".)
        let mark = matches!(word, b"," | b"'" | b"(" | [0xE2, 0x80, 0x99]) && cap_after(i + 1);
        if may_open_known_name
            && (small_word || mark)
            && t.same_line(i - 1)
            && lex.opens_known_org(raw(t, from..i))
            && let Some(end) = known_org_through(t, from, i, limit.min(i + 8), lex, in_name)
        {
            i = end;
            continue;
        }
        // A plural's apostrophe before an organisation's word goes on with the name: "Leeds
        // Magistrates' Court", "the Police Officers' Association" (a plural of the dictionary:
        // not a person's, "Gonzales' Senate").
        if matches!(word, b"'" | [0xE2, 0x80, 0x99])
            && cap_after(i + 1)
            && t.toks[i].span().start == t.toks[i - 1].span().end
            && t.bytes(i - 1).ends_with(b"s")
            && t.is(i - 1, word::ENGLISH)
            && t.same_line(i)
            && t.info(i + 1).flags & (word::ORG_SUFFIX | word::ORG_HEAD) != 0
        {
            i += 1;
            continue;
        }
        // Connectors inside organisation and place names: "Bank of England", "Procter & Gamble",
        // "Organization of the Petroleum Exporting Countries", "Bosnia and Herzegovina",
        // "Centre for Strategic Studies", "Council on Foreign Relations".
        if CONNECTORS.contains(&word) && i + 1 < limit && t.same_line(i) {
            let mut k = i + 1;
            if word != b"&"
                && word != b"and"
                && t.bytes(k) == b"the"
                && k + 1 < limit
                && t.same_line(k)
            {
                k += 1;
            }
            // (Never to a date: "the Security Council on Monday", "Kennedy Space Center on
            // April 12".)
            if t.is_cap(k)
                && !is_date_word(t.bytes(k))
                && !is_month_abbreviation(t.bytes(k))
                && connects(t, start..i, k, t.str(i), lex)
            {
                i = k + 1;
                continue;
            }
        }
        return i;
    }
}

/// A place's name of four letters or more in capitals after a word that is not: "Blackburn
/// BRUSSELS".
fn is_dateline_place(t: &Tokens, i: usize) -> bool {
    let caps = |k: usize| t.toks[k].shape.contains(text::Shape::ALL_CAPS);
    caps(i) && !caps(i - 1) && t.toks[i].span().len() >= 4 && t.info(i).place.is_some()
}

/// The small words in lower case that names of organisations hold ("Alternative for Germany",
/// "Committee to Protect Journalists", "Cour des comptes").
fn is_small_word(word: &[u8]) -> bool {
    matches!(
        word,
        b"of"
            | b"for"
            | b"and"
            | b"&"
            | b"to"
            | b"in"
            | b"on"
            | b"at"
            | b"the"
            | b"de"
            | b"des"
            | b"du"
            | b"del"
            | b"di"
            | b"da"
            | b"dos"
            | b"la"
            | b"le"
    )
}

/// The end of the longest name of a known organisation that runs from token `start` on past
/// token `i`, over tokens that `goes_on` admits, before `limit` and on one line, ending on a
/// capitalised word or a number.
fn known_org_through(
    t: &Tokens,
    start: usize,
    i: usize,
    limit: usize,
    lex: &Lexicon,
    goes_on: impl Fn(usize) -> bool,
) -> Option<usize> {
    let mut best = None;
    let mut k = i;
    while k < limit && t.same_line(k - 1) && goes_on(k) {
        // (A name ends on a capitalised word, a number or a bracket: "FC Schalke 04", "Janata
        // Dal (United)".)
        let ends =
            t.is_cap(k) || t.toks[k].shape.contains(text::Shape::HAS_DIGIT) || t.bytes(k) == b")";
        if ends && lex.known_org(raw(t, start..k + 1)).is_some() {
            best = Some(k + 1);
        }
        k += 1;
    }
    best
}

/// May `connector` join the name so far (`left`) with the capitalised word at `right`?
fn connects(
    t: &Tokens,
    left: std::ops::Range<usize>,
    right: usize,
    connector: &str,
    lex: &Lexicon,
) -> bool {
    let last = t.str(left.end - 1);
    match connector {
        // "Procter & Gamble", "Marks & Spencer" — but not two persons' full names: "Karl
        // Langdon & Harvey Deegan", "Irina Shklovski & Bjarki Valtysson" (a first name no list
        // knows: a word of no list).
        "&" => {
            let first_name = t.info(right).given.is_some()
                || !t.is(right, word::ENGLISH)
                    && !t.is(right, word::PROPER)
                    && t.info(right).place.is_none()
                    && t.info(right).flags & ORG_WORD == 0;
            !(left.len() >= 2
                && t.info(left.end - 2).given.is_some()
                && first_name
                && right + 1 < t.toks.len()
                && t.same_line(right)
                && t.is_cap(right + 1))
        }
        // "Ministry of Defence", "University of Helsinki", "Secretary of State", "Republic of Korea";
        // "for" and "on" only after a word that takes them in names ("Institute for Fiscal
        // Studies", "Council on Foreign Relations"; not "Platform Solutions for Ascom", "the
        // Keystone State on Election Day", "the Shop Channel for the Wii").
        // "for" also after a title and before a portfolio: "Minister for Health Greg Hunt" (see
        // [`split_run`]), but not "Envoy for the Global Coalition".
        // Never before a club's name, which opens with its own abbreviation: "the Swiss Super
        // League for FC Basel" is two names; nor before a body's acronym that ends the run:
        // "GS Strategy Group for AARP" (but "Center for AIDS Research").
        "for" => {
            (takes(t, left.end - 1, connector, lex)
                || (t.is(left.end - 1, word::TITLE) && right == left.end + 1))
                && !(t.toks[right].shape.contains(text::Shape::ALL_CAPS)
                    && (t.is(right, word::ORG_PREFIX)
                        || t.bytes(right).len() >= 3
                            && !(right + 1 < t.toks.len()
                                && t.same_line(right)
                                && t.is_cap(right + 1))))
        }
        // (Not a mission's or a flight's code: "Kennedy Space Center on STS-1"; nor a place,
        // the subject of a meeting rather than a body's remit: "the Brussels Conference on
        // Syria".)
        "on" => {
            takes(t, left.end - 1, connector, lex)
                && !t.toks[right].shape.contains(text::Shape::HAS_DIGIT)
                && !is_major_place(t.info(right).place)
        }
        "of" => {
            t.info(left.end - 1).flags & ORG_WORD != 0
                || t.is(left.end - 1, word::TITLE)
                // "Association for the Advancement of Science", "National Society for the
                // Prevention of Cruelty to Children", "Commission on the Status of Women".
                || left.len() >= 4
                    && t.bytes(left.end - 2) == b"the"
                    && matches!(t.bytes(left.end - 3), b"for" | b"on")
                    && takes(t, left.end - 4, t.str(left.end - 3), lex)
                // A phrase of that shape that the keyword list holds whole: "Hall of Fame".
                || t.is_cap(right) && {
                    let phrase = format!("{last} of {}", t.str(right));
                    lex.org_keyword(&phrase).is_some_and(|kw| kw.head)
                }
                || matches!(
                    last,
                    "Republic"
                        | "Kingdom"
                        | "State"
                        | "States"
                        | "Province"
                        | "Isle"
                        | "Gulf"
                        | "Bay"
                        | "Sea"
                )
        }
        // "and" inside an organisation's domain, before a common word: "Department of Health
        // and Human Services", "Ministry of Science and Technology" (not "Ministry of Defence
        // and Boeing", nor "University of Oxford and Cambridge", nor a title that opens the next
        // office: "Department of Emory University and Director of the Living Links Center").
        _ if in_org_domain(t, left.clone())
            && is_common_word(t, right)
            && !t.is(right, word::TITLE) =>
        {
            true
        }
        // Two domains before an organisation's last word: "Food and Drug Administration",
        // "Securities and Exchange Commission", "Fish and Wildlife Service" (not "Britain and
        // France", whose left side is no common word).
        // ("U.S. Food and Drug Administration": a country may come first.)
        _ if {
            let country = |k: usize| {
                t.info(k)
                    .place
                    .is_some_and(|p| p.kind == lexicon::PlaceKind::Country)
            };
            let mut from = left.start;
            if from + 1 < left.end && t.bytes(from) == b"The" {
                from += 1;
            }
            if from + 1 < left.end && country(from) {
                from += 1;
            }
            let domain = from..left.end;
            domain.len() <= 2 && domain.clone().all(|k| is_common_word(t, k))
        } && domain_then_org_suffix(t, right) =>
        {
            true
        }
        // Otherwise "and" only inside a name the lists know ("Bosnia and Herzegovina",
        // "Johnson and Johnson").
        _ => {
            let name = raw(t, left.clone());
            // (Not one whose first word starts no such name, a space after it, nor one whose
            // last word ends none: see [`Tokens::phrase`]. After a name of one word, the space
            // is the one before "and".)
            let first_len = t.toks[left.start].span().len();
            if (left.len() == 1 || name.as_bytes().get(first_len) == Some(&b' '))
                && t.starts_no_name(left.start)
                || t.is(right, word::ENDS_NO_NAME) && t.ending_len(right) == 0
            {
                return false;
            }
            let phrase = format!("{name} and {}", t.str(right));
            // (Also after the body's country: "U.S. Centers for Disease Control and
            // Prevention".)
            let after_country = || {
                left.len() >= 2
                    && t.info(left.start)
                        .place
                        .is_some_and(|p| p.kind == lexicon::PlaceKind::Country)
                    && lex
                        .known_org(&format!(
                            "{} and {}",
                            raw(t, left.start + 1..left.end),
                            t.str(right)
                        ))
                        .is_some()
            };
            lex.place(&phrase).is_some() || lex.known_org(&phrase).is_some() || after_country()
        }
    }
}

/// Does the word at `k` take `connector` inside names of organisations: "Institute for",
/// "Council on" (the heads of that shape in org-keywords.tsv)?
fn takes(t: &Tokens, k: usize, connector: &str, lex: &Lexicon) -> bool {
    let mut phrase = String::with_capacity(24);
    phrase.push_str(t.str(k));
    phrase.push(' ');
    phrase.push_str(connector);
    lex.org_keyword(&phrase).is_some_and(|kw| kw.head)
}

/// A common word and an organisation's last word at `start`: "Drug Administration",
/// "Exchange Commission", "Wildlife Service" (not "Google Inc.", "British Airways", nor "The
/// Sun and The News of the World", two names).
fn domain_then_org_suffix(t: &Tokens, start: usize) -> bool {
    // (Or two words of the domain: "Disaster and Emergency Management Authority".)
    let suffix_at = |k: usize| {
        k < t.toks.len() && t.same_line(k - 1) && t.is_cap(k) && t.is(k, word::ORG_SUFFIX)
    };
    start + 1 < t.toks.len()
        && t.bytes(start) != b"The"
        && is_common_word(t, start)
        && (suffix_at(start + 1)
            || suffix_at(start + 2)
                && t.same_line(start)
                && t.is_cap(start + 1)
                && is_common_word(t, start + 1))
}

/// Does `left` end in an organisation's domain: an organisation word, "of" or "for", then
/// capitalised words ("Institute of Allergy")?
fn in_org_domain(t: &Tokens, left: std::ops::Range<usize>) -> bool {
    (left.start + 1..left.end.saturating_sub(1))
        .any(|k| matches!(t.bytes(k), b"of" | b"for") && t.info(k - 1).flags & ORG_WORD != 0)
}

/// Cuts a run into segments: titles become the role of the name after them, headline words and
/// sentence-initial common words are dropped, known entities are kept whole.
fn split_run<'a>(
    t: &Tokens<'a>,
    run: std::ops::Range<usize>,
    first: usize,
    headline: &dyn Fn() -> bool,
    lex: &Lexicon,
    out: &mut Vec<Segment<'a>>,
) {
    let known = |tokens: std::ops::Range<usize>| {
        let p = t.phrase_of(tokens);
        p.known_org.is_some() || p.known_person.is_some() || p.place.is_some()
    };
    // A name of two or more words said twice in a row is two mentions: "a statement with
    // Chris Locke Chris Locke and I agreed" (one word twice may be one name: "Duran Duran").
    let half = run.len() / 2;
    if half >= 2
        && run.len().is_multiple_of(2)
        && (0..half).all(|k| t.bytes(run.start + k) == t.bytes(run.start + half + k))
    {
        let mid = run.start + half;
        split_run(t, run.start..mid, first, headline, lex, out);
        split_run(t, mid..run.end, first, headline, lex, out);
        return;
    }
    // One proper name of the dictionary said twice is two mentions of it where the word is no
    // one's first name or surname, nor a common word: "what makes Linux Linux is …" (not "Duran
    // Duran", "Sirhan Sirhan", "Mirror Mirror").
    if run.len() == 2 && t.bytes(run.start) == t.bytes(run.start + 1) && {
        let info = t.info(run.start);
        info.is(word::PROPER)
            && !info.is(word::ENGLISH)
            && info.given.is_none()
            && info.surname.is_none()
    } {
        split_run(t, run.start..run.start + 1, first, headline, lex, out);
        split_run(t, run.start + 1..run.end, first, headline, lex, out);
        return;
    }
    // A name whose last word comes twice ends at the first: a caption run into the next
    // sentence, "astronaut Sally Ride Ride also found time" (two words alike may be one name:
    // "Sirhan Sirhan").
    if run.len() >= 3 && t.bytes(run.end - 1) == t.bytes(run.end - 2) {
        split_run(t, run.start..run.end - 1, first, headline, lex, out);
        split_run(t, run.end - 1..run.end, first, headline, lex, out);
        return;
    }
    let mut run = run;
    // A clause's first word that only links clauses or phrases belongs to the sentence: "From
    // CBS News comes …", "But General Motors agreed", "@user — In Bali I've …" (not a name the
    // lists know: "Under Armour").
    if run.len() > 1 && is_opening_function_word(t.bytes(run.start)) && !known(run.clone()) {
        run.start += 1;
    }
    // "By Helen Briggs BBC News", "By Mike Whalley BBC Sport": a byline's writer, then an
    // outlet the lists know, or one that opens with a known body's acronym.
    if run.len() >= 3
        && run.start > 0
        && matches!(t.bytes(run.start - 1), b"By" | b"BY" | b"by")
        && t.info(run.start).given.is_some()
        && !known(run.clone())
        && let Some(outlet) = (run.start + 2..run.end).find(|&j| {
            !t.is(j, word::NOT_NAME)
                && (t.is(j, word::KNOWN_ORG) && t.toks[j].shape.contains(text::Shape::ALL_CAPS)
                    || t.phrase_of(j..run.end).known_org.is_some())
        })
    {
        split_run(t, run.start..outlet, first, headline, lex, out);
        push_as(t, outlet..run.end, false, Class::Organization, out);
        return;
    }
    // A leading article belongs to the sentence, not the name, unless the lists say otherwise
    // ("The Hague", "The Gambia").
    if run.len() > 1
        && matches!(t.bytes(run.start), b"The" | b"A" | b"An")
        && t.phrase_of(run.clone()).place.is_none()
    {
        // ... but the name it leaves may be known only with it: "for The Onion", "writes for
        // The Atlantic" (a capital "The" inside a sentence; at its start, "The Atlantic" may
        // be the ocean).
        let known_with_article = run.len() == 2
            && run.start != first
            && t.bytes(run.start) == b"The"
            && !t.is(run.start + 1, word::KNOWN_ORG)
            && t.phrase_of(run.clone()).known_org.is_some();
        run.start += 1;
        if known_with_article {
            push_as(t, run.clone(), false, Class::Organization, out);
            return;
        }
    }
    // "fellow Minnesotan Scott LeDoux", "Queenslander Mitchell Rawlins", "Londoner Ann Shaw",
    // "Canadian Mackenzie Hughes", "fellow Britons Tom Smith and …", "Scientologist Tom
    // Cruise": a people or a faith before a first name describes the person after it. (Not a
    // first name that ends so: "Roman Abramovich", "Parker Posey", "Christian Bale"; nor a
    // body's name the lists know or that ends in a body's word: "German Marshall Fund".)
    if run.len() >= 3
        && t.info(run.start + 1).given.is_some()
        && t.info(run.start).given.is_none()
        && (place_people(t.str(run.start), lex)
            || is_people(t, run.start, lex)
            || crate::classify::is_faith(t.bytes(run.start)))
        && t.info(run.end - 1).flags & ORG_WORD == 0
        && !known(run.clone())
    {
        run.start += 1;
    }
    // "North Carolina Caelynn", "Nigeria Peter Obi": a country's or region's name that is
    // nobody's name, before a first name that is no place, says where the person is from.
    // (Not "Washington Irving", "Georgia Smith", "Florida Georgia Line".)
    // (The place is looked up last: most runs fail the tests of their words before it.)
    if let Some(place_end) = (run.start + 1..run.end.min(run.start + 3)).find(|&e| {
        // (A person's name after it, a first name and at most one more word, none a common
        // word: not "Edmonton Sun", "Tokyo Art Book Fair".)
        run.end - e <= 2
            && t.info(e).given.is_some()
            && t.info(e).place.is_none()
            && (!t.is(e, word::ENGLISH)
                || t.info(e)
                    .given
                    .is_some_and(|per_100k| per_100k >= crate::classify::COMMON_GIVEN_NAME))
            && (run.start..e).all(|k| t.info(k).given.is_none() && t.info(k).surname.is_none())
            && (e + 1..run.end).all(|k| !t.is(k, word::ENGLISH) || t.info(k).surname.is_some())
            && is_major_place(t.phrase_of(run.start..e).place)
    }) && !known(run.clone())
    {
        split_run(t, run.start..place_end, first, headline, lex, out);
        split_run(t, place_end..run.end, first, headline, lex, out);
        return;
    }
    // "in Italy Juventus edged Napoli": a country after "in" and before a known organisation,
    // the two making no name the lists know, is where what follows happens, not part of the
    // organisation's name (which "U.S. Food and Drug Administration", "Kenya Red Cross" keep).
    if run.len() > 1
        && run.start > 0
        && matches!(t.bytes(run.start - 1), b"in" | b"In")
        && t.info(run.start)
            .place
            .is_some_and(|p| p.kind == lexicon::PlaceKind::Country)
        && t.phrase_of(run.start + 1..run.end).known_org.is_some()
        && !known(run.clone())
    {
        split_run(t, run.start..run.start + 1, first, headline, lex, out);
        split_run(t, run.start + 1..run.end, first, headline, lex, out);
        return;
    }
    // "On Wednesday Suncor disclosed", "since Monday Trump has": a day after a word of time
    // is when, not part of the name (the "Sunday Times" keeps its day).
    if run.len() > 1
        && is_weekday(t.bytes(run.start))
        && run.start > 0
        && t.same_line(run.start - 1)
        && matches!(
            t.bytes(run.start - 1),
            b"On"
                | b"on"
                | b"Last"
                | b"last"
                | b"Next"
                | b"next"
                | b"This"
                | b"this"
                | b"Every"
                | b"every"
                | b"since"
                | b"until"
                | b"by"
                | b","
        )
    {
        run.start += 1;
    }

    // "Former Manchester City defender Danny Mills": a word that dates someone's tie to a body,
    // capitalised as a sentence's first, is not part of the body's name (which the rules below
    // would keep whole, ending as it does like an organisation's; one word after it may be the
    // whole name, "Current TV").
    if run.len() > 2
        && run.start == first
        && is_tie_dating_word(t.bytes(run.start))
        && !known(run.clone())
    {
        run.start += 1;
    }
    // "Environment Canada", "Veterans Affairs Canada", "Natural England": a government
    // agency named by its domain and its country or region (before the sentence-initial and headline
    // words are dropped: "Environment" opens the sentence).
    if (2..=4).contains(&run.len())
        && t.info(run.end - 1).place.is_some_and(|p| {
            matches!(
                p.kind,
                lexicon::PlaceKind::Country | lexicon::PlaceKind::Region
            )
        })
        && (run.start..run.end - 1).all(|k| is_agency_domain(t.bytes(k)))
    {
        push_as(t, run.clone(), run.start == first, Class::Organization, out);
        return;
    }
    // "White House Russia adviser", "Pentagon China official": a public body's name the lists
    // know before a country or region is two names, the body and its portfolio (not a firm's
    // branch, "Google India").
    // (Asked only of a run that ends on a place's word, most do not.)
    let country_or_region = |p: lexicon::PlaceHint| {
        matches!(
            p.kind,
            lexicon::PlaceKind::Country | lexicon::PlaceKind::Region
        )
    };
    if (2..=6).contains(&run.len())
        && t.info(run.end - 1).place.is_some_and(country_or_region)
        && !known(run.clone())
    {
        let public = |k: &lexicon::KnownEntity| {
            matches!(k.note, "government" | "igo" | "military" | "armed-group")
        };
        let body = (run.start + 1..run.end)
            .rev()
            .find(|&k| t.phrase_of(run.start..k).known_org.is_some());
        if let Some(k) = body
            && t.phrase_of(run.start..k).known_org.is_some_and(public)
            && t.phrase_of(k..run.end).place.is_some_and(country_or_region)
        {
            push_as(
                t,
                run.start..k,
                run.start == first,
                Class::Organization,
                out,
            );
            push(t, k..run.end, false, None, out);
            return;
        }
    }
    // "Commissioner Appreciation Day", "Teacher Appreciation Week": an observance of common
    // words, the first of them perhaps a title, is one name and no one's (not "Doris Day",
    // "Nurse Jane Day").
    let observance = || {
        matches!(t.bytes(run.end - 1), b"Day" | b"Week" | b"Month")
            && (run.start..run.end - 1).all(|k| is_common_word(t, k))
    };
    // "the Schumer Bill", "the Warner-Graham Bill", "the Jan Lokpal Bill": "Bill" after a word
    // that is no first name names a bill, not a person called Bill.
    let bill = || t.bytes(run.end - 1) == b"Bill" && t.info(run.end - 2).given.is_none();
    if run.len() >= 2 && (observance() || bill()) && !known(run.clone()) {
        push_as(t, run.clone(), run.start == first, Class::Other, out);
        return;
    }
    // "Hurricane Sandy", "Typhoon Haiyan": a storm's name, whole (see [`is_storm_word`]; not
    // "Hurricane Research Division").
    if run.len() == 2 && is_storm_word(t.bytes(run.start)) {
        push_as(t, run.clone(), run.start == first, Class::Other, out);
        return;
    }
    // A run the lists know, or that ends like an organisation ("General Motors", "Russian Defence
    // Ministry"), is one name: titles inside it are part of it.
    // (Not a title and its domain: "CEO of the Refugee Council" is a role and an organisation.)
    let title_of = || {
        title_at(t, run.start, run.end, lex).is_some_and(|n| {
            run.start + n < run.end && matches!(t.bytes(run.start + n), b"of" | b"for")
        })
    };
    // A body's name and a person's after it, with no comma between: "at Washington State
    // University Simon Ličen", "JMP Securities Mark Harding said" (a first name and one or two
    // words after the word bodies end in).
    if run.len() >= 4 && !headline() {
        let holder = (run.end - 3..run.end - 1).find(|&p| {
            p > run.start + 1
                && t.is(p - 1, word::ORG_SUFFIX)
                && (run.start..p).all(|k| !t.is(k, word::TITLE))
                && t.info(p).given.is_some()
                && !is_common_word(t, p)
                && t.info(p).place.is_none()
                && (p + 1..run.end).all(|k| {
                    !is_common_word(t, k) && t.info(k).place.is_none() && !t.is(k, ORG_WORD)
                })
        });
        if let Some(p) = holder {
            push(t, run.start..p, run.start == first, None, out);
            push(t, p..run.end, false, None, out);
            return;
        }
    }
    // (In a headline too when the lists know the whole run: "New York Giants at Dallas
    // Cowboys" in a list of fixtures.)
    if run.len() > 1
        && ((!headline() && t.is(run.end - 1, word::ORG_SUFFIX) && !title_of())
            || known(run.clone()))
    {
        push(t, run.clone(), run.start == first, None, out);
        return;
    }
    // "Ambassador to the United States Hamdullah Mohib", "Envoy to Russia John Sullivan",
    // "Minister for the Middle East Tobias Ellwood": after a title and "to" or "for", the run is
    // the title's domain up to a first name and surname ending it. With a first name the lists
    // lack, only after "to" and when the domain is a place they know ("the United States
    // Hamdullah Mohib"). Not a run that opens with its own title, "a spokesman for Sen. Dianne
    // Feinstein", nor one that ends in a title or a possessive, "a detective for the Los
    // Angeles Sheriff's".
    if let Some(title) = title_to_before(t, run.start)
        && title_at(t, run.start, run.end, lex).is_none()
        && t.possessive_len(run.end - 1) == 0
        && !t.is(run.end - 1, word::TITLE)
    {
        let place_then_name = || {
            (run.start + 1..run.end).find(|&p| {
                (2..=3).contains(&(run.end - p))
                    && t.bytes(title + 1) == b"to"
                    && (p..run.end).all(|k| {
                        !is_common_word(t, k) && t.info(k).place.is_none() && !t.is(k, word::TITLE)
                    })
                    && t.phrase_of(run.start..p).place.is_some()
            })
        };
        if let Some(p) = holder_after_domain(t, run.start + 1..run.end).or_else(place_then_name) {
            push(t, run.start..p, run.start == first, None, out);
            let role = surface(t, title..p).into_owned();
            push(t, p..run.end, false, Some(role), out);
            return;
        }
    }
    let mut seg_start = run.start;
    let mut role: Option<String> = None;
    let mut k = run.start;
    while k < run.end {
        // "By" in title case opens a byline: "Hacker Monthly By Lim Cheng Soon"; "BY" in
        // capitals too: "BY NICK TIMIRAOS".
        if matches!(t.bytes(k), b"By" | b"BY") {
            if seg_start < k {
                push(t, seg_start..k, seg_start == first, role.take(), out);
            }
            role = None;
            k += 1;
            seg_start = k;
            continue;
        }
        // A rank or an office that ends the run right after a first name is the surname:
        // "Julie Bishop", "John Major", "Brian King", "Karen Judge" (not an honorific or a
        // political office: "Hello Derek Sir", "Nintendo of America President").
        // So is any title that is a common surname after a word no list knows: "Moin Khan",
        // "Agam Shah".
        let surname_title = |n: usize| {
            use lexicon::TitleKind::{Judicial, Military, Religious, Royal};
            // (Also after a given name and a middle name: "Azfar Ali Khan".)
            let first = t.info(seg_start);
            // (A first name that is also a town's is a name word: "Ali".)
            let name_word = |j: usize| {
                let info = t.info(j);
                info.flags & (word::ENGLISH | word::TITLE | word::TITLE_START) == 0
                    && (info.place.is_none() || info.given.is_some())
                    && t.toks[j].kind == TokenKind::Word
            };
            // (A generation, or a day named after the person, may follow: "Martin Luther
            // King Jr.", "Martin Luther King Day".)
            let mut end = k + n;
            while end < run.end && crate::classify::is_generation(t.str(end)) {
                end += 1;
            }
            (end == run.end || end + 1 == run.end && t.bytes(end) == b"Day")
                && ((k == seg_start + 1
                    || k == seg_start + 2 && t.info(seg_start + 1).given.is_some())
                    && first.given.is_some()
                    && matches!(
                        lex.title(raw(t, k..k + n)),
                        Some(Military | Religious | Royal | Judicial)
                    )
                    || n == 1
                        && (k == seg_start + 1
                            || k == seg_start + 2
                                && (first.given.is_some() || t.info(seg_start + 1).given.is_some()))
                        && t.info(k).surname.is_some_and(|per_100k| per_100k >= 5.0)
                        && (seg_start..k).all(name_word)
                        // (Not a town's name: "Miram Shah, Pakistan".)
                        && t.phrase_of(seg_start..k + 1).place.is_none()
                        && !crate::classify::before_a_place(t, k + 1))
        };
        // A title that ends the run and is also a known organisation's name is the
        // organisation: "The Economist", "the Economist reported" (no holder follows).
        // (Not a rank or an office in capitals or not: "the DA", "the Duke".)
        let known_org_title = |n: usize| {
            n == 1
                && k + 1 == run.end
                && t.is(k, word::KNOWN_ORG)
                && !t.toks[k].shape.contains(text::Shape::ALL_CAPS)
                && lex.title(t.str(k)) == Some(lexicon::TitleKind::Professional)
        };
        // A one-letter title after a name's first word is its middle initial: "Jonathan M.
        // Stan" (not "M." for Monsieur).
        let initial =
            |n: usize| n == 1 && k > seg_start && matches!(t.bytes(k), [b'A'..=b'Z', b'.']);
        // A title that is also a common first name ("Dean", "Don", "Earl") is the first name
        // after another title or before a lone surname: "Chief Justice Earl Warren", "Actor
        // Don Johnson", "founded by Dean Kamen".
        let given_name = |n: usize| {
            n == 1
                && k == seg_start
                && (role.is_some() || k + 2 == run.end)
                && t.info(k)
                    .given
                    .is_some_and(|male_or_female| male_or_female >= 50.0)
        };
        // An abbreviated title after a first name, with the sentence's full stop, is the
        // surname: "the prize went to Amartya Sen. He thanked …" (not "Sen. Ted Cruz").
        let full_stop_surname = k == seg_start + 1
            && t.info(seg_start).given.is_some()
            && t.bytes(k).len() > 2
            && t.bytes(k).ends_with(b".")
            && lex.word(t.str(k).trim_end_matches('.')).surname.is_some()
            && (k + 1 == run.end || is_sentence_opener(t.bytes(k + 1)))
            && title_at(t, k, run.end, lex) == Some(1);
        if full_stop_surname {
            push(t, seg_start..k + 1, seg_start == first, role.take(), out);
            // (The full stop is the sentence's.)
            if let Some(seg) = out.last_mut()
                && seg.surface.ends_with('.')
            {
                seg.span = ByteSpan::new(seg.span.start, seg.span.end - 1);
                seg.surface = match std::mem::take(&mut seg.surface) {
                    Cow::Borrowed(s) => Cow::Borrowed(&s[..s.len() - 1]),
                    Cow::Owned(mut s) => {
                        s.pop();
                        Cow::Owned(s)
                    }
                };
            }
            k += 1;
            seg_start = k;
            continue;
        }
        // A title that opens the name of a place or a structure is part of it: "King George
        // Station", "Queen Elizabeth Park".
        let names_a_place = || {
            k == seg_start
                && run.end - k >= 3
                && crate::classify::is_place_head(t.word_bytes(run.end - 1))
        };
        // A title before words of the dictionary that are no one's names is a word of a
        // product's name: "Forward Collision Warning", "GNU General Public License" (not an
        // honorific's: "Mr Nadir"; a word the lists know as a surname still is a holder:
        // "Premier League Player", "Player" being Gary Player's).
        let no_holder = |n: usize| {
            k + n < run.end
                && !matches!(t.bytes(k + n), b"of" | b"for")
                && lex.title(raw(t, k..k + n)) != Some(lexicon::TitleKind::Honorific)
                && (k + n..run.end).all(|j| {
                    let info = t.info(j);
                    is_common_word(t, j) && info.surname.is_none() && info.given.is_none()
                })
        };
        if let Some(n) = title_at(t, k, run.end, lex).filter(|&n| {
            !surname_title(n)
                && !known_org_title(n)
                && !initial(n)
                && !given_name(n)
                && !names_a_place()
                && !no_holder(n)
        }) {
            // "President" alone, or at the end of a run, is not followed by a name: drop it.
            let left = seg_start..k;
            let modifier = !left.is_empty() && is_role_modifier(t, left.clone());
            if !left.is_empty() && !modifier {
                push(t, left.clone(), left.start == first, role.take(), out);
            }
            let role_start = if modifier { seg_start } else { k };
            // "Governor General of Canada", "Professor of Mathematics": what follows "of" is the
            // title's domain, not the person holding it ...
            let domain = k + n < run.end && matches!(t.bytes(k + n), b"of" | b"for");
            // ... up to a first name and surname that end the run: "Minister of Foreign
            // Affairs Sergei Lavrov", "Governor of Texas Greg Abbott".
            if domain && let Some(p) = holder_after_domain(t, k + n + 2..run.end) {
                role = Some(surface(t, role_start..p).into_owned());
                // An organisation as the domain is named there: "Chairman of Barclays Bank
                // John Smith", "CEO of the Refugee Council Enver Solomon".
                let domain = k + n + 1..p;
                if t.is(p - 1, word::ORG_SUFFIX) || t.phrase_of(domain.clone()).known_org.is_some()
                {
                    push(t, domain, false, None, out);
                }
                k = p;
                seg_start = p;
                continue;
            }
            role = (!domain).then(|| surface(t, role_start..k + n).into_owned());
            k += n;
            seg_start = k;
            continue;
        }
        // A sentence's first word, or any word of a headline, that is a common word or never a
        // name on its own ("Tensions", "Monday"), is not part of a name.
        let opening = k == first && k == seg_start;
        // ... unless it is a first name followed by a surname: "Will Smith said".
        // (The word first: a headline is counted only when a word asks.)
        // ... nor a sentence's first word that opens a place or body the lists know, in a run
        // that goes on past it: "South Korea's Yoon lifts …".
        let opens_known = || {
            (k + 2..=run.end.min(k + 4)).any(|e| {
                // (Without a possessive: "North Korea's Kim".)
                let r = raw(t, k..e);
                let p = t.phrase(k..e, &r[..r.len() - t.ending_len(e - 1)]);
                p.place.is_some() || p.known_org.is_some()
            })
        };
        let breaker = (is_common_word(t, k) || t.is(k, word::NOT_NAME))
            && (opening || headline())
            && !(t.info(k).given.is_some_and(|per_100k| per_100k >= 20.0)
                && k + 1 < run.end
                && t.info(k + 1).place.is_none()
                && !t.is(k + 1, word::NOT_NAME)
                && (t.info(k + 1).surname.is_some() || !t.is(k + 1, word::ENGLISH)))
            && !(opening && opens_known())
            // ... nor, in a byline or a photo credit, the word after the writer's first name:
            // "By Julian Horsey on Monday 12th November 2012 in Technology News", "Chris
            // Young/The Canadian Press".
            && !(k >= 1
                && seg_start == k - 1
                && t.info(k - 1).given.is_some()
                && (k >= 2 && matches!(t.bytes(k - 2), b"By" | b"BY" | b"by")
                    || k + 1 < t.toks.len()
                        && t.bytes(k + 1) == b"/"
                        && t.toks[k].span().end == t.toks[k + 1].span().start)
                && !t.is(k, word::NOT_NAME));
        if breaker {
            if seg_start < k {
                push(t, seg_start..k, seg_start == first, role.take(), out);
            }
            // "Savage said …": a surname that is also a word, alone at the start of a sentence,
            // is no name by itself, but may be the short form of a person the article names
            // in full ([`crate::resolve`] decides).
            if opening && run.len() == 1 && t.info(k).surname.is_some() {
                push_as(t, k..k + 1, true, Class::Drop, out);
            }
            role = None;
            seg_start = k + 1;
        }
        k += 1;
    }
    if seg_start < run.end {
        push(t, seg_start..run.end, seg_start == first, role, out);
    }
}

/// Where the name of a title's holder starts after the title's domain ("Minister of
/// **Education** Stefania Giannini"): the first of `range` that is a given name and is followed
/// by one or two more words of the run. (`range` starts after the first word of the domain,
/// which is never the holder.)
fn holder_after_domain(t: &Tokens, range: std::ops::Range<usize>) -> Option<usize> {
    let end = range.end;
    range.into_iter().find(|&p| {
        (end - p == 2 || end - p == 3) && t.info(p).given.is_some() && !is_common_word(t, p)
    })
}

/// A nationality or its plural: "Canadian", "Britons", "Russians".
fn is_people(t: &Tokens, i: usize, lex: &Lexicon) -> bool {
    t.is(i, word::DEMONYM)
        || t.str(i)
            .strip_suffix('s')
            .is_some_and(|singular| lex.word(singular).is(word::DEMONYM))
}

/// Is `word` a people named after a region or a city by a suffix: "Minnesotan", "Queenslander",
/// "Londoner", "Ohioan"? (Demonyms of countries are in the lists.)
fn place_people(word: &str, lex: &Lexicon) -> bool {
    const SUFFIXES: [&str; 4] = ["ian", "an", "er", "n"];
    (word.ends_with('n') || word.ends_with('r'))
        && SUFFIXES.iter().any(|suffix| {
            word.strip_suffix(suffix)
                .filter(|stem| stem.len() >= 4)
                .is_some_and(|stem| lex.word(stem).place.is_some())
        })
}

/// The title token before "to [the]" or "for [the]" that precedes token `start`: "Ambassador
/// to (the) …", "Minister for the Middle East …".
pub(crate) fn title_to_before(t: &Tokens, start: usize) -> Option<usize> {
    let mut j = start.checked_sub(1)?;
    if t.bytes(j) == b"the" {
        j = j.checked_sub(1)?;
    }
    let title = j.checked_sub(1)?;
    (matches!(t.bytes(j), b"to" | b"for") && t.is(title, word::TITLE) && t.same_line(title))
        .then_some(title)
}

/// Capitalised words that open sentences and no name: pronouns, articles, and the words that
/// link clauses ([`is_opening_function_word`]: "But", "In").
fn is_sentence_opener(word: &[u8]) -> bool {
    matches!(
        word,
        b"He" | b"She" | b"It" | b"They" | b"We" | b"I" | b"The" | b"This"
    ) || is_opening_function_word(word)
}

/// The number of tokens of a title starting at `k` ("Prime Minister", "Secretary-General",
/// "Mr."), if one does and a name could follow.
fn title_at(t: &Tokens, k: usize, end: usize, lex: &Lexicon) -> Option<usize> {
    if !t.is(k, word::TITLE_START) {
        return None;
    }
    let max = lex.max_title_words().min(end - k);
    (1..=max).rev().find(|&n| {
        let title = if n == 1 {
            t.is(k, word::TITLE)
        } else {
            lex.title(raw(t, k..k + n)).is_some()
        };
        title && t.possessive_len(k + n - 1) == 0
    })
}

/// Words before a title that qualify it rather than name someone: "Portuguese Environment
/// [Minister]", "US [President]", "Defence [Secretary]".
fn is_role_modifier(t: &Tokens, range: std::ops::Range<usize>) -> bool {
    let known = if range.len() == 1 {
        t.is(range.start, word::KNOWN_ORG) || t.is(range.start, word::KNOWN_PERSON)
    } else {
        let whole = t.phrase_of(range.clone());
        whole.known_org.is_some() || whole.known_person.is_some()
    };
    !known
        && range.into_iter().all(|i| {
            let info = t.info(i);
            info.is(word::DEMONYM) || info.is(word::ENGLISH) || info.place.is_some()
        })
}

/// A capitalised token whose lower-case form is a common word and which no name list claims.
pub(crate) fn is_common_word(t: &Tokens, k: usize) -> bool {
    let tok = &t.toks[k];
    if tok.shape.contains(Shape::ALL_CAPS) && tok.span().len() > 1 {
        return false; // acronyms are never just words
    }
    t.is_common(k)
}

/// What the lists say of a word makes it a common word: a word of the dictionary that no name
/// list claims.
fn is_common_info(info: &WordInfo) -> bool {
    // A small town named like a word ("Of", "Nice", "Bath") does not make the word a name.
    let major_place = is_major_place(info.place);
    // Rare census first names ("In", "See") do not make a common word a name.
    info.is(word::ENGLISH)
        && info.given.is_none_or(|per_100k| per_100k < 20.0)
        && !major_place
        && info.flags & (word::KNOWN_ORG | word::KNOWN_PERSON | word::DEMONYM) == 0
}

/// A continent, country or region, or a city of a million or more: a place name that rarely
/// names anything else. (Small towns share their names with people and words: "Savage", "Nice".)
pub(crate) fn is_major_place(place: Option<lexicon::PlaceHint>) -> bool {
    place.is_some_and(|p| p.kind != lexicon::PlaceKind::City || p.population >= 1_000_000)
}

/// The text from the first token of `range` to the end of its last, as written: for lexicon
/// lookups, which fold case and whitespace themselves (no copy).
pub(crate) fn raw<'t>(t: &Tokens<'t>, range: std::ops::Range<usize>) -> &'t str {
    &t.text[t.toks[range.start].span().start..t.toks[range.end - 1].span().end]
}

/// The text of tokens `range` with runs of whitespace collapsed to one space.
pub(crate) fn surface<'a>(t: &Tokens<'a>, range: std::ops::Range<usize>) -> Cow<'a, str> {
    let raw = &t.text[t.toks[range.start].span().start..t.toks[range.end - 1].span().end];
    // Almost always single plain spaces already: borrow as is. Tokens hold no whitespace (the
    // tokenizer splits at every kind, and normalisation maps every Unicode space to one it splits
    // at), so only the gaps between them need a look; the text is scanned only when one is
    // more than a space.
    let spaced = (range.start..range.end - 1).all(|i| {
        let gap = &t.text.as_bytes()[t.toks[i].span().end..t.toks[i + 1].span().start];
        gap.is_empty() || gap == b" "
    });
    debug_assert!(!spaced || is_plain(raw), "{raw:?}");
    if spaced || is_plain(raw) {
        Cow::Borrowed(raw)
    } else {
        Cow::Owned(raw.split_whitespace().collect::<Vec<_>>().join(" "))
    }
}

/// Only single spaces between words, no other whitespace: `raw` is its own surface. One pass
/// over the bytes; only a text with non-ASCII bytes (which may be non-ASCII spaces) needs its
/// chars decoded.
pub(crate) fn is_plain(raw: &str) -> bool {
    let mut after_space = false;
    for &b in raw.as_bytes() {
        match b {
            // (The ASCII whitespace of `char::is_whitespace`, vertical tab included.)
            b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r' => return false,
            b' ' if after_space => return false,
            0x80.. => {
                return raw.chars().all(|c| c == ' ' || !c.is_whitespace()) && !raw.contains("  ");
            }
            _ => {}
        }
        after_space = b == b' ';
    }
    true
}

/// "82nd", "3rd", "101st", "62d": a number in its ordinal form.
fn is_ordinal(word: &[u8]) -> bool {
    let digits = word.iter().take_while(|b| b.is_ascii_digit()).count();
    digits > 0 && matches!(&word[digits..], b"st" | b"nd" | b"rd" | b"th" | b"d")
}

/// The last words of military units' names, which a number opens ("3rd Infantry Division").
fn is_military_unit(word: &[u8]) -> bool {
    matches!(
        word,
        b"Army"
            | b"Corps"
            | b"Division"
            | b"Brigade"
            | b"Regiment"
            | b"Battalion"
            | b"Company"
            | b"Battery"
            | b"Squadron"
            | b"Wing"
            | b"Group"
            | b"Fleet"
            | b"Flotilla"
            | b"Infantry"
            | b"Cavalry"
            | b"Artillery"
            | b"Airborne"
            | b"Marines"
    )
}

/// "Day", "Eve": after a possessive, the end of an observance's name ("St. Patrick's Day",
/// "Mother's Day", "New Year's Eve"), where the possessive ends no name.
fn is_observance_head(word: &[u8]) -> bool {
    matches!(word, b"Day" | b"Eve")
}

/// "People's", "Women's", "Men's", "Children's": the possessive of a group, which names an
/// organisation for it when a capitalised word follows ("People's Liberation Army", "Boston
/// Children's Hospital"); and the crown's, "Queen's", "King's" ("Court of Queen's Bench",
/// "Queen's University").
fn is_group_possessive(t: &Tokens, i: usize) -> bool {
    matches!(
        t.word_bytes(i),
        b"People" | b"Women" | b"Men" | b"Children" | b"Queen" | b"King"
    )
}

/// The domains that name a government's agencies before its country's name ("Environment
/// Canada", "Statistics Canada", "Veterans Affairs Canada", "Natural England", "Sport England").
fn is_agency_domain(word: &[u8]) -> bool {
    matches!(
        word,
        b"Environment"
            | b"Health"
            | b"Statistics"
            | b"Parks"
            | b"Transport"
            | b"Sport"
            | b"Heritage"
            | b"Justice"
            | b"Finance"
            | b"Revenue"
            | b"Elections"
            | b"Employment"
            | b"Infrastructure"
            | b"Fisheries"
            | b"Oceans"
            | b"Immigration"
            | b"Veterans"
            | b"Affairs"
            | b"Public"
            | b"Safety"
            | b"Industry"
            | b"Agriculture"
            | b"Natural"
            | b"Historic"
            | b"Innovation"
            | b"Social"
            | b"Development"
            | b"Indigenous"
            | b"Arts"
            | b"Council"
    )
}

/// The words before a storm's name: storms are named with given names, which the name alone
/// would make a person or a town.
pub(crate) fn is_storm_word(word: &[u8]) -> bool {
    matches!(
        word,
        b"Hurricane" | b"Superstorm" | b"Typhoon" | b"Cyclone" | b"Storm"
    )
}

/// Prepositions, conjunctions and adverbs that open sentences, capitalised only for that
/// (greetings too, before the name of the one greeted: [`lexicon::is_greeting`]).
fn is_opening_function_word(word: &[u8]) -> bool {
    lexicon::is_greeting(word)
        || matches!(
            word,
            b"About"
                | b"After"
                | b"Against"
                | b"Also"
                | b"Although"
                | b"Among"
                | b"And"
                | b"As"
                | b"At"
                | b"Because"
                | b"Before"
                | b"Between"
                | b"But"
                | b"By"
                | b"Despite"
                | b"During"
                | b"For"
                | b"From"
                | b"If"
                | b"In"
                | b"Into"
                | b"Meanwhile"
                | b"Of"
                | b"On"
                | b"Or"
                | b"Since"
                | b"So"
                | b"Then"
                | b"Though"
                | b"Through"
                | b"Unlike"
                | b"Until"
                | b"Via"
                | b"When"
                | b"While"
                | b"With"
                | b"Without"
                | b"Yet"
        )
}

/// Words that say when or how someone held a post, as a sentence's first before the body's name:
/// "Former", "Retired", "Incoming" ("Former British Army officer …").
fn is_tie_dating_word(word: &[u8]) -> bool {
    matches!(
        word,
        b"Former"
            | b"Retired"
            | b"Veteran"
            | b"Longtime"
            | b"Long-time"
            | b"Incoming"
            | b"Outgoing"
            | b"Ousted"
            | b"Disgraced"
            | b"Jailed"
            | b"Exiled"
    )
}

/// "Mon.", "Thu", "Tues.": a weekday's abbreviation; with its period when it is also a word or
/// a family name ("Sun", "Sat", "Wed", "Mon").
fn is_weekday_abbreviation(word: &[u8]) -> bool {
    match word.strip_suffix(b".") {
        Some(day) => matches!(
            day,
            b"Mon"
                | b"Tue"
                | b"Tues"
                | b"Wed"
                | b"Thu"
                | b"Thur"
                | b"Thurs"
                | b"Fri"
                | b"Sat"
                | b"Sun"
        ),
        None => matches!(
            word,
            b"Tue" | b"Tues" | b"Thu" | b"Thur" | b"Thurs" | b"Fri"
        ),
    }
}

/// "Jan", "Sept.": a month's abbreviation (the period may be a token of its own).
pub(crate) fn is_month_abbreviation(word: &[u8]) -> bool {
    let word = word.strip_suffix(b".").unwrap_or(word);
    matches!(
        word,
        b"Jan"
            | b"Feb"
            | b"Mar"
            | b"Apr"
            | b"Jun"
            | b"Jul"
            | b"Aug"
            | b"Sep"
            | b"Sept"
            | b"Oct"
            | b"Nov"
            | b"Dec"
    )
}

/// A day or a month.
/// A month's full name ("May" too).
pub(crate) fn is_month_name(word: &[u8]) -> bool {
    is_date_word(word) && !is_weekday(word)
}

pub(crate) fn is_date_word(word: &[u8]) -> bool {
    is_weekday_or_month(word) || matches!(word, b"March" | b"April" | b"May" | b"June" | b"August")
}

fn is_weekday(word: &[u8]) -> bool {
    matches!(
        word,
        b"Monday" | b"Tuesday" | b"Wednesday" | b"Thursday" | b"Friday" | b"Saturday" | b"Sunday"
    )
}

/// The days, and the months that are no one's name ("March", "April", "May", "June", "August"
/// are).
fn is_weekday_or_month(word: &[u8]) -> bool {
    is_weekday(word)
        || matches!(
            word,
            b"January"
                | b"February"
                | b"July"
                | b"September"
                | b"October"
                | b"November"
                | b"December"
        )
}

/// [`push`]es a segment already typed `class` (nothing, if `range` holds no name).
fn push_as<'a>(
    t: &Tokens<'a>,
    range: std::ops::Range<usize>,
    sentence_initial: bool,
    class: Class,
    out: &mut Vec<Segment<'a>>,
) {
    let n = out.len();
    push(t, range, sentence_initial, None, out);
    if let Some(seg) = out.get_mut(n) {
        seg.class = class;
    }
}

fn push<'a>(
    t: &Tokens<'a>,
    range: std::ops::Range<usize>,
    sentence_initial: bool,
    role: Option<String>,
    out: &mut Vec<Segment<'a>>,
) {
    // Connectors only join names: "[Secretary-General] of NATO" is "NATO", "[High
    // Commissioner] for Human Rights" is "Human Rights".
    let connector = |w: &[u8]| matches!(w, b"of" | b"for" | b"the" | b"and" | b"&");
    let mut range = range;
    while !range.is_empty() && connector(t.bytes(range.start)) {
        range.start += 1;
    }
    while !range.is_empty() && connector(t.bytes(range.end - 1)) {
        range.end -= 1;
    }
    // A weekday or a month after a name is the date of a dateline, caption or comment, not
    // part of the name: "interviewed by Wikinews Saturday", "founder Hugh McGuire Sunday, May
    // 28", "Dawn Camp November 12, 2012 at 9:14 pm" (a common word alone before a day makes
    // a name of its own: "Palm Sunday", "Super Tuesday"; not after a longer name, "Brotherhood
    // of Magicians Wednesday").
    let last = t.bytes(range.end.saturating_sub(1));
    // (After a first name and a surname even a month that is a name, or a month's or a day's
    // abbreviation: "Frank Viola June 3", "Bud Caddell Mar 4", "By Brantley Hargrove Thu., Aug.
    // 9".)
    if range.len() >= 2
        && (is_weekday_or_month(last)
            || range.len() >= 3
                && (is_date_word(last)
                    || is_month_abbreviation(last)
                    || is_weekday_abbreviation(last)))
        && (!is_weekday(last)
            || range.len() >= 3
            || !is_common_word(t, range.end - 2)
            || matches!(t.bytes(range.end - 2), b"On" | b"At"))
    {
        range.end -= 1;
        // "Jeanne On Thursday": the preposition goes with the day.
        if !range.is_empty() && matches!(t.bytes(range.end - 1), b"On" | b"At") {
            range.end -= 1;
        }
    }
    // A capitalised preposition after a name opens the next phrase: "Regina Ip In the Hong
    // Kong Island constituency" (a caption run into a heading).
    while range.len() >= 2
        && matches!(
            t.bytes(range.end - 1),
            b"In" | b"On" | b"At" | b"From" | b"With" | b"By" | b"To" | b"For"
        )
    {
        range.end -= 1;
    }
    // So does one before a name, where the word before it was dropped from the run: "Rest In
    // Peace", "In In The Field, Rambling" (not a name the lists know).
    while range.len() >= 2
        && matches!(
            t.bytes(range.start),
            b"In" | b"Of" | b"At" | b"On" | b"From" | b"With" | b"By" | b"To" | b"For"
        )
        && t.phrase_of(range.clone()).known_org.is_none()
    {
        range.start += 1;
        if range.len() >= 2 && matches!(t.bytes(range.start), b"The" | b"A" | b"An") {
            range.start += 1;
        }
    }
    // A common word before a first name and a surname is a sentence's, not the name's, where
    // the sentence's start was not seen ("… or M. Thought Javier Bardem was brilliant").
    if range.len() == 3
        && is_common_word(t, range.start)
        && t.info(range.start).surname.is_none()
        && t.info(range.start).flags & (word::TITLE | word::TITLE_START | ORG_WORD) == 0
        && t.info(range.start + 1)
            .given
            .is_some_and(|per_100k| per_100k >= 20.0)
        && !t.is(range.start + 2, word::ENGLISH)
    {
        range.start += 1;
    }
    if range.is_empty() {
        return;
    }
    let last = range.end - 1;
    // (A possessive that is part of a name the lists know stays, and the name is the
    // organisation's: "McDonald's", "Moody's".)
    let mut trim = t.ending_len(last);
    let known_possessive = trim > 0
        && t.possessive_len(last) == trim
        && t.phrase_of(range.clone()).known_org.is_some();
    if known_possessive {
        trim = 0;
    }
    let span = ByteSpan::new(
        t.toks[range.start].span().start,
        t.toks[last].span().end - trim,
    );
    let surface = match surface(t, range.clone()) {
        Cow::Borrowed(s) => Cow::Borrowed(&s[..s.len() - trim]),
        Cow::Owned(mut s) => {
            s.truncate(s.len() - trim);
            Cow::Owned(s)
        }
    };
    out.push(Segment {
        tokens: range,
        span,
        surface,
        role,
        class: if known_possessive {
            Class::Organization
        } else {
            Class::Unresolved
        },
        sentence_initial,
    });
}

#[cfg(test)]
mod tests {
    use super::{Tokens, is_plain};
    use lexicon::Lexicon;
    use text::TextView;

    /// The per-thread word memo answers as the lexicon does, also when two articles of one
    /// thread are read at the same time (each keeps its own numbering of its words).
    #[test]
    fn word_memo_answers_as_the_lexicon() {
        let lex = Lexicon::shared();
        let (a, b) = (
            "Vladimir Putin met Joe Biden. Putin’s aide said Biden left.",
            "Biden and PUTIN spoke; Putin said Joe Biden agreed.",
        );
        let (va, vb) = (TextView::new(a), TextView::new(b));
        let (ta, tb) = (Tokens::new(a, &va, lex), Tokens::new(b, &vb, lex));
        let rounds = va.tokens.len().max(vb.tokens.len());
        for i in 0..rounds {
            for (t, view) in [(&ta, &va), (&tb, &vb)] {
                if i < view.tokens.len() {
                    let word = t.word(i);
                    assert_eq!(t.info(i), lex.word(word), "{word:?}");
                    assert_eq!(
                        t.is(i, lexicon::word::ENGLISH),
                        lex.word(word).is(lexicon::word::ENGLISH)
                    );
                }
            }
        }
        // Read alone, an article numbers each word once: "Putin" and "Putin’s" share one.
        let t = Tokens::new(a, &va, lex);
        let putin: Vec<usize> = (0..va.tokens.len())
            .filter(|&i| t.str(i).starts_with("Putin"))
            .map(|i| t.word_index(i))
            .collect();
        assert_eq!(putin.len(), 2);
        assert_eq!(putin[0], putin[1]);
    }

    /// An article never sees the token slots another article of the thread filled, also after
    /// the stamps wrap (65,535 articles on).
    #[test]
    fn token_slots_are_the_article_own() {
        let lex = Lexicon::shared();
        let (a, b) = ("Putin", "Biden");
        let (va, vb, empty) = (TextView::new(a), TextView::new(b), TextView::new(""));
        for _ in 0..2 {
            assert_eq!(Tokens::new(a, &va, lex).info(0), lex.word(a));
            assert_eq!(Tokens::new(b, &vb, lex).info(0), lex.word(b));
            // 65,534 articles (none of a word) later, the stamp of `a` comes round again.
            let t = Tokens::new(a, &va, lex);
            assert_eq!(t.info(0), lex.word(a));
            drop(t);
            for _ in 0..u16::MAX - 1 {
                drop(Tokens::new("", &empty, lex));
            }
            assert_eq!(Tokens::new(b, &vb, lex).info(0), lex.word(b));
        }
    }

    /// The shape's apostrophe rules out a possessive only where there is none: every token
    /// that ends in one, in any spelling the text may have, is marked.
    #[test]
    fn possessives_have_apostrophes() {
        let text = "Putin's Putin’s NATO'S U.S.'s al-Assad’s O'Brien's 1990's \
                    Zürich’s X’s ‘Bob’s’ Putin\u{00AD}’s Putin \u{200B}'s @user's #tag’s 's ’s";
        let view = TextView::new(text);
        let t = Tokens::new(text, &view, Lexicon::shared());
        let mut found = 0;
        for i in 0..view.tokens.len() {
            let bytes = t.bytes(i);
            assert_eq!(
                t.possessive_len(i),
                super::possessive_len_of(bytes),
                "{:?}",
                t.str(i)
            );
            found += usize::from(super::possessive_len_of(bytes) > 0);
        }
        assert!(found >= 10, "{found}");
    }

    /// A word's key read in place is its key.
    #[test]
    fn short_keys_in_place() {
        let text = "Putin met Zelenskyy’s aide in Kyiv; Anna-Maria Wojciechowska";
        for (start, c) in text.char_indices() {
            for end in (start + c.len_utf8()..=text.len()).filter(|&e| text.is_char_boundary(e)) {
                let word = &text[start..end];
                assert_eq!(
                    super::short_key_at(text, start, word.len()),
                    super::short_key(word)
                );
            }
        }
    }

    /// `is_plain` agrees with the definition: no whitespace but single spaces.
    #[test]
    fn plain_surfaces() {
        for s in [
            "Vladimir Putin",
            "Putin",
            "Bank  of England",
            "Bank\nof England",
            "Bank\tof",
            "A\u{0B}B",
            "Zürich Airport",
            "Zürich\u{00A0}Airport",
            "São  Paulo",
            "A\u{2003}B",
        ] {
            let expected = s.chars().all(|c| c == ' ' || !c.is_whitespace()) && !s.contains("  ");
            assert_eq!(is_plain(s), expected, "{s:?}");
        }
    }
}
