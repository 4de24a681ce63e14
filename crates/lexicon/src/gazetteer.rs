//! The full gazetteer: every place of `data/gazetteer/` with its GDELT geocoding (type, FIPS
//! country, FIPS ADM1, coordinates, GeoNames id, full name) and a name index for recognisers.
//!
//! Loaded on first use ([`Gazetteer::shared`]), separately from [`crate::Lexicon`], so runs
//! without the places stage never pay for it. Names are indexed by their folded key
//! ([`crate::key`]); names in capitals ("US", "UAE") only as written, so "us" is not a country.
//!
//! The build script parses the tables once ([`Gazetteer::load`]) and compiles the result
//! ([`Gazetteer::compile`]); a process reads that form in place ([`Gazetteer::compiled`]) and
//! parses only a small rest, instead of 9 MB of tables (≈ 1 ms instead of ≈ 30):
//!
//! - the places: one fixed-size record per place (its numbers and the lengths of its strings,
//!   which sit side by side in one string table); [`Gazetteer::place`] decodes a record on use;
//! - the name index and the prefix table: compiled hash tables ([`KeyIndex`]);
//! - a Bloom filter over the keys of both ([`KeyFilter`]): most capitalised words a recogniser
//!   tries are no place name and start none, and the filter (512 KiB, it stays in cache)
//!   answers them without probing the 11 MB index;
//! - the rest (names in capitals, names of several places, the country, ADM1 and abbreviation
//!   indexes, the ambiguous names) as lines of text.

use crate::table::KeyIndex;
use crate::{is_caps, key_into};
use rustc_hash::FxHashMap;
use std::borrow::Cow;

/// What a gazetteer entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GazKind {
    Continent,
    Country,
    /// A first-order administrative division (US state, Canadian province, Swiss canton).
    Adm1,
    City,
    /// A region of the world a reader calls a place ("the Middle East", "the Midwest").
    Region,
    /// A country that no longer exists ("the Soviet Union").
    Historical,
}

impl GazKind {
    /// Every kind, in the order of their codes in a compiled place.
    const ALL: [GazKind; 6] = [
        GazKind::Continent,
        GazKind::Country,
        GazKind::Adm1,
        GazKind::City,
        GazKind::Region,
        GazKind::Historical,
    ];
}

/// One place, geocoded the GDELT way.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Place {
    /// GeoNames id; for ADM1 regions GeoNames' admin1 key ("GB.ENG") when the table has no
    /// numeric id; empty for hand-written regions.
    pub geonameid: &'static str,
    pub kind: GazKind,
    pub name: &'static str,
    /// The name in ASCII letters ("Zurich" for "Zürich").
    pub ascii_name: &'static str,
    /// FIPS 10-4 country code (empty for continents and multi-country regions).
    pub country_fips: &'static str,
    /// FIPS country + region code ("SZ07"; US: "US" + postal code).
    pub adm1_fips: &'static str,
    pub lat: f64,
    pub lon: f64,
    pub population: u64,
    /// GDELT location type: 1 country, 2 US state, 3 US city, 4 world city, 5 world ADM1;
    /// 0 for continents and regions, which GDELT does not geocode.
    pub gdelt_type: u8,
    /// "City, Region, Country" as GDELT writes it.
    pub full_name: &'static str,
    /// A capital (GeoNames PPLC).
    pub capital: bool,
    /// For an ADM1, the people of the gazetteer's towns within it (GeoNames gives regions no
    /// population): a lower bound of its size, to weigh "Ontario" the province against
    /// Ontario, California. 0 for other places.
    pub towns_population: u32,
}

/// Why a name needs evidence before it counts as a place (`ambiguous.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Ambiguity {
    /// The name is also a lower-case English word ("Nice", "Reading").
    pub common_word: bool,
    /// The name is also a given name ("Jordan", "Georgia").
    pub given_name: bool,
}

/// The gazetteer with its lookups. All lookups are `&self`; build once.
#[derive(Debug, Default, PartialEq)]
pub struct Gazetteer {
    places: Places,
    /// Folded name → a place index, or (with [`MANY`] set) an index into `many`: most names
    /// name one place, so most entries need no list of their own.
    folded: KeyIndex,
    exact: FxHashMap<Box<str>, u32>,
    many: Many,
    /// `0, 1, 2, …`: the one-place answers of [`Gazetteer::lookup`] are slices of it.
    identity: Vec<u32>,
    /// Every proper prefix (in words) of a name of several words, folded, with the first bytes
    /// of the words that follow it in the names it starts ([`Gazetteer::next_word_bit`]).
    prefixes: KeyIndex,
    /// Holds the keys of `folded` and `prefixes`.
    filter: KeyFilter,
    ambiguous: FxHashMap<Box<str>, Ambiguity>,
    /// Country FIPS code → index of the country.
    countries: FxHashMap<Box<str>, u32>,
    /// ADM1 FIPS code → index of the region.
    adm1s: FxHashMap<Box<str>, u32>,
    /// US state abbreviations (postal, AP, other) as written → index of the state.
    us_abbreviations: FxHashMap<Box<str>, u32>,
    max_words: usize,
    /// Towns the name index leaves to larger places of their name ([`Gazetteer::pattern_towns`]).
    pattern_towns: PatternTowns,
}

