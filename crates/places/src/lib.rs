//! The places stage: every place mention of an article, geocoded the GDELT way from the
//! embedded gazetteer ([`lexicon::gazetteer`]).
//!
//! One left-to-right scan over the tokens finds the longest gazetteer name starting at each
//! capitalised word (names of several words are followed through a prefix table, so a word
//! costs one or two hash lookups). What the gazetteer says about a word as the first word of a
//! name is kept for the thread (`FirstWords`): capitalised words repeat within and across
//! articles, and most then cost one probe of that small table. Each mention then picks one
//! place among those of its name:
//!
//! 1. "City, State" / "City, Country" patterns ("Paris, Texas", "Cambridge, Mass.") decide;
//! 2. otherwise a prior (countries and US states before cities, larger cities before smaller)
//!    plus evidence from the article: countries and regions named unambiguously elsewhere;
//! 3. names that are also English words ("Nice", "Reading") need evidence (a locative
//!    preposition before them or a "City, State" pattern), and so do names that are only an
//!    alternate name of small places ("Google" for Topeka);
//!    names that are also given names ("Jordan", "Georgia") are dropped inside or before a
//!    person's name, and person and organisation spans from the names stage are never places.
//!
//! A mention followed by a verb of saying or deciding ("Moscow said") is kept and marked as a
//! metonym. Stage crates never depend on each other: the names stage's spans come in as plain
//! byte spans.
//!
//! ```
//! let text = "Talks in Geneva ended. Moscow said Ukraine must wait.";
//! let view = text::TextView::new(text);
//! let gaz = lexicon::gazetteer::Gazetteer::shared();
//! let found = places::find(text, &view, gaz, &places::NameSpans::default());
//! let names: Vec<&str> = found
//!     .iter()
//!     .filter_map(|p| p.listed())
//!     .map(|i| &*gaz.place(i).full_name)
//!     .collect();
//! assert_eq!(names, ["Geneva, Geneve, Switzerland", "Moscow, Moskva, Russia", "Ukraine"]);
//! assert!(found[1].mentions[0].metonym);
//! ```

use lexicon::gazetteer::{Ambiguity, GazKind, Gazetteer, Place};
use rustc_hash::{FxHashMap, FxHashSet};
use std::cell::{Cell, OnceCell, RefCell};
use text::{ByteSpan, TextView, Token, TokenKind};
use unicode_normalization::{UnicodeNormalization, char::is_combining_mark};

/// Spans the names stage found; places never overlap them.
#[derive(Debug, Clone, Default)]
pub struct NameSpans {
    pub persons: Vec<ByteSpan>,
    pub organizations: Vec<ByteSpan>,
}

/// One mention of a place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlaceMention {
    pub span: ByteSpan,
    /// The place stands for its government or institutions here ("Moscow said").
    pub metonym: bool,
}

/// What a place mention refers to.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PlaceRef {
    /// A gazetteer place (index for [`Gazetteer::place`]).
    Listed(u32),
    /// A place the gazetteer lacks, known by its form ("Tigris River", "Mount Sinjar") or by a
    /// "Village, Region" pattern: not geocoded, only placed `within` a region or country.
    Unlisted { name: String, within: Option<u32> },
}

/// A place the article names, with every mention, in order of first mention.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundPlace {
    pub place: PlaceRef,
    pub mentions: Vec<PlaceMention>,
}

impl FoundPlace {
    /// The gazetteer index, for a listed place.
    pub fn listed(&self) -> Option<u32> {
        match self.place {
            PlaceRef::Listed(i) => Some(i),
            PlaceRef::Unlisted { .. } => None,
        }
    }
}

/// A list of words, both as a `const` slice `$list` and as a `match` in `fn $is(word) -> bool`
/// (the compiler switches on the length first, then compares), from one list.
macro_rules! word_list {
    ($list:ident, $is:ident, [$($w:literal),* $(,)?]) => {
        const $list: &[&str] = &[$($w),*];
        fn $is(word: &str) -> bool {
            matches!(word, $($w)|*)
        }
    };
}

word_list!(
    HEADS_AFTER,
    is_listed_head_after,
    [
        "Street",
        "St.",
        "Road",
        "Rd.",
        "Avenue",
        "Ave.",
        "Boulevard",
        "Lane",
        "Square",
        "Bridge",
        "River",
        "Lake",
        "Sea",
        "Ocean",
        "Island",
        "Islands",
        "Mountain",
        "Mountains",
        "Hill",
        "Hills",
        "Valley",
        "Bay",
        "Peninsula",
        "Desert",
        "Forest",
        "Canal",
        "Strait",
        "Coast",
        "Beach",
        "Reservoir",
        "Pond",
        "Brook",
        "Creek",
        "Park",
        "Airport",
        "Airfield",
        "Field",
        "Station",
        "Stadium",
        "Oval",
        "Plateau",
        "County",
        "Province",
        "District",
        "Governorate",
        "Region",
        "Parish",
        "Township",
        "Dam",
        "Barrage",
        "Glacier",
        "Falls",
        "Harbour",
        "Harbor",
        "Oblast",
        "Prefecture",
        "Museum",
        "Planetarium",
        "Mosque",
        "Cathedral",
        "Temple",
        "Palace",
        "Castle",
        "Base",
        "Tower",
        "Tunnel",
        "Highway",
        "Expressway",
        "Freeway",
        "Parkway",
        "Turnpike",
        "Motorway",
        "Pier",
        "Wharf",
        "Plaza",
        "Arena",
        "Canyon",
        "Crater",
        "Gorge",
        "Volcano",
        "Reef",
        "Lagoon",
        "Fjord",
    ]
);

/// Last words that make a run of capitalised words a place ("Tigris River", "Hay Street"):
/// [`HEADS_AFTER`]. A `match`, like [`is_direction`]: a linear scan of the list was a tenth of
/// the stage. Most words asked are not listed, and the `match` compares a word with every
/// listed word of its length: a table of the lengths of the listed words by first letter
/// turns most of them away first.
fn is_head_after(word: &str) -> bool {
    /// Bit `n` of entry `c` (for `A`…`Z`): a listed word of `n` bytes starts with that letter.
    const LENGTHS: [u32; 26] = {
        let mut t = [0u32; 26];
        let mut i = 0;
        while i < HEADS_AFTER.len() {
            let w = HEADS_AFTER[i].as_bytes();
            assert!(w[0].is_ascii_uppercase() && w.len() < 32);
            t[(w[0] - b'A') as usize] |= 1 << w.len();
            i += 1;
        }
        t
    };
    let may_be = match word.as_bytes().first() {
        Some(&c @ b'A'..=b'Z') => LENGTHS[usize::from(c - b'A')] >> word.len().min(31) & 1 != 0,
        _ => false,
    };
    may_be && is_listed_head_after(word)
}

/// Gazetteer names followed by these words take them into the mention ("Anbar Province"; the
/// Spanish "south" and "north" of provinces named after their region: "Ilocos Sur").
fn takes_head(word: &str) -> bool {
    matches!(
        word,
        "Province"
            | "County"
            | "District"
            | "Governorate"
            | "Region"
            | "River"
            | "Island"
            | "Islands"
            | "Valley"
            | "Mountains"
            | "Desert"
            | "Parish"
            | "Oblast"
            | "Prefecture"
            | "Sur"
            | "Norte"
    )
}

/// First words that make a run of capitalised words a place ("Mount Sinjar", "Gulf of Aden").
fn is_head_before(word: &str) -> bool {
    matches!(
        word,
        "Mount"
            | "Mt."
            | "Lake"
            | "Gulf"
            | "Cape"
            | "Fort"
            | "Camp"
            | "Isle"
            | "Bay"
            | "Strait"
            | "Port"
    )
}

/// Compass words that join the place after them ("Northern Iraq", "Eastern Europe"). A `match`
/// (the compiler switches on the length first): it is asked of most capitalised words.
fn is_direction(word: &str) -> bool {
    matches!(
        word,
        "North"
            | "South"
            | "East"
            | "West"
            | "Northern"
            | "Southern"
            | "Eastern"
            | "Western"
            | "Central"
            | "Northeast"
            | "Northwest"
            | "Southeast"
            | "Southwest"
            | "Upper"
            | "Lower"
    )
}

/// A name that starts with a saint's title: "St. Louis", "St Albans", "Saint-Denis" is not one
/// (the hyphen makes it one word), "Ste. Genevieve" is.
fn is_saint_name(surface: &str) -> bool {
    surface
        .split_once(' ')
        .is_some_and(|(first, _)| matches!(first, "St." | "St" | "Saint" | "Ste." | "Sainte"))
}

/// Verbs after which a place name stands for its government ("Washington warned").
fn is_metonym_verb(word: &str) -> bool {
    matches!(
        word,
        "said"
            | "says"
            | "say"
            | "announced"
            | "announces"
            | "warned"
            | "warns"
            | "accused"
            | "accuses"
            | "denied"
            | "denies"
            | "rejected"
            | "rejects"
            | "claimed"
            | "claims"
            | "insisted"
            | "insists"
            | "responded"
            | "demanded"
            | "demands"
            | "urged"
            | "urges"
            | "threatened"
            | "threatens"
            | "condemned"
            | "condemns"
            | "vowed"
            | "vows"
            | "refused"
            | "refuses"
            | "agreed"
            | "agrees"
            | "signed"
            | "signs"
            | "imposed"
            | "imposes"
            | "sanctioned"
            | "recognized"
            | "recognised"
            | "retaliated"
            | "protested"
            | "expelled"
            | "summoned"
            | "wants"
            | "believes"
            | "hopes"
            | "plans"
    )
}

/// Words before a place name that make it a place even when it is also an English word.
const LOCATIVE: &[&str] = &[
    "in",
    "at",
    "from",
    "near",
    "to",
    "into",
    "outside",
    "around",
    "across",
    "toward",
    "towards",
    "through",
    "via",
    "visited",
    "visit",
    "visiting",
    "of",
    "between",
    "along",
    "beyond",
    "within",
    // What armies do to places: "to isolate Raqqah", "retook Palmyra", "shelled Homs".
    "liberate",
    "liberated",
    "liberating",
    "isolate",
    "isolated",
    "isolating",
    "besiege",
    "besieged",
    "besieging",
    "occupy",
    "occupied",
    "occupying",
    "invade",
    "invaded",
    "invading",
    "encircle",
    "encircled",
    "encircling",
    "recapture",
    "recaptured",
    "retake",
    "retook",
    "retaken",
    "evacuate",
    "evacuated",
    "shelled",
    "shelling",
    "bombarded",
    "overran",
    "overrun",
];

struct Candidate<'g> {
    span: ByteSpan,
    /// Token indices: first and one past the last.
    first: usize,
    last: usize,
    ids: &'g [u32],
    /// Places chosen by a "City, State" pattern.
    pinned: Option<u32>,
    /// A run the gazetteer lacks: `Some(true)` when its form makes it a place, `Some(false)`
    /// when only a following ", Region" can.
    unlisted: Option<bool>,
    /// The region or country of a "Village, Region" pattern.
    within: Option<u32>,
    /// This mention is the region of such a pattern, which is evidence enough.
    container: bool,
    /// What another mention of the name, in a pattern, says it is ([`follow_patterns`]): used
    /// once this mention is taken for a place.
    sense: Option<Sense>,
    /// What a one-word name says for itself ([`evidence`]), kept with its first word.
    evidence: Option<Evidence>,
}

/// The place a "Town, Region" pattern fixed for a name.
#[derive(Debug, Clone, Copy)]
enum Sense {
    Listed(u32),
    /// A town the gazetteer lacks, in this region or country.
    Unlisted(u32),
}

impl<'g> Candidate<'g> {
    /// A gazetteer name over tokens `first..=last` naming `ids`, with what a one-word name says
    /// for itself when already worked out.
    fn listed(
        span: ByteSpan,
        first: usize,
        last: usize,
        ids: &'g [u32],
        evidence: Option<Evidence>,
    ) -> Self {
        Candidate {
            span,
            first,
            last,
            ids,
            pinned: None,
            unlisted: None,
            within: None,
            container: false,
            sense: None,
            evidence,
        }
    }

    /// A run the gazetteer lacks, over tokens `first..=last`: a place by its form when
    /// `headed`, else only if a ", Region" follows.
    fn unlisted(span: ByteSpan, first: usize, last: usize, headed: bool) -> Self {
        Candidate {
            span,
            first,
            last,
            ids: &[],
            pinned: None,
            unlisted: Some(headed),
            within: None,
            container: false,
            sense: None,
            evidence: None,
        }
    }
}

