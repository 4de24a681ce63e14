//! Compiled hash tables: a key → fixed-size payload table in one byte string, built by the build
//! script and read in place at run time, so loading costs nothing and every process maps the
//! same read-only pages. Two tables use it: the lexicon's [`WordTable`] (payload: a
//! [`WordInfo`]; the single words, and the place names of several words with only their place
//! set) and the gazetteer's name index ([`KeyIndex`], payload: a `u32`). While a table is
//! being built (in the build script and in tests) it is a hash map.
//!
//! Layout (all integers little-endian): a 16-byte header — slot count (a power of two, at least
//! twice the entries), entry count, slot size, filter size in 64-bit words — then the filter,
//! then the slots, then the long keys. A slot is 16 bytes of key and the payload: a key of up
//! to 15 bytes sits in the slot itself (length byte, then the bytes), so a lookup usually reads
//! one cache line; a longer key is marked by length byte 255 and stored after the slots (u32
//! offset and u32 length at bytes 4 and 8). Length 0 marks an empty slot. Linear probing from
//! the key's hash.
//!
//! A table most lookups miss (the place names of several words: a name finder asks it about
//! every candidate name, and few are places) has a filter ([`WordTable::compile_filtered`]):
//! a Bloom filter of three bits per key, all in one 64-bit word, of 8 to 16 bits per key (the
//! places' filter is 64 KiB and stays in cache, where the table's 4 MiB of slots do not; it
//! holds about 2% of the keys it was not built from). A key the filter does not hold is not
//! in the table: a lookup ends without touching a slot.
//!
//! Word payload (16 bytes): flags u16 · place kind u8 · given-name gender i8 · given f32 ·
//! surname f32 (NaN: none) · population u32.

use crate::{PlaceHint, PlaceKind, WordInfo};
use rustc_hash::FxHashMap;

const HEADER: usize = 16;
const KEY_AREA: usize = 16;
const INLINE: usize = KEY_AREA - 1;
const LONG: u8 = 255;

/// The hash of a key, the same in the build script and at run time on every platform.
fn hash(key: &[u8]) -> u64 {
    const K: u64 = 0xf135_7aea_2e62_a9c5;
    let mut h = key.len() as u64;
    let mut chunks = key.chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        h = (h ^ u64::from_le_bytes(w)).wrapping_mul(K).rotate_left(26);
    }
    h = (h ^ tail_word(chunks.remainder())).wrapping_mul(K);
    h ^ (h >> 29)
}

/// The last bytes of a key (fewer than eight), little-endian and zero-padded, as a word: the
/// same as copying them into a zeroed `[u8; 8]`, without a call to `memcpy` for a few bytes.
pub(crate) fn tail_word(rest: &[u8]) -> u64 {
    rest.iter()
        .enumerate()
        .fold(0, |w, (k, &b)| w | u64::from(b) << (8 * k))
}

fn u32_at(b: &[u8], at: usize) -> u32 {
    match b.get(at..at + 4) {
        Some(&[x0, x1, x2, x3]) => u32::from_le_bytes([x0, x1, x2, x3]),
        _ => 0,
    }
}

/// The filter word of hash `h` in a filter of `words` words (a power of two), and the key's
/// three bits in it. (The slot comes from the low bits of the hash, the filter from the high.)
fn filter_bits(h: u64, words: usize) -> (usize, u64) {
    let word = (h >> 32) as usize & (words - 1);
    let bits = [45, 51, 57]
        .iter()
        .fold(0, |m, &at| m | 1 << (h >> at & 63));
    (word, bits)
}

