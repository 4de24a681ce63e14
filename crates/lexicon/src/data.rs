//! The lexicon's data types. Shared with the build script (`build.rs` includes this file), which
//! builds a [`Lexicon`] from the lists and compiles it into the table the crate loads.

use rustc_hash::{FxHashMap, FxHashSet};

/// How a person title is used (from `person-titles.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TitleKind {
    Honorific,
    Political,
    Military,
    Religious,
    Royal,
    Judicial,
    Professional,
    Role,
}

/// Where a word marks an organisation name (from `org-keywords.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct OrgKeyword {
    /// The word ends organisation names: "Bank", "Party", "Inc."
    pub suffix: bool,
    /// The word begins them: "Ministry [of]", "University [of]".
    pub prefix: bool,
    /// The word marks them anywhere.
    pub head: bool,
}

/// An entity the project's own lists know by name. (Its strings point into the compiled
/// table, as the lexicon's keys do: loading thousands of entities copies no string.)
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnownEntity {
    pub canonical: &'static str,
    /// Category (organisations) or role (persons), as written in the list.
    pub note: &'static str,
}

/// What the lists know about a word or phrase as a place name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlaceHint {
    pub kind: PlaceKind,
    /// Largest population among the places of that name (0 when unknown; a US state, whose
    /// population GeoNames leaves empty, counts as 999,999 so that its name beats any town's).
    pub population: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum PlaceKind {
    Continent,
    Country,
    Region,
    City,
}

/// Flags of [`WordInfo`]: what the lists say about a single word.
pub mod word {
    /// A lower-case common English word (SCOWL).
    pub const ENGLISH: u16 = 1;
    /// A capitalised word SCOWL lists ("Monday", "European", "Paris").
    pub const PROPER: u16 = 1 << 1;
    /// A one-word person title ("President", "Gen.").
    pub const TITLE: u16 = 1 << 2;
    /// The first word of some title ("Prime" of "Prime Minister").
    pub const TITLE_START: u16 = 1 << 3;
    pub const ORG_SUFFIX: u16 = 1 << 4;
    pub const ORG_PREFIX: u16 = 1 << 5;
    pub const ORG_HEAD: u16 = 1 << 6;
    /// A particle inside person names ("van", "bin").
    pub const PARTICLE: u16 = 1 << 7;
    /// Never a name on its own ("Monday", "Breaking").
    pub const NOT_NAME: u16 = 1 << 8;
    pub const DEMONYM: u16 = 1 << 9;
    /// A one-word name of a known organisation ("NATO", "Greenpeace").
    pub const KNOWN_ORG: u16 = 1 << 10;
    /// A one-word name of a known person ("Putin").
    pub const KNOWN_PERSON: u16 = 1 << 11;
    /// Written in mixed case, the word is a known abbreviation ("MoD", "LeT"): the tables
    /// matched as written say more about it.
    pub const MIXED_CASE_ALIAS: u16 = 1 << 12;
    /// The first word of an organisation keyword of several words ("Coast" of "Coast Guard",
    /// "Chamber" of "Chamber of Commerce"): only where one is may such a keyword start.
    pub const ORG_PHRASE_START: u16 = 1 << 13;
    /// No name of several words that [`crate::Lexicon::phrase`] knows (an organisation, a
    /// person, a place) starts with the word: a phrase of several words whose first word is it,
    /// followed by a space, is none of them. (Only words the table holds have the flag: a word
    /// it does not hold may still start a name.)
    pub const STARTS_NO_NAME: u16 = 1 << 14;
    /// [`STARTS_NO_NAME`]'s other end: no such name ends with the word (a space before it).
    pub const ENDS_NO_NAME: u16 = 1 << 15;
}

/// Everything the lists know about one word, from one lookup ([`Lexicon::word`]).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct WordInfo {
    pub flags: u16,
    /// Given-name frequency per 100,000 (international list: 10).
    pub given: Option<f32>,
    /// Surname frequency per 100,000 (international list: 10).
    pub surname: Option<f32>,
    /// The word as a one-word place name.
    pub place: Option<PlaceHint>,
    /// As a given name: −1 a woman's (at least four times as many women bear it as men), 1 a
    /// man's, 0 either or unknown (US census 1990 frequencies).
    pub gender: i8,
}

