//! The tone lexicon: one table that answers, for a lower-cased word, every question the tone
//! stage asks (positive? negative? an activity word? a self/group pronoun? its VADER valence?).
//!
//! Keys are words of at most [`KEY_BYTES`] bytes packed into a `u128` (first byte most
//! significant, zero-padded) in an open-addressing table with linear probing from a home pair
//! of slots: a look-up is one multiply, one load of the pair and two compares turned into
//! selects, without a branch on whether the word is listed (about one word in five is, at
//! random: the probe loop's exits were mispredicted on a quarter of the words). Words of up to
//! eight bytes (most words of a text) live in their own table of `u64` keys and are read,
//! lower-cased and looked up in 64-bit arithmetic; the tables are at most half full, so
//! that few pairs spill (a mask in the pair says so, tested once). Words of 9 to 16 bytes are
//! first tested against a small Bloom filter (see `Filter`): few of a text's long words are
//! listed, and their table missed the cache on most look-ups. The few longer words (17–24
//! bytes, all from VADER) sit in a sorted list that only long tokens visit.

use std::borrow::Cow;
use std::fmt;
use std::hint::select_unpredictable;

use rustc_hash::{FxHashMap, FxHashSet};

/// Bytes that fit a packed key.
pub(crate) const KEY_BYTES: usize = 16;
/// Longest word the lexicon can hold; longer tokens are never looked up.
pub(crate) const MAX_WORD: usize = 24;

/// VADER valences at or beyond this (in tenths: ±1.0, "slightly" on VADER's −4…+4 scale) make a
/// word positive or negative for tone.
pub const VADER_THRESHOLD_TENTHS: i16 = 10;

/// What the lexicon knows about one word, as bit flags plus a VADER valence.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
pub struct Entry {
    pub(crate) flags: u8,
    /// VADER's mean valence in tenths (−40…+40); meaningful when [`Entry::in_vader`].
    pub(crate) valence: i8,
}

impl Entry {
    pub(crate) const POSITIVE: u8 = 1;
    pub(crate) const NEGATIVE: u8 = 1 << 1;
    pub(crate) const ACTIVITY: u8 = 1 << 2;
    pub(crate) const SELF_GROUP: u8 = 1 << 3;
    pub(crate) const VADER: u8 = 1 << 4;

    /// Counts as a positive word for tone.
    #[inline]
    pub fn is_positive(self) -> bool {
        self.flags & Self::POSITIVE != 0
    }
    /// Counts as a negative word for tone.
    #[inline]
    pub fn is_negative(self) -> bool {
        self.flags & Self::NEGATIVE != 0
    }
    /// An activity word.
    #[inline]
    pub fn is_activity(self) -> bool {
        self.flags & Self::ACTIVITY != 0
    }
    /// A self/group reference (first-person pronoun).
    #[inline]
    pub fn is_self_group(self) -> bool {
        self.flags & Self::SELF_GROUP != 0
    }
    /// An entry of the VADER lexicon (GCAM dictionary 26).
    #[inline]
    pub fn in_vader(self) -> bool {
        self.flags & Self::VADER != 0
    }
    /// VADER's mean valence in tenths, when the word is in VADER.
    #[inline]
    pub fn vader_tenths(self) -> Option<i8> {
        self.in_vader().then_some(self.valence)
    }
    /// The word has an entry: some flag is set.
    #[inline]
    pub(crate) fn is_listed(self) -> bool {
        self.flags != 0
    }
}

impl Entry {
    /// The entry as one integer (0: no flags, no entry).
    #[inline]
    fn to_bits(self) -> u16 {
        u16::from_le_bytes([self.flags, self.valence as u8])
    }

    #[inline]
    fn from_bits(bits: u16) -> Entry {
        let [flags, valence] = bits.to_le_bytes();
        Entry {
            flags,
            valence: valence as i8,
        }
    }
}

impl fmt::Debug for Entry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut d = f.debug_struct("Entry");
        d.field("positive", &self.is_positive())
            .field("negative", &self.is_negative())
            .field("activity", &self.is_activity())
            .field("self_group", &self.is_self_group());
        if let Some(v) = self.vader_tenths() {
            d.field("vader", &(f64::from(v) / 10.0));
        }
        d.finish()
    }
}