/// Towns below 15,000 people whose own name the name index leaves to larger places ("Amherst"
/// of Nova Scotia beside Amherst, New York; "Astoria" of Oregon): found only where the text
/// names their region after them, "Amherst, N.S.". (Folded name, town), sorted by name.
/// Compiled as the `t` lines that end the rest, searched in place.
#[derive(Debug, Default)]
struct PatternTowns {
    /// The compiled rest from its first `t` line (empty when built from the tables).
    source: &'static str,
    /// The list, when built from the tables.
    towns: std::sync::OnceLock<Vec<(&'static str, u32)>>,
}

impl PatternTowns {
    /// Every (key, town), in key order: the built list, or the compiled lines parsed (for the
    /// build script and the tests, which compare the two).
    fn towns(&self) -> Vec<(&'static str, u32)> {
        match self.towns.get() {
            Some(towns) => towns.clone(),
            None => crate::table_lines(self.source)
                .filter_map(parse_town)
                .collect(),
        }
    }

    /// The towns of folded name `key`. Compiled, the `t` lines are searched in place, by
    /// halving the text between line starts (they are sorted by key): no list is built for the
    /// few articles that ask.
    fn get(&self, key: &str) -> Vec<u32> {
        if let Some(towns) = self.towns.get() {
            let from = towns.partition_point(|&(k, _)| k < key);
            return towns[from..]
                .iter()
                .take_while(|&&(k, _)| k == key)
                .map(|&(_, id)| id)
                .collect();
        }
        let text = self.source;
        let bytes = text.as_bytes();
        // The line around byte `at`: its start and end (at its newline or the text's end).
        let line_at = |at: usize| {
            let start = bytes[..at]
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |k| k + 1);
            let end = bytes[at..]
                .iter()
                .position(|&b| b == b'\n')
                .map_or(bytes.len(), |k| at + k);
            (start, end)
        };
        let (mut lo, mut hi) = (0, bytes.len());
        while lo < hi {
            let (start, end) = line_at((lo + hi) / 2);
            match parse_town(&text[start..end]) {
                Some((k, _)) if k < key => lo = end + 1,
                _ => hi = start,
            }
        }
        text.get(lo..)
            .unwrap_or_default()
            .lines()
            .map_while(|line| parse_town(line).filter(|&(k, _)| k == key))
            .map(|(_, id)| id)
            .collect()
    }
}

/// A `t` line of the compiled rest: (folded name, town).
fn parse_town(line: &'static str) -> Option<(&'static str, u32)> {
    let mut f = crate::tab_fields(line);
    match (f.next(), f.next(), f.next()) {
        (Some("t"), Some(key), Some(id)) => Some((key, id.parse().ok()?)),
        _ => None,
    }
}

impl PartialEq for PatternTowns {
    fn eq(&self, other: &Self) -> bool {
        self.towns() == other.towns()
    }
}

/// The places, as parsed from the tables or as compiled.
#[derive(Debug, Clone)]
enum Places {
    Built(Vec<Place>),
    /// [`Places::RECORD`] bytes per place, and the string table they point into.
    Compiled {
        records: &'static [u8],
        strings: &'static str,
    },
}

impl Default for Places {
    fn default() -> Self {
        Places::Built(Vec::new())
    }
}

impl PartialEq for Places {
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len() && (0..self.len()).all(|i| self.get(i) == other.get(i))
    }
}

/// `N` bytes of `b` at `at` (zeros past its end).
fn bytes_at<const N: usize>(b: &[u8], at: usize) -> [u8; N] {
    b.get(at..at + N)
        .and_then(|s| s.try_into().ok())
        .unwrap_or([0; N])
}

impl Places {
    /// A compiled place, little-endian: the offset of its strings (u32); the byte lengths of
    /// geonameid, name, ascii_name, country_fips, adm1_fips and full_name (u16 each: the
    /// strings follow each other in that order); lat and lon (f64); population (u64); kind
    /// (its index in [`GazKind::ALL`]), GDELT type and capital (a byte each); a byte of
    /// padding; the population of its towns (u32).
    const RECORD: usize = 48;

    fn len(&self) -> usize {
        match self {
            Places::Built(v) => v.len(),
            Places::Compiled { records, .. } => records.len() / Places::RECORD,
        }
    }

    /// The places being built (compiled places are first decoded).
    fn built_mut(&mut self) -> &mut Vec<Place> {
        if let Places::Compiled { .. } = self {
            *self = Places::Built((0..self.len()).map(|i| self.get(i)).collect());
        }
        match self {
            Places::Built(v) => v,
            Places::Compiled { .. } => unreachable!("just built"),
        }
    }