impl WordInfo {
    /// True when every flag of `flags` is set.
    pub fn is(&self, flags: u16) -> bool {
        self.flags & flags == flags
    }

    pub(crate) fn merge(&mut self, other: &WordInfo) {
        self.flags |= other.flags;
        self.given = self.given.or(other.given);
        self.surname = self.surname.or(other.surname);
        if self.gender == 0 {
            self.gender = other.gender;
        }
        self.place = match (self.place, other.place) {
            (Some(a), Some(b)) => Some(if b.population > a.population { b } else { a }),
            (a, b) => a.or(b),
        };
    }
}

/// The shared resources. Build once ([`Lexicon::shared`]); all lookups are `&self`.
/// Keys are `&'static str`: at run time they point into the compiled table (see `dump.rs`), so
/// loading copies no string.
#[derive(Debug, Default, PartialEq)]
pub struct Lexicon {
    /// Every single word of every list, folded, with what each list says about it.
    pub(crate) words: crate::table::WordTable,
    /// The same for words in capitals that match only as written ("WHO", "US", "IN").
    pub(crate) words_exact: FxHashMap<&'static str, WordInfo>,
    pub(crate) titles: FxHashMap<&'static str, TitleKind>,
    pub(crate) max_title_words: usize,
    pub(crate) org_keywords: FxHashMap<&'static str, OrgKeyword>,
    pub(crate) particles: FxHashSet<&'static str>,
    /// The first two letters of the particles, per first letter a bit per second letter
    /// ([`particle_pairs`]): a word whose pair no particle has is ruled out before hashing.
    pub(crate) particle_pairs: [u32; 26],
    /// Acronym aliases match only as written ("WHO" is not "who"). This and the two indexes
    /// of names below map to positions in `orgs` and `persons`; they are compiled at build time
    /// like `words` and read in place (≈10,000 names: loading them into hash maps was half of
    /// the lexicon's start-up).
    pub(crate) orgs_exact: crate::table::KeyIndex,
    pub(crate) orgs_folded: crate::table::KeyIndex,
    pub(crate) orgs: Vec<KnownEntity>,
    pub(crate) persons_folded: crate::table::KeyIndex,
    pub(crate) persons: Vec<KnownEntity>,
    pub(crate) not_names: FxHashSet<&'static str>,
    /// All-capital entries ("BREAKING", "TV") match only as written, so "Who" does not hide "WHO".
    pub(crate) not_names_caps: FxHashSet<&'static str>,
    /// Place names of several words ("New York"), with only [`WordInfo::place`] set; one-word
    /// names live in `words`. Compiled at build time like `words` (≈45,000 names: loading them
    /// into a hash map was most of the lexicon's start-up).
    pub(crate) places: crate::table::WordTable,
    /// Place names in capitals ("US", "IN", "UAE") match only as written: "In" is not Indiana.
    pub(crate) places_exact: FxHashMap<&'static str, PlaceHint>,
    pub(crate) demonyms: FxHashMap<&'static str, &'static str>,
}

/// [`Lexicon::particle_pairs`] of `particles` (lower-case ASCII letters, two or more).
pub(crate) fn particle_pairs<'p>(
    particles: impl IntoIterator<Item = &'p &'static str>,
) -> [u32; 26] {
    let mut pairs = [0u32; 26];
    for p in particles {
        if let [a @ b'a'..=b'z', b @ b'a'..=b'z', ..] = p.as_bytes() {
            pairs[usize::from(a - b'a')] |= 1 << (b - b'a');
        }
    }
    pairs
}

/// The end of the keys that note the openings of known organisations' names
/// ([`crate::Lexicon::opens_known_org`]) in the index of their folded names: a space, so that
/// no pass over one-word names takes them, and a character no folded name holds.
pub(crate) const OPENING: &str = " \u{2026}";
