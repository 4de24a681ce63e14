//! The coder's dictionaries: actors (countries, leaders, generic agents, international organisations),
//! verb and noun patterns, and the CAMEO code table. All are text files under `data/`; the build
//! script (`build.rs`, which includes this file) builds the shipped ones into their tables and
//! writes them as a static ([`Dictionaries::shared`]), so that a run neither parses the files nor
//! builds the tables; [`Dictionaries::from_sources`] parses files a user brings (same formats,
//! described at the top of each file and in the crate README) into the same tables, owned.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};

use rustc_hash::FxHashMap;

use chrono::NaiveDate;

/// A string of the tables: borrowed from the binary for the shipped dictionaries, else owned.
pub type Str = Cow<'static, str>;
/// A list of the tables, borrowed or owned as [`Str`].
pub type List<T> = Cow<'static, [T]>;

fn own(s: &str) -> Str {
    Cow::Owned(s.to_owned())
}

const COUNTRIES: &str = include_str!("../data/countries.tsv");
const LEADERS: &str = include_str!("../data/leaders.tsv");
const AGENTS: &str = include_str!("../data/agents.tsv");
const IGOS: &str = include_str!("../data/igos.tsv");
const VERBS: &str = include_str!("../data/verbs.tsv");
const CAMEO: &str = include_str!("../data/cameo.tsv");

/// What a dictionary phrase names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PieceKind {
    /// A country or region by name ("Russia").
    Country,
    /// A nationality adjective or demonym ("Russian", "Americans").
    Adjective,
    /// A capital or seat of power standing for the country's government ("Moscow", "the Kremlin").
    Metonym,
    /// A role or sector ("officials", "troops", "police").
    Agent,
    /// An international organisation or known group ("NATO").
    Igo,
    /// A person of the dated leaders table.
    Leader,
}

/// One phrase of the actor dictionaries.
#[derive(Debug, Clone)]
pub struct ActorPhrase {
    /// Words, lower case (a trailing possessive is never part of a phrase).
    pub words: List<Str>,
    pub kind: PieceKind,
    /// CAMEO code (country, agent or IGO code); empty for leaders (resolved by date).
    pub code: Str,
    /// Canonical name ("Russia", "NATO", "Vladimir Putin"); empty for agents.
    pub name: Str,
    /// The phrase matches only a token written in capitals ("US", "WHO", "AU").
    pub caps_only: bool,
    /// The phrase must start with a capital letter (names, not roles).
    pub capitalized: bool,
    /// Index into [`Dictionaries::leaders`] for [`PieceKind::Leader`].
    pub leader: u32,
}

/// One term of office.
#[derive(Debug, Clone)]
pub struct Term {
    pub code: Str,
    pub from: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
    pub office: Str,
}

/// A person of the leaders table with every term.
#[derive(Debug, Clone)]
pub struct Leader {
    pub name: Str,
    pub terms: List<Term>,
}

impl Leader {
    /// The code on `date`: the term covering it; else, after a term ended, the country part of the
    /// last term (an ex-president is still a national); before every term, or for a date-less
    /// article, the latest term's code when it is still open, else its country part.
    pub fn code_on(&self, date: Option<NaiveDate>) -> Option<&str> {
        let Some(date) = date else {
            let last = self.terms.iter().max_by_key(|t| t.from)?;
            return Some(if last.until.is_none() {
                &*last.code
            } else {
                country_part(&last.code)
            });
        };
        if let Some(t) = self
            .terms
            .iter()
            .find(|t| t.from.is_none_or(|f| f <= date) && t.until.is_none_or(|u| date < u))
        {
            return Some(&t.code);
        }
        self.terms
            .iter()
            .filter(|t| t.until.is_some_and(|u| u <= date))
            .max_by_key(|t| t.until)
            .map(|t| country_part(&t.code))
    }
}

/// A date of the tables (the build script writes the shipped leaders' dates so).
pub(crate) const fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(year, month, day) {
        Some(d) => d,
        None => panic!("not a date"),
    }
}

/// The country (or IGO) part of an actor code: "USAGOV" → "USA"; IGO codes stay whole.
fn country_part(code: &str) -> &str {
    if code.starts_with("IGO") || code.starts_with("NGO") || code.len() <= 3 {
        code
    } else {
        &code[..3]
    }
}

/// Control class of a pattern: how it codes an event pattern that follows it ("urged X to withdraw").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    None,
    Say,
    Intent,
    Appeal,
    Demand,
    Refuse,
    Threat,
}

/// One element of a pattern segment: a word (its id in [`Dictionaries::vocab`]) or the set of a
/// verb's forms (an index into [`Dictionaries::verbs`]).
#[derive(Debug, Clone, Copy)]
pub enum Word {
    Lit(u32),
    Verb(u32),
}

/// A verb or noun pattern.
#[derive(Debug, Clone)]
pub struct Pattern {
    /// CAMEO code for state actors.
    pub code: Str,
    /// CAMEO code for non-state actors, when it differs ("190|180").
    pub code_nonstate: Option<Str>,
    pub class: Class,
    pub nominal: bool,
    /// Segments (separated by gaps), each a list of alternatives, each a sequence of words.
    pub segments: List<List<List<Word>>>,
    /// The line as written, for `rule`.
    pub text: Str,
    /// Number of literal words of the shortest alternative path (specificity).
    pub weight: u32,
    /// Per segment, its alternatives by the word they start with: (word id, alternative index),
    /// sorted. A token is matched only against the alternatives that can start with it.
    pub starts: List<List<(u32, u32)>>,
}

/// The code of a pattern that names no event: its words, matched, are no action of the
/// patterns they hold ("thanks to" is no thanking).
pub const NO_EVENT: &str = "-";