/// One line of a lexicon source that could not be read (the rest is still loaded).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Which source (`"vader"`, `"positive"`, …).
    pub source: &'static str,
    /// 1-based line number.
    pub line: usize,
    pub reason: String,
}

/// The texts a [`Lexicon`] is built from (see the files under `crates/tone/data/`).
#[derive(Debug, Clone, Copy)]
pub struct Sources<'a> {
    /// `word<TAB>valence` lines (VADER's mean valence, one decimal).
    pub vader: &'a str,
    /// Hand lists: whitespace-separated items, `#` comments, `word/s` and `word/v` expanded.
    pub positive: &'a str,
    pub negative: &'a str,
    /// VADER words not scored for tone.
    pub neutral: &'a str,
    pub activity: &'a str,
    pub self_group: &'a str,
}

impl Sources<'static> {
    /// The lists shipped in `crates/tone/data/`, compiled into the binary.
    pub const SHIPPED: Sources<'static> = Sources {
        vader: include_str!("../data/vader-words.tsv"),
        positive: include_str!("../data/positive.txt"),
        negative: include_str!("../data/negative.txt"),
        neutral: include_str!("../data/neutral.txt"),
        activity: include_str!("../data/activity.txt"),
        self_group: include_str!("../data/self-group.txt"),
    };
}

/// An open-addressing table of packed keys (0 = empty slot), a power-of-two long.
///
/// A key's home is a pair of slots (linear probing from the pair's first slot): a look-up
/// compares both with selects, without a branch on whether the word is listed (that follows the
/// text and is unpredictable). Only in the few pairs whose keys spilled past them does the probe
/// go on. Every entry in the table has a flag set (see [`Lexicon::build`]), so no flags is no
/// entry.
///
/// The shipped lexicon's tables are statics written by the build script, other lexicons' are
/// built at run time: hence a `Cow`.
#[derive(Clone, PartialEq)]
pub(crate) struct Table<K: Copy + 'static> {
    pub(crate) pairs: Cow<'static, [[Slot<K>; 2]]>,
    pub(crate) bits: u32,
}

/// A key and its entry.
#[derive(Clone, Copy, Default, PartialEq)]
pub(crate) struct Slot<K> {
    pub(crate) key: K,
    pub(crate) entry: Entry,
    /// In a pair's first slot: all ones when a key whose home is the pair lies past it.
    pub(crate) spilled: u8,
}

/// A packed key: an integer of the word's bytes, first byte most significant.
pub(crate) trait Key: Copy + Eq + Default {
    /// Fibonacci hashing; the top bits of the product depend on every byte.
    fn home(self, bits: u32) -> usize;
}

impl Key for u64 {
    #[inline]
    fn home(self, bits: u32) -> usize {
        (self.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - bits)) as usize
    }
}

impl Key for u128 {
    #[inline]
    fn home(self, bits: u32) -> usize {
        (((self >> 64) as u64) ^ (self as u64).rotate_left(29)).home(bits)
    }
}

impl<K: Key> Table<K> {
    fn new(words: &[(K, Entry)]) -> Self {
        // At most half full: most words of a text are not in the table, and their home pair
        // should rarely have spilled. (A quarter full, the tables were 1 MB together and
        // missed the caches more often.)
        let slots = (words.len() * 2).next_power_of_two().max(16);
        let bits = slots.trailing_zeros() - 1;
        let mut pairs = vec![[Slot::default(); 2]; slots / 2];
        for &(key, entry) in words {
            let home = key.home(bits);
            let mut s = home * 2;
            while pairs[s / 2][s % 2].key != K::default() {
                s = (s + 1) & (slots - 1);
            }
            pairs[s / 2][s % 2] = Slot {
                key,
                entry,
                spilled: 0,
            };
            if s / 2 != home {
                pairs[home][0].spilled = u8::MAX;
            }
        }
        Table {
            pairs: Cow::Owned(pairs),
            bits,
        }
    }

    #[inline(always)]
    fn get(&self, key: K) -> Option<Entry> {
        let e = self.get_bits(key);
        (e != 0).then(|| Entry::from_bits(e))
    }