/// Finds and geocodes the places of `text` (with its `view`).
pub fn find(text: &str, view: &TextView, gaz: &Gazetteer, names: &NameSpans) -> Vec<FoundPlace> {
    let mut buf = String::new();
    let persons = SortedSpans::new(&names.persons);
    let organizations = SortedSpans::new(&names.organizations);
    let spans = (&persons, &organizations);
    let shared = Gazetteer::shared();
    let mut cands = if std::ptr::eq(gaz, shared) {
        SHARED_FIRST_WORDS
            .with_borrow_mut(|words| scan(text, view, (shared, words), spans, &mut buf))
    } else {
        scan(
            text,
            view,
            (gaz, &mut FirstWords::default()),
            spans,
            &mut buf,
        )
    };
    join_structures(text, &view.tokens, gaz, &mut cands);
    name_states(text, &view.tokens, gaz, &mut cands);
    pin_patterns(text, &view.tokens, gaz, &mut cands, &mut buf);
    follow_patterns(text, &mut cands);
    // (After the patterns are followed: the University of Washington says nothing of what
    // "Washington" is elsewhere in the article.)
    name_universities(text, gaz, &mut cands);
    // Each candidate's places, decoded once: the rules below read them several times.
    let places: Vec<Vec<Place>> = cands
        .iter()
        .map(|c| c.ids.iter().map(|&i| gaz.place(i)).collect())
        .collect();

    // The maps below and `index` hold at most one entry per candidate: sized for that from the
    // start, they are not rehashed as they fill (they are only looked up, never iterated).
    fn with_room<K, V>(n: usize) -> FxHashMap<K, V> {
        FxHashMap::with_capacity_and_hasher(n, Default::default())
    }
    let room = cands.len();
    // Evidence: countries and ADM1 regions that unambiguous mentions name.
    let mut countries: FxHashMap<&str, u32> = with_room(room);
    let mut regions: FxHashMap<&str, u32> = with_room(room);
    // ADM1 regions named as such ("Texas", "Bavaria"), not through one of their cities.
    let mut named_regions: FxHashMap<&str, u32> = FxHashMap::default();
    // Countries of great cities named by their own name among small namesakes, with the name's
    // readings (no evidence for the name itself: "Melbourne" in Florida's school results).
    let mut great_cities: FxHashMap<&str, &[u32]> = FxHashMap::default();
    // How often each name (by its readings) is a candidate: a name repeated is no evidence
    // for itself ("the Olympic record … the Olympic final" names no town in Hong Kong).
    let mut repeats: FxHashMap<&[u32], u32> = with_room(room);
    for (c, decoded) in cands.iter().zip(&places) {
        *repeats.entry(c.ids).or_default() += 1;
        let pinned;
        let ps: &[Place] = match c.pinned {
            Some(p) => {
                pinned = [gaz.place(p)];
                &pinned
            }
            None => decoded,
        };
        let Some(first) = ps.first() else {
            continue;
        };
        // (A name that is only a small town's old or alternate name is no evidence: "Turner",
        // once West Chicago's, in "Photograph: Mark Turner" does not put "Kent" in Washington,
        // nor "One", a spelling of Onex, Geneva in Switzerland.)
        let surface = &text[c.span.range()];
        if c.pinned.is_none()
            && ps.iter().all(|p| {
                p.kind == GazKind::City
                    && p.population < 1_000_000
                    && !p.name.eq_ignore_ascii_case(surface)
                    && !p.ascii_name.eq_ignore_ascii_case(surface)
            })
        {
            continue;
        }
        // (So is a great city by its own name among towns of a tenth its size or less: "London"
        // names the United Kingdom, though London, Ontario bears the name too.)
        let great_city = ps.iter().find(|p| {
            p.kind == GazKind::City
                && p.population >= 1_000_000
                && p.name.eq_ignore_ascii_case(surface)
        });
        // (A country by its own name names it, though towns abroad bear the name too: "Costa
        // Rica", a town in Sinaloa; not a name that is also a first name, which may sign a
        // comment: "Jordan — July 18th, 2012".)
        let bare = without_possessive(surface);
        let country = ps.iter().find(|p| {
            p.kind == GazKind::Country
                && p.name.eq_ignore_ascii_case(bare)
                && lexicon::Lexicon::shared().word(bare).given.is_none()
        });
        if let Some(country) = country {
            *countries.entry(country.country_fips).or_default() += 1;
        } else if ps.iter().all(|p| p.country_fips == first.country_fips)
            && !first.country_fips.is_empty()
        {
            *countries.entry(first.country_fips).or_default() += 1;
        } else if let Some(city) = great_city
            && ps.iter().all(|p| {
                std::ptr::eq(p, city)
                    || p.kind == GazKind::City && p.population * 10 <= city.population
            })
        {
            great_cities.entry(city.country_fips).or_insert(c.ids);
        }
        if !first.adm1_fips.is_empty() && ps.iter().all(|p| p.adm1_fips == first.adm1_fips) {
            *regions.entry(first.adm1_fips).or_default() += 1;
            if ps.iter().all(|p| p.kind == GazKind::Adm1) {
                *named_regions.entry(first.adm1_fips).or_default() += 1;
            }
        }
    }

    // A town's name that names a work somewhere in the article names it everywhere there:
    // "chasing after Batman" in a story about "the Batman movie".
    let works: Vec<&str> = cands
        .iter()
        .zip(&places)
        .filter(|(c, ps)| names_a_work(text, &view.tokens, c, ps))
        .map(|(c, _)| &text[c.span.range()])
        .collect();
    let persons_words = PersonWords::new(text, &names.persons);
    let mut found: Vec<FoundPlace> = Vec::new();
    let mut index: FxHashMap<PlaceRef, usize> = with_room(room);
    // The last token, the kind and the country of the last place accepted (a country, a
    // region, a continent or a city).
    let mut last_place: Option<(usize, GazKind, &str)> = None;
    // The countries of the cities of the list the last place ends ("Walsall, Melbourne, …").
    let mut list_countries: Vec<&str> = Vec::new();
    for (k, (c, ps)) in cands.iter().zip(&places).enumerate() {
        let surface = &text[c.span.range()];
        if signs_a_comment(text, c.span)
            || names_a_product(text, view, c, ps)
            || is_direct_current(text, &view.tokens, c)
            || works.iter().any(|w| w.eq_ignore_ascii_case(surface))
            || is_climate_pattern(surface)
        {
            continue;
        }
        // A place the gazetteer lacks: kept by its name, not geocoded.
        let unlisted = |within| {
            let place = PlaceRef::Unlisted {
                name: unlisted_name(surface),
                within,
            };
            let mention = PlaceMention {
                span: c.span,
                metonym: false,
            };
            (place, mention)
        };
        if let Some(headed) = c.unlisted {
            if headed || c.within.is_some() {
                let (place, mention) = unlisted(c.within);
                push(&mut found, &mut index, place, mention);
            }
            continue;
        }
        // "Fairfax County", "Nassau County": a county is not the city of its name (nor the one
        // an alternate name gives), and the gazetteer has no counties.
        if c.pinned.is_none()
            && surface.ends_with(" County")
            // (Nor is it a British county, never written so: "Somerset County" is in New
            // Jersey.)
            && ps
                .iter()
                .all(|p| p.kind == GazKind::City || p.kind == GazKind::Adm1 && p.country_fips == "UK")
        {
            let (place, mention) = unlisted(None);
            push(&mut found, &mut index, place, mention);
            continue;
        }
        let chosen = match c.pinned {
            Some(p) => p,
            None => {
                // "Scotland and Wales", "Denmark, England": a name joined to the country or
                // region just before it is read as one of its kind; "Leeds and Grantham": a
                // name joined to a city is a town of the city's country.
                // After a comma the name must itself be followed by a comma, "and", "or" or a
                // bracket, as in a list: "in New Jersey, Sandy threw a party" lists nothing.
                let word = |k: usize| word_at(text, &view.tokens, k);
                let joined_to_last = c.first >= 2
                    && match word(c.first - 1) {
                        "and" | "or" => true,
                        "," => matches!(word(c.last + 1), "," | "and" | "or" | ")" | ";"),
                        _ => false,
                    };
                let after = |region: bool| {
                    joined_to_last
                        && last_place.is_some_and(|(last, kind, _)| {
                            last == c.first - 2
                                && if region {
                                    kind != GazKind::City
                                } else {
                                    kind == GazKind::City
                                        && ps.iter().any(|p| {
                                            p.kind == GazKind::City
                                                && list_countries.contains(&p.country_fips)
                                        })
                                }
                        })
                };
                // "Brittany and Bavaria", "Brittany, Bavaria and Tuscany": listed right before
                // a country or a region (after a comma, in a list that goes on: not "Langley,
                // Va., headquarters", a town and its state).
                let before_region =
                    cands
                        .get(k + 1)
                        .zip(places.get(k + 1))
                        .is_some_and(|(next, nps)| {
                            let listed = match word(c.last + 1) {
                                "and" | "or" => true,
                                "," => match word(next.last + 1) {
                                    "and" | "or" => true,
                                    "," => {
                                        cands.get(k + 2).is_some_and(|n| n.first == next.last + 2)
                                    }
                                    _ => false,
                                },
                                _ => false,
                            };
                            listed
                                && next.first == c.last + 2
                                && !nps.is_empty()
                                && nps
                                    .iter()
                                    .all(|p| matches!(p.kind, GazKind::Country | GazKind::Adm1))
                        });
                let coordinated = after(true) || before_region || after(false);
                let cue = Cues {
                    person_words: &persons_words,
                    coordinated,
                };
                if !accept(text, view, gaz, c, ps, surface, &cue, &mut buf)
                    || !supported(
                        text,
                        view,
                        gaz,
                        c,
                        ps,
                        (&countries, &regions),
                        repeats[c.ids],
                    )
                {
                    continue;
                }
                // (A sentence's last word may carry its full stop: "… do Sul.")
                match c.sense {
                    Some(Sense::Unlisted(region)) => {
                        let (place, mention) = unlisted(Some(region));
                        push(&mut found, &mut index, place, mention);
                        continue;
                    }
                    Some(Sense::Listed(_)) | None => {}
                }
                let bare = without_possessive(surface).trim_end_matches('.');
                let chosen = match c.sense {
                    Some(Sense::Listed(id)) => id,
                    _ => choose(
                        c.ids,
                        ps,
                        bare,
                        (&countries, &great_cities),
                        &regions,
                        &named_regions,
                    ),
                };
                // Listed with regions of its country, a name is one of them: "Oregon and
                // Washington" is the state, not the capital (not after another country's name:
                // "to destabilize Syria, Washington, far from …").
                let listed_region = |r: &Place| {
                    after(true)
                        && last_place.is_some_and(|(_, kind, country)| {
                            kind == GazKind::Adm1 && country == r.country_fips
                        })
                        || before_region
                            && places.get(k + 1).is_some_and(|nps| {
                                nps.iter().any(|n| {
                                    n.kind == GazKind::Adm1 && n.country_fips == r.country_fips
                                })
                            })
                };
                let chosen = match c
                    .ids
                    .iter()
                    .zip(ps)
                    .find(|(_, p)| p.kind == GazKind::Adm1 && listed_region(p))
                {
                    Some((&region, _)) if gaz.place(chosen).kind == GazKind::City => region,
                    _ => chosen,
                };
                // A dateline names a city: "Washington (CNN) --", "WASHINGTON (AP) —" are the
                // capital, not the state.
                match gaz.place(chosen).kind {
                    GazKind::Adm1 if opens_dateline(text, c.span) => c
                        .ids
                        .iter()
                        .zip(ps)
                        .filter(|(_, p)| p.kind == GazKind::City && p.population >= 100_000)
                        .max_by_key(|(_, p)| p.population)
                        .map_or(chosen, |(&id, _)| id),
                    _ => chosen,
                }
            }
        };
        let place = gaz.place(chosen);
        let kind = place.kind;
        if last_place.is_none_or(|(last, _, _)| last + 2 != c.first) {
            list_countries.clear();
        }
        if kind == GazKind::City {
            list_countries.push(place.country_fips);
        }
        last_place = matches!(
            kind,
            GazKind::Country | GazKind::Adm1 | GazKind::Region | GazKind::Continent | GazKind::City
        )
        .then_some((c.last, kind, place.country_fips));
        let mention = PlaceMention {
            span: c.span,
            metonym: is_metonym(text, &view.tokens, c.last, kind),
        };
        push(&mut found, &mut index, PlaceRef::Listed(chosen), mention);
    }
    found
}

fn push(
    found: &mut Vec<FoundPlace>,
    index: &mut FxHashMap<PlaceRef, usize>,
    place: PlaceRef,
    mention: PlaceMention,
) {
    match index.get(&place) {
        Some(&k) => found[k].mentions.push(mention),
        None => {
            index.insert(place.clone(), found.len());
            found.push(FoundPlace {
                place,
                mentions: vec![mention],
            });
        }
    }
}

/// The capitalised runs of a sentence: the run starting at token `i` (before `end`) goes on
/// through capitalised name tokens joined by one byte ("of" joins when a capitalised word
/// follows), for at most six tokens. Where such a chain of tokens breaks does not depend on
/// where it is entered, so it is found once per chain, not again for every capitalised word of
/// it ("Prime Minister Benjamin Netanyahu" is walked once, not four times), and so is whether
/// a comma follows it.
#[derive(Default)]
struct Runs {
    /// Tokens `from..until` continue the chain that token `from - 1` starts or continues (none
    /// breaks it); token `until` (or the sentence's end) breaks it.
    from: usize,
    until: usize,
    /// Token `until` is a comma.
    comma: bool,
}

/// A capitalised run ([`Runs::run`]).
struct Run {
    /// Its last token.
    last: usize,
    /// Its first or last word, or the words before it, make it a place.
    headed: bool,
    /// A comma follows it.
    comma: bool,
}

impl Runs {
    /// The run starting at token `i` (before `end`, the sentence's end).
    fn run(&mut self, text: &str, tokens: &[Token], i: usize, end: usize) -> Run {
        let word = |k: usize| &text[tokens[k].span().range()];
        if !(self.from <= i + 1 && i < self.until) {
            self.from = i + 1;
            self.until = chain_end(text, tokens, i, end);
            self.comma = tokens.get(self.until).is_some_and(|t| is_comma(text, t));
        }
        // The last capitalised token of the chain within six tokens of `i` (the others are
        // "of").
        let mut last = self.until.min(i + 6) - 1;
        while last > i && !tokens[last].is_capitalized() {
            last -= 1;
        }
        let headed = last > i && (is_head_after(word(last)) || is_head_before(word(i)));
        Run {
            last,
            headed: headed
                || after_place_cue(text, tokens, i)
                || kind_of_place_after(text, tokens, i, last, end),
            // (A token of the chain is no comma.)
            comma: self.comma && last + 1 == self.until,
        }
    }
}

/// The first token after `i` (before `end`) that does not continue a capitalised run: one not
/// joined to the token before by one byte, or by a line break ("1:10 PM EDT" and "Tropicana
/// Field" on the next line are two names), no name token, or a lower-case word but "of".
fn chain_end(text: &str, tokens: &[Token], i: usize, end: usize) -> usize {
    let mut j = i + 1;
    while j < end {
        let t = &tokens[j];
        if !joined(&tokens[j - 1], t)
            || text.as_bytes()[t.span().start - 1] == b'\n'
            || !is_name_token(t)
            || !t.is_capitalized() && &text.as_bytes()[t.span().range()] != b"of"
        {
            break;
        }
        j += 1;
    }
    j
}

/// A capitalised word joined by a hyphen to a participle or adjective in lower case
/// ("Democratic-leaning", "Russian-backed", "Iranian-made", "German-born", "Soviet-style"):
/// not a name ("Winston-Salem" and "Stoke-on-Trent" end capitalised; the Korean "Daehak-ro",
/// "Jongno-gu" end in a place's suffix).
fn is_hyphenated_adjective(word: &str) -> bool {
    word.rsplit_once('-').is_some_and(|(_, tail)| {
        tail.starts_with(|c: char| c.is_ascii_lowercase())
            && (tail.len() > 4 && (tail.ends_with("ed") || tail.ends_with("ing"))
                || matches!(tail, "led" | "made" | "born" | "style" | "like" | "wide"))
    })
}

/// A preposition that a title-case headline capitalises and no place's name holds: "Nations at
/// Impasse Over South China Sea" names no "Impasse Over South China Sea" (asked only of a run
/// about to be taken for a place the gazetteer lacks).
fn is_title_case_preposition(word: &str) -> bool {
    matches!(
        word,
        "Over"
            | "Against"
            | "Amid"
            | "After"
            | "Before"
            | "Into"
            | "Toward"
            | "Towards"
            | "Across"
            | "With"
            | "Without"
            | "Despite"
            | "Among"
            | "Between"
            | "Via"
    )
}

/// Are tokens `a` and `b` (`b` right after `a`) one byte apart, as the words of a name are?
fn joined(a: &Token, b: &Token) -> bool {
    a.span().end + 1 == b.span().start
}

/// Does the name ending at byte `end` of `text` carry a possessive ending, in its span
/// ("Russia's") or right after it ("St. Michael" + "'s")?
fn possessive_at(text: &str, end: usize) -> bool {
    let (before, after) = text.split_at(end);
    without_possessive(before).len() < before.len()
        || ["'s", "\u{2019}s"].iter().any(|p| after.starts_with(p))
}

/// Does the run at token `i` follow words that say it is a place: "near", "outside", "north
/// of", or a noun for a kind of place and "of" ("the village of Tuloul Naser")? Then the run is
/// a place even when the gazetteer lacks it.
fn after_place_cue(text: &str, tokens: &[Token], i: usize) -> bool {
    let bytes = |t: &Token| &text.as_bytes()[t.span().range()];
    let Some(cue) = i.checked_sub(1).map(|k| &tokens[k]) else {
        return false;
    };
    if !joined(cue, &tokens[i]) {
        return false;
    }
    match bytes(cue) {
        b"of" => {
            i >= 2 && joined(&tokens[i - 2], cue) && {
                let before = &text[tokens[i - 2].span().range()];
                is_place_noun(before) || is_compass_point(before)
            }
        }
        b"near" | b"outside" => true,
        // Opening a sentence: "Near Ayn Isa, one strike destroyed …" (not in a headline's
        // words: "the Season Draws Near / By …").
        b"Near" => {
            text.as_bytes()[cue.span().end] == b' '
                && (i == 1 || {
                    let before = &tokens[i - 2];
                    bytes(before) == b"."
                        || text[before.span().end..cue.span().start].contains('\n')
                })
        }
        _ => false,
    }
}

/// Is the run ending at token `last` (before `end`) followed by a noun in lower case for a kind
/// of settlement or area, as in "Baghdad's Karrada neighbourhood", "the Al-Sinek neighborhood",
/// "the Zabadani district"? (Not "town" or "city": "Boys Town", "the Manchester City team"; not
/// "area", which follows anything named.) The run's words are ones no list knows: not "the
/// Kurdish region", "the Catholic province", "the Trump district"; nor is "village" followed by
/// "of", which names the village itself: "the Yazidi village of Ba'idn" (but "the Karrada
/// district of Baghdad").
fn kind_of_place_after(
    text: &str,
    tokens: &[Token],
    first: usize,
    last: usize,
    end: usize,
) -> bool {
    last + 1 < end
        && joined(&tokens[last], &tokens[last + 1])
        && match word_at(text, tokens, last + 1) {
            "village" => word_at(text, tokens, last + 2) != "of",
            "neighbourhood" | "neighborhood" | "district" | "province" | "governorate"
            | "municipality" | "suburb" | "region" => true,
            _ => false,
        }
        && !(first..=last).any(|k| {
            let word = word_at(text, tokens, k);
            let info = lexicon::Lexicon::shared().word(word);
            let known = info.flags != 0 || info.given.is_some() || info.surname.is_some();
            // (Save the Arabic article: "the Al-Sinek neighborhood", "the Al Dora district".)
            known && !matches!(word, "Al" | "El")
                || text::descriptive_ending_len(word.as_bytes()) > 0
        })
}

/// Do the words after the run ending at token `last` say it is a place: "Aisby is a village",
/// "Bilje was a small municipality", "Atwick, a village and civil parish"?
fn described_as_place(text: &str, tokens: &[Token], last: usize) -> bool {
    let word = |k: usize| word_at(text, tokens, k);
    // (Most runs are followed by none of these: the rest is not asked.)
    if !matches!(word(last + 1), "is" | "was" | ",") {
        return false;
    }
    let article = matches!(word(last + 2), "a" | "an");
    // (And the noun ends the phrase: "Smith is a small town man" says nothing of Smith.)
    let noun = |k: usize| {
        let w = word(k);
        w != "port"
            && w != "outskirts"
            && is_place_noun(w)
            && matches!(
                word(k + 1),
                "in" | "and"
                    | "of"
                    | "on"
                    | "near"
                    | "within"
                    | ","
                    | "."
                    | ";"
                    | "located"
                    | "situated"
                    | "north"
                    | "south"
                    | "east"
                    | "west"
                    | "about"
                    | "close"
            )
    };
    article
        && (noun(last + 3)
            || matches!(word(last + 3), "small" | "large" | "tiny" | "little") && noun(last + 4))
}

/// "north", "southeast"…, as in "30 km south of Kirkuk".
fn is_compass_point(word: &str) -> bool {
    matches!(
        word,
        "north"
            | "south"
            | "east"
            | "west"
            | "northeast"
            | "northwest"
            | "southeast"
            | "southwest"
            | "north-east"
            | "north-west"
            | "south-east"
            | "south-west"
    )
}