/// All the coder's resources. Read-only; share one across threads.
#[derive(Debug)]
pub struct Dictionaries {
    pub phrases: List<ActorPhrase>,
    pub leaders: List<Leader>,
    /// FIPS 10-4 country code → CAMEO country code, sorted (see [`Dictionaries::fips`]).
    pub fips: List<(Str, Str)>,
    /// CAMEO country code → canonical country name, sorted (see
    /// [`Dictionaries::country_name`]).
    pub country_names: List<(Str, Str)>,
    pub patterns: List<Pattern>,
    /// Verb forms: verb id → every form, base form first.
    pub verbs: List<List<Str>>,
    /// The same forms as word ids.
    pub verb_ids: List<List<u32>>,
    /// Every word of every pattern, by id.
    pub vocab: List<Str>,
    /// CAMEO code → Goldstein value and name, sorted by code (see [`Dictionaries::cameo`]).
    pub cameo: List<(Str, f64, Str)>,
    /// The actor phrases that start with a word (indices into `phrases`, longest first), and the
    /// patterns that can start with it (indices into `patterns`): the lists the word table points
    /// to, so that one lookup per token answers both.
    pub phrase_lists: List<List<u32>>,
    pub pattern_lists: List<List<u32>>,
    /// A 64-kbit Bloom filter of the word table (two probes of its `key_hash`): most tokens of a
    /// text are not dictionary words, and the filter (8 KB, in cache) says so without touching
    /// the table.
    pub(crate) bloom: Bloom,
    /// The word table: every word of a phrase or a pattern and of the coder's word lists, as an
    /// open-addressing table on the words' `key_hash` (slots of (hash, 1 + index into
    /// `word_entries`), 0 for empty), so that the coder hashes a token once, while it folds its
    /// case, and compares a word only when the whole hash matches.
    pub(crate) word_slots: List<(u64, u32)>,
    /// Each word with its `packed` bytes (which, with its length, are the whole word when it has
    /// at most eight bytes: such a word is compared in one step) and its [`WordInfo`].
    pub(crate) word_entries: List<(Str, u64, WordInfo)>,
    /// A 64-kbit Bloom filter of the words that start a pattern, by `sketch`: the coder's first
    /// pass asks it of every token, straight from the text.
    pub(crate) pattern_bloom: Bloom,
    /// A 64-kbit Bloom filter of how a pattern match can start: the first word of a one-word
    /// alternative of a pattern's first segment, the first two words (`pair_hash`) of a longer
    /// one. A sentence where it finds neither has no event ("on" starts only "on alert" …).
    pub(crate) match_bloom: Bloom,
    /// Per pattern, per segment after the first, per alternative: the `sentence_bit`s of its
    /// literal words. A pattern can match in a sentence only if, for each of those segments, the
    /// sentence has the words of one alternative.
    pub(crate) pattern_needs: List<Needs>,
    /// How a match of each pattern can start, as `match_bloom` has it (the `sketch` of the word
    /// of a one-word alternative of its first segment, the `pair_hash` of the first two words of
    /// a longer one) → the patterns that can start so: an open-addressing table of (key, start,
    /// length) of a stretch of `match_lists` (length 0 for an empty slot). The Bloom filter
    /// rules most words out; this says which patterns remain, exactly up to the sketches.
    pub(crate) match_slots: List<(u64, u32, u32)>,
    pub(crate) match_lists: List<u32>,
    /// A 64-kbit Bloom filter of the first words of leader phrases, by `sketch`: the coder
    /// skips, unread, the sentences before a "he"/"she" that can name no person.
    pub(crate) leader_bloom: Bloom,
    /// A 64-kbit Bloom filter of the first words of all actor phrases and of "he" and "she", by
    /// `sketch`: the coder skips, unread, the sentences that can have no coded or named actor.
    pub(crate) actor_bloom: Bloom,
    /// The sketches `leader_bloom` holds, sorted: what a word the filter lets through is asked
    /// next, so that its false positives keep no sentence.
    pub(crate) leader_starts: List<u64>,
    /// The sketches `actor_bloom` holds, sorted, each with what its phrases need (see
    /// [`Dictionaries::may_start_actor`]): the [`ActorStart`] bits.
    pub(crate) actor_starts: List<(u64, u8)>,
    /// The first two words of the actor phrases of more than one word, as the `pair_hash` of
    /// their sketches, sorted, each with the `ActorStart` bits of those phrases' case.
    pub(crate) actor_pairs: List<(u64, u8)>,
}

/// What the actor phrases that start with a word need of the text, as bits: bit `m` (0 to 3)
/// when a phrase of one word asks case `m` of its token (bit 0 of `m`: a capital first letter,
/// bit 1: all capitals; see [`case_bits`]), and `ACTOR_LONGER` when a longer phrase starts
/// with it (its first two words are in `Dictionaries::actor_pairs`).
pub(crate) type ActorStart = u8;
pub(crate) const ACTOR_LONGER: ActorStart = 1 << 4;

/// The case bit of what a phrase asks (bit 0: a capital first letter, bit 1: all capitals).
fn case_bit(capitalized: bool, caps_only: bool) -> ActorStart {
    1 << (u8::from(capitalized) | u8::from(caps_only) << 1)
}

/// Which case bits a token satisfies, from whether it is capitalised and all in capitals: each
/// case whose requirements it has.
#[inline]
pub(crate) fn case_bits(cap: bool, allcaps: bool) -> ActorStart {
    match (cap, allcaps) {
        (false, false) => 0b0001,
        (true, false) => 0b0011,
        (false, true) => 0b0101,
        (true, true) => 0b1111,
    }
}

const BLOOM_BITS: u64 = 1 << 16;

/// Bits of the coder's word lists, kept with each word so that a token's membership is known
/// from its one lookup.
pub(crate) const LIST_MODIFIER: u8 = 1;
pub(crate) const LIST_PREPOSITION: u8 = 1 << 1;
pub(crate) const LIST_LOCATIVE: u8 = 1 << 2;
pub(crate) const LIST_BOUNDARY: u8 = 1 << 3;
pub(crate) const LIST_DETERMINER: u8 = 1 << 4;
pub(crate) const LIST_LIGHT: u8 = 1 << 5;
pub(crate) const LIST_PRONOUN: u8 = 1 << 6;
pub(crate) const LIST_MODAL: u8 = 1 << 7;

/// The two Bloom probes of a word's hash (16 bits each, as `BLOOM_BITS` is 2^16).
#[inline]
fn probes(h: u64) -> [u64; 2] {
    [h >> 48, (h >> 32) & (BLOOM_BITS - 1)]
}

/// A Bloom filter of `BLOOM_BITS` bits, two probes per hash. A fixed-size array: the probes,
/// 16 bits each, index it without a bounds check. Held inline, not borrowed (as the shipped
/// tables are): a test of the filter reads it with no indirection.
#[derive(Debug, Clone)]
pub(crate) struct Bloom(pub(crate) [u64; (BLOOM_BITS / 64) as usize]);

impl Bloom {
    fn new() -> Self {
        Bloom([0; (BLOOM_BITS / 64) as usize])
    }

    /// Whether both probes of `h` are set.
    #[inline]
    fn has(&self, h: u64) -> bool {
        probes(h)
            .iter()
            .all(|&x| self.0[(x / 64) as usize] & (1 << (x % 64)) != 0)
    }

    /// Sets both probes of `h`.
    fn insert(&mut self, h: u64) {
        for x in probes(h) {
            self.0[(x / 64) as usize] |= 1 << (x % 64);
        }
    }
}

