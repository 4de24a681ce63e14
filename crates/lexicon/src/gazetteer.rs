//! The full gazetteer: every place of `data/gazetteer/` with its GDELT geocoding (type, FIPS
//! country, FIPS ADM1, coordinates, GeoNames id, full name) and a name index for recognisers.
//!
//! Loaded on first use ([`Gazetteer::shared`]), separately from [`crate::Lexicon`], so runs
//! without the places stage never pay for it: the places are parsed from the embedded table
//! (their strings point into it), the name index is the one `build.rs` compiled, read in place. Names are indexed by their folded key
//! ([`crate::key`]); names in capitals ("US", "UAE") only as written, so "us" is not a country.

use crate::table::KeyIndex;
use crate::{is_caps, key_into};
use rustc_hash::FxHashMap;

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

/// One place, geocoded the GDELT way.
#[derive(Debug, Clone, PartialEq)]
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
    places: Vec<Place>,
    /// Folded name → a place index, or (with [`MANY`] set) an index into `many`: most names
    /// name one place, so most entries need no list of their own.
    folded: KeyIndex,
    exact: FxHashMap<Box<str>, u32>,
    many: Vec<Vec<u32>>,
    /// `0, 1, 2, …`: the one-place answers of [`Gazetteer::lookup`] are slices of it.
    identity: Vec<u32>,
    /// Every proper prefix (in words) of a name of several words, folded.
    prefixes: KeyIndex,
    ambiguous: FxHashMap<Box<str>, Ambiguity>,
    /// Country FIPS code → index of the country.
    countries: FxHashMap<Box<str>, u32>,
    /// ADM1 FIPS code → index of the region.
    adm1s: FxHashMap<Box<str>, u32>,
    /// US state abbreviations (postal, AP, other) as written → index of the state.
    us_abbreviations: FxHashMap<Box<str>, u32>,
    max_words: usize,
}

/// Marks a name entry that points into `Gazetteer::many`.
const MANY: u32 = 1 << 31;

/// A table's lines after its header.
fn lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    crate::table_lines(data).skip(1)
}

impl Gazetteer {
    /// Builds the gazetteer from the tables under `data/gazetteer/`: what the build script does
    /// (and the tests, to check the compiled form against it). [`Gazetteer::shared`] loads the
    /// compiled name index instead of indexing ≈170,000 names again.
    pub fn load() -> Gazetteer {
        let mut g = Gazetteer::default();
        g.folded.map_mut().reserve(170_000);
        let by_id = g.load_places();
        let mut buf = String::new();
        for line in lines(include_str!("../data/gazetteer/names.tsv")) {
            let mut f = crate::tab_fields(line);
            let (Some(name), Some(id)) = (f.next(), f.next()) else {
                continue;
            };
            if let Some(&i) = by_id.get(id.trim()) {
                g.add_name(name, i, &mut buf);
            }
        }
        g.load_regions(true);
        g.load_ambiguity_and_abbreviations();
        g.identity = (0..g.places.len() as u32).collect();
        g
    }

    /// The gazetteer with the name index `build.rs` compiled: `folded` and `prefixes` are read in
    /// place; `names` holds the small rest (`x name ids…`, `m ids…` for names of several places,
    /// `w N` for the most words of a name).
    pub(crate) fn compiled(
        folded: &'static [u8],
        prefixes: &'static [u8],
        names: &'static str,
    ) -> Gazetteer {
        let mut g = Gazetteer::default();
        g.load_places();
        g.load_regions(false);
        g.folded = KeyIndex::Compiled(folded);
        g.prefixes = KeyIndex::Compiled(prefixes);
        for line in crate::table_lines(names) {
            let mut f = crate::tab_fields(line);
            match f.next() {
                Some("x") => {
                    if let (Some(name), Some(v)) = (f.next(), f.next()) {
                        g.exact.insert(name.into(), v.parse().unwrap_or(0));
                    }
                }
                Some("m") => g.many.push(f.filter_map(|i| i.parse().ok()).collect()),
                Some("w") => g.max_words = f.next().and_then(|n| n.parse().ok()).unwrap_or(0),
                _ => {}
            }
        }
        g.load_ambiguity_and_abbreviations();
        g.identity = (0..g.places.len() as u32).collect();
        g
    }

    /// The name index in its compiled form: the folded names, the prefixes, and the rest (the
    /// input of [`Gazetteer::compiled`]).
    #[cfg_attr(not(test), allow(dead_code))] // the build script's
    pub(crate) fn compile_names(&self) -> (Vec<u8>, Vec<u8>, String) {
        use std::fmt::Write as _;
        let mut rest = String::new();
        let mut exact: Vec<(&str, u32)> = self.exact.iter().map(|(k, v)| (&**k, *v)).collect();
        exact.sort_unstable();
        for (name, v) in exact {
            let _ = writeln!(rest, "x\t{name}\t{v}");
        }
        for ids in &self.many {
            let ids: Vec<String> = ids.iter().map(u32::to_string).collect();
            let _ = writeln!(rest, "m\t{}", ids.join("\t"));
        }
        let _ = writeln!(rest, "w\t{}", self.max_words);
        (self.folded.compile(), self.prefixes.compile(), rest)
    }