    /// Place `i`; panics when `i` is out of range, like indexing.
    fn get(&self, i: usize) -> Place {
        let (records, strings) = match self {
            Places::Built(v) => return v[i],
            Places::Compiled { records, strings } => (records, strings),
        };
        let r = &records[i * Places::RECORD..(i + 1) * Places::RECORD];
        let start = u32::from_le_bytes(bytes_at(r, 0)) as usize;
        let len = |k: usize| usize::from(u16::from_le_bytes(bytes_at(r, 4 + 2 * k)));
        // The six strings follow each other: the place's part of the string table is taken
        // once, then cut at each length (a check of one char boundary each, not two).
        let total = (0..6).map(len).sum::<usize>();
        let mut rest = strings.get(start..start + total).unwrap_or_default();
        let mut string = |k: usize| {
            let (s, after) = rest.split_at_checked(len(k)).unwrap_or_default();
            rest = after;
            s
        };
        let float = |at: usize| f64::from_le_bytes(bytes_at(r, at));
        Place {
            geonameid: string(0),
            name: string(1),
            ascii_name: string(2),
            country_fips: string(3),
            adm1_fips: string(4),
            full_name: string(5),
            lat: float(16),
            lon: float(24),
            population: u64::from_le_bytes(bytes_at(r, 32)),
            kind: GazKind::ALL[usize::from(r[40]).min(GazKind::ALL.len() - 1)],
            gdelt_type: r[41],
            capital: r[42] != 0,
            towns_population: u32::from_le_bytes(bytes_at(r, 44)),
        }
    }

    /// The compiled form: the records and the string table.
    fn compile(&self) -> (Vec<u8>, String) {
        let mut records = Vec::with_capacity(self.len() * Places::RECORD);
        let mut strings = String::new();
        for i in 0..self.len() {
            let p = self.get(i);
            records.extend((strings.len() as u32).to_le_bytes());
            let fields = [
                p.geonameid,
                p.name,
                p.ascii_name,
                p.country_fips,
                p.adm1_fips,
                p.full_name,
            ];
            for f in fields {
                let len = u16::try_from(f.len()).expect("a place's strings are short");
                records.extend(len.to_le_bytes());
                strings.push_str(f);
            }
            records.extend(p.lat.to_le_bytes());
            records.extend(p.lon.to_le_bytes());
            records.extend(p.population.to_le_bytes());
            let kind = GazKind::ALL.iter().position(|&k| k == p.kind).unwrap_or(0);
            records.extend([kind as u8, p.gdelt_type, u8::from(p.capital), 0]);
            records.extend(p.towns_population.to_le_bytes());
            assert_eq!(records.len(), (i + 1) * Places::RECORD);
        }
        (records, strings)
    }
}

/// A Bloom filter over keys: 2^[`KeyFilter::BITS`] bits, two per key, both in the same cache
/// line. It holds every key it was built from; of other keys it holds about 1% (with the
/// ≈215,000 keys of the name index).
#[derive(Debug, Clone, Default, PartialEq)]
struct KeyFilter(Cow<'static, [u8]>);

impl KeyFilter {
    /// 2^22 bits: 512 KiB.
    const BITS: u32 = 22;

    /// The key's two bits: the key eight bytes at a time through a multiply and a rotation,
    /// then MurmurHash3's finaliser, so that the low and the high half of the hash are
    /// independent.
    fn bits(key: &[u8]) -> [usize; 2] {
        const K: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut h = key.len() as u64;
        let mut chunks = key.chunks_exact(8);
        for c in &mut chunks {
            h = (h ^ u64::from_le_bytes(bytes_at(c, 0)))
                .wrapping_mul(K)
                .rotate_left(29);
        }
        h = (h ^ crate::table::tail_word(chunks.remainder())).wrapping_mul(K);
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        h ^= h >> 33;
        // Both bits in one 512-bit block (a cache line): a query costs at most one miss.
        let first = (h & ((1 << KeyFilter::BITS) - 1)) as usize;
        [first, first & !511 | (h >> 32 & 511) as usize]
    }

    fn build<'k>(keys: impl Iterator<Item = &'k str>) -> KeyFilter {
        let mut filter = vec![0u8; 1 << (KeyFilter::BITS - 3)];
        for key in keys {
            for bit in KeyFilter::bits(key.as_bytes()) {
                filter[bit >> 3] |= 1 << (bit & 7);
            }
        }
        KeyFilter(Cow::Owned(filter))
    }

    /// May `key` be one of the keys? (An empty filter, one never built, holds everything.)
    fn may_hold(&self, key: &str) -> bool {
        self.may_hold_bytes(key.as_bytes())
    }

    /// [`KeyFilter::may_hold`] of a key as bytes.
    fn may_hold_bytes(&self, key: &[u8]) -> bool {
        let set = |bit: usize| {
            self.0
                .get(bit >> 3)
                .is_some_and(|b| b >> (bit & 7) & 1 == 1)
        };
        self.0.is_empty() || KeyFilter::bits(key).into_iter().all(set)
    }
}

/// The gazetteer's compiled form: what [`Gazetteer::compile`] makes (the build script writes
/// it to `$OUT_DIR`) and [`Gazetteer::compiled`] reads in place.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Compiled<'a> {
    /// The name index ([`KeyIndex`]).
    pub folded: &'a [u8],
    /// The prefix table ([`KeyIndex`]).
    pub prefixes: &'a [u8],
    /// The Bloom filter over both ([`KeyFilter`]).
    pub filter: &'a [u8],
    /// The place records ([`Places::RECORD`]), followed by the lists of names of several
    /// places ([`Many::to_bytes`]), and their strings.
    pub places: &'a [u8],
    pub strings: &'a str,
    /// The small rest, a line each: `x name id` (names in capitals), `w N` (the most words of a
    /// name), `c FIPS id` (countries), `r FIPS id` (ADM1 regions), `s abbreviation id` (US
    /// states), `a key flags` (ambiguous names: 1 a common word, 2 a given name).
    pub rest: &'a str,
}