/// Common nouns for a kind of settlement or area, as in "the village of …".
fn is_place_noun(word: &str) -> bool {
    matches!(
        word,
        "village"
            | "villages"
            | "town"
            | "towns"
            | "township"
            | "city"
            | "hamlet"
            | "suburb"
            | "suburbs"
            | "outskirts"
            | "neighbourhood"
            | "neighborhood"
            | "district"
            | "province"
            | "governorate"
            | "municipality"
            | "county"
            | "region"
            | "island"
            | "islands"
            | "port"
    )
}

/// Is token `t` a comma? (Its length first: most tokens are longer.)
fn is_comma(text: &str, t: &Token) -> bool {
    t.span().len() == 1 && text.as_bytes().get(t.span().start) == Some(&b',')
}

fn is_name_token(t: &Token) -> bool {
    matches!(t.kind, TokenKind::Word | TokenKind::Abbreviation)
}

/// May `surface` name one of `places`, towns that know it only as one of their other names?
/// GeoNames lists nicknames, districts, landmarks and look-alike spellings among a town's other
/// names ("The Point" for Parkersburg, "Central Park" for Bethpage, "Fulton" for Garden City,
/// "Thai" for Alor Setar, "Caroline" for Carolina). Such a name counts only when it is no
/// first name or people's name on its own, and either looks like the town's own name — the same
/// first two letters ("Abu Ghraib", "Seville"), one inside the other ("Vegas", "South
/// Buffalo") — or is neither a common word nor a surname: the exonyms of the news ("Palmyra"
/// for Tadmur, "Kobane" for Ayn al-Arab). Abbreviations ("D.C.") count, and countries,
/// regions and cities of a million keep all their names ("Holland", "Bombay").
fn other_name_may_count(surface: &str, places: &[Place]) -> bool {
    let famous_or_own = |p: &Place| {
        p.kind != GazKind::City
            || p.population >= 1_000_000
            || p.name.eq_ignore_ascii_case(surface)
            || p.ascii_name.eq_ignore_ascii_case(surface)
    };
    if places.iter().any(famous_or_own) || surface.contains('.') || is_caps(surface) {
        return true;
    }
    let lex = lexicon::Lexicon::shared();
    let mut words = surface.split_whitespace();
    let single = match (words.next(), words.next()) {
        (Some(w), None) => Some(lex.word(w)),
        _ => None,
    };
    if single.is_some_and(|info| info.given.is_some() || info.is(lexicon::word::DEMONYM)) {
        return false;
    }
    // (A one-word name's word was looked up above.)
    let all_english = || match single {
        Some(info) => info.is(lexicon::word::ENGLISH),
        None => surface
            .split_whitespace()
            .all(|w| lex.word(w).is(lexicon::word::ENGLISH)),
    };
    let key = lexicon::key(surface);
    let looks_like = places.iter().any(|p| {
        let name = lexicon::key(p.ascii_name);
        key.contains(name.as_str())
            || name.contains(key.as_str())
            // (Two words of English sharing a town's first letters say nothing: "West
            // Division" is no West Hartford.)
            || key.get(..2).is_some_and(|k| name.starts_with(k))
                && (single.is_some() || !all_english())
    });
    looks_like || single.is_none_or(|info| info.surname.is_none()) && !all_english()
}

/// Strips a possessive ending ("Russia's", "Kyiv’s").
fn without_possessive(s: &str) -> &str {
    s.strip_suffix("'s")
        .or_else(|| s.strip_suffix("\u{2019}s"))
        .unwrap_or(s)
}

/// Is `name`, folded, equal to the folded key `key`?
fn folded_eq(name: &str, key: &str) -> bool {
    if name.len() == key.len() && name.eq_ignore_ascii_case(key) {
        return true;
    }
    // Folding only lower-cases a plain ASCII name, and then the test above was the whole test:
    // only other names are folded (into a new string).
    !folds_by_lowercase(name) && lexicon::key(name) == key
}

/// Printable ASCII with single inner spaces: its [`lexicon::key`] is itself lower-cased.
fn folds_by_lowercase(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii_graphic() || b == b' ')
        && !s.starts_with(' ')
        && !s.ends_with(' ')
        && !s.contains("  ")
}

/// Two or more letters, none lower case ("UAE", "U.S.").
fn is_caps(word: &str) -> bool {
    !word.chars().any(char::is_lowercase) && word.chars().filter(|c| c.is_alphabetic()).count() >= 2
}

/// Spans sorted by start, with the furthest end reached so far, so that the spans overlapping
/// another are found without a scan of them all for every candidate. The scan asks about spans
/// in the order of their starts, so a cursor moves forward over the spans that end before them
/// (a binary search when a span starts before the last one asked).
struct SortedSpans {
    spans: Vec<ByteSpan>,
    /// `reach[k]`: the largest end of `spans[..=k]` (never decreasing).
    reach: Vec<usize>,
    /// The start of the span asked last, and how many spans end at or before it.
    cursor: Cell<(usize, usize)>,
}

impl SortedSpans {
    fn new(spans: &[ByteSpan]) -> SortedSpans {
        let mut spans = spans.to_vec();
        spans.sort_unstable_by_key(|s| (s.start, s.end));
        let reach = spans
            .iter()
            .scan(0, |reach, s| {
                *reach = s.end.max(*reach);
                Some(*reach)
            })
            .collect();
        SortedSpans {
            spans,
            reach,
            cursor: Cell::new((0, 0)),
        }
    }

    /// The spans that overlap `span`.
    fn overlapping(&self, span: ByteSpan) -> impl Iterator<Item = &ByteSpan> {
        // Spans before `first` end at or before `span` starts; from the first that starts at
        // or after its end on, none overlaps it.
        let (asked, mut first) = self.cursor.get();
        if span.start < asked {
            first = self.reach.partition_point(|&r| r <= span.start);
        }
        while self.reach.get(first).is_some_and(|&r| r <= span.start) {
            first += 1;
        }
        self.cursor.set((span.start, first));
        self.spans[first..]
            .iter()
            .take_while(move |s| s.start < span.end)
            .filter(move |s| span.start < s.end)
    }
}

/// What the gazetteer says about capitalised words as the first word of a name (and whether
/// the word is an abbreviation, which may lose its period). Names repeat within an article and
/// across articles, and so do the words that open sentences ("The", "But", "Tuesday"): each is
/// asked of the gazetteer once, and most capitalised words then cost one probe of this table.
///
/// Words of up to seven bytes, most of them, are keyed by their bytes and length packed in a
/// `u64` (hashed with one multiplication, compared in one instruction); longer words by the
/// word itself.
///
/// The maps hold an [`Answer`]: two flags and the index of the word's places in `answers`,
/// where most words share [`FirstWord::NOTHING`] (they name no place). The table grows to
/// tens of thousands of words across a corpus, and with the answers themselves in the maps
/// (48 bytes a word) nearly every look-up missed the caches twice; a map of 16-byte entries
/// is a third of the size, and the shared answer stays in the cache.
#[derive(Debug)]
struct FirstWords<'g> {
    short: FxHashMap<u64, Answer>,
    /// Longer words, without and with `abbreviation`.
    long: [FxHashMap<Box<str>, Answer>; 2],
    /// The answers of the words that name places, [`FirstWord::NOTHING`] first.
    answers: Vec<FirstWord<'g>>,
}

impl Default for FirstWords<'_> {
    fn default() -> Self {
        // Room for the words of a few hundred articles from the start: the table is not
        // rehashed again and again as it fills.
        FirstWords {
            short: FxHashMap::with_capacity_and_hasher(1 << 14, Default::default()),
            long: [0, 1].map(|_| FxHashMap::with_capacity_and_hasher(1 << 12, Default::default())),
            answers: vec![FirstWord::NOTHING],
        }
    }
}

thread_local! {
    /// The answers of the shared gazetteer ([`Gazetteer::shared`], the one the pipeline uses),
    /// kept for all the articles a thread analyses.
    static SHARED_FIRST_WORDS: RefCell<FirstWords<'static>> = RefCell::default();
}

impl<'g> FirstWords<'g> {
    /// Past this many words the table starts again, so that a long-running process keeps a
    /// bounded table (a corpus of 1,600 articles has about 40,000 distinct capitalised words).
    const MAX: usize = 1 << 17;

    /// `word`'s answer (see [`FirstWords::answer`]), from `probe` the first time.
    /// `rest` is the text from the word's start on (the word is a prefix of it): a short word
    /// is read from it with one 8-byte load and a mask, not copied byte by byte (a copy of
    /// varying length is a call to `memcpy`, whose branches on the length follow the text).
    ///
    /// The look-up is inlined into the scan and the probe (the first time only) is not: most
    /// words are known, and the probe's closure is then never built.
    #[inline]
    fn get_or_probe(
        &mut self,
        word: &str,
        rest: &[u8],
        abbreviation: bool,
        probe: impl FnOnce() -> FirstWord<'g>,
    ) -> Answer {
        let bytes = word.as_bytes();
        debug_assert!(rest.starts_with(bytes));
        let found = if bytes.len() < 8 {
            self.short
                .get(&FirstWords::packed(bytes, rest, abbreviation))
        } else {
            self.long[usize::from(abbreviation)].get(word)
        };
        match found {
            Some(&k) => k,
            None => self.probe_and_add(word, rest, abbreviation, probe),
        }
    }

    /// A word of up to seven bytes as one integer: its bytes, zero-padded to seven, and its
    /// length (and `abbreviation`) in the eighth; little-endian, so the first byte is the
    /// lowest.
    #[inline]
    fn packed(bytes: &[u8], rest: &[u8], abbreviation: bool) -> u64 {
        let head = match rest.first_chunk::<8>() {
            Some(chunk) => u64::from_le_bytes(*chunk) & ((1u64 << (8 * bytes.len())) - 1),
            None => {
                let mut padded = [0u8; 8];
                padded[..bytes.len()].copy_from_slice(bytes);
                u64::from_le_bytes(padded)
            }
        };
        head | u64::from(bytes.len() as u8 | u8::from(abbreviation) << 7) << 56
    }

    /// [`FirstWords::get_or_probe`] of a word not in the table yet.
    #[inline(never)]
    fn probe_and_add(
        &mut self,
        word: &str,
        rest: &[u8],
        abbreviation: bool,
        probe: impl FnOnce() -> FirstWord<'g>,
    ) -> Answer {
        let k = self.add(probe());
        let bytes = word.as_bytes();
        if bytes.len() < 8 {
            self.short
                .insert(FirstWords::packed(bytes, rest, abbreviation), k);
        } else {
            self.long[usize::from(abbreviation)].insert(word.into(), k);
        }
        k
    }

    /// The whole answer `a` (from [`FirstWords::get_or_probe`]): [`FirstWord::NOTHING`] for a
    /// word that names no place, whose flags say all there is.
    fn answer(&self, a: Answer) -> &FirstWord<'g> {
        &self.answers[(a.0 as u32 >> 2) as usize]
    }

    /// What the word of answer `a` (one that names places) says for itself as a one-word name,
    /// from `compute` the first time.
    fn evidence(&mut self, a: Answer, compute: impl FnOnce() -> Evidence) -> Evidence {
        *self.answers[(a.0 as u32 >> 2) as usize]
            .evidence
            .get_or_insert_with(compute)
    }

    /// Whether the word of answer `a` (one that names places) is a weak head as a one-word
    /// name, from `compute` the first time.
    fn weak_head(&mut self, a: Answer, compute: impl FnOnce() -> bool) -> bool {
        *self.answers[(a.0 as u32 >> 2) as usize]
            .weak_head
            .get_or_insert_with(compute)
    }

    /// Keeps `answer` (after making room) and returns its [`Answer`].
    fn add(&mut self, answer: FirstWord<'g>) -> Answer {
        if self.short.len() + self.long[0].len() + self.long[1].len() >= FirstWords::MAX {
            *self = FirstWords::default();
        }
        let flags = u64::from(answer.direction) | u64::from(answer.probed.next) << 32;
        // (Without places, the length of the named part is never read, nor is there evidence.)
        if answer.probed.ids.is_empty() {
            debug_assert!(answer.evidence.is_none());
            return Answer(flags);
        }
        self.answers.push(answer);
        Answer(((self.answers.len() - 1) as u64) << 2 | flags)
    }
}

/// A word's entry in [`FirstWords`]: whether it is a compass word (bit 0), the index of its
/// places in the answers (bits 2 to 31; 0 when it names none), and the words that may follow
/// it in a longer name (bits 32 to 63: [`Probed::next`]).
#[derive(Debug, Clone, Copy, Default)]
struct Answer(u64);

impl Answer {
    /// A compass word ([`is_direction`]).
    fn direction(self) -> bool {
        self.0 & 1 != 0
    }

    /// The words that may follow the word in a longer name ([`Probed::next`]).
    fn next(self) -> u32 {
        (self.0 >> 32) as u32
    }
}

/// What [`FirstWords`] keeps of a word.
#[derive(Debug, Clone, Copy)]
struct FirstWord<'g> {
    /// The gazetteer's answer, with `prefix` asked.
    probed: Probed<'g>,
    /// A compass word ([`is_direction`]).
    direction: bool,
    /// When it names places: what it says for itself as a one-word name (worked out when a
    /// one-word mention first needs it: [`FirstWords::evidence`]).
    evidence: Option<Evidence>,
    /// When it names places: whether it is a weak head as a one-word name ([`is_weak_head`];
    /// worked out when first asked: [`FirstWords::weak_head`]).
    weak_head: Option<bool>,
}

impl FirstWord<'_> {
    /// The answer of most words: they name no place.
    const NOTHING: FirstWord<'static> = FirstWord {
        probed: Probed {
            ids: &[],
            len: 0,
            next: 0,
        },
        direction: false,
        evidence: None,
        weak_head: None,
    };
}

/// Does the place name `name` (with places `ids`) refuse a compass word before it ("Northern
/// Iraq" joins)? A people's name does, and so does a common word that names only small towns:
/// they must prove themselves alone ("East German", "Eastern Time").
fn is_weak_head(gaz: &Gazetteer, name: &str, ids: &[u32]) -> bool {
    let info = lexicon::Lexicon::shared().word(name);
    info.is(lexicon::word::DEMONYM)
        || info.is(lexicon::word::ENGLISH)
            && ids.iter().all(|&id| {
                let p = gaz.place(id);
                p.kind == GazKind::City && p.population < 100_000
            })
}

/// What the gazetteer says about a stretch of words that may be a name ([`probe`]).
#[derive(Debug, Clone, Copy)]
struct Probed<'g> {
    /// The places it names.
    ids: &'g [u32],
    /// The length in bytes of the part that names them (without a possessive ending).
    len: usize,
    /// The words that may follow it in a longer name, by the bits of their first bytes
    /// ([`Gazetteer::next_word_bit`]); 0 when no longer name starts with it (or when not
    /// asked).
    next: u32,
}

/// The places `full` (capitalised words from the text; `key` folded, `abbreviation` when its
/// last token is one) names, and whether a longer name may start with it (asked only when
/// `longer`).
fn probe<'g>(
    gaz: &'g Gazetteer,
    full: &str,
    abbreviation: bool,
    key: &str,
    longer: bool,
    buf: &mut String,
) -> Probed<'g> {
    // A possessive ends the name ("Britain's"), and so does an ending that makes it an
    // adjective ("Texas-based", "Los Angeles-based"); an abbreviation's period may not ("St.
    // Louis").
    let ending = text::descriptive_ending_len(full.as_bytes());
    let mut bare = match ending {
        0 => without_possessive(full),
        n => &full[..full.len() - n],
    };
    // (A possessive may still go on into a longer name: "Democratic People's Republic of
    // Korea"; an adjective's ending may not.)
    let longer = longer && ending == 0;
    if bare.len() == full.len() && abbreviation {
        // "in the US." at a sentence end: the period is the sentence's.
        bare = full.strip_suffix('.').unwrap_or(full);
    }
    let (mut ids, next) = gaz.lookup_folded_and_next(full, key, longer);
    let mut len = full.len();
    if ids.is_empty() && bare.len() < full.len() {
        ids = gaz.lookup(bare, buf);
        len = bare.len();
    }
    if ids.is_empty() && !full.ends_with('.') && full.contains('.') {
        // "the U.S government": the abbreviation lost its last period.
        ids = gaz.lookup(&format!("{full}."), &mut String::new());
    }
    if ids.is_empty() && !bare.is_ascii() && bare.chars().count() >= 4 {
        // "Perú": a country's or region's name the gazetteer holds only without its accents
        // (not a town's, nor a short word's: "Há" is no Ha, Bhutan).
        let plain: String = bare.nfd().filter(|&c| !is_combining_mark(c)).collect();
        let found = gaz.lookup(&plain, buf);
        let large = |&i: &u32| matches!(gaz.place(i).kind, GazKind::Country | GazKind::Adm1);
        if plain != bare && !found.is_empty() && found.iter().all(large) {
            ids = found;
            len = bare.len();
        }
    }
    Probed { ids, len, next }
}