/// Compiles `entries` (keys unique and not empty, payloads all `payload_len` bytes long), with
/// a filter of at least `filter_bits_per_key` bits per key (0: none; a power of two words).
fn compile(
    mut entries: Vec<(&str, Vec<u8>)>,
    payload_len: usize,
    filter_bits_per_key: usize,
) -> Vec<u8> {
    entries.sort_by(|a, b| a.0.cmp(b.0));
    let n = entries.len();
    let slots = (n * 2).next_power_of_two().max(2);
    let slot_size = KEY_AREA + payload_len;
    let filter_words = match filter_bits_per_key {
        0 => 0,
        bits => (n * bits / 64).next_power_of_two(),
    };
    let mut filter = vec![0u64; filter_words];
    let mut table = vec![0u8; slots * slot_size];
    let mut long_keys: Vec<u8> = Vec::new();
    for (k, payload) in &entries {
        assert!(!k.is_empty(), "empty key");
        assert_eq!(payload.len(), payload_len, "payload of {k:?}");
        let h = hash(k.as_bytes());
        if filter_words > 0 {
            let (word, bits) = filter_bits(h, filter_words);
            filter[word] |= bits;
        }
        let mut s = (h as usize) & (slots - 1);
        while table[s * slot_size] != 0 {
            s = (s + 1) & (slots - 1);
        }
        let slot = &mut table[s * slot_size..(s + 1) * slot_size];
        if k.len() <= INLINE {
            slot[0] = k.len() as u8;
            slot[1..1 + k.len()].copy_from_slice(k.as_bytes());
        } else {
            slot[0] = LONG;
            slot[4..8].copy_from_slice(&(long_keys.len() as u32).to_le_bytes());
            slot[8..12].copy_from_slice(&(k.len() as u32).to_le_bytes());
            long_keys.extend(k.as_bytes());
        }
        slot[KEY_AREA..].copy_from_slice(payload);
    }
    let mut out = Vec::with_capacity(HEADER + filter_words * 8 + table.len() + long_keys.len());
    for x in [slots, n, slot_size, filter_words] {
        out.extend((x as u32).to_le_bytes());
    }
    out.extend(filter.iter().flat_map(|w| w.to_le_bytes()));
    out.extend(table);
    out.extend(long_keys);
    out
}

/// A compiled table's shape.
struct Shape {
    slots: usize,
    n: usize,
    slot_size: usize,
    /// The filter's size in 64-bit words (0: no filter).
    filter_words: usize,
}

impl Shape {
    fn of(b: &[u8]) -> Shape {
        Shape {
            slots: u32_at(b, 0) as usize,
            n: u32_at(b, 4) as usize,
            slot_size: u32_at(b, 8) as usize,
            filter_words: u32_at(b, 12) as usize,
        }
    }
    fn first_slot(&self) -> usize {
        HEADER + self.filter_words * 8
    }
    fn long_keys(&self) -> usize {
        self.first_slot() + self.slots * self.slot_size
    }
    /// May the table hold the key of hash `h`? (Without a filter: it may.)
    fn may_hold(&self, b: &[u8], h: u64) -> bool {
        if self.filter_words == 0 {
            return true;
        }
        let (word, bits) = filter_bits(h, self.filter_words);
        let at = HEADER + word * 8;
        let word = match b.get(at..at + 8) {
            Some(&[x0, x1, x2, x3, x4, x5, x6, x7]) => {
                u64::from_le_bytes([x0, x1, x2, x3, x4, x5, x6, x7])
            }
            _ => 0,
        };
        word & bits == bits
    }
    /// Slot `s`: its key (`None` when empty) and payload.
    fn slot<'b>(&self, b: &'b [u8], s: usize) -> Option<(&'b [u8], &'b [u8])> {
        let at = self.first_slot() + s * self.slot_size;
        let slot = b.get(at..at + self.slot_size)?;
        let key = match slot[0] {
            0 => return None,
            LONG => {
                let (off, len) = (u32_at(slot, 4) as usize, u32_at(slot, 8) as usize);
                let keys = self.long_keys();
                b.get(keys + off..keys + off + len)?
            }
            len => slot.get(1..1 + len as usize)?,
        };
        Some((key, &slot[KEY_AREA..]))
    }
}

/// The payload of `key` in compiled table `b`.
fn find<'b>(b: &'b [u8], key: &[u8]) -> Option<&'b [u8]> {
    let shape = Shape::of(b);
    if shape.slots == 0 || key.is_empty() {
        return None;
    }
    let h = hash(key);
    if !shape.may_hold(b, h) {
        return None;
    }
    let mut s = (h as usize) & (shape.slots - 1);
    loop {
        let (k, payload) = shape.slot(b, s)?;
        if k == key {
            return Some(payload);
        }
        s = (s + 1) & (shape.slots - 1);
    }
}

/// Every entry of compiled table `b`, in slot order.
fn entries(b: &[u8]) -> impl Iterator<Item = (&str, &[u8])> {
    let shape = Shape::of(b);
    (0..shape.slots).filter_map(move |s| {
        let (k, p) = shape.slot(b, s)?;
        Some((std::str::from_utf8(k).ok()?, p))
    })
}