/// [`Compiled`], owned.
#[derive(Debug, Clone)]
#[cfg_attr(not(test), allow(dead_code))] // the build script's
pub(crate) struct CompiledFiles {
    pub folded: Vec<u8>,
    pub prefixes: Vec<u8>,
    pub filter: Vec<u8>,
    pub places: Vec<u8>,
    pub strings: String,
    pub rest: String,
}

impl CompiledFiles {
    /// The files the build script writes, by name.
    #[allow(dead_code)] // the build script's
    pub fn files(&self) -> [(&'static str, &[u8]); 6] {
        [
            ("gazetteer-folded.bin", &self.folded),
            ("gazetteer-prefixes.bin", &self.prefixes),
            ("gazetteer-filter.bin", &self.filter),
            ("gazetteer-places.bin", &self.places),
            ("gazetteer-strings.txt", self.strings.as_bytes()),
            ("gazetteer-rest.tsv", self.rest.as_bytes()),
        ]
    }

    /// The compiled form, kept for the rest of the process.
    #[cfg_attr(not(test), allow(dead_code))] // the tests'
    pub fn leak(self) -> Compiled<'static> {
        Compiled {
            folded: self.folded.leak(),
            prefixes: self.prefixes.leak(),
            filter: self.filter.leak(),
            places: self.places.leak(),
            strings: self.strings.leak(),
            rest: self.rest.leak(),
        }
    }
}

/// Marks a name entry that points into `Gazetteer::many`.
const MANY: u32 = 1 << 31;

/// The places of the names that name several places: list `k` is
/// `ids[starts[k]..starts[k + 1]]`. One flat array, compiled to binary by the build script
/// ([`Many::to_bytes`]): the ≈ 7,900 lists (≈ 18,500 ids) were parsed from text and allocated
/// one by one at every start-up, most of the gazetteer's loading (≈ 6 M instructions).
#[derive(Debug, Default, PartialEq)]
struct Many {
    ids: Vec<u32>,
    /// `starts[0] == 0`, then the end of each list.
    starts: Vec<u32>,
}

impl Many {
    /// The lists of `lists`, flattened.
    fn new(lists: &[Vec<u32>]) -> Many {
        let mut many = Many {
            ids: Vec::with_capacity(lists.iter().map(Vec::len).sum()),
            starts: Vec::with_capacity(lists.len() + 1),
        };
        many.starts.push(0);
        for list in lists {
            many.ids.extend(list);
            many.starts.push(many.ids.len() as u32);
        }
        many
    }

    /// List `k`, if there is one.
    fn get(&self, k: usize) -> Option<&[u32]> {
        let (&start, &end) = (self.starts.get(k)?, self.starts.get(k + 1)?);
        self.ids.get(start as usize..end as usize)
    }

    /// The compiled form, little-endian u32s: `ids`, `starts`, then the lengths of both (so
    /// that it is read from the end of the file it ends).
    #[cfg_attr(not(test), allow(dead_code))] // the build script's
    fn to_bytes(&self) -> Vec<u8> {
        let lens = [self.ids.len() as u32, self.starts.len() as u32];
        let all = self.ids.iter().chain(&self.starts).chain(&lens);
        all.flat_map(|n| n.to_le_bytes()).collect()
    }

    /// The lists [`Many::to_bytes`] wrote at the end of `bytes`, and the bytes before them
    /// (empty lists and all the bytes if the end is not such lists).
    fn from_bytes_at_end(bytes: &[u8]) -> (Many, &[u8]) {
        let u32s = |b: &[u8]| -> Vec<u32> {
            b.chunks_exact(4)
                .map(|c| u32::from_le_bytes(bytes_at(c, 0)))
                .collect()
        };
        let lens = bytes.len().checked_sub(8).map(|at| u32s(&bytes[at..]));
        let section = lens.as_deref().and_then(|lens| {
            let (ids, starts) = (lens[0] as usize, lens[1] as usize);
            let len = 4 * (ids + starts) + 8;
            let before = bytes.len().checked_sub(len)?;
            Some((before, ids))
        });
        let Some((before, ids)) = section else {
            return (Many::default(), bytes);
        };
        let (ids, starts) = bytes[before..bytes.len() - 8].split_at(4 * ids);
        let many = Many {
            ids: u32s(ids),
            starts: u32s(starts),
        };
        (many, &bytes[..before])
    }
}

/// A table's lines after its header.
fn lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    crate::table_lines(data).skip(1)
}

impl Gazetteer {
    /// Builds the gazetteer from the tables under `data/gazetteer/`: what the build script does
    /// (and the tests, to check the compiled form against it). [`Gazetteer::shared`] loads its
    /// compiled form instead ([`Gazetteer::compiled`]).
    pub fn load() -> Gazetteer {
        let mut g = Gazetteer::default();
        g.folded.map_mut().reserve(170_000);
        let by_id = g.load_places();
        let mut buf = String::new();
        // The lists of names of several places grow as names come; flattened at the end.
        let mut many = Vec::new();
        for line in lines(include_str!("../data/gazetteer/names.tsv")) {
            let mut f = crate::tab_fields(line);
            let (Some(name), Some(id)) = (f.next(), f.next()) else {
                continue;
            };
            if let Some(&i) = by_id.get(id.trim()) {
                g.add_name(name, i, &mut many, &mut buf);
            }
        }
        g.load_regions(&mut many);
        g.many = Many::new(&many);
        g.mark_exact_continuations(&mut buf);
        g.load_ambiguity_and_abbreviations();
        g.identity = (0..g.places.len() as u32).collect();
        g.load_pattern_towns(&mut buf);
        g.filter = KeyFilter::build(g.folded.iter().chain(g.prefixes.iter()).map(|(k, _)| k));
        g
    }

