//! The thread's memo of what the lexicon says about words ([`WordMemo`]): one probe of a flat
//! table per distinct word of an article.
//!
//! The memo outgrows the caches (tens of thousands of words over a day's news), so what a probe
//! costs is the cache misses it takes. A hash map of `(key, WordInfo)` pairs took two, one after
//! the other: its control bytes, then its 64-byte entry. Here a slot is 32 bytes, the word's
//! [`crate::runs::short_key`] and its [`WordInfo`] packed into 16 bytes, in a table probed
//! linearly from the key's hash: one cache line, one miss, and half the footprint.

use lexicon::{Lexicon, PlaceHint, PlaceKind, WordInfo};
use rustc_hash::FxHashMap;

/// How many words the memo keeps (about 2 MB): far more than the distinct capitalised words of
/// a day's news. Full, it starts afresh.
const CAPACITY: usize = 1 << 16;

/// The fewest slots the table starts with (it doubles to keep at most half of them full):
/// 1 MB, room for the words of a few hundred articles, which a thread reads in any run worth
/// timing. (Starting small, the table was copied into a larger one three times in the first
/// hundred articles.)
const MIN_SLOTS: usize = 1 << 15;

/// A memo of [`Lexicon::word`] across the articles a thread reads.
#[derive(Default)]
pub(crate) struct WordMemo {
    /// The address of the lexicon the answers are from. (Outside its own crate the only
    /// lexicon is the process-wide [`Lexicon::shared`], which lives as long as the process;
    /// another one starts the memo afresh.)
    lexicon: usize,
    /// Words of up to 15 bytes, by short key (a power-of-two number of slots, or none yet).
    slots: Vec<Slot>,
    /// How many slots are full.
    len: usize,
    /// Longer words.
    long: FxHashMap<Box<str>, WordInfo>,
}

/// A word's short key (0: an empty slot; a word's key is never 0, its length byte is not) and
/// what the lexicon says about it.
#[derive(Clone, Copy, Default)]
#[repr(C, align(32))]
struct Slot {
    key: u128,
    info: Packed,
}

/// A [`WordInfo`] in 16 bytes (the layout of the lexicon's compiled word table).
#[derive(Clone, Copy, Default)]
struct Packed {
    flags: u16,
    /// 0: no place; else 1 + the place kind's position in [`KINDS`].
    kind: u8,
    gender: i8,
    /// NaN: none (no list holds a NaN frequency).
    given: f32,
    surname: f32,
    population: u32,
}

const KINDS: [PlaceKind; 4] = [
    PlaceKind::Continent,
    PlaceKind::Country,
    PlaceKind::Region,
    PlaceKind::City,
];

impl Packed {
    /// `info` packed, if it fits exactly (a population over `u32::MAX` does not: such a word is
    /// asked of the lexicon every time, which no list makes happen in practice).
    fn of(info: &WordInfo) -> Option<Packed> {
        let freq = |f: Option<f32>| match f {
            Some(f) if f.is_nan() => None,
            Some(f) => Some(f),
            None => Some(f32::NAN),
        };
        let (kind, population) = match info.place {
            None => (0, 0),
            Some(p) => (
                KINDS.iter().position(|&k| k == p.kind)? as u8 + 1,
                u32::try_from(p.population).ok()?,
            ),
        };
        Some(Packed {
            flags: info.flags,
            kind,
            gender: info.gender,
            given: freq(info.given)?,
            surname: freq(info.surname)?,
            population,
        })
    }

    fn unpack(&self) -> WordInfo {
        let freq = |f: f32| (!f.is_nan()).then_some(f);
        WordInfo {
            flags: self.flags,
            given: freq(self.given),
            surname: freq(self.surname),
            place: KINDS
                .get(usize::from(self.kind).wrapping_sub(1))
                .map(|&kind| PlaceHint {
                    kind,
                    population: u64::from(self.population),
                }),
            gender: self.gender,
        }
    }
}

/// Where the probe for `key` starts in a table of `mask + 1` slots.
fn home(key: u128, mask: usize) -> usize {
    let x = key as u64 ^ (key >> 64) as u64;
    let h = (x ^ x >> 29).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (h >> 32) as usize & mask
}

impl WordMemo {
    /// Starts afresh if the answers are from another lexicon or the memo is full.
    pub fn prepare(&mut self, lex: &Lexicon) {
        let lexicon = std::ptr::from_ref(lex) as usize;
        if self.lexicon != lexicon || self.len + self.long.len() >= CAPACITY {
            self.slots.fill(Slot::default());
            self.len = 0;
            self.long.clear();
            self.lexicon = lexicon;
        }
    }