    /// The entry of `key` as [`Entry::to_bits`], 0 when the key is not listed.
    #[inline(always)]
    fn get_bits(&self, key: K) -> u16 {
        let home = key.home(self.bits);
        let [a, b] = &self.pairs[home];
        // (Selects of the entries as integers: of the struct, they were compiled to branches.)
        let e = select_unpredictable(b.key == key, b.entry.to_bits(), 0);
        let e = select_unpredictable(a.key == key, a.entry.to_bits(), e);
        // (One test of one value: `spilled && e == 0` is compiled to two branches, the
        // unpredictable one first.)
        if e | u16::from(!a.spilled) == 0 {
            return self.get_on(key, home * 2 + 2);
        }
        e
    }

    /// The rest of a probe past the home pair, from slot `s`.
    #[inline(never)]
    fn get_on(&self, key: K, mut s: usize) -> u16 {
        let mask = self.pairs.len() * 2 - 1;
        loop {
            s &= mask;
            let slot = self.pairs[s / 2][s % 2];
            if slot.key == key {
                return slot.entry.to_bits();
            }
            if slot.key == K::default() {
                return 0;
            }
            s += 1;
        }
    }
}

/// A one-hash Bloom filter of the keys of a table: a clear bit says the key is not there.
///
/// For the words of 9 to 16 bytes: few of a text's long words are listed, and the table of
/// those keys (32-byte slots) is too large for the L1 cache, so a look-up there missed the
/// cache most times (a sixth of the stage's time, for one word in six). The filter, 16 bits
/// per key (8 KB for the shipped lexicon), stays in cache and turns most of them away.
#[derive(Clone, PartialEq)]
pub(crate) struct Filter {
    pub(crate) bits: Cow<'static, [u64]>,
    /// log2 of the number of bits.
    pub(crate) log: u32,
}

impl Filter {
    fn new(keys: impl ExactSizeIterator<Item = u128>) -> Filter {
        let n = (keys.len() * 16).next_power_of_two().max(64);
        let log = n.trailing_zeros();
        let mut bits = vec![0u64; n / 64];
        for key in keys {
            let b = Filter::bit_of(key, log);
            bits[b / 64] |= 1 << (b % 64);
        }
        Filter {
            bits: Cow::Owned(bits),
            log,
        }
    }

    /// The key's bit: the top bits of a multiplicative hash (another multiplier than the
    /// table's, so that keys sharing a home pair do not share a bit).
    #[inline]
    fn bit_of(key: u128, log: u32) -> usize {
        let x = ((key >> 64) as u64) ^ (key as u64).rotate_left(29);
        (x.wrapping_mul(0xC2B2_AE3D_27D4_EB4F) >> (64 - log)) as usize
    }

    #[inline]
    fn may_hold(&self, key: u128) -> bool {
        let b = Filter::bit_of(key, self.log);
        self.bits[b / 64] & (1 << (b % 64)) != 0
    }
}

/// The compiled word table.
///
/// The shipped lexicon (`Lexicon::shipped`, in `lib.rs`) is built by the build script (`build.rs`), with
/// [`Lexicon::build`], and included as static tables: a run does not build it (≈ 11 M
/// instructions before). Other lexicons are built at run time by the same code and own their
/// tables.
#[derive(Clone, PartialEq)]
pub struct Lexicon {
    /// Words of at most 8 bytes (most words of a text): a table small enough to stay in cache.
    pub(crate) short: Table<u64>,
    /// Words of 9 to 16 bytes.
    pub(crate) mid: Table<u128>,
    /// A bit per hash of the words of `mid` (see [`Filter`]).
    pub(crate) mid_filter: Filter,
    /// Words longer than [`KEY_BYTES`], sorted.
    pub(crate) long: Cow<'static, [(Cow<'static, [u8]>, Entry)]>,
    pub(crate) len: usize,
}

impl fmt::Debug for Lexicon {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Lexicon")
            .field("words", &self.len)
            .field(
                "slots",
                &(2 * (self.short.pairs.len() + self.mid.pairs.len())),
            )
            .finish()
    }
}