    /// The gazetteer in its compiled form: places, name index, prefix table and filter are
    /// read in place, the lists of names of several places copied; only the small rest is
    /// parsed.
    pub(crate) fn compiled(c: Compiled<'static>) -> Gazetteer {
        let (many, records) = Many::from_bytes_at_end(c.places);
        let mut g = Gazetteer {
            places: Places::Compiled {
                records,
                strings: c.strings,
            },
            many,
            folded: KeyIndex::Compiled(c.folded),
            prefixes: KeyIndex::Compiled(c.prefixes),
            filter: KeyFilter(Cow::Borrowed(c.filter)),
            ..Gazetteer::default()
        };
        let number = |v: Option<&str>| v.and_then(|v| v.parse().ok()).unwrap_or(0);
        for line in crate::table_lines(c.rest) {
            let mut f = crate::tab_fields(line);
            let (tag, key) = (f.next(), f.next().unwrap_or_default());
            if tag == Some("t") {
                // The pattern towns end the rest, read when first asked.
                let at = line.as_ptr() as usize - c.rest.as_ptr() as usize;
                g.pattern_towns.source = &c.rest[at..];
                break;
            }
            let index = match tag {
                Some("x") => &mut g.exact,
                Some("c") => &mut g.countries,
                Some("r") => &mut g.adm1s,
                Some("s") => &mut g.us_abbreviations,
                Some("a") => {
                    let flags = number(f.next());
                    let ambiguity = Ambiguity {
                        common_word: flags & 1 != 0,
                        given_name: flags & 2 != 0,
                    };
                    g.ambiguous.insert(key.into(), ambiguity);
                    continue;
                }
                Some("w") => {
                    g.max_words = number(Some(key)) as usize;
                    continue;
                }
                _ => continue,
            };
            index.insert(key.into(), number(f.next()));
        }
        g.identity = (0..g.places.len() as u32).collect();
        g
    }

    /// The compiled form of the gazetteer, for [`Gazetteer::compiled`].
    #[cfg_attr(not(test), allow(dead_code))] // the build script's
    pub(crate) fn compile(&self) -> CompiledFiles {
        use std::fmt::Write as _;
        fn sorted<V: Copy>(index: &FxHashMap<Box<str>, V>) -> Vec<(&str, V)> {
            let mut v: Vec<(&str, V)> = index.iter().map(|(k, v)| (&**k, *v)).collect();
            v.sort_unstable_by_key(|e| e.0);
            v
        }
        let mut rest = String::new();
        for (tag, index) in [
            ("x", &self.exact),
            ("c", &self.countries),
            ("r", &self.adm1s),
            ("s", &self.us_abbreviations),
        ] {
            for (key, v) in sorted(index) {
                let _ = writeln!(rest, "{tag}\t{key}\t{v}");
            }
        }
        for (key, a) in sorted(&self.ambiguous) {
            let flags = u8::from(a.common_word) | u8::from(a.given_name) << 1;
            let _ = writeln!(rest, "a\t{key}\t{flags}");
        }
        let _ = writeln!(rest, "w\t{}", self.max_words);
        // (Last: loading stops at the first of them.)
        for (key, id) in self.pattern_towns.towns() {
            let _ = writeln!(rest, "t\t{key}\t{id}");
        }
        let (mut places, strings) = self.places.compile();
        places.extend(self.many.to_bytes());
        CompiledFiles {
            folded: self.folded.compile(),
            prefixes: self.prefixes.compile(),
            filter: self.filter.0.to_vec(),
            places,
            strings,
            rest,
        }
    }