    /// What the lexicon says about `word` (its short key when it has one), asking `lex` the
    /// first time. (`word` is asked for only then, or when there is no short key.)
    pub fn get<'w>(
        &mut self,
        word: impl FnOnce() -> &'w str,
        key: Option<u128>,
        lex: &Lexicon,
    ) -> WordInfo {
        let Some(key) = key else {
            let word = word();
            // (Looked up before any entry: a new word needs a copy, a known one does not.)
            if let Some(&info) = self.long.get(word) {
                return info;
            }
            let info = lex.word(word);
            self.long.insert(word.into(), info);
            return info;
        };
        if let Some(info) = self.find(key) {
            return info;
        }
        let info = lex.word(word());
        if let Some(packed) = Packed::of(&info) {
            self.insert(key, packed);
        }
        info
    }

    fn find(&self, key: u128) -> Option<WordInfo> {
        let mask = self.slots.len().checked_sub(1)?;
        let mut s = home(key, mask);
        loop {
            let slot = &self.slots[s];
            if slot.key == key {
                return Some(slot.info.unpack());
            }
            if slot.key == 0 {
                return None;
            }
            s = (s + 1) & mask;
        }
    }

    /// Adds `key`, not in the table yet.
    fn insert(&mut self, key: u128, info: Packed) {
        if (self.len + 1) * 2 > self.slots.len() {
            let slots = (self.slots.len() * 2).max(MIN_SLOTS);
            let old = std::mem::replace(&mut self.slots, vec![Slot::default(); slots]);
            for slot in old.into_iter().filter(|s| s.key != 0) {
                self.place(slot);
            }
        }
        self.place(Slot { key, info });
        self.len += 1;
    }

    fn place(&mut self, slot: Slot) {
        let mask = self.slots.len() - 1;
        let mut s = home(slot.key, mask);
        while self.slots[s].key != 0 {
            s = (s + 1) & mask;
        }
        self.slots[s] = slot;
    }
}

/// The words of up to 15 bytes an article has looked up so far, by short key, with what a token
/// of the word keeps (its index into the article's list of words and its flags: see
/// [`crate::runs::Tokens`]'s slots, less the stamp): asked once per token a rule
/// asks about, so a probe is one hash and one compare in a flat table, like the thread's memo
/// but small enough to stay in the cache. Emptied for the next article by the slots it filled,
/// not by zeroing the table.
#[derive(Default)]
pub(crate) struct ArticleWords {
    /// `(short key, value)`, a key of 0 for an empty slot (a power-of-two number, or none yet).
    slots: Vec<(u128, u64)>,
    /// The slots in use.
    filled: Vec<u32>,
}

/// The fewest slots of [`ArticleWords`]: room for the capitalised words of most articles.
const MIN_ARTICLE_SLOTS: usize = 1 << 9;

impl ArticleWords {
    /// Empties the table (only the slots in use are touched).
    pub fn clear(&mut self) {
        for &s in &self.filled {
            self.slots[s as usize].0 = 0;
        }
        self.filled.clear();
    }

    /// The value of `key`, or `new()`'s if the article had not met it yet.
    #[inline]
    pub fn value_of(&mut self, key: u128, new: impl FnOnce() -> u64) -> u64 {
        if (self.filled.len() + 1) * 2 > self.slots.len() {
            self.grow();
        }
        let mask = self.slots.len() - 1;
        let mut s = home(key, mask);
        loop {
            let slot = &mut self.slots[s];
            if slot.0 == key {
                return slot.1;
            }
            if slot.0 == 0 {
                let value = new();
                *slot = (key, value);
                self.filled.push(s as u32);
                return value;
            }
            s = (s + 1) & mask;
        }
    }

    #[cold]
    fn grow(&mut self) {
        let slots = (self.slots.len() * 2).max(MIN_ARTICLE_SLOTS);
        let old = std::mem::replace(&mut self.slots, vec![(0, 0); slots]);
        let mask = slots - 1;
        for &f in &self.filled {
            let (key, value) = old[f as usize];
            let mut s = home(key, mask);
            while self.slots[s].0 != 0 {
                s = (s + 1) & mask;
            }
            self.slots[s] = (key, value);
        }
        self.filled.clear();
        for (s, slot) in self.slots.iter().enumerate() {
            if slot.0 != 0 {
                self.filled.push(s as u32);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Packed, WordMemo};
    use lexicon::{Lexicon, PlaceHint, PlaceKind, WordInfo};

    /// A packed info unpacks to itself, and one that cannot be packed exactly is not.
    #[test]
    fn packing_is_exact() {
        let lex = Lexicon::shared();
        for w in [
            "Paris", "Putin", "Mary", "the", "NATO", "Asia", "Jordan", "Zzyzx",
        ] {
            let info = lex.word(w);
            let packed = Packed::of(&info).expect("packs");
            assert_eq!(packed.unpack(), info, "{w}");
        }
        let huge = WordInfo {
            place: Some(PlaceHint {
                kind: PlaceKind::Continent,
                population: 5_000_000_000,
            }),
            ..WordInfo::default()
        };
        assert!(Packed::of(&huge).is_none());
    }

    /// The article's table numbers each key once, through its growth, and forgets them all
    /// when cleared.
    #[test]
    fn article_words_number_each_key_once() {
        let mut words = super::ArticleWords::default();
        for round in 0..2 {
            let mut next = 0;
            for i in 1..=2_000u128 {
                let value = words.value_of(i, || {
                    next += 1;
                    next - 1
                });
                assert_eq!(u128::from(value) + 1, i, "round {round}");
            }
            for i in (1..=2_000u128).rev() {
                assert_eq!(u128::from(words.value_of(i, || unreachable!())) + 1, i);
            }
            words.clear();
        }
    }

    /// The memo answers as the lexicon does, through its growth.
    #[test]
    fn memo_answers_as_the_lexicon() {
        let lex = Lexicon::shared();
        let mut memo = WordMemo::default();
        memo.prepare(lex);
        let words: Vec<String> = (0..10_000).map(|i| format!("W{i}")).collect();
        for round in 0..2 {
            for w in words
                .iter()
                .map(String::as_str)
                .chain(["Paris", "Mary", "Asia"])
            {
                let key = crate::runs::short_key(w);
                assert_eq!(memo.get(|| w, key, lex), lex.word(w), "{w} (round {round})");
            }
        }
        assert_eq!(memo.len, words.len() + 3);
    }
}