/// Packs a lower-cased word of at most [`KEY_BYTES`] bytes.
#[inline]
pub(crate) fn pack(w: &[u8]) -> u128 {
    let mut buf = [0u8; KEY_BYTES];
    buf[..w.len()].copy_from_slice(w);
    u128::from_be_bytes(buf)
}

/// The high bit of every byte of a packed key.
const HIGH_BITS: u128 = 0x8080_8080_8080_8080_8080_8080_8080_8080;
/// Bit 5 of every byte of a packed key (`b'a' - b'A'`).
const LOWER_BITS: u128 = 0x2020_2020_2020_2020_2020_2020_2020_2020;

impl Lexicon {
    /// Builds a lexicon; lines that cannot be read are skipped and reported.
    ///
    /// Precedence for tone: a word of `neutral` is neither positive nor negative; else a word of
    /// `positive`/`negative` is what that list says; else a VADER word of three letters or more
    /// is positive at valence ≥ +1.0 and negative at ≤ −1.0 (one- and two-letter VADER entries
    /// are chat abbreviations such as "gj", "tx", "nh": in news they are initials or state codes).
    pub fn build(src: &Sources<'_>) -> (Lexicon, Vec<Problem>) {
        let mut problems = Vec::new();
        // (FxHash: SipHash was a third of building the lexicon, once per process.)
        // (VADER's words are borrowed from its text: one allocation per word was a tenth of
        // building the lexicon.)
        let mut words: FxHashMap<Cow<'_, [u8]>, Entry> =
            FxHashMap::with_capacity_and_hasher(12_000, Default::default());

        // VADER: valence, and the tone sign from the threshold.
        // (Lines and fields are split at a one-char set, which is a plain loop over the chars:
        // `lines()` and `split('\t')` set up a memchr for each line and field of a dozen bytes,
        // a fifth of building the lexicon. A last empty piece after the final newline is
        // skipped like any empty line, and `\r` is trimmed below, as `lines()` would.)
        for (i, line) in src.vader.split(['\n']).enumerate() {
            let line = line.trim_end_matches('\r');
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut parts = line.split(['\t']);
            let (Some(word), Some(value)) = (parts.next(), parts.next()) else {
                problems.push(problem("vader", i, "expected word<TAB>valence"));
                continue;
            };
            let Some(tenths) = tenths(value) else {
                problems.push(problem("vader", i, "valence is not a number in −4…+4"));
                continue;
            };
            let Some(word) = word_key(word) else {
                problems.push(problem("vader", i, "not a lower-case word of ≤ 24 bytes"));
                continue;
            };
            let mut flags = Entry::VADER;
            if word.iter().filter(|b| b.is_ascii_alphabetic()).count() >= 3 {
                if i16::from(tenths) >= VADER_THRESHOLD_TENTHS {
                    flags |= Entry::POSITIVE;
                } else if i16::from(tenths) <= -VADER_THRESHOLD_TENTHS {
                    flags |= Entry::NEGATIVE;
                }
            }
            words.insert(
                Cow::Borrowed(word),
                Entry {
                    flags,
                    valence: tenths,
                },
            );
        }

        let mut list = |text: &str, source: &'static str| {
            let mut out = Vec::new();
            for_each_word(text, source, &mut problems, |w| out.push(w));
            out
        };
        let positive = list(src.positive, "positive");
        let negative = list(src.negative, "negative");
        let neutral = list(src.neutral, "neutral");
        let activity = list(src.activity, "activity");
        let self_group = list(src.self_group, "self_group");

        let tone_bits = Entry::POSITIVE | Entry::NEGATIVE;
        let positive_set: FxHashSet<&[u8]> = positive.iter().map(Vec::as_slice).collect();
        for w in &negative {
            if positive_set.contains(w.as_slice()) {
                problems.push(Problem {
                    source: "negative",
                    line: 0,
                    reason: format!(
                        "{} is also in the positive list",
                        String::from_utf8_lossy(w)
                    ),
                });
            }
        }
        let mut apply = |ws: Vec<Vec<u8>>, clear: u8, set: u8| {
            for w in ws {
                let e = words.entry(Cow::Owned(w)).or_default();
                e.flags = (e.flags & !clear) | set;
            }
        };
        apply(positive, tone_bits, Entry::POSITIVE);
        apply(negative, tone_bits, Entry::NEGATIVE);
        apply(neutral, tone_bits, 0);
        apply(activity, 0, Entry::ACTIVITY);
        apply(self_group, 0, Entry::SELF_GROUP);
        // Words only the neutral list names carry nothing.
        words.retain(|_, e| e.flags != 0);