/// Does the gazetteer's filter prove that `word`, a first word, names no place and starts no
/// name, so that [`probe`] would find nothing? Asked of a plain word only: printable ASCII with
/// a lower-case letter (no name in capitals), no period (an abbreviation or "U.S"), no
/// possessive ending and no descriptive one ("Texas-based"), whose folded key is the word
/// lower-cased, and which no other form of it is tried for.
fn gaz_rules_out(gaz: &Gazetteer, word: &str) -> bool {
    let bytes = word.as_bytes();
    bytes.iter().all(|b| b.is_ascii_graphic() && *b != b'.')
        && bytes.iter().any(u8::is_ascii_lowercase)
        && !word.ends_with("'s")
        && text::descriptive_ending_len(bytes) == 0
        && !gaz.may_hold_ascii_word(bytes)
}

/// Appends the folded key of `word` ([`lexicon::key`]) to `key`.
fn push_key(key: &mut String, word: &str, word_key: &mut String) {
    if word.bytes().all(|b| b.is_ascii_graphic()) {
        // Most words: an ASCII word is its own key once lower-cased.
        let from = key.len();
        key.push_str(word);
        key[from..].make_ascii_lowercase();
    } else {
        lexicon::key_into(word, word_key);
        key.push_str(word_key);
    }
}

/// The first capitalised name token of two bytes or more in `tokens[from..end]`. Out of line:
/// inlined into [`scan`], the loop kept its counter on the stack, among that function's many
/// variables, for every token it passed.
#[inline(never)]
fn next_name_start(tokens: &[Token], from: usize, end: usize) -> Option<usize> {
    let skip = tokens
        .get(from..end)?
        .iter()
        .position(|t| t.is_capitalized() && is_name_token(t) && t.span().len() >= 2)?;
    Some(from + skip)
}

/// The parts of a hyphenated token that name two or three places no gazetteer name joins
/// ("Russia-Ukraine", "US-China", "Texas-Mexico"), each with its places; empty unless every
/// part is a capitalised name of a country, a region, a first-order division or a city of a
/// million, or of an organisation the lists know ("Israel-Hamas" names Israel). Hyphenated
/// names of one place ("Winston-Salem", "Guinea-Bissau") are looked up whole before this, and
/// surnames or firms ("Wilson-Raybould", "Hewlett-Packard") do not name large places in every
/// part.
fn places_joined_by_hyphens<'g>(
    gaz: &'g Gazetteer,
    text: &str,
    span: ByteSpan,
    buf: &mut String,
) -> Vec<(ByteSpan, &'g [u32])> {
    let word = &text[span.range()];
    let parts = word.split('-').count();
    if !(2..=3).contains(&parts) {
        return Vec::new();
    }
    let mut out = Vec::with_capacity(parts);
    let mut start = span.start;
    for part in word.split('-') {
        let large = |&p: &u32| {
            let place = gaz.place(p);
            place.kind != GazKind::City || place.population >= 1_000_000
        };
        if part.len() < 2 || !part.starts_with(|c: char| c.is_uppercase()) {
            return Vec::new();
        }
        let ids = gaz.lookup(part, buf);
        if !ids.is_empty() && ids.iter().any(large) {
            out.push((ByteSpan::new(start, start + part.len()), ids));
        } else if !lexicon::Lexicon::shared()
            .word(part)
            .is(lexicon::word::KNOWN_ORG)
        {
            // (A known organisation may be the other side: "the Israel-Hamas war".)
            return Vec::new();
        }
        start += part.len() + 1;
    }
    out
}

/// The longest gazetteer name at each capitalised word, outside person and organisation spans.
fn scan<'g>(
    text: &str,
    view: &TextView,
    (gaz, first_words): (&'g Gazetteer, &mut FirstWords<'g>),
    (persons, organizations): (&SortedSpans, &SortedSpans),
    buf: &mut String,
) -> Vec<Candidate<'g>> {
    let tokens = &view.tokens;
    let max_words = gaz.max_words().max(1);
    let mut out = Vec::new();
    // The folded key of the words tried: what `lexicon::key` gives for them, built word by word
    // as they join instead of folding the whole phrase again for every word.
    let mut key = String::new();
    let mut word_key = String::new();
    for s in 0..view.sentences.len() {
        let range = view.sentence_token_range(s);
        let mut runs = Runs::default();
        let mut i = range.start;
        while i < range.end {
            // On to the next capitalised name token of two bytes or more (most tokens are not:
            // a tight loop over them).
            let Some(next) = next_name_start(tokens, i, range.end) else {
                break;
            };
            i = next;
            let t = &tokens[i];
            let start = t.span().start;
            let mut best: Option<(usize, usize, &'g [u32])> = None;
            // The first word is a compass word ("Northern"); its answer in `first_words` (for
            // what it says for itself as a name, read only for a one-word mention).
            let mut direction = false;
            let mut first_answer = Answer::default();
            let mut j = i;
            loop {
                // Token `j` is a name token joined to the one before by single spaces (asked
                // below before `j` grows).
                let tj = &tokens[j];
                let full = &text[start..tj.span().end];
                let abbreviation = tj.kind == TokenKind::Abbreviation;
                // A longer name needs a next name token after single spaces (asked only when the
                // words so far may start one).
                // (Two abbreviations may touch: "W.Va." is "W." and "Va.", found as "W. Va.")
                let next_joins = || {
                    j + 1 < range.end.min(i + max_words)
                        && tokens.get(j + 1).is_some_and(|next| {
                            is_name_token(next)
                                && text
                                    .get(tj.span().end..next.span().start)
                                    .is_some_and(|gap| {
                                        if gap.is_empty() {
                                            abbreviation && next.kind == TokenKind::Abbreviation
                                        } else {
                                            gap.bytes().all(|b| b == b' ')
                                        }
                                    })
                        })
                };
                // Does a longer name go on with the next token, as far as the words that may
                // follow (`next`) tell by its first byte? (Only for ASCII so far: a name with
                // accents is also tried without them, which the words of the prefix do not
                // cover.)
                let goes_on = |next: u32| {
                    next != 0
                        && next_joins()
                        && match text.as_bytes()[tokens[j + 1].span().start] {
                            b @ 0..=0x7f => {
                                next & Gazetteer::next_word_bit(b.to_ascii_lowercase()) != 0
                                    || !full.is_ascii()
                            }
                            _ => true,
                        }
                };
                let (probed, prefix) = if j == i {
                    // The first word: asked of the gazetteer once per thread.
                    let mut folded = false;
                    let rest = &text.as_bytes()[start..];
                    let answer = first_words.get_or_probe(full, rest, abbreviation, || {
                        if gaz_rules_out(gaz, full) {
                            return FirstWord {
                                direction: is_direction(full),
                                ..FirstWord::NOTHING
                            };
                        }
                        folded = true;
                        key.clear();
                        push_key(&mut key, full, &mut word_key);
                        FirstWord {
                            probed: probe(gaz, full, abbreviation, &key, true, buf),
                            direction: is_direction(full),
                            evidence: None,
                            weak_head: None,
                        }
                    });
                    direction = answer.direction();
                    first_answer = answer;
                    let prefix = goes_on(answer.next());
                    if prefix && !folded {
                        key.clear();
                        push_key(&mut key, full, &mut word_key);
                    }
                    // (A word that names no place reads the shared `NOTHING`, always cached.)
                    (first_words.answer(answer).probed, prefix)
                } else {
                    key.push(' ');
                    push_key(&mut key, &text[tj.span().range()], &mut word_key);
                    let probed = probe(gaz, full, abbreviation, &key, next_joins(), buf);
                    (probed, goes_on(probed.next))
                };
                debug_assert!(!prefix || key == lexicon::key(full));
                // A name of several words ends on a capitalised word: "Rio de Janeiro", "Côte
                // d'Ivoire" (a capital after an elided particle), but not "Porto said" (an
                // alternate name of Port Said).
                if !probed.ids.is_empty()
                    && (j == i
                        || tj.is_capitalized()
                        || elided_before_capital(&text[tj.span().range()]))
                {
                    best = Some((j, start + probed.len, probed.ids));
                }
                if !prefix {
                    break;
                }
                j += 1;
            }
            // "Russia-Ukraine border", "US-China talks": a pair of places in one token.
            if best.is_none() && t.shape.contains(text::Shape::HAS_HYPHEN) {
                let pair = places_joined_by_hyphens(gaz, text, t.span(), buf);
                if !pair.is_empty() {
                    for (span, ids) in pair {
                        if persons.overlapping(span).next().is_none()
                            && organizations.overlapping(span).next().is_none()
                        {
                            out.push(Candidate::listed(span, i, i, ids, None));
                        }
                    }
                    i += 1;
                    continue;
                }
            }
            // A town's name in short capitals before a comma and its region, as datelines
            // write it: "MESA, Ariz. (AP)", "GARY, Ind." (short capitals are otherwise read as
            // an acronym: "USI" is no Usi).
            if best.is_none()
                && t.shape.contains(text::Shape::ALL_CAPS)
                && t.kind == TokenKind::Word
                && let Some(region) = region_after_comma(text, tokens, i + 1, gaz, buf)
            {
                // (Asked in lower case: the gazetteer folds case, but takes short capitals as
                // written for an acronym.)
                let ids = gaz.lookup(&text[t.span().range()].to_lowercase(), buf);
                // (Only a town of that region: "USI, Texas" is no Wuxi.)
                if ids
                    .iter()
                    .any(|&id| lies_in(&gaz.place(id), &gaz.place(region)))
                    && persons.overlapping(t.span()).next().is_none()
                    && organizations.overlapping(t.span()).next().is_none()
                {
                    out.push(Candidate::listed(t.span(), i, i, ids, None));
                    i += 1;
                    continue;
                }
            }
            if best.is_none() {
                // (Nor does an adjective of a name and a participle open one: "Democratic-
                // leaning Cuyahoga County", "Russian-backed Donetsk".)
                if direction
                    || t.shape.contains(text::Shape::HAS_HYPHEN)
                        && is_hyphenated_adjective(&text[t.span().range()])
                {
                    i += 1;
                    continue;
                }
                let Run {
                    last,
                    headed,
                    comma,
                } = runs.run(text, tokens, i, range.end);
                // (Not the tail of a longer name: "Braunau am Inn, a town", "Marlow Tey".)
                let tail = i > range.start
                    && joined(&tokens[i - 1], t)
                    && (tokens[i - 1].is_capitalized()
                        || i >= 2
                            && tokens[i - 1].is_lower_start()
                            && tokens[i - 2].is_capitalized()
                            && joined(&tokens[i - 2], &tokens[i - 1]));
                let headed = headed || !tail && described_as_place(text, tokens, last);
                // "moved to Marszew in Poland": a place the gazetteer lacks, in its region.
                let within = (!headed && !comma && !tail)
                    .then(|| region_around(text, tokens, i, last, range.end, gaz, buf))
                    .flatten();
                if !headed && !comma && within.is_none() {
                    i += 1;
                    continue;
                }
                // A head word that comes first in a place's name ("Lake", "Mount") right after
                // a capitalised word is that name's second word, and heads nothing after it:
                // "the Meech Lake Accord" names no "Lake Accord".
                if i > range.start
                    && tokens[i - 1].is_capitalized()
                    && joined(&tokens[i - 1], t)
                    && is_head_before(&text[t.span().range()])
                    && !is_head_after(&text[tokens[last].span().range()])
                {
                    i += 1;
                    continue;
                }
                // A headline's capitalised preposition is in no place's name: the name, if any,
                // starts after it ("Nations at Impasse Over South China Sea").
                if let Some(k) =
                    (i..=last).find(|&k| is_title_case_preposition(&text[tokens[k].span().range()]))
                {
                    i = k + 1;
                    continue;
                }
                // So is a sentence's first word that is a preposition, an auxiliary verb or a
                // denial: "At Villa Park, …", "Doesn’t Gale Crater look lovely?".
                if i == range.start
                    && i < last
                    && (matches!(
                        &text[t.span().range()],
                        "At" | "In"
                            | "On"
                            | "From"
                            | "To"
                            | "For"
                            | "By"
                            | "Near"
                            | "Outside"
                            | "Is"
                            | "Was"
                            | "Are"
                            | "Were"
                            | "Does"
                            | "Did"
                            | "Do"
                            | "Has"
                            | "Have"
                            | "Had"
                            | "Can"
                            | "Could"
                            | "Will"
                            | "Would"
                            | "Should"
                    ) || text[t.span().range()].ends_with("n’t")
                        || text[t.span().range()].ends_with("n't"))
                {
                    i += 1;
                    continue;
                }
                let span = ByteSpan::new(start, tokens[last].span().end);
                // Looked up only when it decides: most runs are neither headed nor before a comma.
                let initial_word = || {
                    i == range.start
                        && lexicon::Lexicon::shared()
                            .word(&text[t.span().range()])
                            .is(lexicon::word::ENGLISH)
                };
                // (Before a comma, only capitalised words: "Affairs of Iran, Saudi Arabia" is
                // the tail of a ministry's name in a list, not a town in Saudi Arabia.)
                let all_capitalized = || tokens[i..=last].iter().all(Token::is_capitalized);
                // (Nor a word that is never a name, nor a day, nor one word of the dictionary
                // that is an adverb or a plural: "Unfortunately, Chile is not included", "on
                // Election Day, Virginia's 13 votes", "Categories: Food, Photo Essays, Portugal".)
                let no_town = || {
                    let lex = lexicon::Lexicon::shared();
                    let word = |k: usize| &text[tokens[k].span().range()];
                    let info = lex.word(word(i));
                    (i..=last).any(|k| lex.word(word(k)).is(lexicon::word::NOT_NAME))
                        || word(last) == "Day"
                        || i == last
                            && info.is(lexicon::word::ENGLISH)
                            && !info.is(lexicon::word::PROPER)
                            && (word(i).ends_with("ly") || word(i).ends_with('s'))
                };
                if (headed
                    || within.is_some()
                    || (comma
                        && last < i + 3
                        && all_capitalized()
                        && !initial_word()
                        && !no_town()))
                    && persons.overlapping(span).next().is_none()
                    && organizations.overlapping(span).next().is_none()
                {
                    let mut c = Candidate::unlisted(span, i, last, headed || within.is_some());
                    c.within = within;
                    out.push(c);
                    i = last + 1;
                } else {
                    i += 1;
                }
                continue;
            }
            // "Sandy Hook, Maryland": a longer run of capitals than the name found at its start,
            // before a comma and a region, is a place the gazetteer lacks (read as such only
            // with the region after it), not the shorter name.
            // (Only over a town's name, in a run of three words at most, not opening the
            // sentence with a word: "But Florida, Virginia and Colorado" is a list.)
            if let Some((found_last, _, ids)) = best
                && !direction
                && tokens.get(found_last + 1).is_some_and(|n| {
                    found_last + 1 < range.end
                        && n.is_capitalized()
                        && is_name_token(n)
                        && joined(&tokens[found_last], n)
                })
            {
                let run = runs.run(text, tokens, i, range.end);
                let span = ByteSpan::new(start, tokens[run.last].span().end);
                if run.last > found_last
                    && run.last < i + 3
                    && run.comma
                    && tokens[i..=run.last].iter().all(Token::is_capitalized)
                    && ids.iter().all(|&id| gaz.place(id).kind == GazKind::City)
                    && !(i == range.start
                        && lexicon::Lexicon::shared()
                            .word(&text[t.span().range()])
                            .is(lexicon::word::ENGLISH))
                    && region_after_comma(text, tokens, run.last + 1, gaz, buf).is_some()
                    && persons.overlapping(span).next().is_none()
                    && organizations.overlapping(span).next().is_none()
                {
                    out.push(Candidate::unlisted(span, i, run.last, false));
                    i = run.last + 1;
                    continue;
                }
            }
            match best {
                Some((mut last, mut end, ids)) => {
                    let mut start = start;
                    let mut first = i;
                    // "Northern Iraq", "Anbar Province": the compass word and the head join
                    // (not to a weak head: see [`is_weak_head`]). A one-word name is the first
                    // word's, whose answer knows.
                    // (The first word's text, of a one-word name.)
                    let word = &text[start..end];
                    let mut weak_head = || {
                        last == i
                            && first_words.weak_head(first_answer, || is_weak_head(gaz, word, ids))
                    };
                    if i > range.start {
                        let p = &tokens[i - 1];
                        let pw = &text[p.span().range()];
                        if is_direction(pw) && p.span().end + 1 == start && !weak_head() {
                            start = p.span().start;
                            first = i - 1;
                        }
                    }
                    if end == tokens[last].span().end
                        && let Some(n) = tokens.get(last + 1)
                        && last + 1 < range.end
                        && n.span().start == end + 1
                        && takes_head(&text[n.span().range()])
                    {
                        last += 1;
                        end = n.span().end;
                    }
                    // ... also after "Autonomous": "Inner Mongolia Autonomous Region", "Tibet
                    // Autonomous Prefecture".
                    if end == tokens[last].span().end
                        && last + 2 < range.end
                        && &text[tokens[last + 1].span().range()] == "Autonomous"
                        && tokens[last + 1].span().start == end + 1
                        && tokens[last + 2].span().start == tokens[last + 1].span().end + 1
                        && takes_head(&text[tokens[last + 2].span().range()])
                    {
                        last += 2;
                        end = tokens[last].span().end;
                    }
                    // "South China Sea", "Oxford Street", "Geneva Airport": a place's name before
                    // a head word names another place, which the gazetteer lacks (its form makes
                    // it a place: not geocoded, and not China, Oxford or Geneva).
                    if let Some(n) = tokens.get(last + 1)
                        && last + 1 < range.end
                        && n.span().start == end + 1
                        && is_head_after(&text[n.span().range()])
                        && !takes_head(&text[n.span().range()])
                        // ("Tampa Bay" is the city's area.)
                        && &text[n.span().range()] != "Bay"
                    {
                        let span = ByteSpan::new(start, n.span().end);
                        if persons.overlapping(span).next().is_none()
                            && organizations.overlapping(span).next().is_none()
                        {
                            out.push(Candidate::unlisted(span, first, last + 1, true));
                        }
                        i = last + 2;
                        continue;
                    }
                    // "the Southern District of New York", "the Eastern District of Virginia": a
                    // compass point's division before "of" and a name is a division of that
                    // place (a court's district), not a region elsewhere that bears the name
                    // (Israel's, American Samoa's).
                    if last > first
                        && is_direction(&text[tokens[first].span().range()])
                        && matches!(
                            &text[tokens[last].span().range()],
                            "District" | "Province" | "Region" | "Division" | "Department"
                        )
                        && last + 2 < range.end
                        && &text[tokens[last + 1].span().range()] == "of"
                        && tokens[last + 2].is_capitalized()
                    {
                        i = last + 1;
                        continue;
                    }
                    let span = ByteSpan::new(start, end);
                    // A one-word "person" that is a country or state ("Governor of Virginia")
                    // is the place: the names stage reads it as a given name.
                    // (Asked only of a person span equal to the mention: it decodes places.)
                    let region = || {
                        last == i
                            && !after_honorific(&text[..start])
                            && ids.iter().any(|&p| {
                                matches!(gaz.place(p).kind, GazKind::Country | GazKind::Adm1)
                            })
                    };
                    let person = persons.overlapping(span).any(|s| !(*s == span && region()));
                    // Inside an organisation's name only a "… of Place" tail ("University of
                    // Helsinki") and a leading country ("US State Department", "United States
                    // Air Force") are places: GDELT geocodes both, and they say where the story is.
                    let country = || {
                        ids.iter()
                            .any(|&p| matches!(gaz.place(p).kind, GazKind::Country))
                    };
                    // (Not an organisation found inside the place's name: "Korea" of "South
                    // Korea's Yoon" in a headline.)
                    let in_org = organizations.overlapping(span).any(|o| {
                        let inside = span.start <= o.start && o.end <= span.end && *o != span;
                        !(inside
                            || o.end == span.end
                                && text
                                    .get(o.start..span.start)
                                    .is_some_and(|before| before.ends_with(" of "))
                            || o.start == span.start && span.end < o.end && country())
                    });
                    if !person && !in_org {
                        out.push(Candidate::listed(
                            span,
                            first,
                            last,
                            ids,
                            (first == last).then(|| {
                                first_words.evidence(first_answer, || {
                                    let places: Vec<Place> =
                                        ids.iter().map(|&p| gaz.place(p)).collect();
                                    evidence(gaz, without_possessive(word), &places, true, buf)
                                })
                            }),
                        ));
                    }
                    i = last + 1;
                }
                None => i += 1,
            }
        }
    }
    also_elsewhere(text, tokens, (persons, organizations), &mut out);
    out
}