fn kind_code(kind: Option<PlaceKind>) -> u8 {
    match kind {
        None => 0,
        Some(PlaceKind::Continent) => 1,
        Some(PlaceKind::Country) => 2,
        Some(PlaceKind::Region) => 3,
        Some(PlaceKind::City) => 4,
    }
}

fn kind_of(code: u8) -> Option<PlaceKind> {
    Some(match code {
        1 => PlaceKind::Continent,
        2 => PlaceKind::Country,
        3 => PlaceKind::Region,
        4 => PlaceKind::City,
        _ => return None,
    })
}

fn encode_word(w: &WordInfo) -> Vec<u8> {
    let mut p = Vec::with_capacity(16);
    p.extend(w.flags.to_le_bytes());
    p.push(kind_code(w.place.map(|p| p.kind)));
    p.push(w.gender as u8);
    p.extend(w.given.unwrap_or(f32::NAN).to_le_bytes());
    p.extend(w.surname.unwrap_or(f32::NAN).to_le_bytes());
    let population = w
        .place
        .map_or(0, |p| p.population.min(u32::MAX as u64) as u32);
    p.extend(population.to_le_bytes());
    p
}

fn decode_word(p: &[u8]) -> WordInfo {
    let f = |at: usize| {
        let x = f32::from_bits(u32_at(p, at));
        (!x.is_nan()).then_some(x)
    };
    WordInfo {
        flags: u16::from_le_bytes([
            p.first().copied().unwrap_or(0),
            p.get(1).copied().unwrap_or(0),
        ]),
        given: f(4),
        surname: f(8),
        place: kind_of(p.get(2).copied().unwrap_or(0)).map(|kind| PlaceHint {
            kind,
            population: u64::from(u32_at(p, 12)),
        }),
        gender: p.get(3).copied().unwrap_or(0) as i8,
    }
}