    /// Every place of `places.tsv`, with the country and ADM1 indexes; returns GeoNames id →
    /// place index, for the name table.
    fn load_places(&mut self) -> FxHashMap<&'static str, u32> {
        self.places.reserve(38_300);
        let mut by_id: FxHashMap<&'static str, u32> =
            FxHashMap::with_capacity_and_hasher(38_300, Default::default());
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
            let i = self.places.len() as u32;
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
            self.places.push(Place {
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
            });
        }
        by_id
    }

    /// Continents, world regions and historical countries (with their names when `index`).
    fn load_regions(&mut self, index: bool) {
        let mut buf = String::new();
        for line in lines(include_str!("../data/gazetteer/continents-regions.tsv")) {
            let f: Vec<&str> = crate::tab_fields(line).collect();
            if f.len() < 6 {
                continue;
            }
            let kind = match f[1] {
                "continent" => GazKind::Continent,
                "historical" => GazKind::Historical,
                _ => GazKind::Region,
            };
            let geonameid = f
                .get(6)
                .and_then(|n| n.strip_prefix("GeoNames "))
                .filter(|n| n.bytes().all(|b| b.is_ascii_digit()))
                .unwrap_or("");
            let i = self.places.len() as u32;
            self.places.push(Place {
                geonameid,
                kind,
                name: f[0],
                ascii_name: f[0],
                country_fips: f[4],
                adm1_fips: "",
                lat: f[2].parse().unwrap_or(0.0),
                lon: f[3].parse().unwrap_or(0.0),
                population: 0,
                gdelt_type: 0,
                full_name: f[0],
                capital: false,
            });
            if index {
                self.add_name(f[0], i, &mut buf);
            }
            for alias in f[5].split('|').filter(|a| !a.is_empty() && index) {
                // "the Americas": the article is not part of the name in the text's span.
                let alias = alias.strip_prefix("the ").unwrap_or(alias);
                self.add_name(alias, i, &mut buf);
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

    fn add_name(&mut self, name: &str, i: u32, buf: &mut String) {
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
                    let prefixes = self.prefixes.map_mut();
                    if !prefixes.contains_key(&buf[..end]) {
                        prefixes.insert(buf[..end].into(), 0);
                    }
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
                self.many.push(vec![*entry, i]);
                *entry = MANY | (self.many.len() as u32 - 1);
            }
        } else {
            let ids = &mut self.many[(*entry & !MANY) as usize];
            if !ids.contains(&i) {
                ids.push(i);
            }
        }
    }

    /// The places of an index entry: one place (a slice of `identity`) or a list of `many`.
    fn ids(&self, entry: u32) -> &[u32] {
        let (list, i) = (entry & MANY != 0, (entry & !MANY) as usize);
        let ids = if list {
            self.many.get(i).map(Vec::as_slice)
        } else {
            self.identity.get(i..=i)
        };
        ids.unwrap_or_default()
    }

    /// Every place `surface` may name (indices for [`Gazetteer::place`]); names in capitals of
    /// up to five letters match only as written, and a surface in capitals of up to four letters
    /// matches nothing else.
    pub fn lookup(&self, surface: &str, buf: &mut String) -> &[u32] {
        if let Some(&e) = self.exact.get(surface) {
            return self.ids(e);
        }
        if is_caps(surface) && surface.chars().filter(|c| c.is_alphabetic()).count() <= 4 {
            // "USI" is not the town of Usi: short capitals are acronyms unless listed as such.
            return &[];
        }
        key_into(surface, buf);
        self.folded.get(buf.as_str()).map_or(&[], |e| self.ids(e))
    }

    /// Can a longer name start with `surface` (a folded key of whole words)?
    pub fn is_prefix(&self, folded: &str) -> bool {
        self.prefixes.get(folded).is_some()
    }

    /// The most words any name has.
    pub fn max_words(&self) -> usize {
        self.max_words
    }

    pub fn place(&self, i: u32) -> &Place {
        &self.places[i as usize]
    }

    pub fn len(&self) -> usize {
        self.places.len()
    }

    pub fn is_empty(&self) -> bool {
        self.places.is_empty()
    }

    /// Why a name is ambiguous, when it is (`Nice`, `Jordan`).
    pub fn ambiguity(&self, surface: &str, buf: &mut String) -> Option<Ambiguity> {
        key_into(surface, buf);
        self.ambiguous.get(buf.as_str()).copied()
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