/// A place the gazetteer lacks that the text has shown to be one ("Aisby is a village …") is the
/// place wherever else the same words stand alone as a name ("Both Heydour and Aisby …").
fn also_elsewhere(
    text: &str,
    tokens: &[Token],
    (persons, organizations): (&SortedSpans, &SortedSpans),
    out: &mut Vec<Candidate<'_>>,
) {
    let word = |k: usize| word_at(text, tokens, k);
    // The names shown, by their first word.
    let mut shown: FxHashMap<&str, Vec<(usize, usize)>> = FxHashMap::default();
    // (Names with a head word, "Tigris River", "Mount Sinjar", are found again by their form.)
    let by_form = |c: &Candidate<'_>| {
        c.last > c.first && (is_head_after(word(c.last)) || is_head_before(word(c.first)))
    };
    for c in out
        .iter()
        .filter(|c| c.unlisted == Some(true) && !by_form(c))
    {
        shown
            .entry(word(c.first))
            .or_default()
            .push((c.first, c.last - c.first + 1));
    }
    if shown.is_empty() {
        return;
    }
    // The lengths and first bytes of the words shown: most capitalised words have neither, and
    // are not looked up.
    let length_bit = |len: usize| 1u64 << len.min(63);
    let mut lengths_shown = 0u64;
    let mut firsts_shown = [false; 256];
    for w in shown.keys() {
        lengths_shown |= length_bit(w.len());
        firsts_shown[usize::from(w.as_bytes().first().copied().unwrap_or(0))] = true;
    }
    let may_be_shown = |t: &Token| {
        lengths_shown & length_bit(t.span().len()) != 0
            && firsts_shown[usize::from(text.as_bytes().get(t.span().start).copied().unwrap_or(0))]
    };
    let name_at = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| t.is_capitalized() && is_name_token(t))
    };
    let mut more = Vec::new();
    let mut taken = out.iter().map(|c| c.span).collect::<Vec<_>>();
    for at in 0..tokens.len() {
        if !name_at(at)
            || !may_be_shown(&tokens[at])
            || at > 0 && name_at(at - 1) && joined(&tokens[at - 1], &tokens[at])
        {
            continue;
        }
        let Some(lengths) = shown.get(word(at)) else {
            continue;
        };
        for &(first, n) in lengths {
            let end = at + n;
            // The same words, standing alone: no capitalised word joined after them.
            if end > tokens.len()
                || !(1..n).all(|k| word(at + k) == word(first + k))
                || name_at(end) && joined(&tokens[end - 1], &tokens[end])
            {
                continue;
            }
            let span = ByteSpan::new(tokens[at].span().start, tokens[end - 1].span().end);
            // (A candidate inside the name yields: "Wick" of "Oxbury Wick".)
            let overlaps = |t: &ByteSpan| t.start < span.end && span.start < t.end;
            let inside = |t: &ByteSpan| span.start <= t.start && t.end <= span.end;
            if taken
                .iter()
                .any(|t| overlaps(t) && (!inside(t) || *t == span))
                || persons.overlapping(span).next().is_some()
                || organizations.overlapping(span).next().is_some()
            {
                continue;
            }
            out.retain(|c| !inside(&c.span));
            taken.retain(|t| !inside(t));
            taken.push(span);
            more.push(Candidate::unlisted(span, at, end - 1, true));
        }
    }
    if !more.is_empty() {
        out.extend(more);
        out.sort_by_key(|c| c.span.start);
    }
}

/// Is `surface` the place `name` written another way: the same first three letters or the
/// same last word ("Koh Samui" and "Ko Samui"; not "Colorado City" and "Yuma")?
/// Does the name at `span` open a dateline: first on its line, then a news agency in brackets
/// and a dash, or a dash ("Washington (CNN) --", "WASHINGTON (AP) —", "BEIRUT —")?
fn opens_dateline(text: &str, span: ByteSpan) -> bool {
    if !opens_line(text, span.start, false) {
        return false;
    }
    let mut rest = text[span.end..].trim_start_matches(' ');
    // (A date may come between the place and the agency: "GENEVA, Aug 5 (Reuters) -".)
    if let Some(date) = rest.strip_prefix(", ")
        && let Some(open) = date.find('(').filter(|&k| {
            k <= 16
                && date[..k].starts_with(|c: char| c.is_ascii_uppercase())
                && date[..k].bytes().any(|b| b.is_ascii_digit())
                && date[..k]
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b' ' | b'.'))
        })
    {
        rest = &date[open..];
    }
    if let Some(inner) = rest.strip_prefix('(') {
        let Some(close) = inner.find(')').filter(|&k| k <= 12) else {
            return false;
        };
        rest = inner[close + 1..].trim_start_matches(' ');
    }
    ["—", "–", "--", "- "].iter().any(|d| rest.starts_with(d))
}

/// The region or country named after token `comma` when it is a comma: a US state's
/// abbreviation, or a region's or a country's name (its first word). (Asked of a word in
/// capitals only.)
fn region_after_comma(
    text: &str,
    tokens: &[Token],
    comma: usize,
    gaz: &Gazetteer,
    buf: &mut String,
) -> Option<u32> {
    let (c, next) = (tokens.get(comma)?, tokens.get(comma + 1)?);
    if !is_comma(text, c) {
        return None;
    }
    state_abbreviation_at(text, next, gaz).or_else(|| {
        gaz.lookup(&text[next.span().range()], buf)
            .iter()
            .copied()
            .find(|&p| matches!(gaz.place(p).kind, GazKind::Adm1 | GazKind::Country))
    })
}

/// "moved to Marszew in Poland", "born at Heydour in Lincolnshire": the country or region
/// (one word, maybe after "the") after "in" that follows the run at tokens `first..=last`,
/// which itself follows a preposition of place or motion ("in", "to", "from", "at", "near").
/// Only a run of up to three capitalised words, none of which the dictionary knows: not "for
/// Steaua in Romania", "to Sales in Poland".
fn region_around(
    text: &str,
    tokens: &[Token],
    first: usize,
    last: usize,
    end: usize,
    gaz: &Gazetteer,
    buf: &mut String,
) -> Option<u32> {
    let word = |k: usize| word_at(text, tokens, k);
    if first == 0
        || last >= first + 3
        || !matches!(word(first - 1), "in" | "to" | "from" | "at" | "near")
        || word(last + 1) != "in"
    {
        return None;
    }
    let lex = lexicon::Lexicon::shared();
    if !tokens[first..=last].iter().all(|t| {
        t.is_capitalized() && !lex.word(&text[t.span().range()]).is(lexicon::word::ENGLISH)
    }) {
        return None;
    }
    let at = if word(last + 2) == "the" {
        last + 3
    } else {
        last + 2
    };
    let region = tokens.get(at).filter(|_| at < end)?;
    if !region.is_capitalized() {
        return None;
    }
    // (The region's name ends there: "in New York" is not "New".)
    if tokens
        .get(at + 1)
        .is_some_and(|n| at + 1 < end && n.is_capitalized() && joined(region, n))
    {
        return None;
    }
    gaz.lookup(&text[region.span().range()], buf)
        .iter()
        .copied()
        .find(|&p| matches!(gaz.place(p).kind, GazKind::Adm1 | GazKind::Country))
}

/// The US state whose abbreviation token `t` is ("Mass.", "TX", "Calif."; "Mass." may be
/// tokenized without its period before a comma).
fn state_abbreviation_at(text: &str, t: &Token, gaz: &Gazetteer) -> Option<u32> {
    let r = t.span().range();
    let dotted = text.get(r.start..r.end + 1).filter(|d| d.ends_with('.'));
    gaz.us_state_abbreviation(&text[r])
        .or_else(|| dotted.and_then(|d| gaz.us_state_abbreviation(d)))
}

/// Does place `p` lie in region or country `r` (a region with a FIPS code of its own)?
fn lies_in(p: &Place, r: &Place) -> bool {
    match r.kind {
        GazKind::Country => p.country_fips == r.country_fips,
        GazKind::Adm1 => !r.adm1_fips.is_empty() && p.adm1_fips == r.adm1_fips,
        _ => false,
    }
}

/// Does byte `at` of `text` open its line (spaces and tabs aside)? With `after_by`, "by"
/// may come first: a comment's byline.
fn opens_line(text: &str, at: usize, after_by: bool) -> bool {
    let before = text[..at].trim_end_matches([' ', '\t']);
    let before = match before.strip_suffix("by") {
        Some(b) if after_by => b,
        _ => before,
    };
    before.is_empty() || before.ends_with('\n')
}

/// A word that is a capitalised word after an elided particle or a hyphened article: "d'Ivoire",
/// "d’Azur", "l'Aquila", "ez-Zor".
fn elided_before_capital(word: &str) -> bool {
    // (Or an article joined by a hyphen: "Deir ez-Zor", "Ras al-Ain", "Jisr ash-Shughur".)
    let particle = word.bytes().take_while(u8::is_ascii_lowercase).count();
    let rest = word[particle..]
        .strip_prefix(['\'', '\u{2019}', '-'])
        .filter(|_| (1..=3).contains(&particle));
    rest.is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()))
}

/// Is `name` the name `surface` with a qualifier after it, in brackets or of the river or sea
/// it lies on ("Halle (Saale)", "Frankfurt (Oder)", "Newcastle upon Tyne", "Frankfurt am
/// Main", "Southend-on-Sea")?
fn qualified(name: &str, surface: &str) -> bool {
    name.len() > surface.len() + 2
        && name.is_char_boundary(surface.len())
        && name[..surface.len()].eq_ignore_ascii_case(surface)
        && [" (", " upon ", " on ", " am ", " an der ", "-upon-", "-on-"]
            .iter()
            .any(|q| name[surface.len()..].starts_with(q))
}

/// A name that opens with an abbreviated saint, with the saint in full: "St. Louis", "St Louis"
/// → "Saint Louis"; `None` for other names.
fn saint_in_full(name: &str) -> Option<String> {
    ["St. ", "St "]
        .iter()
        .find_map(|st| name.strip_prefix(st))
        .map(|rest| format!("Saint {rest}"))
}

fn spelled_alike(name: &str, surface: &str) -> bool {
    fn head(s: &str) -> impl Iterator<Item = char> + '_ {
        s.chars().take(3).flat_map(char::to_lowercase)
    }
    fn last(s: &str) -> &str {
        s.rsplit(' ').next().unwrap_or(s)
    }
    head(name).eq(head(surface)) || last(name).eq_ignore_ascii_case(last(surface))
}