    /// Every place of `places.tsv`, with the country and ADM1 indexes; returns GeoNames id →
    /// place index, for the name table.
    fn load_places(&mut self) -> FxHashMap<&'static str, u32> {
        let places = self.places.built_mut();
        places.reserve(73_200);
        // GeoNames' admin1 key of each place read ("" for the places before them).
        let mut admin1_keys: Vec<&'static str> = vec![""; places.len()];
        let mut by_id: FxHashMap<&'static str, u32> =
            FxHashMap::with_capacity_and_hasher(73_200, Default::default());
        for line in lines(include_str!("../data/gazetteer/places.tsv")) {
            let mut f = [""; 15];
            let mut n = 0;
            for (slot, field) in f.iter_mut().zip(crate::tab_fields(line)) {
                *slot = field;
                n += 1;
            }
            if n < 15 {
                continue;
            }
            let kind = match f[1] {
                "continent" => GazKind::Continent,
                "country" => GazKind::Country,
                "adm1" => GazKind::Adm1,
                _ => GazKind::City,
            };
            let i = places.len() as u32;
            by_id.insert(f[0], i);
            match kind {
                GazKind::Country => {
                    self.countries.entry(f[4].into()).or_insert(i);
                }
                GazKind::Adm1 => {
                    self.adm1s.entry(f[6].into()).or_insert(i);
                }
                _ => {}
            }
            places.push(Place {
                geonameid: f[0],
                kind,
                name: f[2],
                ascii_name: f[3],
                country_fips: f[4],
                adm1_fips: f[6],
                lat: f[8].parse().unwrap_or(0.0),
                lon: f[9].parse().unwrap_or(0.0),
                population: f[10].parse().unwrap_or(0),
                gdelt_type: f[13].parse().unwrap_or(0),
                full_name: f[14],
                capital: f[11] == "PPLC",
                towns_population: 0,
            });
            admin1_keys.push(f[12]);
        }
        // The people of each ADM1's towns, by GeoNames' admin1 key (which every town and
        // region of GeoNames carries; the hand-written UK regions have none, and stay at 0).
        let mut towns: FxHashMap<&str, u64> = FxHashMap::default();
        for (p, &key) in places.iter().zip(&admin1_keys) {
            if p.kind == GazKind::City && !key.is_empty() {
                *towns.entry(key).or_default() += p.population;
            }
        }
        for (p, &key) in places.iter_mut().zip(&admin1_keys) {
            if p.kind == GazKind::Adm1 && !key.is_empty() {
                let people = towns.get(key).copied().unwrap_or(0);
                p.towns_population = u32::try_from(people).unwrap_or(u32::MAX);
            }
        }
        by_id
    }

    /// Continents, world regions and historical countries, with their names.
    fn load_regions(&mut self, many: &mut Vec<Vec<u32>>) {
        let mut buf = String::new();
        for line in lines(include_str!("../data/gazetteer/continents-regions.tsv")) {
            let f: Vec<&str> = crate::tab_fields(line).collect();
            // (Lines end at their last non-empty field: a row without country, aliases and
            // note has four.)
            if f.len() < 4 {
                continue;
            }
            let country = f.get(4).copied().unwrap_or("");
            let kind = match f[1] {
                "continent" => GazKind::Continent,
                "historical" => GazKind::Historical,
                // "Gaza Strip", "West Bank": FIPS 10-4 countries GeoNames lacks.
                "territory" => GazKind::Country,
                _ => GazKind::Region,
            };
            let geonameid = f
                .get(6)
                .and_then(|n| n.strip_prefix("GeoNames "))
                .filter(|n| n.bytes().all(|b| b.is_ascii_digit()))
                .unwrap_or("");
            let i = self.places.len() as u32;
            self.places.built_mut().push(Place {
                geonameid,
                kind,
                name: f[0],
                ascii_name: f[0],
                country_fips: country,
                // A country's ADM1 field is the country itself, as in GDELT's rows.
                adm1_fips: if kind == GazKind::Country {
                    country
                } else {
                    ""
                },
                lat: f[2].parse().unwrap_or(0.0),
                lon: f[3].parse().unwrap_or(0.0),
                population: 0,
                gdelt_type: if kind == GazKind::Country { 1 } else { 0 },
                full_name: f[0],
                capital: false,
                towns_population: 0,
            });
            self.add_name(f[0], i, many, &mut buf);
            for alias in f.get(5).unwrap_or(&"").split('|').filter(|a| !a.is_empty()) {
                // "the Americas": the article is not part of the name in the text's span.
                let alias = alias.strip_prefix("the ").unwrap_or(alias);
                self.add_name(alias, i, many, &mut buf);
            }
        }
    }

    /// Names that need evidence, and US state abbreviations.
    fn load_ambiguity_and_abbreviations(&mut self) {
        let mut buf = String::new();
        for line in lines(include_str!("../data/gazetteer/ambiguous.tsv")) {
            let mut f = crate::tab_fields(line);
            let (Some(name), Some(reason)) = (f.next(), f.next()) else {
                continue;
            };
            key_into(name, &mut buf);
            self.ambiguous.insert(
                buf.as_str().into(),
                Ambiguity {
                    common_word: reason.contains("common-word"),
                    given_name: reason.contains("person-name"),
                },
            );
        }
        for line in lines(include_str!("../data/gazetteer/us-state-abbreviations.tsv")) {
            let f: Vec<&str> = crate::tab_fields(line).collect();
            if f.len() < 2 {
                continue;
            }
            let Some(&state) = self.adm1s.get(format!("US{}", f[1]).as_str()) else {
                continue;
            };
            let abbreviations = f[1..].iter().flat_map(|x| x.split('|'));
            for a in abbreviations.map(str::trim).filter(|a| !a.is_empty()) {
                self.us_abbreviations.insert(a.into(), state);
            }
        }
    }

    /// The towns whose own name (or its ASCII form) does not lead to them in the name index
    /// ([`PatternTowns`]).
    fn load_pattern_towns(&mut self, buf: &mut String) {
        let mut towns: Vec<(&'static str, u32)> = Vec::new();
        for i in 0..self.places.len() as u32 {
            let p = self.place(i);
            if p.kind != GazKind::City {
                continue;
            }
            for name in [p.name, p.ascii_name] {
                key_into(name, buf);
                if !self.ids_of_key(buf).contains(&i) {
                    // (Built from the tables only by the build script and the tests: the keys
                    // are kept for the process, as the compiled ones are.)
                    towns.push((Box::leak(buf.as_str().into()), i));
                }
            }
        }
        towns.sort_unstable();
        towns.dedup();
        self.pattern_towns.towns = std::sync::OnceLock::from(towns);
    }

    /// The places of a folded key in the name index.
    fn ids_of_key(&self, key: &str) -> &[u32] {
        self.folded.get(key).map_or(&[], |entry| self.ids(entry))
    }

    /// Towns named `surface` that the name index leaves to larger places of the name: for a
    /// "Town, Region" pattern whose region holds none of the name's readings ("Amherst, N.S.").
    pub fn pattern_towns(&self, surface: &str, buf: &mut String) -> Vec<u32> {
        key_into(surface, buf);
        self.pattern_towns.get(buf)
    }

    /// Names in capitals of several words ("AB C", indexed as written) are found when the
    /// words before their last are a prefix of a folded name: the prefix's next words must
    /// then allow theirs too.
    fn mark_exact_continuations(&mut self, buf: &mut String) {
        let mut names: Vec<&str> = self
            .exact
            .keys()
            .map(|k| &**k)
            .filter(|k| k.contains(' '))
            .collect();
        names.sort_unstable();
        let names: Vec<String> = names.into_iter().map(String::from).collect();
        let prefixes = self.prefixes.map_mut();
        for name in names {
            key_into(&name, buf);
            let mut end = 0;
            let words = buf.split(' ').count();
            for (n, w) in buf.split(' ').enumerate().take(words - 1) {
                end += w.len() + usize::from(n > 0);
                if let Some(mask) = prefixes.get_mut(&buf[..end]) {
                    *mask |= Gazetteer::next_word_bit(buf.as_bytes()[end + 1]);
                }
            }
        }
    }

    /// The bit that stands for `first`, the first byte of a folded word, in the masks of the
    /// words that may follow a prefix ([`Gazetteer::lookup_folded_and_next`]): one bit per
    /// lower-case ASCII letter, one for digits, one for other ASCII bytes and one for the rest.
    /// A scanner reads the next word's first byte and need not try the longer phrase when its
    /// bit is not in the mask.
    pub fn next_word_bit(first: u8) -> u32 {
        match first {
            b'a'..=b'z' => 1 << (first - b'a'),
            b'0'..=b'9' => 1 << 26,
            0..=0x7f => 1 << 27,
            _ => 1 << 31,
        }
    }

    /// Indexes `name` for place `i`; the lists of names of several places go to `many`.
    fn add_name(&mut self, name: &str, i: u32, many: &mut Vec<Vec<u32>>, buf: &mut String) {
        let exact = is_caps(name) && name.chars().count() <= 5;
        let key: &str = if exact {
            name
        } else {
            key_into(name, buf);
            let words = buf.split(' ').count();
            self.max_words = self.max_words.max(words);
            if words > 1 {
                let mut end = 0;
                for (n, w) in buf.split(' ').enumerate().take(words - 1) {
                    end += w.len() + usize::from(n > 0);
                    let next = Gazetteer::next_word_bit(buf.as_bytes()[end + 1]);
                    add_prefix(self.prefixes.map_mut(), &buf[..end], next);
                }
            }
            buf
        };
        let table = if exact {
            &mut self.exact
        } else {
            self.folded.map_mut()
        };
        let Some(entry) = table.get_mut(key) else {
            table.insert(key.into(), i);
            return;
        };
        if *entry & MANY == 0 {
            if *entry != i {
                many.push(vec![*entry, i]);
                *entry = MANY | (many.len() as u32 - 1);
            }
        } else {
            let ids = &mut many[(*entry & !MANY) as usize];
            if !ids.contains(&i) {
                ids.push(i);
            }
        }
    }

    /// The places of an index entry: one place (a slice of `identity`) or a list of `many`.
    fn ids(&self, entry: u32) -> &[u32] {
        let (list, i) = (entry & MANY != 0, (entry & !MANY) as usize);
        let ids = if list {
            self.many.get(i)
        } else {
            self.identity.get(i..=i)
        };
        ids.unwrap_or_default()
    }

    /// Every place `surface` may name (indices for [`Gazetteer::place`]); names in capitals of
    /// up to five letters match only as written, and a surface in capitals of up to four letters
    /// matches nothing else.
    pub fn lookup(&self, surface: &str, buf: &mut String) -> &[u32] {
        key_into(surface, buf);
        self.lookup_folded(surface, buf)
    }

    /// [`Gazetteer::lookup`] for a caller that has folded `surface` already: `key` is
    /// [`crate::key`]`(surface)` (a scanner extending a name word by word builds it as it goes).
    pub fn lookup_folded(&self, surface: &str, key: &str) -> &[u32] {
        self.lookup_folded_and_prefix(surface, key, false).0
    }

    /// [`Gazetteer::lookup_folded`] and, when `prefix` is asked, [`Gazetteer::is_prefix`] of
    /// the same key: a scanner asks both of most words it extends, and this way the key is
    /// hashed for the filter once, not twice.
    pub fn lookup_folded_and_prefix(
        &self,
        surface: &str,
        key: &str,
        prefix: bool,
    ) -> (&[u32], bool) {
        let (ids, next) = self.lookup_folded_and_next(surface, key, prefix);
        (ids, next != 0)
    }

    /// [`Gazetteer::lookup_folded_and_prefix`] with, instead of whether a longer name may start
    /// with the key, the words that may follow it: the [`Gazetteer::next_word_bit`]s of their
    /// first bytes (0 when no longer name starts with it, or when `prefix` is not asked).
    pub fn lookup_folded_and_next(&self, surface: &str, key: &str, prefix: bool) -> (&[u32], u32) {
        let mut filtered = None;
        let mut may_hold = || *filtered.get_or_insert_with(|| self.filter.may_hold(key));
        let ids = self.lookup_with(surface, key, &mut may_hold);
        let next = if prefix && may_hold() {
            self.prefixes.get(key).unwrap_or(0)
        } else {
            0
        };
        (ids, next)
    }

    /// [`Gazetteer::lookup_folded`], asking `may_hold` whether the filter may hold `key`.
    fn lookup_with(&self, surface: &str, key: &str, may_hold: impl FnOnce() -> bool) -> &[u32] {
        // Names indexed as written are all in capitals: other surfaces need not try them. (An
        // ASCII lower-case byte rules a surface out at once; most surfaces have one.)
        if !surface.bytes().any(|b| b.is_ascii_lowercase()) && is_caps(surface) {
            if let Some(&e) = self.exact.get(surface) {
                return self.ids(e);
            }
            // "USI" is not the town of Usi: short capitals are acronyms unless listed as such.
            // (Names in capitals of more than five characters are indexed folded: "U.S.A.".)
            if surface.chars().count() <= 5
                && surface.chars().filter(|c| c.is_alphabetic()).count() <= 4
            {
                return &[];
            }
        }
        if !may_hold() {
            return &[];
        }
        self.folded.get(key).map_or(&[], |e| self.ids(e))
    }

    /// May the folded key of `word`, a word of printable ASCII (no spaces), be a name or the
    /// start of one? The filter's answer, without building the key (the word lower-cased):
    /// `false` proves it is neither, and then [`Gazetteer::lookup_folded_and_next`] of a
    /// surface with a lower-case letter finds nothing. (A word of more than 32 bytes: `true`.)
    pub fn may_hold_ascii_word(&self, word: &[u8]) -> bool {
        let mut key = [0u8; 32];
        let Some(lower) = key.get_mut(..word.len()) else {
            return true;
        };
        for (k, &b) in lower.iter_mut().zip(word) {
            *k = b.to_ascii_lowercase();
        }
        self.filter.may_hold_bytes(lower)
    }

    /// Can a longer name start with `surface` (a folded key of whole words)?
    pub fn is_prefix(&self, folded: &str) -> bool {
        self.filter.may_hold(folded) && self.prefixes.get(folded).is_some()
    }

    /// The most words any name has.
    pub fn max_words(&self) -> usize {
        self.max_words
    }

    /// Place `i` (an index a lookup gave).
    pub fn place(&self, i: u32) -> Place {
        self.places.get(i as usize)
    }

    pub fn len(&self) -> usize {
        self.places.len()
    }

    pub fn is_empty(&self) -> bool {
        self.places.len() == 0
    }

    /// Why a name is ambiguous, when it is (`Nice`, `Jordan`).
    pub fn ambiguity(&self, surface: &str, buf: &mut String) -> Option<Ambiguity> {
        key_into(surface, buf);
        self.ambiguity_folded(buf)
    }

    /// [`Gazetteer::ambiguity`] of a surface already folded ([`crate::key`]).
    pub fn ambiguity_folded(&self, key: &str) -> Option<Ambiguity> {
        self.ambiguous.get(key).copied()
    }

    /// The country with FIPS code `fips`.
    pub fn country(&self, fips: &str) -> Option<u32> {
        self.countries.get(fips).copied()
    }

    /// The ADM1 region with FIPS code `fips` ("USTX", "SZ07").
    pub fn adm1(&self, fips: &str) -> Option<u32> {
        self.adm1s.get(fips).copied()
    }

    /// The US state an abbreviation names, as written ("Mass.", "TX", "Calif.").
    pub fn us_state_abbreviation(&self, surface: &str) -> Option<u32> {
        self.us_abbreviations.get(surface).copied()
    }
}