/// The hash of a key of more than eight bytes, its ASCII capitals lower-cased, from its
/// eight-byte chunks (the last one overlapping the one before), each folded at once
/// (`fold_packed`): with whether it had a capital and whether all its bytes are ASCII, so that
/// the coder reads a long token in one pass of a few steps. The Bloom probes use its high bits.
#[inline]
pub(crate) fn long_hash(key: &[u8]) -> (u64, bool, bool) {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let (mut h, mut upper, mut high) = ((key.len() as u64).wrapping_mul(K), false, 0);
    let mut mix = |chunk: &[u8; 8]| {
        let x = u64::from_le_bytes(*chunk);
        let (folded, up) = fold_packed(x);
        upper |= up;
        high |= x;
        h = (h ^ folded).wrapping_mul(K).rotate_left(23);
    };
    let mut chunks = key.chunks_exact(8);
    for c in &mut chunks {
        if let Ok(c) = c.try_into() {
            mix(c);
        }
    }
    if !chunks.remainder().is_empty()
        && let Some(last) = key.last_chunk::<8>()
    {
        mix(last);
    }
    let h = h.wrapping_mul(0xd6e8_feb8_6659_fd93);
    (h ^ (h >> 31), upper, high & 0x8080_8080_8080_8080 == 0)
}

/// The bit of a word of `sketch` `h` in `SentenceBits`.
#[inline]
pub(crate) fn sentence_bit(h: u64) -> u16 {
    ((h >> 16) & 4095) as u16
}

/// What a pattern needs in a sentence: per segment after the first, per alternative, the
/// `sentence_bit`s of its literal words.
pub(crate) type Needs = List<List<List<u16>>>;

/// What `Dictionaries::word` says of a word: (phrase list, pattern list, vocabulary id, word
/// lists).
pub(crate) type WordInfo = (u32, u32, u32, u8);

/// A 4096-bit set of the words of a sentence, by `sentence_bit`.
#[derive(Debug, Clone)]
pub(crate) struct SentenceBits([u64; 64]);

impl Default for SentenceBits {
    fn default() -> Self {
        SentenceBits([0; 64])
    }
}

impl SentenceBits {
    #[inline]
    pub(crate) fn clear(&mut self) {
        self.0 = [0; 64];
    }

    #[inline]
    pub(crate) fn insert(&mut self, b: u16) {
        self.0[usize::from(b / 64) % 64] |= 1 << (b % 64);
    }

    #[inline]
    pub(crate) fn has(&self, b: u16) -> bool {
        self.0[usize::from(b / 64) % 64] & (1 << (b % 64)) != 0
    }
}

/// A cheap hash of a word's key for the coder's first pass, over all the tokens of a text: its
/// length and its first and last four bytes, with bit 0x20 set in each (which lower-cases ASCII
/// letters: a token's bytes give the sketch of its lower-case key, for any ASCII word). Different
/// words may share a sketch; the first pass only rules sentences out.
#[inline]
pub(crate) fn sketch(key: &[u8]) -> u64 {
    sketch_packed(packed(key), key.len())
}

/// A key's first and last four bytes (overlapping in a shorter key; zeros for missing bytes).
#[inline]
pub(crate) fn packed(key: &[u8]) -> u64 {
    // (Whole four-byte loads: a match on `[a, b, c, d, ..]` loads the bytes one by one.)
    if let (Some(first), Some(last)) = (key.first_chunk::<4>(), key.last_chunk::<4>()) {
        return u64::from(u32::from_le_bytes(*first)) | u64::from(u32::from_le_bytes(*last)) << 32;
    }
    match key {
        [a, b, c] => u64::from_le_bytes([*a, *b, *c, 0, 0, 0, 0, 0]),
        [a, b] => u64::from_le_bytes([*a, *b, 0, 0, 0, 0, 0, 0]),
        [a] => u64::from(*a),
        _ => 0,
    }
}

/// `sketch` of a key of length `n` whose bytes `packed` gives.
#[inline]
pub(crate) fn sketch_packed(x: u64, n: usize) -> u64 {
    let x = ((x | 0x2020_2020_2020_2020) ^ n as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    // Never 0, which the coder keeps for a token that is no word.
    x ^ (x >> 29) | 1
}

/// The hash of two words in a row, from their `sketch`es.
#[inline]
pub(crate) fn pair_hash(a: u64, b: u64) -> u64 {
    let x = (a.rotate_left(32) ^ b).wrapping_mul(0xff51_afd7_ed55_8ccd);
    x ^ (x >> 29)
}

/// The hash the word table is keyed by, of a lower-case key: `short_hash` of a key of up to eight
/// bytes (most), else its `long_hash`.
#[inline]
pub(crate) fn key_hash(key: &[u8]) -> u64 {
    if key.len() <= 8 {
        return short_hash(fold_packed(packed(key)).0, key.len());
    }
    long_hash(key).0
}

/// `packed` bytes with their ASCII capitals lower-cased (bytes 0x41..=0x5a, found all at once:
/// high bits cleared first so that no sum carries into the next byte, and bytes that are not
/// ASCII left alone), and whether there was one.
#[inline]
pub(crate) fn fold_packed(x: u64) -> (u64, bool) {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let lo = x & !HIGH;
    let up = (lo + 0x3f * ONES) & !(lo + 0x25 * ONES) & !x & HIGH;
    (x | up >> 2, up != 0)
}

/// The hash of a key of `n` bytes, up to eight, from its folded `packed` bytes.
#[inline]
pub(crate) fn short_hash(x: u64, n: usize) -> u64 {
    let x = (x ^ (n as u64) << 58).wrapping_mul(0xd6e8_feb8_6659_fd93);
    x ^ (x >> 31)
}

/// The first slot of hash `h` in a table of `size` slots (a power of two): bits the Bloom probes
/// do not use.
#[inline]
fn slot_of(h: u64, size: usize) -> usize {
    (h >> 8) as usize & (size - 1)
}

/// A problem in a dictionary file: the file, the line and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DictError {
    pub file: &'static str,
    pub line: usize,
    pub reason: String,
}

impl std::fmt::Display for DictError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.reason)
    }
}

impl std::error::Error for DictError {}

/// The dictionary files' contents, for [`Dictionaries::from_sources`].
#[derive(Debug, Clone, Copy)]
pub struct Sources<'a> {
    pub countries: &'a str,
    pub leaders: &'a str,
    pub agents: &'a str,
    pub igos: &'a str,
    pub verbs: &'a str,
    pub cameo: &'a str,
}

impl Sources<'static> {
    /// The files shipped with the crate.
    pub const SHIPPED: Sources<'static> = Sources {
        countries: COUNTRIES,
        leaders: LEADERS,
        agents: AGENTS,
        igos: IGOS,
        verbs: VERBS,
        cameo: CAMEO,
    };
}

fn lines(src: &str) -> impl Iterator<Item = (usize, &str)> {
    src.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim_end_matches('\r')))
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
}

fn words_of(phrase: &str) -> List<Str> {
    phrase
        .split_whitespace()
        .map(|w| Cow::Owned(normalize_word(w)))
        .collect()
}