/// "Paris, Texas", "Cambridge, Mass.", "Geneva, Switzerland": the second name picks the first's
/// place among those in that region or country.
fn pin_patterns(
    text: &str,
    tokens: &[Token],
    gaz: &Gazetteer,
    cands: &mut Vec<Candidate<'_>>,
    buf: &mut String,
) {
    // Containers merged into the town before them, removed at the end.
    let mut merged = Vec::new();
    for k in 0..cands.len() {
        let c = &cands[k];
        let comma = c.last + 1;
        if tokens.get(comma).is_none_or(|t| !is_comma(text, t)) {
            continue;
        }
        let next = comma + 1;
        // The container: the next candidate, or a US state abbreviation.
        let container: Vec<u32> = match cands.get(k + 1) {
            Some(n) if n.first == next => n.ids.to_vec(),
            _ => tokens
                .get(next)
                .and_then(|t| state_abbreviation_at(text, t, gaz))
                .into_iter()
                .collect(),
        };
        if container.is_empty() {
            continue;
        }
        // A month or another never-name before a comma is no town, nor the end of one: "On 23
        // July, Iran issued", "On Wednesday, Japan's Nikkei …"; nor is a people's word a town or
        // a region: "American, Dutch, German, Swedish tourists", "British, U.S. victims".
        let lex = lexicon::Lexicon::shared();
        let people = |t: &Token| lex.word(&text[t.span().range()]).is(lexicon::word::DEMONYM);
        let never_name = |t: &Token| {
            lex.word(&text[t.span().range()])
                .is(lexicon::word::NOT_NAME)
        };
        if never_name(&tokens[c.last])
            || c.first == c.last && people(&tokens[c.first])
            || tokens.get(next).is_some_and(people)
        {
            continue;
        }
        // The container's own candidate, when it is one: the end of its span and its last token.
        let container_cand = cands
            .get(k + 1)
            .filter(|n| n.first == next)
            .map(|n| (n.span.end, n.last));
        let region_or_country = || {
            container
                .iter()
                .copied()
                .find(|&r| matches!(gaz.place(r).kind, GazKind::Adm1 | GazKind::Country))
        };
        // A small foreign region that a larger city's own name also names holds nothing: "PNC
        // Music Pavilion, Charlotte, NC" is no place in the Charlotte parish of Saint Vincent,
        // though Charlotte is still a place. ("Seattle, Washington" keeps its state, in the
        // capital's country, and "Fenelon Falls, Ontario" its province, larger than Ontario,
        // California.)
        let city_abroad = |r: u32| {
            let r = gaz.place(r);
            r.kind == GazKind::Adm1
                && container.iter().any(|&c| {
                    let c = gaz.place(c);
                    c.kind == GazKind::City
                        && c.population >= 100_000
                        && c.population > u64::from(r.towns_population)
                        && c.country_fips != r.country_fips
                        && container_cand.is_some_and(|(end, _)| {
                            c.name
                                .eq_ignore_ascii_case(&text[tokens[next].span().start..end])
                        })
                })
        };
        // A first name makes a list of people, not a town and its region: "Peter, Paul, Mary"
        // is no town of Paul, Cabo Verde.
        let names_a_person = || {
            lexicon::Lexicon::shared()
                .given_name(&text[c.span.range()])
                .is_some()
        };
        // The container ends the run of capitals: "North Plainfield, South Bound Brook" is
        // no town of the South region of Cameroon. (A month or a day may follow: "Clarkston,
        // MI Aug. 4".)
        let container_whole = || {
            let last = container_cand.map_or(next, |(_, last)| last);
            tokens.get(last + 1).is_none_or(|t| {
                !(is_name_token(t)
                    && t.is_capitalized()
                    && joined(&tokens[last], t)
                    // (On its line: "Clarkston, MI" ends one line of a tour's dates and "Aug. 4"
                    // opens the next.)
                    && text.as_bytes()[tokens[last].span().end] == b' '
                    && !lexicon::Lexicon::shared()
                        .word(&text[t.span().range()])
                        .is(lexicon::word::NOT_NAME))
            })
        };
        // Nor is a small region named like a person one, after a word that is no town the
        // gazetteer knows: "Fyi, Paul," and "Ciao, Paola," greet people, they name no town of
        // Paul, Cabo Verde, nor of Paola, Malta ("Marietta, Georgia" keeps its state).
        let region_named_like_a_person = |r: u32| {
            let r = gaz.place(r);
            r.kind == GazKind::Adm1
                && r.towns_population < 1_000_000
                && lexicon::Lexicon::shared().given_name(r.name).is_some()
        };
        if c.unlisted == Some(false) {
            if names_a_person() || !container_whole() {
                continue;
            }
            // "Aisby, Lincolnshire": the container must be a region or a country.
            let within = region_or_country().filter(|&r| !region_named_like_a_person(r));
            cands[k].within = within.filter(|&r| !city_abroad(r));
            if within.is_some() {
                mark_container(cands, k);
            }
            continue;
        }
        let surface = &text[c.span.range()];
        let mut pinned = None;
        // A reading inside the container that bears the name only as another name.
        let mut other_name_inside = false;
        for &id in c.ids {
            let p = gaz.place(id);
            if p.kind == GazKind::Adm1 && pinned.is_none() {
                // "Bavaria, Germany", "Hertfordshire, England": a region and its country (or a
                // nation of it that has no FIPS code).
                let inside = container.iter().any(|&r| {
                    let r = gaz.place(r);
                    r.country_fips == p.country_fips
                        && (r.kind == GazKind::Country
                            || r.kind == GazKind::Adm1 && r.adm1_fips.is_empty() && r != p)
                });
                if inside {
                    pinned = Some(id);
                }
            }
            if p.kind != GazKind::City {
                continue;
            }
            let inside = container.iter().any(|&r| {
                let r = gaz.place(r);
                match r.kind {
                    // (A town whose region the gazetteer does not know may be in any of its
                    // country's, "Grantham, Lincolnshire", and a region without a FIPS code
                    // may hold any town of its country: "Durham, England".)
                    GazKind::Adm1 => {
                        r.adm1_fips == p.adm1_fips
                            || (p.adm1_fips.is_empty() || r.adm1_fips.is_empty())
                                && r.country_fips == p.country_fips
                    }
                    GazKind::Country => r.country_fips == p.country_fips,
                    _ => false,
                }
            });
            // (A small town that bears the name only as another name is no reading: "Colorado
            // City, Ariz." is not Yuma, once called so; "Bombay, India" is still Mumbai, and
            // another spelling counts as the town's own: "Koh Samui" for Ko Samui.)
            let own = spelled_alike(p.name, surface) || spelled_alike(p.ascii_name, surface);
            let better = pinned.is_none_or(|q: u32| gaz.place(q).population < p.population);
            if inside && better && (own || p.population >= 100_000) {
                pinned = Some(id);
            }
            other_name_inside |= inside && !own && p.population < 100_000;
        }
        // A small town the name index leaves to a larger place of its name, inside the
        // container: "Amherst, N.S." is the Nova Scotian town, not Amherst, New York. (Not
        // when the name's readings are a country, a region or a great city: "Boston, New York
        // and Berlin", "China, Japan" are lists.)
        let minor_readings = || {
            c.ids.iter().all(|&id| {
                let p = gaz.place(id);
                p.kind == GazKind::City && p.population < 500_000
            })
        };
        if pinned.is_none() && minor_readings() {
            pinned = gaz
                .pattern_towns(surface, buf)
                .into_iter()
                .filter(|&id| {
                    let p = gaz.place(id);
                    container.iter().any(|&r| lies_in(&p, &gaz.place(r)))
                })
                .max_by_key(|&id| gaz.place(id).population);
        }
        // "Lincolnshire, England": a small town's name with a region or country after it that
        // holds none of its readings names a place the gazetteer lacks (an English county, not
        // the village in Illinois). Only small towns: "in Moscow, Ukraine's envoy said" is a
        // list or a clause, not a pattern, and so is a possessive container.
        let small_towns_only = || {
            c.ids.iter().all(|&id| {
                let p = gaz.place(id);
                p.kind == GazKind::City && p.population < 50_000
            })
        };
        let container_possessive = || {
            possessive_at(
                text,
                container_cand.map_or(tokens[next].span().end, |(end, _)| end),
            )
        };
        // An English word is no town the gazetteer lacks: "as a Republic, India presents", nor
        // is a month or another never-name: "On 23 July, Iran issued".
        let english = || {
            let info = lexicon::Lexicon::shared().word(&text[c.span.range()]);
            info.is(lexicon::word::ENGLISH) || info.is(lexicon::word::NOT_NAME)
        };
        // (So does a name that no place of any size bears as its own: "BUENA VISTA, Fla." is
        // not Visalia, California, once called so.)
        let other_names_only = || {
            c.ids.iter().all(|&id| {
                let p = gaz.place(id);
                p.kind == GazKind::City
                    && !p.name.eq_ignore_ascii_case(surface)
                    && !p.ascii_name.eq_ignore_ascii_case(surface)
            })
        };
        // (A state's abbreviation after a comma makes no list: "Carmel, Calif." is a town of
        // California the gazetteer lacks, not Carmel, Indiana.)
        let state_abbreviation = container_cand.is_none_or(|(_, last)| last == next)
            && tokens
                .get(next)
                .and_then(|t| state_abbreviation_at(text, t, gaz))
                .is_some();
        if pinned.is_none()
            && (small_towns_only() || other_name_inside || other_names_only() || state_abbreviation)
            && container_whole()
            && !container_possessive()
            && (state_abbreviation || !names_a_person())
            && !english()
            && let Some(within) = region_or_country()
            && !city_abroad(within)
        {
            // A dateline's town is all the capitals that open the line: "LAKE BUENA VISTA,
            // Fla." (not only the "BUENA VISTA" the gazetteer knows).
            let opening = dateline_opening(text, tokens, c.first);
            if opening < c.first && (k == 0 || cands[k - 1].last < opening) {
                cands[k].span = ByteSpan::new(tokens[opening].span().start, cands[k].span.end);
                cands[k].first = opening;
            }
            cands[k].ids = &[];
            cands[k].unlisted = Some(false);
            cands[k].within = Some(within);
            mark_container(cands, k);
            continue;
        }
        cands[k].pinned = pinned;
        if let Some(id) = pinned {
            // "Washington, D.C.": a container that names the town itself is part of its name.
            match cands.get(k + 1) {
                Some(n) if n.first == next && n.ids.contains(&id) => {
                    let (end, last) = (n.span.end, n.last);
                    cands[k].span.end = end;
                    cands[k].last = last;
                    merged.push(k + 1);
                }
                _ => mark_container(cands, k),
            }
        }
    }
    for k in merged.into_iter().rev() {
        cands.remove(k);
    }
}

/// Is the name at `span` a comment's signature, the name its writer chose, with the date and
/// time it was posted: "by Copenhagen on Aug 8, 2012 10:20 PM PDT", "Sofia October 28, 2012 at
/// 11:57 pm", "Israel⏎Mar 23rd, 2010 at 10:03 pm", "Chad — July 17th, 2012, 9:02 pm"? The
/// name opens its line (or follows "by" there). A dateline has no time: "PHILADELPHIA July 24,
/// 2012 (AP)" is the city.
fn signs_a_comment(text: &str, span: ByteSpan) -> bool {
    if !opens_line(text, span.start, true) {
        return false;
    }
    let mut rest = text[span.end..].trim_start_matches([' ', '\t']);
    rest = rest.strip_prefix('\n').unwrap_or(rest);
    rest = rest.strip_prefix("on ").unwrap_or(rest);
    // (A dash may stand before the date: "Chad — July 17th, 2012, 9:02 pm".)
    if let Some(after) = ["— ", "– ", "- "].iter().find_map(|d| rest.strip_prefix(d)) {
        rest = after;
    }
    // The month, its day (with or without "st", "nd", "rd", "th"), a comma maybe, the year.
    let mut words = rest.splitn(4, [' ', '\t']);
    let (Some(month), Some(day), Some(year), Some(rest)) =
        (words.next(), words.next(), words.next(), words.next())
    else {
        return false;
    };
    let month = month.trim_end_matches('.');
    let day = day.trim_end_matches(',');
    let day = day.trim_end_matches(|c: char| c.is_ascii_lowercase());
    let months = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let is_month = month.len() >= 3
        && months.iter().any(|m| month.starts_with(m))
        && month.bytes().skip(1).all(|b| b.is_ascii_lowercase());
    let is_day = (1..=2).contains(&day.len()) && day.bytes().all(|b| b.is_ascii_digit());
    let is_year = year.trim_end_matches(',').len() == 4
        && year
            .trim_end_matches(',')
            .bytes()
            .all(|b| b.is_ascii_digit());
    // The time: "10:20 PM", "at 11:57 pm".
    let time = rest.strip_prefix("at ").unwrap_or(rest);
    let colon = time.find(':');
    let has_time = colon.is_some_and(|k| {
        (1..=2).contains(&k)
            && time[..k].bytes().all(|b| b.is_ascii_digit())
            && time.as_bytes().get(k + 1).is_some_and(u8::is_ascii_digit)
    });
    is_month && is_day && is_year && has_time
}

/// Marks the candidate right after candidate `k` and its comma, if there is one, as the region
/// or country of a "Town, Region" pattern (evidence enough for it).
/// A structure named after its town is one place the gazetteer lacks, not the town and the
/// rest: "Cardiff Arms Park", "Norfolk Naval Station", "Mile High Stadium" (not after a
/// region or a country, "Inner Mongolia Autonomous Region", nor a possessive, "Portugal's Douro
/// Valley", nor a word that names towns only as another name, "But Wall Street").
fn join_structures(text: &str, tokens: &[Token], gaz: &Gazetteer, cands: &mut Vec<Candidate<'_>>) {
    let mut k = 1;
    while k < cands.len() {
        let (before, c) = (&cands[k - 1], &cands[k]);
        let town = || {
            let surface = &text[before.span.range()];
            let places = || before.ids.iter().map(|&id| gaz.place(id));
            places().all(|p| p.kind != GazKind::Country)
                && places().any(|p| {
                    p.kind == GazKind::City
                        && (p.name.eq_ignore_ascii_case(surface)
                            || p.ascii_name.eq_ignore_ascii_case(surface))
                })
        };
        let joins = c.unlisted == Some(true)
            && before.last + 1 == c.first
            && c.last > c.first
            && before.unlisted.is_none()
            && before.pinned.is_none()
            && !before.ids.is_empty()
            && text[tokens[before.last].span().end..tokens[c.first].span().start] == *" "
            && !possessive_at(text, before.span.end)
            && town();
        if joins {
            let span = ByteSpan::new(before.span.start, c.span.end);
            let first = before.first;
            cands[k].span = span;
            cands[k].first = first;
            cands.remove(k - 1);
        } else {
            k += 1;
        }
    }
}