        let len = words.len();
        let (mut short, mut mid, mut long) = (Vec::new(), Vec::new(), Vec::new());
        for (w, e) in words {
            match w.len() {
                0..=8 => short.push(((pack(&w) >> 64) as u64, e)),
                9..=KEY_BYTES => mid.push((pack(&w), e)),
                _ => long.push((Cow::<[u8]>::Owned(w.into_owned()), e)),
            }
        }
        long.sort_by(|a, b| a.0.cmp(&b.0));
        (
            Lexicon {
                short: Table::new(&short),
                mid_filter: Filter::new(mid.iter().map(|&(key, _)| key)),
                mid: Table::new(&mid),
                long: Cow::Owned(long),
                len,
            },
            problems,
        )
    }

    /// Number of words with an entry.
    pub fn len(&self) -> usize {
        self.len
    }

    /// True when no word has an entry.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The entry of an already lower-cased word (ASCII, `'` for apostrophes).
    #[inline]
    pub fn get(&self, w: &[u8]) -> Option<Entry> {
        if w.is_empty() {
            return None;
        }
        if w.len() > KEY_BYTES {
            return self.get_long(w);
        }
        self.get_key(pack(w))
    }

    /// The entry of a word longer than a packed key.
    fn get_long(&self, w: &[u8]) -> Option<Entry> {
        self.long
            .binary_search_by(|(k, _)| k.as_ref().cmp(w))
            .ok()
            .map(|i| self.long[i].1)
    }

    /// The entry of a packed key (see [`pack`]; not 0).
    #[inline]
    pub(crate) fn get_key(&self, key: u128) -> Option<Entry> {
        if key as u64 == 0 {
            self.short.get((key >> 64) as u64)
        } else if self.mid_filter.may_hold(key) {
            self.mid.get(key)
        } else {
            None
        }
    }

    /// The entry of the word at `span` of `text` in any case (no flags when it has none), and
    /// whether it is a possessive whose stem matched (`Putin’s` → `putin`) rather than the
    /// whole word.
    ///
    /// The path of most words (ASCII, at most eight bytes) is inlined into the loop over the
    /// tokens: as a call it cost a third of the stage in saved registers and reloaded fields.
    /// It has no branch on whether the word is listed. The others take the out-of-line
    /// [`Lexicon::word_long`].
    #[inline(always)]
    pub(crate) fn word_at(&self, text: &[u8], start: usize, end: usize) -> (Entry, bool) {
        let n = end.wrapping_sub(start);
        // Most words fit eight bytes: one 8-byte load and the short table, in 64-bit
        // arithmetic (the same keys the 16-byte path below gives such words).
        // (`end` is within the window when `n` is at most 8: no test of its own.)
        if n.wrapping_sub(1) < 8
            && let Some(window) = text.get(start..start.wrapping_add(8))
            && let Ok(window) = <[u8; 8]>::try_from(window)
        {
            let keep = !0u64 << (8 * (8 - n));
            // Lower-cased by setting bit 5 of every byte: the ASCII bytes of a word token are
            // letters, digits, `'`, `-`, `.` and `,` (text's tokenizer), and all but the
            // capitals already have it (one instruction where `ascii_lower_u64` took a dozen;
            // the same key). A byte of a non-ASCII char takes `word_long`.
            let key = (u64::from_be_bytes(window) | LOWER_BITS as u64) & keep;
            if key & (HIGH_BITS as u64) == 0 {
                let e = self.short.get_bits(key);
                // A possessive not listed whole: look the stem up. (One test of one value; a
                // branch on `e == 0` would follow the text.)
                let tail = (key >> (8 * (8 - n))) as u16;
                let not_possessive = select_unpredictable(tail == u16::from_be_bytes(*b"'s"), 0, 1);
                if e | not_possessive == 0 {
                    let stem = key & (!0u64 << (8 * (8 - n + 2)));
                    let stem = select_unpredictable(n > 2, stem, 0);
                    return (Entry::from_bits(self.short.get_bits(stem)), true);
                }
                return (Entry::from_bits(e), false);
            }
        }
        self.word_long(text, start, end).unwrap_or_default()
    }

    /// [`Lexicon::word_at`] of a word of more than eight bytes, with non-ASCII chars, or near
    /// the end of the text.
    #[inline(never)]
    fn word_long(&self, text: &[u8], start: usize, end: usize) -> Option<(Entry, bool)> {
        let n = end.saturating_sub(start);
        if n == 0 || n > KEY_BYTES || end > text.len() {
            return self.word_slow(text.get(start..end)?);
        }
        // One 16-byte load when the text goes on that far, else a copy.
        let raw = match text.get(start..start + KEY_BYTES) {
            Some(window) => u128::from_be_bytes(window.try_into().ok()?),
            None => pack(&text[start..end]),
        };
        let keep = !0u128 << (8 * (KEY_BYTES - n));
        let raw = raw & keep;
        if raw & (HIGH_BITS & keep) != 0 {
            return self.word_slow(&text[start..end]);
        }
        // (Bit 5 set lower-cases it, as in `word_at`.)
        let key = raw | (LOWER_BITS & keep);
        if let Some(e) = self.get_key(key) {
            return Some((e, false));
        }
        // A possessive: look the stem up.
        let tail = (key >> (8 * (KEY_BYTES - n))) as u16;
        if n > 2 && tail == u16::from_be_bytes(*b"'s") {
            let stem = key & (!0u128 << (8 * (KEY_BYTES - n + 2)));
            return self.get_key(stem).map(|e| (e, true));
        }
        None
    }

    /// [`Lexicon::word_at`] for long words and words with non-ASCII chars.
    fn word_slow(&self, w: &[u8]) -> Option<(Entry, bool)> {
        let mut buf = [0u8; MAX_WORD];
        let n = fold(w, &mut buf)?;
        let w = &buf[..n];
        if let Some(e) = self.get(w) {
            return Some((e, false));
        }
        let stem = w.strip_suffix(b"'s").filter(|s| !s.is_empty())?;
        self.get(stem).map(|e| (e, true))
    }

    /// The entry of a word in any case (`"Attack"`, `"Putin’s"` is looked up as `putin's`).
    pub fn lookup(&self, word: &str) -> Option<Entry> {
        let mut buf = [0u8; MAX_WORD];
        let n = fold(word.as_bytes(), &mut buf)?;
        self.get(&buf[..n])
    }
}

