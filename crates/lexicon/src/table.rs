//! The word table: every single word the lists know, with its [`WordInfo`]. While the lexicon is
//! built (in the build script and in tests) it is a hash map; the build script then compiles it
//! into an open-addressing hash table in one byte string, which the crate embeds and reads in
//! place, so that loading it costs nothing and it is shared, read-only, by every process page.
//!
//! Compiled layout (all integers little-endian):
//!
//! ```text
//! u32 slot count (a power of two) · u32 entry count
//! slots:   u32 each — 0 empty, else entry index + 1 in the low 20 bits, 12 bits of hash above
//! entries: 24 bytes each — key offset u32 · key length u32 · flags u16 · place kind u8 · pad u8 ·
//!          given f32 · surname f32 (NaN: none) · population u32
//! keys:    the folded keys, back to back
//! ```

use crate::{PlaceHint, PlaceKind, WordInfo};
use rustc_hash::FxHashMap;

const ENTRY: usize = 24;
const INDEX_BITS: u32 = 20;
const INDEX_MASK: u32 = (1 << INDEX_BITS) - 1;

/// One word table, as built or as compiled.
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

fn u32_at(b: &[u8], at: usize) -> u32 {
    let mut w = [0u8; 4];
    if let Some(s) = b.get(at..at + 4) {
        w.copy_from_slice(s);
    }
    u32::from_le_bytes(w)
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

impl WordTable {
    /// What the table knows about `key` (already folded).
    pub fn get(&self, key: &str) -> Option<WordInfo> {
        match self {
            WordTable::Map(m) => m.get(key).copied(),
            WordTable::Compiled(b) => compiled_get(b, key.as_bytes()),
        }
    }

    pub fn len(&self) -> usize {
        match self {
            WordTable::Map(m) => m.len(),
            WordTable::Compiled(b) => u32_at(b, 4) as usize,
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
                let (slots, n) = (u32_at(b, 0) as usize, u32_at(b, 4) as usize);
                let entries = 8 + slots * 4;
                Box::new((0..n).map(move |i| entry(b, entries + i * ENTRY, keys_at(b))))
            }
        }
    }

    /// The compiled form of the table.
    pub fn compile(&self) -> Vec<u8> {
        let mut words: Vec<(&'static str, WordInfo)> = self.iter().collect();
        words.sort_by_key(|e| e.0);
        let n = words.len();
        assert!(
            n < INDEX_MASK as usize,
            "word table too large for its slot format"
        );
        let slots = (n * 2).next_power_of_two().max(2);
        let mut slot = vec![0u32; slots];
        let mut keys: Vec<u8> = Vec::new();
        let mut entries = Vec::with_capacity(n * ENTRY);
        for (i, (k, w)) in words.iter().enumerate() {
            let h = hash(k.as_bytes());
            let mut s = (h as usize) & (slots - 1);
            while slot[s] != 0 {
                s = (s + 1) & (slots - 1);
            }
            slot[s] = (i as u32 + 1) | (tag(h) << INDEX_BITS);
            entries.extend((keys.len() as u32).to_le_bytes());
            entries.extend((k.len() as u32).to_le_bytes());
            keys.extend(k.as_bytes());
            entries.extend(w.flags.to_le_bytes());
            entries.push(kind_code(w.place.map(|p| p.kind)));
            entries.push(0);
            entries.extend(w.given.unwrap_or(f32::NAN).to_le_bytes());
            entries.extend(w.surname.unwrap_or(f32::NAN).to_le_bytes());
            let population = w
                .place
                .map_or(0, |p| p.population.min(u32::MAX as u64) as u32);
            entries.extend(population.to_le_bytes());
        }
        let mut out = Vec::with_capacity(8 + slots * 4 + entries.len() + keys.len());
        out.extend((slots as u32).to_le_bytes());
        out.extend((n as u32).to_le_bytes());
        for s in slot {
            out.extend(s.to_le_bytes());
        }
        out.extend(entries);
        out.extend(keys);
        out
    }
}

fn tag(h: u64) -> u32 {
    (h >> 52) as u32 & 0xfff
}

fn keys_at(b: &[u8]) -> usize {
    let (slots, n) = (u32_at(b, 0) as usize, u32_at(b, 4) as usize);
    8 + slots * 4 + n * ENTRY
}

fn entry(b: &'static [u8], at: usize, keys: usize) -> (&'static str, WordInfo) {
    let (off, len) = (u32_at(b, at) as usize, u32_at(b, at + 4) as usize);
    let key = b
        .get(keys + off..keys + off + len)
        .and_then(|k| std::str::from_utf8(k).ok())
        .unwrap_or_default();
    (key, info_at(b, at))
}

fn info_at(b: &[u8], at: usize) -> WordInfo {
    let f = |x: u32| {
        let x = f32::from_bits(x);
        (!x.is_nan()).then_some(x)
    };
    let flags = u16::from_le_bytes([b[at + 8], b[at + 9]]);
    WordInfo {
        flags,
        given: f(u32_at(b, at + 12)),
        surname: f(u32_at(b, at + 16)),
        place: kind_of(b[at + 10]).map(|kind| PlaceHint {
            kind,
            population: u64::from(u32_at(b, at + 20)),
        }),
    }
}

fn compiled_get(b: &[u8], key: &[u8]) -> Option<WordInfo> {
    let slots = u32_at(b, 0) as usize;
    if slots == 0 {
        return None;
    }
    let n = u32_at(b, 4) as usize;
    let (entries, keys) = (8 + slots * 4, 8 + slots * 4 + n * ENTRY);
    let h = hash(key);
    let want = tag(h);
    let mut s = (h as usize) & (slots - 1);
    loop {
        let v = u32_at(b, 8 + s * 4);
        if v == 0 {
            return None;
        }
        if v >> INDEX_BITS == want {
            let at = entries + ((v & INDEX_MASK) as usize - 1) * ENTRY;
            let (off, len) = (u32_at(b, at) as usize, u32_at(b, at + 4) as usize);
            if b.get(keys + off..keys + off + len) == Some(key) {
                return Some(info_at(b, at));
            }
        }
        s = (s + 1) & (slots - 1);
    }
}