/// "New York State", "Washington State": a region's name with "State" after it is the region,
/// not the city of its name in the same country, and the mention holds the word. (Only where
/// the name's largest city is in the region's country: "Kent State", "San Jose State" and
/// "Florida State" are universities.)
fn name_states(text: &str, tokens: &[Token], gaz: &Gazetteer, cands: &mut [Candidate<'_>]) {
    for c in cands.iter_mut() {
        let Some(next) = tokens.get(c.last + 1) else {
            continue;
        };
        if c.pinned.is_some()
            || &text[next.span().range()] != "State"
            || text[tokens[c.last].span().end..next.span().start] != *" "
        {
            continue;
        }
        // (The region of the name's largest city, of 100,000 people or more.)
        let Some(city) = c
            .ids
            .iter()
            .map(|&id| gaz.place(id))
            .filter(|p| p.kind == GazKind::City)
            .max_by_key(|p| p.population)
            .filter(|p| p.population >= 100_000)
        else {
            continue;
        };
        let region = c.ids.iter().copied().find(|&id| {
            let r = gaz.place(id);
            r.kind == GazKind::Adm1 && r.country_fips == city.country_fips
        });
        if let Some(region) = region {
            c.pinned = Some(region);
            c.span = ByteSpan::new(c.span.start, next.span().end);
            c.last += 1;
        }
    }
}

/// "the University of Washington": a US state's name after "University of" is the state, not
/// a city of its name in the country (the capital), as universities are named after states.
fn name_universities(text: &str, gaz: &Gazetteer, cands: &mut [Candidate<'_>]) {
    for c in cands.iter_mut() {
        if c.pinned.is_some() || !text[..c.span.start].ends_with("University of ") {
            continue;
        }
        let us = |id: u32, kind: GazKind| {
            let p = gaz.place(id);
            p.kind == kind && p.country_fips == "US"
        };
        if let Some(state) = c.ids.iter().copied().find(|&id| us(id, GazKind::Adm1))
            && c.ids.iter().any(|&id| us(id, GazKind::City))
        {
            c.pinned = Some(state);
        }
    }
}

/// One sense per article: a name that a "Town, Region" pattern placed is that place at its
/// other mentions too ("in Carmel, Calif. … built in Carmel" is not Carmel, Indiana the second
/// time; "Paris, Texas … Paris is small").
fn follow_patterns(text: &str, cands: &mut [Candidate<'_>]) {
    let key = |c: &Candidate<'_>| without_possessive(&text[c.span.range()]).to_lowercase();
    // (Rare: most articles have no pattern at all.)
    let placed: Vec<(String, Option<u32>, Option<u32>)> = cands
        .iter()
        .filter(|c| c.pinned.is_some() || c.unlisted == Some(false) && c.within.is_some())
        .map(|c| (key(c), c.pinned, c.within))
        .collect();
    if placed.is_empty() {
        return;
    }
    for c in cands.iter_mut() {
        if c.pinned.is_some() || c.unlisted.is_some() || c.container || c.ids.is_empty() {
            continue;
        }
        let k = key(c);
        let Some((_, pinned, within)) = placed.iter().find(|(name, ..)| *name == k) else {
            continue;
        };
        c.sense = match (pinned, within) {
            // (Also a small town the name index leaves to a larger place of its name, found
            // by the pattern: "the road to Astoria, OR" makes "Driving to Astoria" Oregon's.)
            (Some(id), _) => Some(Sense::Listed(*id)),
            (None, Some(region)) => Some(Sense::Unlisted(*region)),
            (None, None) => None,
        };
    }
}

/// A place the gazetteer lacks, named as written, one space between words; a dateline's
/// capitals in title case ("LAKE BUENA VISTA" → "Lake Buena Vista").
fn unlisted_name(surface: &str) -> String {
    let shouted = !surface.chars().any(char::is_lowercase);
    let mut name = String::with_capacity(surface.len());
    for word in surface.split_whitespace() {
        if !name.is_empty() {
            name.push(' ');
        }
        let mut chars = word.chars();
        match chars.next() {
            Some(c)
                if shouted
                    && word.chars().count() > 2
                    && word.trim_end_matches('.').chars().all(char::is_alphabetic) =>
            {
                name.push(c);
                name.extend(chars.flat_map(char::to_lowercase));
            }
            _ => name.push_str(word),
        }
    }
    name
}

/// The first of the words in capitals that run, one space apart, from the start of the line to
/// token `first` (itself in capitals); `first` when they do not reach the line's start.
fn dateline_opening(text: &str, tokens: &[Token], first: usize) -> usize {
    let caps = |t: &Token| is_name_token(t) && t.shape.contains(text::Shape::ALL_CAPS);
    if !caps(&tokens[first]) {
        return first;
    }
    let mut k = first;
    while k > 0 && caps(&tokens[k - 1]) && joined(&tokens[k - 1], &tokens[k]) {
        k -= 1;
    }
    let line_start = text[..tokens[k].span().start]
        .bytes()
        .rev()
        .take_while(|&b| b == b' ' || b == b'\t')
        .count()
        == tokens[k].span().start
        || text[..tokens[k].span().start]
            .trim_end_matches([' ', '\t'])
            .ends_with('\n');
    if line_start { k } else { first }
}

fn mark_container(cands: &mut [Candidate<'_>], k: usize) {
    let next = cands[k].last + 2;
    if let Some(n) = cands.get_mut(k + 1)
        && n.first == next
    {
        n.container = true;
    }
}

/// Does the text before a name end with "Mr", "Mrs", "Ms" (with or without the period), "by",
/// or a greeting ("Hi", "Dear", "Thanks,")? Only a person is called so: "Mr. Schellenberg" is
/// no municipality of Liechtenstein, "Hi Chad," no country. (A name the names stage took for a
/// person after "by" was credited with the page.)
fn after_honorific(before: &str) -> bool {
    let before = before.trim_end_matches(' ');
    let before = before.strip_suffix('.').unwrap_or(before);
    // (A greeting addresses a person too: "Hi Chad,", "Thanks, Chad".)
    let before = before.strip_suffix(',').unwrap_or(before);
    let word = before
        .rsplit([' ', '\n', '"', '('])
        .next()
        .unwrap_or(before);
    matches!(word, "Mr" | "Mrs" | "Ms" | "by" | "By") || lexicon::is_greeting(word.as_bytes())
}

/// Words of person names ("Jordan" of "Michael Jordan"): such a word alone is the person.
/// Collected when first asked: an article without a one-word candidate never asks.
struct PersonWords<'t> {
    text: &'t str,
    persons: &'t [ByteSpan],
    words: OnceCell<FxHashSet<&'t str>>,
}

impl<'t> PersonWords<'t> {
    fn new(text: &'t str, persons: &'t [ByteSpan]) -> Self {
        PersonWords {
            text,
            persons,
            words: OnceCell::new(),
        }
    }

    fn contains(&self, word: &str) -> bool {
        let words = self.words.get_or_init(|| {
            self.persons
                .iter()
                .filter_map(|s| self.text.get(s.range()))
                .filter(|s| s.contains(char::is_whitespace))
                .flat_map(|s| s.split(|c: char| !c.is_alphanumeric()))
                .filter(|w| w.len() > 1)
                .collect()
        });
        words.contains(word)
    }
}

/// What a name says for itself whether it is a place: the same at every mention, so a one-word
/// name's is worked out once, with its first word ([`FirstWords`]).
#[derive(Debug, Clone, Copy)]
struct Evidence {
    /// It names a country, a continent, a historical country, a US state or a country of the
    /// United Kingdom.
    strong: bool,
    /// It names a city of a million people or more.
    big_city: bool,
    /// The name alone decides: short names in capitals, months and weekdays.
    decided: Option<bool>,
    /// Why it needs evidence from its context.
    amb: Ambiguity,
    /// A single word that is only an alternate name of the cities it may name ("Sam" for
    /// Damascus, "Google" for Topeka).
    alternate_only: bool,
    /// A single English word that names only towns of under 50,000 people ("God" for Göd):
    /// not even a locative preposition makes it a place ("faith in God").
    small_word: bool,
    /// It may name its places at all ([`other_name_may_count`]).
    may_count: bool,
}

/// The [`Evidence`] of `bare` (a name without a possessive ending) naming `places`; `single`
/// for a name of one word.
fn evidence(
    gaz: &Gazetteer,
    bare: &str,
    places: &[Place],
    single: bool,
    buf: &mut String,
) -> Evidence {
    // (GeoNames' first-order divisions of the United Kingdom are its four countries, "GB.ENG"
    // England, "GB.WLS" Wales, …, which the news names as countries: "Wales won", "England
    // coach Eddie Jones".)
    let strong = places.iter().any(|p| {
        matches!(
            p.kind,
            GazKind::Country | GazKind::Continent | GazKind::Historical
        ) || (p.kind == GazKind::Adm1 && (p.country_fips == "US" || p.geonameid.starts_with("GB.")))
    });
    let big_city = places.iter().any(|p| p.population >= 1_000_000);
    let mut evidence = Evidence {
        strong,
        big_city,
        decided: None,
        amb: Ambiguity::default(),
        alternate_only: false,
        small_word: false,
        may_count: other_name_may_count(bare, places),
    };
    // Short names in capitals ("DAB", "ERA", "SC"): only countries and the largest cities. A
    // US state's two-letter code alone is no evidence either ("OK", "ID", "IN", "OR", "ME"):
    // it counts only after a city ("Austin, TX", found as a "City, State" pattern), except
    // "DC".
    if is_caps(bare) && bare.chars().filter(|c| c.is_alphabetic()).count() <= 4 {
        let postal = bare.len() == 2 && bare != "DC";
        let strong = strong
            && !(postal
                && places
                    .iter()
                    .all(|p| p.kind == GazKind::Adm1 && p.country_fips == "US"));
        evidence.decided = Some(strong || big_city);
        return evidence;
    }
    lexicon::key_into(bare, buf);
    let mut amb = gaz.ambiguity_folded(buf).unwrap_or_default();
    // A name that is only an alternate name of small places ("Google" for Topeka, "Mets" for
    // Metz) needs the evidence an English word needs.
    if single {
        let own = places.iter().any(|p| {
            p.kind != GazKind::City || folded_eq(p.name, buf) || folded_eq(p.ascii_name, buf)
        });
        evidence.alternate_only = !own;
        // (And one that is also a word of the dictionary names none, however large: "Soul"
        // is an old spelling of Seoul, "Luck" the Polish name of Lutsk, "Human" one of Uman,
        // and none is what an English text means by it; "Mecca", a word too, is also a proper
        // name in the dictionary.)
        let info = lexicon::Lexicon::shared().word(bare);
        if !own && info.is(lexicon::word::ENGLISH) && !info.is(lexicon::word::PROPER) {
            evidence.decided = Some(false);
            return evidence;
        }
        if !big_city {
            amb.common_word |= !own;
        }
    }
    // A word with a capital inside that no place's name has there is another word: "23 KOs"
    // is not Kos, "iPhone" no town ("McAllen", "DeKalb" are written so).
    // (A capital after a hyphen or an apostrophe starts a part of the name: "Al-Qa'im".)
    let inner_capital = single
        && !is_caps(bare)
        && bare
            .chars()
            .zip(bare.chars().skip(1))
            .any(|(a, b)| b.is_uppercase() && a.is_alphabetic());
    if inner_capital
        && !places
            .iter()
            .any(|p| p.name == bare || p.ascii_name == bare)
    {
        evidence.decided = Some(false);
        return evidence;
    }
    if single {
        let info = lexicon::Lexicon::shared().word(bare);
        // Months and weekdays ("March", "Sunday") are never places on their own, nor is a
        // people's or a language's word a town or region of another country ("in German" is
        // not the Isle of Man's sheading of German; "Bonaire" is Bonaire's own adjective, "the
        // Antarctic" a continent).
        let own_place = || {
            let country = lexicon::Lexicon::shared().demonym(bare).unwrap_or_default();
            places.iter().any(|p| {
                !matches!(p.kind, GazKind::City | GazKind::Adm1) || p.country_fips == country
            })
        };
        if info.is(lexicon::word::NOT_NAME) || info.is(lexicon::word::DEMONYM) && !own_place() {
            evidence.decided = Some(false);
            return evidence;
        }
        evidence.small_word = info.is(lexicon::word::ENGLISH)
            && places
                .iter()
                .all(|p| p.kind == GazKind::City && p.population < 50_000);
        amb.common_word |= info.is(lexicon::word::ENGLISH);
        amb.given_name |= !big_city
            && (info.given.is_some_and(|f| f >= 1.0) || info.surname.is_some_and(|f| f >= 1.0));
    }
    evidence.amb = amb;
    evidence
}

/// What the article around a candidate says, for [`accept`].
struct Cues<'a> {
    /// Words of the article's person names.
    person_words: &'a PersonWords<'a>,
    /// The candidate follows a country or region it is listed with ("Scotland and Wales").
    coordinated: bool,
}

/// Does an ambiguous name have the evidence it needs to count as a place?
#[allow(clippy::too_many_arguments)]
fn accept(
    text: &str,
    view: &TextView,
    gaz: &Gazetteer,
    c: &Candidate<'_>,
    places: &[Place],
    surface: &str,
    cues: &Cues<'_>,
    buf: &mut String,
) -> bool {
    let person_words = cues.person_words;
    let tokens = &view.tokens;
    let single = c.first == c.last;
    if c.container {
        return true;
    }
    // A dateline's place in capitals, whatever else its name is ("GENEVA (Reuters) -", Geneva
    // being also a first name).
    if surface.len() > 4 && is_caps(surface) && opens_dateline(text, c.span) {
        return true;
    }
    if single && person_words.contains(without_possessive(surface)) {
        return false;
    }
    let word = |k: usize| word_at(text, tokens, k);
    // A saint's name in the possessive before anything but a lower-case word ("St. Mary's
    // Church", "St. Michael's Hospital", "St. Martin's, the publisher") or with an epithet
    // ("the Cathedral of St. John the Divine") is the saint's, or the institution's, not a town
    // named after the saint ("St. Louis's mayor" is the town's).
    if !single && is_saint_name(surface) {
        let next = word(c.last + 1);
        let possessive =
            possessive_at(text, c.span.end) && !next.starts_with(|ch: char| ch.is_lowercase());
        let epithet = next == "the" && word(c.last + 2).starts_with(|ch: char| ch.is_uppercase());
        if possessive || epithet {
            return false;
        }
    }
    // A known organisation's name that is only an alternate name of a city: "White House"
    // (Casablanca, translated).
    if !single
        && lexicon::Lexicon::shared().known_org(surface).is_some()
        && places.iter().all(|p| {
            p.kind == GazKind::City
                && !p.name.eq_ignore_ascii_case(surface)
                && !p.ascii_name.eq_ignore_ascii_case(surface)
        })
    {
        return false;
    }
    // A state's abbreviation that is also a person's title, before a name: "Col. John
    // Dorrian" is a colonel, not Colorado ("Denver, Col." comes as a container, above).
    if single
        && surface.ends_with('.')
        && lexicon::Lexicon::shared().title(surface).is_some()
        && tokens.get(c.last + 1).is_some_and(|t| {
            is_name_token(t) && t.is_capitalized() && t.span().start == c.span.end + 1
        })
    {
        return false;
    }
    // What the name says for itself: a one-word name's was worked out with its first word, once
    // for all its mentions (asking the lexicon and folding names for [`other_name_may_count`]
    // at every mention was a thirtieth of the stage).
    let evidence = match c.evidence {
        Some(evidence) => evidence,
        None => evidence(gaz, without_possessive(surface), places, single, buf),
    };
    if !evidence.may_count {
        return false;
    }
    // A town takes no article but as a modifier ("the Rukban camp", "the Natanz and Fordo
    // plants"): "the Azna, a pagan people", "the Saginaw Spirit", "the Olympic Games" are no
    // towns of those names.
    // (Nor before its region: "the Cupertino, California-based company".)
    let after_the =
        || previous_in_sentence(view, c).is_some_and(|p| &text[p.span().range()] == "the");
    let modifier = || {
        let next = word(c.last + 1);
        next.starts_with(|ch: char| ch.is_lowercase())
            || matches!(next, "/" | "&")
            || next == "," && word(c.last + 2).starts_with(|ch: char| ch.is_uppercase())
    };
    if single
        && places
            .iter()
            .all(|p| p.kind == GazKind::City && p.population < 100_000)
        && after_the()
        && !modifier()
    {
        return false;
    }
    let Evidence {
        strong,
        big_city,
        decided,
        amb,
        alternate_only,
        small_word,
        may_count: _,
    } = evidence;
    if let Some(decided) = decided {
        return decided;
    }
    if small_word {
        return false;
    }
    // A name that only other names of places bear must stand alone: inside a run of
    // capitalised words it is part of another name ("Lim Cheng Soon" names no Lima, no
    // Zhengzhou).
    // (Not a word of the dictionary or a known body beside it: "In Vegas", "Google
    // Bangalore".)
    let capitalised_at = |k: Option<usize>| {
        k.and_then(|k| tokens.get(k)).is_some_and(|t| {
            let info = lexicon::Lexicon::shared().word(&text[t.span().range()]);
            is_name_token(t)
                && t.is_capitalized()
                && (t.span().end + 1 == c.span.start || t.span().start == c.span.end + 1)
                && !info.is(lexicon::word::ENGLISH)
                && !info.is(lexicon::word::KNOWN_ORG)
        })
    };
    if alternate_only
        && (capitalised_at(c.first.checked_sub(1)) || capitalised_at(Some(c.last + 1)))
    {
        return false;
    }
    if strong && !amb.given_name {
        return true;
    }
    if !amb.common_word && !amb.given_name {
        return true;
    }
    // (A day or a month after it starts no surname: "Governor of Virginia Saturday".)
    let next_capitalized = tokens.get(c.last + 1).is_some_and(|t| {
        is_name_token(t)
            && t.is_capitalized()
            && t.span().start == c.span.end + 1
            && !lexicon::Lexicon::shared()
                .word(&text[t.span().range()])
                .is(lexicon::word::NOT_NAME)
    });
    // A town's own office or people after it: "former Paterson mayor", "Paterson Mayor Andre
    // Sayegh", "Paterson police said", "Paterson residents" (a surname is no one's mayor).
    if single
        && matches!(
            word(c.last + 1),
            "mayor" | "Mayor" | "police" | "Police" | "residents" | "councillors" | "councilmen"
        )
        && !possessive_at(text, c.span.end)
    {
        return true;
    }
    if amb.given_name && next_capitalized {
        return false;
    }
    // A river, sea or region after "the" is no one's surname: "across the Rhine", "the Amazon"
    // (not the start of a longer name: "the Arctic Tern", "the Gulf of Maine").
    if !next_capitalized
        && after_the()
        && word(c.last + 1) != "of"
        && places.iter().any(|p| p.kind == GazKind::Region)
    {
        return true;
    }
    // A city of a million people is rarely someone's name when no surname follows, unless the
    // name is only one of its alternate names ("Sam", "Lim").
    if big_city && !amb.common_word && !(alternate_only && amb.given_name) {
        return true;
    }
    if strong {
        return true;
    }
    let prev = previous_in_sentence(view, c);
    // "the nation's capital, Wellington", "the port city, Lattakia": an appositive after a
    // place noun.
    let appositive = prev.is_some_and(|p| is_comma(text, p))
        && c.first >= 2
        && matches!(
            &text[tokens[c.first - 2].span().range()],
            "capital" | "city" | "town" | "village" | "port"
        );
    let after_locative = appositive || cues.coordinated || locative_before(text, view, c);
    if next_capitalized || prev.is_none() {
        return false;
    }
    // Naming the country elsewhere is no evidence here: "Junction", "Google" (an alternate name
    // of Topeka) and "Union" all have a US reading in most US stories.
    after_locative
}

/// A one-word name of towns only, none of a hundred thousand people ("Palín", "Sīrē"), needs
/// support beyond its own name: a locative word before it ("in Atwick"), or its country or
/// region named elsewhere in the article. Otherwise a rare word or a surname ("the Palin
/// site") would put a pin in a foreign town.
fn supported(
    text: &str,
    view: &TextView,
    gaz: &Gazetteer,
    c: &Candidate<'_>,
    places: &[Place],
    (countries, regions): (&FxHashMap<&str, u32>, &FxHashMap<&str, u32>),
    repeats: u32,
) -> bool {
    let small = |p: &Place| p.kind == GazKind::City && p.population < 100_000;
    // (So does a name of several words of the dictionary for small towns abroad only, named
    // once: "an Olympic Village ceremony" in London is no suburb of Vancouver; "in Olympic
    // Village" is, and a town the story is about is named more than once: "North Bay Mayor".)
    let common_words = || {
        let lex = lexicon::Lexicon::shared();
        view.tokens[c.first..=c.last].iter().all(|t| {
            let w = &text[t.span().range()];
            let info = lex.word(w);
            w.len() > 2 && (info.is(lexicon::word::ENGLISH) || info.is(lexicon::word::PROPER))
        })
    };
    let small_towns = if c.first == c.last {
        places.iter().all(small)
    } else {
        repeats <= 1 && places.iter().all(|p| small(p) && p.country_fips != "US") && common_words()
    };
    if !small_towns {
        return true;
    }
    // A planet's name is the planet ("the Jupiter moon Europa", "Saturn's rings", "the
    // surface of Jupiter") unless a word of place other than "of" puts a town there: "in
    // Jupiter, police said".
    if is_planet(without_possessive(&text[c.span.range()])) {
        let of = previous_in_sentence(view, c)
            .is_some_and(|p| text[p.span().range()].eq_ignore_ascii_case("of"));
        // ("… to Jupiter's moon Europa", "Saturn's icy rings".)
        let bodies = view.tokens[c.last + 1..].iter().take(2).any(|t| {
            matches!(
                &text[t.span().range()],
                "moon" | "moons" | "ring" | "rings" | "atmosphere" | "orbit" | "surface"
            )
        });
        return !of && !bodies && locative_before(text, view, c);
    }
    // A word inside a longer name is that name's: "the Landmark Inwood Theatre", "Mirai Carry
    // Cases" name a cinema and a product, not the towns (except in a title-case line, where
    // every word has a capital).
    if inside_longer_name(text, view, gaz, c) {
        return false;
    }
    // (The counts include this name's own mentions when their readings agree: those are not
    // enough.)
    let own = repeats.max(1);
    let named_elsewhere = places.iter().any(|p| {
        countries.get(p.country_fips).is_some_and(|&n| n > own)
            || regions.get(p.adm1_fips).is_some_and(|&n| n > own)
    });
    named_elsewhere || locative_before(text, view, c)
}

/// The Pacific's warm and cold phases, named like towns of Mexico and Chile: "El Niño".
fn is_climate_pattern(name: &str) -> bool {
    let name = without_possessive(name);
    ["El Niño", "El Nino", "La Niña", "La Nina"]
        .iter()
        .any(|p| p.eq_ignore_ascii_case(name))
}

fn is_planet(name: &str) -> bool {
    let name = without_possessive(name);
    [
        "Mercury", "Venus", "Mars", "Jupiter", "Saturn", "Uranus", "Neptune", "Pluto",
    ]
    .iter()
    .any(|p| p.eq_ignore_ascii_case(name))
}

/// Is one-word candidate `c` joined by a single space to a capitalised word of the same
/// sentence — after it (but a state's abbreviation, "Erie PA", or a kind of place), or before
/// it but not opening the sentence — outside a title-case line?
fn inside_longer_name(text: &str, view: &TextView, gaz: &Gazetteer, c: &Candidate<'_>) -> bool {
    let tokens = &view.tokens;
    let capitalised = |t: &Token| is_name_token(t) && t.is_capitalized();
    let before = previous_in_sentence(view, c).is_some_and(|p| {
        capitalised(p)
            && p.span().end + 1 == c.span.start
            && c.first >= 2
            && view.sentence_at(tokens[c.first - 2].span().start) == view.sentence_at(c.span.start)
            && !text[tokens[c.first - 2].span().end..p.span().start].contains('\n')
    });
    let after = tokens.get(c.last + 1).is_some_and(|t| {
        capitalised(t)
            && t.span().start == c.span.end + 1
            && view.sentence_at(t.span().start) == view.sentence_at(c.span.start)
            && state_abbreviation_at(text, t, gaz).is_none()
            // (Nor a word for the kind of place: "Haninge Municipality", "Wuhan City".)
            && !is_place_noun(&text[t.span().range()].to_ascii_lowercase())
    });
    (before || after) && !in_title_case_line(text, c.span)
}

/// Is the line around `span` written in title case: most of its words of four letters or
/// more capitalised and no full stop at its end?
fn in_title_case_line(text: &str, span: ByteSpan) -> bool {
    let line = text[text::line_around(text, span).range()].trim_end();
    if line.ends_with('.') {
        return false;
    }
    let (mut words, mut caps) = (0, 0);
    for w in line
        .split(|ch: char| !ch.is_alphanumeric())
        .filter(|w| w.len() >= 4)
    {
        words += 1;
        caps += usize::from(w.starts_with(char::is_uppercase));
    }
    words >= 3 && caps * 10 >= words * 8
}

/// Is the word before candidate `c` a locative ("in Atwick", "south of Whitebirk")? Not the
/// "of" of "as of" ("As of Spring 2007").
fn locative_before(text: &str, view: &TextView, c: &Candidate<'_>) -> bool {
    let Some(p) = previous_in_sentence(view, c) else {
        return false;
    };
    let as_of = || {
        text[p.span().range()].eq_ignore_ascii_case("of")
            && c.first >= 2
            && text[view.tokens[c.first - 2].span().range()].eq_ignore_ascii_case("as")
    };
    // A constituency: "the MP for Kenora", "Member for Wentworth".
    let seat = || {
        text[p.span().range()].eq_ignore_ascii_case("for")
            && c.first >= 2
            && matches!(
                &text[view.tokens[c.first - 2].span().range()],
                "MP" | "MPP" | "MLA" | "MSP" | "MEP" | "MNA" | "MHA" | "TD" | "Member" | "member"
            )
    };
    is_locative(text, p) && !as_of() || is_part_of_area(&text[p.span().range()]) || seat()
}

/// "southern", "central"…: the part of an area named after it ("in southern England").
fn is_part_of_area(word: &str) -> bool {
    matches!(
        word,
        "northern"
            | "southern"
            | "eastern"
            | "western"
            | "central"
            | "northeastern"
            | "northwestern"
            | "southeastern"
            | "southwestern"
            | "north-eastern"
            | "north-western"
            | "south-eastern"
            | "south-western"
    )
}

/// The token before candidate `c`, when it is in the same sentence.
/// The text of token `k`, or "" past the last token.
/// "the 2013 Hyundai Tucson", "a Kia Sorento", "the Chevrolet Malibu": a town's name right after
/// a firm's that the lists know names the firm's product (a model), not the town.
fn names_a_product(text: &str, view: &TextView, c: &Candidate<'_>, places: &[Place]) -> bool {
    let Some(firm) = c.first.checked_sub(1).and_then(|k| view.tokens.get(k)) else {
        return false;
    };
    firm.is_capitalized()
        && joined(firm, &view.tokens[c.first])
        && !places.is_empty()
        // (Not a great city: "at Google Bangalore" is the firm's office there.)
        && places
            .iter()
            .all(|p| p.kind == GazKind::City && p.population < 1_000_000)
        && lexicon::Lexicon::shared()
            .known_org(&text[firm.span().range()])
            .is_some_and(|k| k.note == "company")
}

/// "DC" that is direct current, not the District of Columbia: in "AC/DC" (the band, or both
/// currents), after volts or kilowatts ("12V DC", "150 kW DC"), or before what it powers ("DC
/// fast charging", "a DC adapter").
fn is_direct_current(text: &str, tokens: &[Token], c: &Candidate<'_>) -> bool {
    if c.first != c.last || &text[c.span.range()] != "DC" {
        return false;
    }
    let before = &text[..c.span.start];
    let previous = c
        .first
        .checked_sub(1)
        .map_or("", |k| word_at(text, tokens, k));
    before.ends_with("AC/")
        || before.ends_with(|ch: char| ch.is_whitespace())
            && (matches!(previous, "V" | "kW" | "volt" | "volts" | "Volt")
                || previous.ends_with('V') && previous[..previous.len() - 1].parse::<f64>().is_ok())
        || matches!(
            word_at(text, tokens, c.last + 1),
            "power"
                | "current"
                | "adapter"
                | "adaptor"
                | "charging"
                | "charger"
                | "chargers"
                | "motor"
                | "motors"
                | "fast"
                | "voltage"
                | "output"
                | "input"
        )
}

/// A name right before what a story, a film or a game is made of ("the latest Batman movie",
/// "dressed in Batman costumes", "a Batman villain") names the work or its hero, not a town or
/// a region of its name (a great city or a country may be the setting: "a Paris movie"; the
/// town is a cinema's: "the Aurora movie theater").
fn names_a_work(text: &str, tokens: &[Token], c: &Candidate<'_>, places: &[Place]) -> bool {
    let Some(next) = tokens.get(c.last + 1) else {
        return false;
    };
    joined(&tokens[c.last], next)
        && !places.is_empty()
        && places.iter().all(|p| {
            p.kind == GazKind::Adm1 || p.kind == GazKind::City && p.population < 1_000_000
        })
        && matches!(
            &text[next.span().range()],
            "movie"
                | "movies"
                | "trilogy"
                | "franchise"
                | "sequel"
                | "prequel"
                | "comic"
                | "comics"
                | "cartoon"
                | "cartoons"
                | "villain"
                | "villains"
                | "costume"
                | "costumes"
                | "screening"
                | "screenings"
                | "saga"
                | "superhero"
        )
        // (Not "the Aurora movie theater", a cinema in the town.)
        && !matches!(
            word_at(text, tokens, c.last + 2),
            "theater" | "theatre" | "theaters" | "theatres" | "house" | "houses"
        )
}

fn word_at<'t>(text: &'t str, tokens: &[Token], k: usize) -> &'t str {
    tokens.get(k).map_or("", |t| &text[t.span().range()])
}