/// Lower-cases `w` into `buf`: ASCII letters are lower-cased, the apostrophes `’` `‘` `ʼ` become
/// `'` and the hyphens U+2010 and U+2011 become `-`. `None` when the word does not fit or has a
/// char no lexicon word has (so it cannot match), or is not UTF-8.
pub(crate) fn fold(w: &[u8], buf: &mut [u8; MAX_WORD]) -> Option<usize> {
    // Byte by byte: the chars it maps are three bytes (`E2 80 xx`) or two (`CA BC`), and any
    // other non-ASCII byte rules the word out, valid UTF-8 or not. (Decoding the word as chars
    // first cost a few hundred instructions per word, and most such words only have a curly
    // apostrophe: "Putin’s", "don’t".)
    let mut n = 0;
    let mut i = 0;
    while i < w.len() {
        let (b, len) = match w[i..] {
            [c, ..] if c.is_ascii() => (c.to_ascii_lowercase(), 1),
            // ’ ‘ (U+2019, U+2018) and ʼ (U+02BC)
            [0xE2, 0x80, 0x98 | 0x99, ..] => (b'\'', 3),
            [0xCA, 0xBC, ..] => (b'\'', 2),
            // U+2010, U+2011
            [0xE2, 0x80, 0x90 | 0x91, ..] => (b'-', 3),
            _ => return None,
        };
        *buf.get_mut(n)? = b;
        n += 1;
        i += len;
    }
    Some(n)
}

