//! Shared read-only resources: the word and name lists every analysis stage consults.
//!
//! The lists live as text files under `data/` (see `DATA.md` for their sources and licences) and
//! are compiled into the binary, so nothing is read at run time. [`Lexicon::shared`] parses them
//! once per process into hash tables keyed by a normalised lower-case form ([`key`]); every
//! thread then reads the same tables.
//!
//! Lookups take the surface as written and answer questions a recogniser asks:
//!
//! ```
//! let lex = lexicon::Lexicon::shared();
//! assert!(lex.given_name("Mary").is_some());
//! assert!(lex.is_english_word("tensions"));
//! assert!(lex.title("Prime Minister").is_some());
//! assert_eq!(lex.org_keyword("Ministry").map(|k| k.suffix), Some(true));
//! assert!(lex.is_particle("van"));
//! ```
//!
//! Architecture invariant: this crate does no IO after start-up and holds no mutable state.

mod fold;
pub mod gazetteer;
mod load;

pub use fold::key_into;
pub(crate) use fold::{is_acronym, tab_fields, table_lines};

use rustc_hash::{FxHashMap, FxHashSet};
use std::borrow::Cow;
use std::sync::OnceLock;

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

/// An entity the project's own lists know by name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnownEntity {
    pub canonical: String,
    /// Category (organisations) or role (persons), as written in the list.
    pub note: String,
}

/// What the lists know about a word or phrase as a place name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlaceHint {
    pub kind: PlaceKind,
    /// Largest population among the places of that name (0 when unknown).
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
}

impl WordInfo {
    /// True when every flag of `flags` is set.
    pub fn is(&self, flags: u16) -> bool {
        self.flags & flags == flags
    }

    fn merge(&mut self, other: &WordInfo) {
        self.flags |= other.flags;
        self.given = self.given.or(other.given);
        self.surname = self.surname.or(other.surname);
        self.place = match (self.place, other.place) {
            (Some(a), Some(b)) => Some(if b.population > a.population { b } else { a }),
            (a, b) => a.or(b),
        };
    }
}

/// The shared resources. Build once ([`Lexicon::shared`]); all lookups are `&self`.
#[derive(Debug, Default)]
pub struct Lexicon {
    /// Every single word of every list, folded, with what each list says about it.
    words: FxHashMap<Cow<'static, str>, WordInfo>,
    /// The same for words in capitals that match only as written ("WHO", "US", "IN").
    words_exact: FxHashMap<Cow<'static, str>, WordInfo>,
    titles: FxHashMap<String, TitleKind>,
    max_title_words: usize,
    org_keywords: FxHashMap<String, OrgKeyword>,
    particles: FxHashSet<String>,
    /// Acronym aliases match only as written ("WHO" is not "who").
    orgs_exact: FxHashMap<String, usize>,
    orgs_folded: FxHashMap<String, usize>,
    orgs: Vec<KnownEntity>,
    persons_folded: FxHashMap<String, usize>,
    persons: Vec<KnownEntity>,
    not_names: FxHashSet<String>,
    /// All-capital entries ("BREAKING", "TV") match only as written, so "Who" does not hide "WHO".
    not_names_caps: FxHashSet<String>,
    /// Place names of several words ("New York"); one-word names live in `words`.
    places: FxHashMap<String, PlaceHint>,
    /// Place names in capitals ("US", "IN", "UAE") match only as written: "In" is not Indiana.
    places_exact: FxHashMap<String, PlaceHint>,
    demonyms: FxHashMap<String, String>,
}

pub fn key(surface: &str) -> String {
    let mut s = String::with_capacity(surface.len());
    key_into(surface, &mut s);
    s
}

/// Two or more letters, none lower case: "NATO", "U.S.", "WHO".
pub(crate) fn is_caps(word: &str) -> bool {
    // One pass that stops at the first lower-case letter: most words are ruled out by their
    // second character.
    let mut letters = 0;
    for c in word.chars() {
        if c.is_lowercase() {
            return false;
        }
        if c.is_alphabetic() {
            letters += 1;
        }
    }
    letters >= 2
}