fn previous_in_sentence<'v>(view: &'v TextView, c: &Candidate<'_>) -> Option<&'v Token> {
    let p = &view.tokens[c.first.checked_sub(1)?];
    (view.sentence_at(p.span().start) == view.sentence_at(c.span.start)).then_some(p)
}

/// Is token `t` a word that puts a place after it ("in", "near", "visited")?
fn is_locative(text: &str, t: &Token) -> bool {
    let w = &text[t.span().range()];
    LOCATIVE.iter().any(|l| l.eq_ignore_ascii_case(w))
}

/// The place a mention most likely names: a prior by kind and size, plus evidence from the
/// countries and regions the article names unambiguously.
fn choose(
    ids: &[u32],
    places: &[Place],
    surface: &str,
    (countries, great_cities): (&FxHashMap<&str, u32>, &FxHashMap<&str, &[u32]>),
    regions: &FxHashMap<&str, u32>,
    named_regions: &FxHashMap<&str, u32>,
) -> u32 {
    // A place named exactly as written beats one whose own name the text extends, found by an
    // old or alternate name: "Rio Grande do Sul" is the state, not the city of Rio Grande (once
    // "São Pedro do Rio Grande do Sul").
    // ("St. Petersburg" is Saint Petersburg's own name too, and "St Louis" St. Louis's: a
    // saint's name compares in full.)
    let saint = saint_in_full(surface);
    let own_name = |p: &Place| {
        p.name.eq_ignore_ascii_case(surface)
            || p.ascii_name.eq_ignore_ascii_case(surface)
            || saint.as_deref().is_some_and(|s| {
                [p.name, p.ascii_name].iter().any(|n| {
                    n.eq_ignore_ascii_case(s)
                        || saint_in_full(n).is_some_and(|n| n.eq_ignore_ascii_case(s))
                })
            })
    };
    let some_exact = places.len() > 1 && places.iter().any(own_name);
    // So does a country named exactly as written ("Mexico", "Paraguay") over its capital, which
    // bears the name among its alternates; a region ("Oklahoma") is preferred to a city of less
    // than a million that bears its name so (but "New York" is the city).
    let exact_country = some_exact
        && places
            .iter()
            .any(|p| p.kind == GazKind::Country && own_name(p));
    let exact_adm1 = some_exact
        && places
            .iter()
            .any(|p| p.kind == GazKind::Adm1 && own_name(p));
    // A region written letter for letter also beats a town abroad whose name matches only
    // without its accents: "Bali" is the Indonesian province, not Bāli in West Bengal (but
    // "Zurich" is still Zürich, in the canton of its name).
    let written = |p: &Place| p.name.eq_ignore_ascii_case(surface);
    let written_adm1_country = places
        .iter()
        .find(|p| exact_adm1 && p.kind == GazKind::Adm1 && written(p))
        .map(|p| p.country_fips);
    let big_city_own_name = places
        .iter()
        .any(|p| p.kind == GazKind::City && p.population >= 100_000 && own_name(p));
    let capital_own_name = places
        .iter()
        .any(|p| p.kind == GazKind::City && p.capital && own_name(p));
    // The most people a city that bears the name as its own holds.
    let largest_own_city = places
        .iter()
        .filter(|p| p.kind == GazKind::City && own_name(p))
        .map(|p| p.population)
        .max()
        .unwrap_or(0);
    let mut best = ids[0];
    let mut best_score = f64::MIN;
    for (&id, p) in ids.iter().zip(places) {
        if some_exact && !own_name(p) && (extends(surface, p.ascii_name) || exact_country) {
            continue;
        }
        let prior = match p.kind {
            GazKind::Continent => 6.0,
            GazKind::Country => 4.0,
            GazKind::Region | GazKind::Historical => 4.5,
            GazKind::Adm1 if p.country_fips == "US" => 2.5,
            // A region that bears the name as its own weighs as a town of a tenth of the
            // people of its towns (a city is named far more often than a region of its size),
            // up to 3.0 (below a country), unless a town of the name within it holds a tenth of
            // them: "Ontario" and "Quebec" are the provinces, not Ontario, California, nor
            // Québec City, but "Bari" is the Italian city, not the Somali region of as many
            // people, "São Paulo", "Porto" and "Baghdad" are the cities, and "Donetsk" (the
            // oblast's other name) the city.
            GazKind::Adm1 => {
                let holds_namesake = places.iter().any(|c| {
                    c.kind == GazKind::City
                        && c.adm1_fips == p.adm1_fips
                        && c.population * 10 >= u64::from(p.towns_population)
                });
                if holds_namesake || !own_name(p) {
                    1.0
                } else {
                    let people = f64::from(p.towns_population) / 10.0;
                    (1.2 * ((people + 1.0).log10() - 4.0)).clamp(1.0, 3.0)
                }
            }
            GazKind::City => {
                1.2 * ((p.population as f64 + 1.0).log10() - 4.0).max(0.0)
                    // (A capital by its own name: "Philadelphia" is the city in Pennsylvania,
                    // not Amman, once called so; but not beside a namesake of twice its people:
                    // "San Jose" is the Californian city of a million, not Costa Rica's capital
                    // of a third of a million.)
                    + if p.capital
                        && (own_name(p) || !some_exact)
                        && p.population * 2 >= largest_own_city
                    {
                        1.0
                    } else {
                        0.0
                    }
                    // (A capital of a million named by its own name is what a region named
                    // elsewhere in the story rarely outweighs: "to Dublin … and see Ireland" in
                    // a Californian's blog.)
                    + if p.capital && p.population >= 1_000_000 && own_name(p) {
                        2.0
                    } else {
                        0.0
                    }
            }
        };
        let mut score = prior;
        // A place found only by an old or alternate name yields to one that bears the name as
        // its own unless the evidence is strong: "Pittsburgh" is Pittsburgh, Pennsylvania, not
        // Pittsburg, California, even in a story that names California; "Augusta" is not
        // Augsburg (Augusta Vindelicorum) nor "Sydney" Sidney, Ohio. (Not the famous other
        // names of countries and great cities: "Holland", "New York", "Bombay".)
        // (But a great city's other name yields to a city of 100,000 or more that bears it as
        // its own: "Cancun" is Cancún, not Changchun; "Zaragoza" the Spanish city.)
        let famous = p.kind != GazKind::City || p.population >= 1_000_000 && !big_city_own_name;
        // (A name with a qualifier in brackets is as good as the name: "Halle" is Halle (Saale),
        // not the Belgian town of that exact name, but "Frankfurt" still the larger Frankfurt am
        // Main, not Frankfurt (Oder).)
        if some_exact && !own_name(p) && !famous && !qualified(p.ascii_name, surface) {
            score -= 2.5;
        }
        // The country named elsewhere is weak evidence (most articles name the US); a region
        // of it named as such is strong for its cities, other regions of a country for a
        // region. A region reached only through one of its cities is weaker: "New York" (the
        // city) does not make "Amsterdam" a town upstate.
        let country_named = countries.get(p.country_fips).is_some_and(|&n| n > 0)
            || great_cities
                .get(p.country_fips)
                .is_some_and(|&named| named != ids);
        if p.kind != GazKind::Country && country_named {
            score += 1.0;
        }
        if p.kind == GazKind::City {
            if named_regions.get(p.adm1_fips).is_some_and(|&n| n > 0) {
                score += 3.0;
            } else if regions.get(p.adm1_fips).is_some_and(|&n| n > 0) {
                score += 1.5;
            }
        }
        let named_otherwise = !own_name(p)
            || written_adm1_country.is_some_and(|cc| !written(p) && p.country_fips != cc);
        if exact_adm1 && named_otherwise && p.kind == GazKind::City && p.population < 1_000_000 {
            score -= 3.0;
        }
        // So does a town of the region named: "Spokane" for Washington the state. (Not where
        // the name is also a town of the region, whose own mentions count there: "New York".)
        if p.kind == GazKind::Adm1
            && regions.get(p.adm1_fips).is_some_and(|&n| n > 0)
            && !places
                .iter()
                .any(|c| c.kind == GazKind::City && c.adm1_fips == p.adm1_fips)
        {
            score += 2.0;
        }
        // Other regions of the country named make a region likelier, but not over the nation's
        // capital of that name: "Trent Lott, a Mississippi Republican, said Washington would
        // not lift sanctions" is the capital.
        if p.kind == GazKind::Adm1
            && !capital_own_name
            && named_regions
                .keys()
                .any(|r| r.starts_with(&*p.country_fips) && **r != *p.adm1_fips)
        {
            score += 2.0;
        }
        if score > best_score {
            best_score = score;
            best = id;
        }
    }
    best
}

/// Does `surface` start with the whole name `name` and go on after it ("Rio Grande do Sul" and
/// "Rio Grande")?
fn extends(surface: &str, name: &str) -> bool {
    surface.len() > name.len()
        && surface.is_char_boundary(name.len())
        && surface[..name.len()].eq_ignore_ascii_case(name)
        && surface.as_bytes()[name.len()] == b' '
}

fn is_metonym(text: &str, tokens: &[Token], last: usize, kind: GazKind) -> bool {
    if !matches!(kind, GazKind::Country | GazKind::City) {
        return false;
    }
    tokens.get(last + 1).is_some_and(|t| {
        let w = &text[t.span().range()];
        is_metonym_verb(w)
    })
}

#[cfg(test)]
mod tests;
