//! Compiled hash tables: a key → fixed-size payload table in one byte string, built by the build
//! script and read in place at run time, so loading costs nothing and every process maps the
//! same read-only pages. Two tables use it: the lexicon's [`WordTable`] (payload: a
//! [`WordInfo`]) and the gazetteer's name index ([`KeyIndex`], payload: a `u32`). While a table is
//! being built (in the build script and in tests) it is a hash map.
//!
//! Layout (all integers little-endian):
//!
//! ```text
//! u32 slot count (a power of two) · u32 entry count · u32 entry size
//! slots:   u32 each — 0 empty, else entry index + 1 in the low 20 bits, 12 bits of hash above
//! entries: key offset u32 · key length u32 · payload (entry size − 8 bytes)
//! keys:    the keys, back to back
//! ```
//! Word payload (16 bytes): flags u16 · place kind u8 · pad u8 · given f32 · surname f32 (NaN:
//! none) · population u32.

use crate::{PlaceHint, PlaceKind, WordInfo};
use rustc_hash::FxHashMap;

const HEADER: usize = 12;
const INDEX_BITS: u32 = 20;
const INDEX_MASK: u32 = (1 << INDEX_BITS) - 1;

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
    let rest = chunks.remainder();
    let mut w = [0u8; 8];
    w[..rest.len()].copy_from_slice(rest);
    h = (h ^ u64::from_le_bytes(w)).wrapping_mul(K);
    h ^ (h >> 29)
}

fn tag(h: u64) -> u32 {
    (h >> 52) as u32 & 0xfff
}

fn u32_at(b: &[u8], at: usize) -> u32 {
    match b.get(at..at + 4) {
        Some(&[x0, x1, x2, x3]) => u32::from_le_bytes([x0, x1, x2, x3]),
        _ => 0,
    }
}

/// Compiles `entries` (keys unique, payloads all `payload_len` bytes long).
fn compile(mut entries: Vec<(&str, Vec<u8>)>, payload_len: usize) -> Vec<u8> {
    entries.sort_by(|a, b| a.0.cmp(b.0));
    let n = entries.len();
    assert!(
        n < INDEX_MASK as usize,
        "table too large for its slot format"
    );
    let slots = (n * 2).next_power_of_two().max(2);
    let entry_size = 8 + payload_len;
    let mut slot = vec![0u32; slots];
    let mut keys: Vec<u8> = Vec::new();
    let mut body = Vec::with_capacity(n * entry_size);
    for (i, (k, payload)) in entries.iter().enumerate() {
        assert_eq!(payload.len(), payload_len, "payload of {k:?}");
        let h = hash(k.as_bytes());
        let mut s = (h as usize) & (slots - 1);
        while slot[s] != 0 {
            s = (s + 1) & (slots - 1);
        }
        slot[s] = (i as u32 + 1) | (tag(h) << INDEX_BITS);
        body.extend((keys.len() as u32).to_le_bytes());
        body.extend((k.len() as u32).to_le_bytes());
        body.extend(payload);
        keys.extend(k.as_bytes());
    }
    let mut out = Vec::with_capacity(HEADER + slots * 4 + body.len() + keys.len());
    for x in [slots, n, entry_size] {
        out.extend((x as u32).to_le_bytes());
    }
    for s in slot {
        out.extend(s.to_le_bytes());
    }
    out.extend(body);
    out.extend(keys);
    out
}

/// A compiled table's shape.
struct Shape {
    slots: usize,
    n: usize,
    entry_size: usize,
}

impl Shape {
    fn of(b: &[u8]) -> Shape {
        Shape {
            slots: u32_at(b, 0) as usize,
            n: u32_at(b, 4) as usize,
            entry_size: u32_at(b, 8) as usize,
        }
    }
    fn entries(&self) -> usize {
        HEADER + self.slots * 4
    }
    fn keys(&self) -> usize {
        self.entries() + self.n * self.entry_size
    }
    /// Entry `i`: its key and payload.
    fn entry<'b>(&self, b: &'b [u8], i: usize) -> (&'b str, &'b [u8]) {
        let at = self.entries() + i * self.entry_size;
        let (off, len) = (u32_at(b, at) as usize, u32_at(b, at + 4) as usize);
        let key = b
            .get(self.keys() + off..self.keys() + off + len)
            .and_then(|k| std::str::from_utf8(k).ok())
            .unwrap_or_default();
        (key, b.get(at + 8..at + self.entry_size).unwrap_or_default())
    }
}

/// The payload of `key` in compiled table `b`.
fn find<'b>(b: &'b [u8], key: &[u8]) -> Option<&'b [u8]> {
    let shape = Shape::of(b);
    if shape.slots == 0 {
        return None;
    }
    let h = hash(key);
    let want = tag(h);
    let mut s = (h as usize) & (shape.slots - 1);
    loop {
        let v = u32_at(b, HEADER + s * 4);
        if v == 0 {
            return None;
        }
        if v >> INDEX_BITS == want {
            let at = shape.entries() + ((v & INDEX_MASK) as usize - 1) * shape.entry_size;
            let (off, len) = (u32_at(b, at) as usize, u32_at(b, at + 4) as usize);
            let keys = shape.keys();
            if b.get(keys + off..keys + off + len) == Some(key) {
                return b.get(at + 8..at + shape.entry_size);
            }
        }
        s = (s + 1) & (shape.slots - 1);
    }
}

/// Every entry of compiled table `b`, in key order.
fn entries(b: &[u8]) -> impl Iterator<Item = (&str, &[u8])> {
    let shape = Shape::of(b);
    (0..shape.n).map(move |i| shape.entry(b, i))
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
    p.push(0);
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
        match self {
            WordTable::Map(m) => m.get(key).copied(),
            WordTable::Compiled(b) => find(b, key.as_bytes()).map(decode_word),
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
        compile(self.iter().map(|(k, w)| (k, encode_word(&w))).collect(), 16)
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
        compile(
            self.iter()
                .map(|(k, v)| (k, v.to_le_bytes().to_vec()))
                .collect(),
            4,
        )
    }
}