/// Lower case, typographic apostrophes straightened — the form tokens are compared in.
pub fn normalize_word(w: &str) -> String {
    let mut s = String::with_capacity(w.len());
    for c in w.chars() {
        match c {
            '\u{2019}' | '\u{2018}' | '`' => s.push('\''),
            '\u{2010}'..='\u{2015}' => s.push('-'),
            c if c.is_ascii() => s.push(c.to_ascii_lowercase()),
            c => s.extend(c.to_lowercase()),
        }
    }
    s
}

fn is_all_caps(s: &str) -> bool {
    s.chars().any(|c| c.is_alphabetic()) && !s.chars().any(|c| c.is_lowercase())
}

fn parse_date(s: &str, file: &'static str, line: usize) -> Result<Option<NaiveDate>, DictError> {
    if s.trim().is_empty() {
        return Ok(None);
    }
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
        .map(Some)
        .map_err(|e| DictError {
            file,
            line,
            reason: format!("bad date {s:?}: {e}"),
        })
}

/// A map as a list sorted by key (the last value read for a key), for `lookup`.
fn sorted<V: Clone>(map: FxHashMap<String, V>) -> List<(Str, V)> {
    let mut v: Vec<(Str, V)> = map.into_iter().map(|(k, x)| (Cow::Owned(k), x)).collect();
    v.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    Cow::Owned(v)
}

/// The value of `key` in a list `sorted` made.
fn lookup<'d, V>(list: &'d [(Str, V)], key: &str) -> Option<&'d V> {
    let i = list.binary_search_by(|(k, _)| (**k).cmp(key)).ok()?;
    list.get(i).map(|(_, v)| v)
}

/// The dictionaries while they are read: owned tables and the maps only building needs.
#[derive(Debug, Default)]
struct Builder {
    phrases: Vec<ActorPhrase>,
    /// First word → indices into `phrases`, longest first.
    phrase_index: FxHashMap<Str, Vec<u32>>,
    leaders: Vec<Leader>,
    fips: FxHashMap<String, Str>,
    country_names: FxHashMap<String, Str>,
    patterns: Vec<Pattern>,
    verbs: Vec<List<Str>>,
    verb_ids: Vec<List<u32>>,
    vocab: Vec<Str>,
    /// First word (any form) → patterns that can start with it.
    pattern_index: FxHashMap<Str, Vec<u32>>,
    cameo: FxHashMap<String, (f64, Str)>,
    /// Every word of a phrase, a pattern or a word list → its `WordInfo`.
    words: FxHashMap<Str, WordInfo>,
    phrase_lists: Vec<List<u32>>,
    pattern_lists: Vec<List<u32>>,
}

impl Dictionaries {
    /// Parses dictionary files (the formats of the shipped ones) and builds their tables. The
    /// shipped files are built so by the build script, which a bad line fails.
    pub fn from_sources(src: &Sources<'_>) -> Result<Dictionaries, DictError> {
        let mut b = Builder::default();
        b.load_cameo(src.cameo)?;
        b.load_countries(src.countries)?;
        b.load_leaders(src.leaders)?;
        b.load_simple(src.agents, "agents.tsv", PieceKind::Agent)?;
        b.load_simple(src.igos, "igos.tsv", PieceKind::Igo)?;
        b.load_verbs(src.verbs)?;
        b.index_phrases();
        b.index_words();
        Ok(b.finish())
    }

    /// CAMEO country code of a FIPS 10-4 country code.
    pub fn fips(&self, code: &str) -> Option<&str> {
        lookup(&self.fips, code).map(|c| &**c)
    }

    /// Canonical name of a CAMEO country code.
    pub fn country_name(&self, code: &str) -> Option<&str> {
        lookup(&self.country_names, code).map(|c| &**c)
    }

    /// The actor phrases that start with word `w` (lower case), longest first.
    pub fn phrases_starting(&self, w: &str) -> Option<&[u32]> {
        let (phr, ..) = self.word(w)?;
        self.phrase_lists.get(phr as usize).map(|l| &**l)
    }

    /// The word's (phrase list, pattern list, vocabulary id, word lists), if a phrase, a pattern or
    /// a word list has it.
    #[inline]
    pub fn word(&self, w: &str) -> Option<(u32, u32, u32, u8)> {
        self.word_hashed(key_hash(w.as_bytes()), w.as_bytes())
    }

    /// `Dictionaries::word` of `key`, whose `key_hash` is `h`.
    #[inline]
    pub(crate) fn word_hashed(&self, h: u64, key: &[u8]) -> Option<(u32, u32, u32, u8)> {
        // Short words: a byte loop is cheaper than a call to `memcmp`.
        self.probe(h, |w, _| {
            w.len() == key.len() && w.bytes().zip(key).all(|(a, &b)| a == b)
        })
    }

    /// `Dictionaries::word` of a key of `n` bytes, at most eight, whose `key_hash` is `h` and
    /// whose bytes `packed` gives as `x`: compared with each candidate word in one step, without
    /// a loop over its bytes (whose exit, at a length that varies from word to word, is often
    /// mispredicted).
    #[inline]
    pub(crate) fn word_packed(&self, h: u64, x: u64, n: usize) -> Option<(u32, u32, u32, u8)> {
        self.probe(h, |w, p| w.len() == n && p == x)
    }

    /// The word of the table whose hash is `h` and for which `same(word, its packed bytes)`.
    #[inline(always)]
    fn probe(&self, h: u64, same: impl Fn(&str, u64) -> bool) -> Option<(u32, u32, u32, u8)> {
        if !self.bloom.has(h) {
            return None;
        }
        let size = self.word_slots.len();
        let mut i = slot_of(h, size);
        loop {
            let (sh, e) = *self.word_slots.get(i)?;
            if e == 0 {
                return None;
            }
            if sh == h {
                let (w, p, v) = self.word_entries.get(e as usize - 1)?;
                if same(w, *p) {
                    return Some(*v);
                }
            }
            i = (i + 1) % size;
        }
    }

    /// Whether a word of `sketch` `h` may start a pattern: false means it does not.
    #[inline]
    pub(crate) fn may_start_pattern(&self, h: u64) -> bool {
        self.pattern_bloom.has(h)
    }

    /// Whether pattern `p` may match in a sentence whose words set `bits` (by `sentence_bit`).
    #[inline]
    pub(crate) fn may_match_in(&self, p: u32, bits: &SentenceBits) -> bool {
        self.pattern_needs.get(p as usize).is_none_or(|segs| {
            segs.iter()
                .all(|alts| alts.iter().any(|alt| alt.iter().all(|&b| bits.has(b))))
        })
    }