/// The lexicon's word table, as built or as compiled.
#[derive(Debug, Clone)]
pub enum WordTable {
    Map(FxHashMap<&'static str, WordInfo>),
    Compiled(&'static [u8]),
}

impl Default for WordTable {
    fn default() -> Self {
        WordTable::Map(FxHashMap::default())
    }
}

impl PartialEq for WordTable {
    fn eq(&self, other: &Self) -> bool {
        let sorted = |t: &WordTable| {
            let mut v: Vec<(&'static str, WordInfo)> = t.iter().collect();
            v.sort_by_key(|e| e.0);
            v
        };
        self.len() == other.len() && sorted(self) == sorted(other)
    }
}

impl WordTable {
    /// What the table knows about `key` (already folded).
    pub fn get(&self, key: &str) -> Option<WordInfo> {
        self.get_bytes(key.as_bytes())
    }

    /// [`WordTable::get`] of a key as bytes (a key that is not UTF-8 is in no table).
    pub fn get_bytes(&self, key: &[u8]) -> Option<WordInfo> {
        match self {
            WordTable::Map(m) => m.get(std::str::from_utf8(key).ok()?).copied(),
            WordTable::Compiled(b) => find(b, key).map(decode_word),
        }
    }

    pub fn len(&self) -> usize {
        match self {
            WordTable::Map(m) => m.len(),
            WordTable::Compiled(b) => Shape::of(b).n,
        }
    }

    /// The table being built (a compiled table is first turned back into a map).
    pub fn map_mut(&mut self) -> &mut FxHashMap<&'static str, WordInfo> {
        if let WordTable::Compiled(_) = self {
            *self = WordTable::Map(self.iter().collect());
        }
        match self {
            WordTable::Map(m) => m,
            WordTable::Compiled(_) => unreachable!("just made a map"),
        }
    }

    /// Every entry, in no particular order.
    pub fn iter(&self) -> Box<dyn Iterator<Item = (&'static str, WordInfo)> + '_> {
        match self {
            WordTable::Map(m) => Box::new(m.iter().map(|(k, v)| (*k, *v))),
            WordTable::Compiled(b) => {
                let b: &'static [u8] = b;
                Box::new(entries(b).map(|(k, p)| (k, decode_word(p))))
            }
        }
    }

    /// The compiled form of the table.
    pub fn compile(&self) -> Vec<u8> {
        compile(
            self.iter().map(|(k, w)| (k, encode_word(&w))).collect(),
            16,
            0,
        )
    }

    /// The compiled form of the table with a filter in front of its slots, for a table most
    /// lookups miss (see the module's documentation).
    pub fn compile_filtered(&self) -> Vec<u8> {
        compile(
            self.iter().map(|(k, w)| (k, encode_word(&w))).collect(),
            16,
            8,
        )
    }
}

/// A name index: folded name → `u32`, as built or as compiled.
#[derive(Debug, Clone)]
pub enum KeyIndex {
    Map(FxHashMap<Box<str>, u32>),
    Compiled(&'static [u8]),
}

impl Default for KeyIndex {
    fn default() -> Self {
        KeyIndex::Map(FxHashMap::default())
    }
}

impl PartialEq for KeyIndex {
    fn eq(&self, other: &Self) -> bool {
        let sorted = |t: &KeyIndex| {
            let mut v: Vec<(String, u32)> = t.iter().map(|(k, v)| (k.to_string(), v)).collect();
            v.sort();
            v
        };
        sorted(self) == sorted(other)
    }
}

impl KeyIndex {
    pub fn get(&self, key: &str) -> Option<u32> {
        match self {
            KeyIndex::Map(m) => m.get(key).copied(),
            KeyIndex::Compiled(b) => find(b, key.as_bytes()).map(|p| u32_at(p, 0)),
        }
    }

    /// The index being built (a compiled index is first turned back into a map).
    pub fn map_mut(&mut self) -> &mut FxHashMap<Box<str>, u32> {
        if let KeyIndex::Compiled(_) = self {
            *self = KeyIndex::Map(self.iter().map(|(k, v)| (k.into(), v)).collect());
        }
        match self {
            KeyIndex::Map(m) => m,
            KeyIndex::Compiled(_) => unreachable!("just made a map"),
        }
    }

    /// Every entry, in no particular order.
    pub fn iter(&self) -> Box<dyn Iterator<Item = (&str, u32)> + '_> {
        match self {
            KeyIndex::Map(m) => Box::new(m.iter().map(|(k, v)| (&**k, *v))),
            KeyIndex::Compiled(b) => Box::new(entries(b).map(|(k, p)| (k, u32_at(p, 0)))),
        }
    }

    /// The compiled form of the index.
    pub fn compile(&self) -> Vec<u8> {
        self.compile_with_filter(0)
    }

    /// The compiled form of the index with a filter in front of its slots, for an index most
    /// lookups miss (see the module's documentation).
    pub fn compile_filtered(&self) -> Vec<u8> {
        self.compile_with_filter(8)
    }

    fn compile_with_filter(&self, filter_bits_per_key: usize) -> Vec<u8> {
        compile(
            self.iter()
                .map(|(k, v)| (k, v.to_le_bytes().to_vec()))
                .collect(),
            4,
            filter_bits_per_key,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::WordTable;
    use crate::WordInfo;

    /// A filtered table answers as the map it was compiled from, and its filter lets through
    /// few of the keys it does not hold.
    #[test]
    fn a_filtered_table_answers_like_the_map() {
        let keys: Vec<&'static str> = (0..5000).map(|i| &*format!("place {i}").leak()).collect();
        let mut map = WordTable::default();
        for (i, k) in keys.iter().enumerate() {
            map.map_mut().insert(
                k,
                WordInfo {
                    flags: i as u16,
                    ..WordInfo::default()
                },
            );
        }
        let compiled = WordTable::Compiled(map.compile_filtered().leak());
        assert!(compiled == map);
        for k in &keys {
            assert_eq!(compiled.get(k), map.get(k), "{k}");
        }
        let bytes = match &compiled {
            WordTable::Compiled(b) => *b,
            WordTable::Map(_) => unreachable!(),
        };
        let shape = super::Shape::of(bytes);
        assert!(shape.filter_words * 64 >= keys.len() * 8);
        let others: Vec<String> = (0..10_000).map(|i| format!("other {i}")).collect();
        let passed = others
            .iter()
            .filter(|k| shape.may_hold(bytes, super::hash(k.as_bytes())))
            .count();
        assert!(passed < others.len() / 20, "{passed} of {}", others.len());
        assert!(others.iter().all(|k| compiled.get(k).is_none()));
    }
}