/// Notes `prefix` in the prefix table with `next`, a word that may follow it.
fn add_prefix(prefixes: &mut FxHashMap<Box<str>, u32>, prefix: &str, next: u32) {
    match prefixes.get_mut(prefix) {
        Some(mask) => *mask |= next,
        None => {
            prefixes.insert(prefix.into(), next);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Gazetteer, KeyFilter};

    /// Names and full names hold no control characters (the FIPS source once carried DEL into
    /// "Sīrē, \x7fOromīya, Ethiopia").
    #[test]
    fn names_hold_no_control_characters() {
        let gaz = Gazetteer::shared();
        for i in 0..gaz.len() as u32 {
            let p = gaz.place(i);
            for s in [p.name, p.ascii_name, p.full_name] {
                assert!(!s.chars().any(char::is_control), "{s:?}");
            }
        }
    }

    #[test]
    fn the_filter_holds_its_keys_and_few_others() {
        let keys: Vec<String> = (0..200_000).map(|i| format!("place {i}")).collect();
        let filter = KeyFilter::build(keys.iter().map(String::as_str));
        assert!(keys.iter().all(|k| filter.may_hold(k)));
        let others = (0..100_000)
            .filter(|i| filter.may_hold(&format!("other {i}")))
            .count();
        assert!(others < 2_000, "{others} false positives in 100,000");
        assert!(KeyFilter::default().may_hold("anything"));
    }
}