    /// Whether an actor phrase may match at a word of `sketch` `h`, whose case satisfies `case`
    /// (`case_bits`), followed by a word of sketch `next` (0 for none, or for a token that is no
    /// word: then any longer phrase may): as `Coder::phrase_at` asks, up to the sketches. False
    /// means none matches there.
    pub(crate) fn may_match_actor(&self, h: u64, case: ActorStart, next: Option<u64>) -> bool {
        if !self.actor_bloom.has(h) {
            return false;
        }
        let Ok(at) = self.actor_starts.binary_search_by_key(&h, |&(k, _)| k) else {
            return false;
        };
        let need = self.actor_starts[at].1;
        if need & case != 0 {
            return true;
        }
        if need & ACTOR_LONGER == 0 {
            return false;
        }
        match next {
            None => false,
            Some(0) => true,
            Some(n) => {
                let pair = pair_hash(h, n);
                self.actor_pairs
                    .binary_search_by_key(&pair, |&(k, _)| k)
                    .is_ok_and(|at| self.actor_pairs[at].1 & case != 0)
            }
        }
    }

    /// Whether a word of `sketch` `h` may start a leader phrase: false means it does not.
    #[inline]
    pub(crate) fn may_start_leader(&self, h: u64) -> bool {
        self.leader_bloom.has(h) && self.leader_starts.binary_search(&h).is_ok()
    }

    /// The patterns whose match may start so (`h` as `match_starts` is keyed).
    #[inline]
    pub(crate) fn patterns_starting(&self, h: u64) -> &[u32] {
        let size = self.match_slots.len();
        let mut i = slot_of(h, size);
        loop {
            let Some(&(k, start, len)) = self.match_slots.get(i) else {
                return &[];
            };
            if len == 0 {
                return &[];
            }
            if k == h {
                return self
                    .match_lists
                    .get(start as usize..(start + len) as usize)
                    .unwrap_or(&[]);
            }
            i = (i + 1) % size;
        }
    }

    /// Whether a pattern match may start at a word of `sketch` `h` (a one-word alternative):
    /// false means it cannot.
    #[inline]
    pub(crate) fn may_start_match(&self, h: u64) -> bool {
        self.match_bloom.has(h)
    }

    /// Whether a pattern match may start at a word of `sketch` `h` followed by one of sketch
    /// `next` (the first two words of an alternative): false means it cannot.
    #[inline]
    pub(crate) fn may_start_match_pair(&self, h: u64, next: u64) -> bool {
        self.match_bloom.has(pair_hash(h, next))
    }

    /// Goldstein value and name of a CAMEO code.
    pub fn cameo(&self, code: &str) -> Option<(f64, &str)> {
        let i = self
            .cameo
            .binary_search_by(|(c, ..)| (**c).cmp(code))
            .ok()?;
        self.cameo.get(i).map(|(_, g, n)| (*g, &**n))
    }
}

impl Builder {
    fn push_phrase(&mut self, surface: &str, kind: PieceKind, code: &str, name: &str, leader: u32) {
        let surface = surface.trim();
        // A leading "the" is optional in text; phrases are matched without it.
        let surface = surface
            .strip_prefix("the ")
            .or_else(|| surface.strip_prefix("The "))
            .unwrap_or(surface);
        if surface.is_empty() {
            return;
        }
        let words = words_of(surface);
        let capitalized = !matches!(kind, PieceKind::Agent)
            && surface.chars().next().is_some_and(char::is_uppercase);
        let letters = surface.chars().filter(|c| c.is_alphabetic()).count();
        let caps_only = is_all_caps(surface) && letters <= 5 && !surface.contains('.');
        // Duplicates are dropped once all are read (`index_phrases`).
        self.phrases.push(ActorPhrase {
            words,
            kind,
            code: own(code),
            name: own(name),
            caps_only,
            capitalized,
            leader,
        });
    }

    fn load_cameo(&mut self, src: &str) -> Result<(), DictError> {
        for (n, l) in lines(src) {
            let f: Vec<&str> = l.split('\t').collect();
            let (Some(code), Some(g), Some(name)) = (f.first(), f.get(1), f.get(2)) else {
                return Err(DictError {
                    file: "cameo.tsv",
                    line: n,
                    reason: "expected code, goldstein, name".into(),
                });
            };
            let g: f64 = g.trim().parse().map_err(|_| DictError {
                file: "cameo.tsv",
                line: n,
                reason: format!("bad Goldstein value {g:?}"),
            })?;
            self.cameo.insert((*code).to_owned(), (g, own(name)));
        }
        Ok(())
    }

    fn load_countries(&mut self, src: &str) -> Result<(), DictError> {
        for (n, l) in lines(src) {
            let f: Vec<&str> = l.split('\t').collect();
            if f.len() < 3 {
                return Err(DictError {
                    file: "countries.tsv",
                    line: n,
                    reason: "expected cameo, fips, names, adjectives, metonyms".into(),
                });
            }
            let code = f[0].trim();
            if !f[1].trim().is_empty() {
                self.fips.insert(f[1].trim().to_owned(), own(code));
            }
            let mut canonical = None;
            for name in f[2].split(';').filter(|s| !s.trim().is_empty()) {
                let canon = *canonical.get_or_insert(name.trim());
                self.push_phrase(name, PieceKind::Country, code, canon, 0);
            }
            let canon = canonical.unwrap_or(code);
            self.country_names.insert(code.to_owned(), own(canon));
            for adj in f.get(3).unwrap_or(&"").split(';') {
                self.push_phrase(adj, PieceKind::Adjective, code, canon, 0);
            }
            for m in f.get(4).unwrap_or(&"").split(';') {
                self.push_phrase(m, PieceKind::Metonym, code, canon, 0);
            }
        }
        Ok(())
    }