thread_local! {
    static KEY_BUF: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// Runs `f` on the key of `surface`: short ASCII words (most lookups) are folded on the stack,
/// the rest in a per-thread buffer.
fn with_key<T>(surface: &str, f: impl FnOnce(&str) -> T) -> T {
    let bytes = surface.as_bytes();
    if bytes.len() <= 32 && bytes.iter().all(|b| b.is_ascii_graphic()) {
        let mut buf = [0u8; 32];
        let key = &mut buf[..bytes.len()];
        key.copy_from_slice(bytes);
        key.make_ascii_lowercase();
        // Typographic apostrophes are not ASCII, so nothing else needs normalising here.
        return f(std::str::from_utf8(key).unwrap_or_default());
    }
    KEY_BUF.with(|b| {
        let mut b = b.borrow_mut();
        key_into(surface, &mut b);
        f(&b)
    })
}

impl Lexicon {
    /// The process-wide lexicon, parsed from the embedded lists on first use.
    pub fn shared() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(load::embedded)
    }

    /// Everything the lists know about one word, in one lookup. A word in capitals ("WHO")
    /// also gets what the case-sensitive entries say and loses "never a name" from a folded
    /// entry ("Who"); a trailing period is ignored for titles and organisation words ("Gen.").
    pub fn word(&self, word: &str) -> WordInfo {
        with_key(word, |k| {
            let mut info = self.words.get(k).copied().unwrap_or_default();
            if let Some(bare) = k.strip_suffix('.')
                && let Some(b) = self.words.get(bare)
            {
                const DOTTED: u16 = word::TITLE
                    | word::TITLE_START
                    | word::ORG_SUFFIX
                    | word::ORG_PREFIX
                    | word::ORG_HEAD;
                info.flags |= b.flags & DOTTED;
            }
            if is_caps(word) {
                info.flags &= !word::NOT_NAME;
                if let Some(e) = self.words_exact.get(word) {
                    info.merge(e);
                }
            }
            info
        })
    }

    /// Frequency (per 100,000 people, the larger of women and men) when `word` is a given name;
    /// names from the international list, which has no frequencies, count as 10.
    pub fn given_name(&self, word: &str) -> Option<f32> {
        self.word(word).given
    }

    /// Frequency per 100,000 when `word` is a surname (international list: 10).
    pub fn surname(&self, word: &str) -> Option<f32> {
        self.word(word).surname
    }

    /// True when `word`, lower-cased, is a common English word (SCOWL).
    pub fn is_english_word(&self, word: &str) -> bool {
        self.word(word).is(word::ENGLISH)
    }

    /// True when SCOWL lists `word` as a capitalised proper word ("Monday", "Paris", "NATO").
    pub fn is_known_proper_word(&self, word: &str) -> bool {
        self.word(word).is(word::PROPER)
    }

    /// The kind of a person title or role ("President", "Prime Minister", "Gen.").
    pub fn title(&self, phrase: &str) -> Option<TitleKind> {
        with_key(phrase, |k| {
            self.titles.get(k.trim_end_matches('.')).copied()
        })
    }

    /// Can a title start with `word` ("Prime" for "Prime Minister")?
    pub fn is_title_start(&self, word: &str) -> bool {
        self.word(word).is(word::TITLE_START)
    }

    /// The longest title, in words.
    pub fn max_title_words(&self) -> usize {
        self.max_title_words
    }

    pub fn org_keyword(&self, word: &str) -> Option<OrgKeyword> {
        with_key(word, |k| {
            self.org_keywords.get(k.trim_end_matches('.')).copied()
        })
    }

    /// Lower-case particles inside person names: de, van, bin, al …
    pub fn is_particle(&self, word: &str) -> bool {
        self.particles.contains(word)
    }

    /// A known organisation by any of its names; acronyms match only as written.
    pub fn known_org(&self, phrase: &str) -> Option<&KnownEntity> {
        if let Some(&i) = self.orgs_exact.get(phrase) {
            return Some(&self.orgs[i]);
        }
        with_key(phrase, |k| self.orgs_folded.get(k).map(|&i| &self.orgs[i]))
    }

    /// A known person by any of their names.
    pub fn known_person(&self, phrase: &str) -> Option<&KnownEntity> {
        with_key(phrase, |k| {
            self.persons_folded.get(k).map(|&i| &self.persons[i])
        })
    }

    /// Capitalised words that are never names on their own (weekdays, months, "Breaking" …).
    /// A word in capitals matches only an entry in capitals: "WHO" is not "Who".
    pub fn is_not_name(&self, word: &str) -> bool {
        if is_caps(word) {
            return self.not_names_caps.contains(word);
        }
        with_key(word, |k| self.not_names.contains(k))
    }

    /// What the gazetteer knows about `phrase` as a place name.
    pub fn place(&self, phrase: &str) -> Option<PlaceHint> {
        if !phrase.contains(char::is_whitespace) {
            return self.word(phrase).place;
        }
        if let Some(&hint) = self.places_exact.get(phrase) {
            return Some(hint);
        }
        with_key(phrase, |k| self.places.get(k).copied())
    }

    /// The country (FIPS) a demonym or nationality adjective refers to ("Russian" → RS).
    pub fn demonym(&self, word: &str) -> Option<&str> {
        with_key(word, |k| self.demonyms.get(k).map(String::as_str))
    }
}

#[cfg(test)]
mod tests;