fn problem(source: &'static str, i: usize, reason: &str) -> Problem {
    Problem {
        source,
        line: i + 1,
        reason: reason.to_string(),
    }
}

/// A valence with at most one decimal, in tenths.
fn tenths(s: &str) -> Option<i8> {
    let v: f64 = s.trim().parse().ok()?;
    let t = (v * 10.0).round();
    ((-40.0..=40.0).contains(&t) && (v * 10.0 - t).abs() < 1e-6).then_some(t as i8)
}

/// A lexicon word as bytes: lower-case ASCII letters, inner `'` or `-`, at most [`MAX_WORD`].
fn word_key(w: &str) -> Option<&[u8]> {
    let b = w.as_bytes();
    let ok = !b.is_empty()
        && b.len() <= MAX_WORD
        && b.iter()
            .all(|&c| c.is_ascii_lowercase() || c == b'\'' || c == b'-')
        && b[0].is_ascii_lowercase()
        && b[b.len() - 1].is_ascii_lowercase();
    ok.then_some(b)
}

/// Calls `f` with every word form a hand list names, expanding `/s` and `/v` items.
fn for_each_word(
    text: &str,
    source: &'static str,
    problems: &mut Vec<Problem>,
    mut f: impl FnMut(Vec<u8>),
) {
    for (i, line) in text.lines().enumerate() {
        let line = line.split('#').next().unwrap_or("");
        for item in line.split_whitespace() {
            let (stem, kind) = match item.split_once('/') {
                Some((stem, kind)) => (stem, Some(kind)),
                None => (item, None),
            };
            let Some(stem) = word_key(stem) else {
                problems.push(problem(source, i, &format!("not a word: {item:?}")));
                continue;
            };
            match kind {
                None => f(stem.to_vec()),
                Some("s") => {
                    f(plural(stem));
                    f(stem.to_vec());
                }
                Some("v") => {
                    f(plural(stem));
                    f(past(stem));
                    f(gerund(stem));
                    f(stem.to_vec());
                }
                Some(other) => {
                    problems.push(problem(source, i, &format!("unknown suffix /{other}")));
                }
            }
        }
    }
}

fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// Ends in a consonant and `y` (`carry`, not `play`).
fn consonant_y(w: &[u8]) -> bool {
    w.len() >= 2 && w[w.len() - 1] == b'y' && !is_vowel(w[w.len() - 2])
}

/// `attack` → `attacks`, `crash` → `crashes`, `casualty` → `casualties`.
pub(crate) fn plural(w: &[u8]) -> Vec<u8> {
    let mut out = w.to_vec();
    if consonant_y(w) {
        out.pop();
        out.extend_from_slice(b"ies");
    } else if w.ends_with(b"s")
        || w.ends_with(b"x")
        || w.ends_with(b"z")
        || w.ends_with(b"ch")
        || w.ends_with(b"sh")
    {
        out.extend_from_slice(b"es");
    } else {
        out.push(b's');
    }
    out
}

/// `attack` → `attacked`, `invade` → `invaded`, `worry` → `worried`.
pub(crate) fn past(w: &[u8]) -> Vec<u8> {
    let mut out = w.to_vec();
    if consonant_y(w) {
        out.pop();
        out.extend_from_slice(b"ied");
    } else if w.ends_with(b"e") {
        out.push(b'd');
    } else {
        out.extend_from_slice(b"ed");
    }
    out
}

/// `attack` → `attacking`, `invade` → `invading`, `flee` → `fleeing`, `die` → `dying`.
pub(crate) fn gerund(w: &[u8]) -> Vec<u8> {
    let mut out = w.to_vec();
    if w.ends_with(b"ie") {
        out.truncate(out.len() - 2);
        out.extend_from_slice(b"ying");
    } else if w.ends_with(b"e") && !w.ends_with(b"ee") && !w.ends_with(b"ye") && !w.ends_with(b"oe")
    {
        out.pop();
        out.extend_from_slice(b"ing");
    } else {
        out.extend_from_slice(b"ing");
    }
    out
}