    fn load_leaders(&mut self, src: &str) -> Result<(), DictError> {
        let mut by_name: HashMap<String, u32> = HashMap::new();
        let mut aliases: Vec<(String, u32)> = Vec::new();
        let mut no_surname: std::collections::HashSet<u32> = std::collections::HashSet::new();
        for (n, l) in lines(src) {
            let f: Vec<&str> = l.split('\t').collect();
            if f.len() < 5 {
                return Err(DictError {
                    file: "leaders.tsv",
                    line: n,
                    reason: "expected name, aliases, code, from, until, office".into(),
                });
            }
            let name = f[0].trim();
            let id = *by_name.entry(name.to_string()).or_insert_with(|| {
                self.leaders.push(Leader {
                    name: own(name),
                    terms: Cow::Owned(Vec::new()),
                });
                (self.leaders.len() - 1) as u32
            });
            let term = Term {
                code: own(f[2].trim()),
                from: parse_date(f[3], "leaders.tsv", n)?,
                until: parse_date(f[4], "leaders.tsv", n)?,
                office: own(f.get(5).unwrap_or(&"").trim()),
            };
            self.leaders[id as usize].terms.to_mut().push(term);
            // "-": no other form, not even the surname alone ("Christopher" is a first name).
            if f[1].trim() == "-" {
                no_surname.insert(id);
            }
            for a in std::iter::once(name).chain(f[1].split(';')) {
                if !a.trim().is_empty() && a.trim() != "-" {
                    aliases.push((a.trim().to_string(), id));
                }
            }
        }
        // Surnames alone are added when no other leader shares them (in order, so that the
        // tables are the same from build to build).
        let mut surnames: BTreeMap<String, Vec<u32>> = BTreeMap::new();
        for l in &self.leaders {
            if let Some(last) = l.name.split_whitespace().last()
                && l.name.split_whitespace().count() > 1
            {
                let id = by_name[&*l.name];
                let ids = surnames.entry(last.to_string()).or_default();
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
        }
        for (s, ids) in surnames {
            if ids.len() == 1 && s.chars().count() > 2 && !no_surname.contains(&ids[0]) {
                aliases.push((s, ids[0]));
            }
        }
        for (a, id) in aliases {
            let name = self.leaders[id as usize].name.clone();
            self.push_phrase(&a, PieceKind::Leader, "", &name, id);
        }
        Ok(())
    }

    fn load_simple(
        &mut self,
        src: &str,
        file: &'static str,
        kind: PieceKind,
    ) -> Result<(), DictError> {
        for (n, l) in lines(src) {
            let Some((code, names)) = l.split_once('\t') else {
                return Err(DictError {
                    file,
                    line: n,
                    reason: "expected code<TAB>phrases".into(),
                });
            };
            let code = code.trim();
            let canonical = names.split(';').map(str::trim).find(|s| !s.is_empty());
            for p in names.split(';') {
                let name = if kind == PieceKind::Igo {
                    canonical.unwrap_or(code)
                } else {
                    ""
                };
                self.push_phrase(p, kind, code, name, 0);
            }
        }
        Ok(())
    }

    fn load_verbs(&mut self, src: &str) -> Result<(), DictError> {
        let mut irregular: HashMap<String, Vec<String>> = HashMap::new();
        let mut rows = Vec::new();
        for (n, l) in lines(src) {
            if let Some(rest) = l.strip_prefix('=') {
                let forms: Vec<String> = rest.split('\t').map(|s| s.trim().to_string()).collect();
                irregular.insert(forms[0].clone(), forms);
                continue;
            }
            rows.push((n, l));
        }
        let mut verb_ids: HashMap<String, u32> = HashMap::new();
        for (n, l) in rows {
            let f: Vec<&str> = l.split('\t').collect();
            if f.len() < 3 || !matches!(f[1].trim(), "v" | "n") {
                return Err(DictError {
                    file: "verbs.tsv",
                    line: n,
                    reason: "expected code<TAB>v|n<TAB>pattern".into(),
                });
            }
            let (codes, class) = match f[0].split_once('>') {
                Some((c, k)) => (
                    c,
                    match k.trim() {
                        "SAY" => Class::Say,
                        "INTENT" => Class::Intent,
                        "APPEAL" => Class::Appeal,
                        "DEMAND" => Class::Demand,
                        "REFUSE" => Class::Refuse,
                        "THREAT" => Class::Threat,
                        other => {
                            return Err(DictError {
                                file: "verbs.tsv",
                                line: n,
                                reason: format!("unknown class {other:?}"),
                            });
                        }
                    },
                ),
                None => (f[0], Class::None),
            };
            let (code, code_nonstate) = match codes.split_once('|') {
                Some((a, b)) => (a.trim(), Some(b.trim())),
                None => (codes.trim(), None),
            };
            for c in std::iter::once(code).chain(code_nonstate) {
                if c != NO_EVENT && !self.cameo.contains_key(c) {
                    return Err(DictError {
                        file: "verbs.tsv",
                        line: n,
                        reason: format!("{c:?} is not a CAMEO code"),
                    });
                }
            }
            let mut segments = Vec::new();
            let mut weight = 0;
            for seg in f[2].split(" ~ ") {
                let mut alts = Vec::new();
                let mut min = u32::MAX;
                for alt in seg.split('|') {
                    let mut seq = Vec::new();
                    for w in alt.split_whitespace() {
                        if let Some(base) = w.strip_suffix('+') {
                            let id = *verb_ids.entry(base.to_string()).or_insert_with(|| {
                                let forms = irregular
                                    .get(base)
                                    .cloned()
                                    .unwrap_or_else(|| inflect(base));
                                let mut forms: Vec<Str> =
                                    forms.into_iter().map(Cow::Owned).collect();
                                forms.insert(0, own(base));
                                forms.dedup();
                                self.verbs.push(Cow::Owned(forms));
                                (self.verbs.len() - 1) as u32
                            });
                            seq.push(Word::Verb(id));
                        } else {
                            seq.push(Word::Lit(self.word_id(&normalize_word(w))));
                        }
                    }
                    if seq.is_empty() {
                        return Err(DictError {
                            file: "verbs.tsv",
                            line: n,
                            reason: "empty alternative".into(),
                        });
                    }
                    min = min.min(seq.len() as u32);
                    alts.push(Cow::Owned(seq));
                }
                weight += min;
                segments.push(Cow::Owned(alts));
            }
            self.patterns.push(Pattern {
                code: own(code),
                code_nonstate: code_nonstate.map(own),
                class,
                nominal: f[1].trim() == "n",
                segments: Cow::Owned(segments),
                text: own(f[2].trim()),
                weight,
                starts: Cow::Owned(Vec::new()),
            });
        }
        for (i, p) in self.patterns.iter().enumerate() {
            for alt in p.segments[0].iter() {
                let firsts: Vec<Str> = match &alt[0] {
                    Word::Lit(w) => vec![self.vocab[*w as usize].clone()],
                    Word::Verb(v) => self.verbs[*v as usize].to_vec(),
                };
                for w in firsts {
                    let e = self.pattern_index.entry(w).or_default();
                    if !e.contains(&(i as u32)) {
                        e.push(i as u32);
                    }
                }
            }
        }
        Ok(())
    }

    fn index_phrases(&mut self) {
        // A phrase read again (same words, kind, code and leader) is a duplicate: the first stays.
        let mut seen = rustc_hash::FxHashSet::default();
        let keep: Vec<bool> = self
            .phrases
            .iter()
            .map(|p| seen.insert((&p.words, p.kind, &p.code, p.leader)))
            .collect();
        drop(seen);
        let mut keep = keep.into_iter();
        self.phrases.retain(|_| keep.next().unwrap_or(true));
        let mut index: FxHashMap<Str, Vec<u32>> = FxHashMap::default();
        for (i, p) in self.phrases.iter().enumerate() {
            index.entry(p.words[0].clone()).or_default().push(i as u32);
        }
        for v in index.values_mut() {
            v.sort_by_key(|&i| std::cmp::Reverse(self.phrases[i as usize].words.len()));
        }
        self.phrase_index = index;
    }

    fn word_id(&mut self, w: &str) -> u32 {
        let next = self.vocab.len() as u32;
        let e = self
            .words
            .entry(own(w))
            .or_insert((u32::MAX, u32::MAX, u32::MAX, 0));
        if e.2 == u32::MAX {
            e.2 = next;
            self.vocab.push(own(w));
        }
        e.2
    }

    fn index_words(&mut self) {
        for v in 0..self.verbs.len() {
            let ids = (0..self.verbs[v].len())
                .map(|f| {
                    let w = self.verbs[v][f].clone();
                    self.word_id(&w)
                })
                .collect();
            self.verb_ids.push(Cow::Owned(ids));
        }
        for p in 0..self.patterns.len() {
            let starts = self.patterns[p]
                .segments
                .iter()
                .map(|seg| {
                    let mut starts: Vec<(u32, u32)> = seg
                        .iter()
                        .enumerate()
                        .flat_map(|(a, alt)| {
                            let words = match &alt[0] {
                                Word::Lit(w) => vec![*w],
                                Word::Verb(v) => self.verb_ids[*v as usize].to_vec(),
                            };
                            words.into_iter().map(move |w| (w, a as u32))
                        })
                        .collect();
                    starts.sort_unstable();
                    starts.dedup();
                    Cow::Owned(starts)
                })
                .collect();
            self.patterns[p].starts = Cow::Owned(starts);
        }
        for (w, ids) in &self.phrase_index {
            self.phrase_lists.push(Cow::Owned(ids.clone()));
            let e = self
                .words
                .entry(w.clone())
                .or_insert((u32::MAX, u32::MAX, u32::MAX, 0));
            e.0 = (self.phrase_lists.len() - 1) as u32;
        }
        for (w, ids) in &self.pattern_index {
            self.pattern_lists.push(Cow::Owned(ids.clone()));
            let e = self
                .words
                .entry(w.clone())
                .or_insert((u32::MAX, u32::MAX, u32::MAX, 0));
            e.1 = (self.pattern_lists.len() - 1) as u32;
        }
    }

    /// The tables of what was read: the word lists' bits, the word table, the Bloom filters and
    /// the first pass's tables.
    fn finish(mut self) -> Dictionaries {
        use crate::lists::{
            BOUNDARY_WORDS, DETERMINERS, LIGHT_VERBS, LOCATIVE, MODAL_WORDS, MODIFIERS,
            PERSONAL_PRONOUNS, PREPOSITIONS, PRONOUNS,
        };
        for (list, bit) in [
            (MODIFIERS, LIST_MODIFIER),
            (PREPOSITIONS, LIST_PREPOSITION),
            (LOCATIVE, LIST_LOCATIVE),
            (BOUNDARY_WORDS, LIST_BOUNDARY),
            (DETERMINERS, LIST_DETERMINER),
            (LIGHT_VERBS, LIST_LIGHT),
            (PRONOUNS, LIST_PRONOUN),
            (MODAL_WORDS, LIST_MODAL),
        ] {
            for w in list {
                self.words
                    .entry(Cow::Borrowed(*w))
                    .or_insert((u32::MAX, u32::MAX, u32::MAX, 0))
                    .3 |= bit;
            }
        }
        // Slots for twice as many words as there are, so that a probe sequence stays short.
        let size = (self.words.len() * 2).next_power_of_two();
        let mut bloom = Bloom::new();
        let mut word_slots = vec![(0, 0); size];
        let mut word_entries = Vec::with_capacity(self.words.len());
        for (w, &e) in &self.words {
            let h = key_hash(w.as_bytes());
            bloom.insert(h);
            word_entries.push((own(w), packed(w.as_bytes()), e));
            let mut i = slot_of(h, size);
            while word_slots[i].1 != 0 {
                i = (i + 1) % size;
            }
            word_slots[i] = (h, word_entries.len() as u32);
        }
        let mut leader_starts = Vec::new();
        // "he" and "she": one word, any case.
        let mut actor_starts: BTreeMap<u64, ActorStart> = PERSONAL_PRONOUNS
            .iter()
            .map(|w| (sketch(w.as_bytes()), case_bit(false, false)))
            .collect();
        let mut actor_pairs: BTreeMap<u64, ActorStart> = BTreeMap::new();
        for (w, ids) in &self.phrase_index {
            let h = sketch(w.as_bytes());
            for &p in ids {
                let ph = &self.phrases[p as usize];
                let case = case_bit(ph.capitalized, ph.caps_only);
                let start = actor_starts.entry(h).or_default();
                match ph.words.get(1) {
                    None => *start |= case,
                    Some(second) => {
                        *start |= ACTOR_LONGER;
                        *actor_pairs
                            .entry(pair_hash(h, sketch(second.as_bytes())))
                            .or_default() |= case;
                    }
                }
            }
            if ids
                .iter()
                .any(|&p| self.phrases[p as usize].kind == PieceKind::Leader)
            {
                leader_starts.push(h);
            }
        }
        leader_starts.sort_unstable();
        leader_starts.dedup();
        let mut leader_bloom = Bloom::new();
        for &h in &leader_starts {
            leader_bloom.insert(h);
        }
        let mut actor_bloom = Bloom::new();
        for &h in actor_starts.keys() {
            actor_bloom.insert(h);
        }
        let mut pattern_bloom = Bloom::new();
        for w in self.pattern_index.keys() {
            pattern_bloom.insert(sketch(w.as_bytes()));
        }
        let forms = |w: &Word| -> Vec<u64> {
            match w {
                Word::Lit(l) => vec![sketch(self.vocab[*l as usize].as_bytes())],
                Word::Verb(v) => self.verbs[*v as usize]
                    .iter()
                    .map(|f| sketch(f.as_bytes()))
                    .collect(),
            }
        };
        let mut match_bloom = Bloom::new();
        let mut match_starts: BTreeMap<u64, Vec<u32>> = BTreeMap::new();
        let mut starts: Vec<u64> = Vec::new();
        for (pi, p) in self.patterns.iter().enumerate() {
            starts.clear();
            for alt in p.segments.first().into_iter().flat_map(|s| s.iter()) {
                let firsts = alt.first().map(&forms).unwrap_or_default();
                match alt.get(1) {
                    None => starts.extend(firsts),
                    Some(second) => {
                        for b in forms(second) {
                            starts.extend(firsts.iter().map(|&a| pair_hash(a, b)));
                        }
                    }
                }
            }
            // (Patterns in order: a pattern already listed under `h` is the last one there.)
            for &h in &starts {
                match_bloom.insert(h);
                let list = match_starts.entry(h).or_default();
                if list.last() != Some(&(pi as u32)) {
                    list.push(pi as u32);
                }
            }
        }
        let size = (match_starts.len() * 2).next_power_of_two();
        let mut match_slots = vec![(0, 0, 0); size];
        let mut match_lists = Vec::new();
        for (h, list) in match_starts {
            let mut i = slot_of(h, size);
            while match_slots[i].2 != 0 {
                i = (i + 1) % size;
            }
            match_slots[i] = (h, match_lists.len() as u32, list.len() as u32);
            match_lists.extend(list);
        }
        let pattern_needs = self
            .patterns
            .iter()
            .map(|p| {
                p.segments
                    .iter()
                    .skip(1)
                    .map(|seg| {
                        seg.iter()
                            .map(|alt| {
                                alt.iter()
                                    .filter_map(|w| match w {
                                        Word::Lit(l) => Some(sentence_bit(sketch(
                                            self.vocab[*l as usize].as_bytes(),
                                        ))),
                                        Word::Verb(_) => None,
                                    })
                                    .collect()
                            })
                            .collect()
                    })
                    .collect()
            })
            .collect();
        Dictionaries {
            phrases: Cow::Owned(self.phrases),
            leaders: Cow::Owned(self.leaders),
            fips: sorted(self.fips),
            country_names: sorted(self.country_names),
            patterns: Cow::Owned(self.patterns),
            verbs: Cow::Owned(self.verbs),
            verb_ids: Cow::Owned(self.verb_ids),
            vocab: Cow::Owned(self.vocab),
            cameo: sorted(self.cameo)
                .iter()
                .map(|(c, (g, n))| (c.clone(), *g, n.clone()))
                .collect(),
            phrase_lists: Cow::Owned(self.phrase_lists),
            pattern_lists: Cow::Owned(self.pattern_lists),
            bloom,
            word_slots: Cow::Owned(word_slots),
            word_entries: Cow::Owned(word_entries),
            pattern_bloom,
            match_bloom,
            pattern_needs,
            match_slots: Cow::Owned(match_slots),
            match_lists: Cow::Owned(match_lists),
            leader_bloom,
            actor_bloom,
            leader_starts: Cow::Owned(leader_starts),
            actor_starts: actor_starts.into_iter().collect(),
            actor_pairs: actor_pairs.into_iter().collect(),
        }
    }
}

/// Regular inflections of an English verb: -s, -ed, -ing forms.
fn inflect(base: &str) -> Vec<String> {
    let b = base;
    let last = b.chars().last().unwrap_or(' ');
    let before = b.chars().rev().nth(1).unwrap_or(' ');
    let vowel = |c: char| "aeiou".contains(c);
    let s = if b.ends_with('s')
        || b.ends_with('x')
        || b.ends_with('z')
        || b.ends_with("ch")
        || b.ends_with("sh")
    {
        format!("{b}es")
    } else if last == 'y' && !vowel(before) {
        format!("{}ies", &b[..b.len() - 1])
    } else {
        format!("{b}s")
    };
    let ed = if last == 'e' {
        format!("{b}d")
    } else if last == 'y' && !vowel(before) {
        format!("{}ied", &b[..b.len() - 1])
    } else {
        format!("{b}ed")
    };
    let ing = if let Some(stem) = b.strip_suffix("ie") {
        format!("{stem}ying")
    } else if last == 'e' && before != 'e' {
        format!("{}ing", &b[..b.len() - 1])
    } else {
        format!("{b}ing")
    };
    vec![s, ed, ing]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_dictionaries_parse() {
        let d = Dictionaries::shared();
        assert!(d.patterns.len() > 300);
        assert!(d.cameo("036").is_some());
        assert_eq!(d.cameo("106").map(|c| c.0), Some(-5.0));
        assert_eq!(d.fips("RS"), Some("RUS"));
        assert_eq!(d.country_name("RUS"), Some("Russian Federation"));
    }

    /// The build script's tables (the static of `Dictionaries::shared`) are those that
    /// `from_sources` builds at run time from the same files.
    #[test]
    fn shipped_tables_are_built_from_the_shipped_files() {
        let built = Dictionaries::from_sources(&Sources::SHIPPED).unwrap();
        assert_eq!(
            format!("{:?}", Dictionaries::shared()),
            format!("{built:?}")
        );
    }

    #[test]
    fn regular_inflections() {
        assert_eq!(inflect("accuse"), ["accuses", "accused", "accusing"]);
        assert_eq!(inflect("deny"), ["denies", "denied", "denying"]);
        assert_eq!(inflect("attack"), ["attacks", "attacked", "attacking"]);
        assert_eq!(inflect("push"), ["pushes", "pushed", "pushing"]);
    }

    #[test]
    fn leaders_by_date() {
        let d = Dictionaries::shared();
        let trump = d
            .leaders
            .iter()
            .find(|l| &*l.name == "Donald Trump")
            .unwrap();
        let day = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd);
        assert_eq!(trump.code_on(day(2018, 6, 1)), Some("USAGOV"));
        assert_eq!(trump.code_on(day(2022, 6, 1)), Some("USA"));
        assert_eq!(trump.code_on(day(2025, 6, 1)), Some("USAGOV"));
        assert_eq!(trump.code_on(day(2010, 6, 1)), None);
        let biden = d.leaders.iter().find(|l| &*l.name == "Joe Biden").unwrap();
        assert_eq!(biden.code_on(day(2021, 12, 30)), Some("USAGOV"));
        assert_eq!(biden.code_on(day(2025, 3, 1)), Some("USA"));
    }

    #[test]
    fn a_leaders_surname_alone_names_them_unless_the_row_says_no() {
        let mut src = Sources::SHIPPED;
        src.leaders = "Ana Ortelia\t\tESPGOV\t2001-01-01\t\tMinister\n\
                       Warren Quist\t-\tESPGOV\t2001-01-01\t\tMinister\n";
        let d = Dictionaries::from_sources(&src).unwrap();
        let leader_phrase = |w: &str| {
            d.phrases_starting(&normalize_word(w)).is_some_and(|ids| {
                ids.iter()
                    .any(|&i| d.phrases[i as usize].kind == PieceKind::Leader)
            })
        };
        assert!(leader_phrase("Ortelia"));
        assert!(leader_phrase("Warren"), "the full name stays");
        assert!(!leader_phrase("Quist"));
    }

    #[test]
    fn user_files_report_their_line() {
        let mut src = Sources::SHIPPED;
        src.verbs = "# c\n999\tv\tfoo+\n";
        let e = Dictionaries::from_sources(&src).unwrap_err();
        assert_eq!((e.file, e.line), ("verbs.tsv", 2));
    }
}
