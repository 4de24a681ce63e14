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

mod data;
// `dump::write` and a few helpers of `fold` serve the build script and the tests only.
#[cfg_attr(not(test), allow(dead_code))]
mod dump;
#[cfg_attr(not(test), allow(dead_code))]
mod fold;
pub mod gazetteer;
#[cfg(test)]
mod load;
#[cfg_attr(not(test), allow(dead_code))]
mod table;

pub use data::*;
#[cfg(test)]
pub(crate) use fold::is_acronym;
pub(crate) use fold::{is_caps, tab_fields, table_lines};
pub use fold::{key, key_into};

use std::sync::OnceLock;

/// A greeting, before the name of the one greeted: "Hey Frank", "Dear Paul", "Thanx Andrew",
/// "Congrats Maddie" (the names stage reads the name as a person's, the places stage as no
/// place: "Hi Chad,").
pub fn is_greeting(word: &[u8]) -> bool {
    matches!(
        word,
        b"Hey"
            | b"Hi"
            | b"Hiya"
            | b"Hello"
            | b"Howdy"
            | b"Dear"
            | b"Thanks"
            | b"Thanx"
            | b"Thx"
            | b"Congrats"
            | b"Congratulations"
    )
}

thread_local! {
    static KEY_BUF: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// Runs `f` on the key of `surface`, folded into a per-thread buffer ([`key_into`]): no
/// allocation, and no UTF-8 check of the folded bytes (a stack copy would need one).
/// (`f` must not look up another key: the buffer is in use.)
fn with_key<T>(surface: &str, f: impl FnOnce(&str) -> T) -> T {
    KEY_BUF.with(|b| {
        let mut b = b.borrow_mut();
        key_into(surface, &mut b);
        f(&b)
    })
}

/// The longest particle ([`Lexicon::is_particle`]), in bytes: particles are lower-case ASCII
/// letters ("vander"); a test checks the list against both.
const MAX_PARTICLE_LEN: usize = 6;

/// `phrase`, when it may be a key of the tables matched as written (`orgs_exact`,
/// `places_exact`): those hold acronyms only ("WHO", "U.S."; no lower-case letter), so a phrase
/// with a lower-case letter, as most names have, is ruled out before any hashing.
fn as_written(phrase: &str) -> Option<&str> {
    let lower = phrase.bytes().any(|b| b.is_ascii_lowercase());
    // Acronyms ("NATO", "U.S."), and one word in mixed case ("MoD", "LeT"), which the
    // exact tables also hold where folding would make it a common word.
    let mixed = || !phrase.contains(' ') && phrase.bytes().skip(1).any(|b| b.is_ascii_uppercase());
    (!lower || mixed()).then_some(phrase)
}

/// What the lists know about a phrase as a whole ([`Lexicon::phrase`]).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct PhraseInfo<'l> {
    pub known_org: Option<&'l KnownEntity>,
    pub known_person: Option<&'l KnownEntity>,
    pub place: Option<PlaceHint>,
}

impl gazetteer::Gazetteer {
    /// The process-wide gazetteer, loaded on first use ([`gazetteer::Gazetteer::load_embedded`]).
    pub fn shared() -> &'static gazetteer::Gazetteer {
        static GAZETTEER: OnceLock<gazetteer::Gazetteer> = OnceLock::new();
        GAZETTEER.get_or_init(gazetteer::Gazetteer::load_embedded)
    }

    /// Loads the gazetteer the way [`gazetteer::Gazetteer::shared`] does once per process: the
    /// form `build.rs` compiled, read in place.
    pub fn load_embedded() -> gazetteer::Gazetteer {
        gazetteer::Gazetteer::compiled(gazetteer::Compiled {
            folded: include_bytes!(concat!(env!("OUT_DIR"), "/gazetteer-folded.bin")),
            prefixes: include_bytes!(concat!(env!("OUT_DIR"), "/gazetteer-prefixes.bin")),
            filter: include_bytes!(concat!(env!("OUT_DIR"), "/gazetteer-filter.bin")),
            places: include_bytes!(concat!(env!("OUT_DIR"), "/gazetteer-places.bin")),
            strings: include_str!(concat!(env!("OUT_DIR"), "/gazetteer-strings.txt")),
            rest: include_str!(concat!(env!("OUT_DIR"), "/gazetteer-rest.tsv")),
        })
    }
}

impl Lexicon {
    /// The process-wide lexicon, loaded on first use from the table `build.rs` compiled from
    /// the lists (one line per entry, keys already folded: loading is reading, not building).
    pub fn shared() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(|| {
            dump::read(
                include_str!(concat!(env!("OUT_DIR"), "/lexicon.tsv")),
                dump::Compiled {
                    words: include_bytes!(concat!(env!("OUT_DIR"), "/words.bin")),
                    places: include_bytes!(concat!(env!("OUT_DIR"), "/places.bin")),
                    orgs_exact: include_bytes!(concat!(env!("OUT_DIR"), "/orgs-exact.bin")),
                    orgs_folded: include_bytes!(concat!(env!("OUT_DIR"), "/orgs-folded.bin")),
                    persons_folded: include_bytes!(concat!(env!("OUT_DIR"), "/persons-folded.bin")),
                },
            )
        })
    }

    /// Everything the lists know about one word, in one lookup. A word in capitals ("WHO")
    /// also gets what the case-sensitive entries say and loses "never a name" from a folded
    /// entry ("Who"); a trailing period is ignored for titles and organisation words ("Gen.").
    pub fn word(&self, word: &str) -> WordInfo {
        // Most words are short and printable ASCII: their key is the word lower-cased
        // ([`key_into`]), folded on the stack rather than in the per-thread buffer.
        // (One pass that lower-cases and tests each byte: a copy of a length known only at run
        // time would be a call to `memcpy`.)
        let mut stack = [0u8; 32];
        if word.len() <= stack.len() {
            let mut graphic = true;
            for (k, b) in stack.iter_mut().zip(word.bytes()) {
                graphic &= b.is_ascii_graphic();
                *k = b.to_ascii_lowercase();
            }
            if graphic {
                return self.word_folded(word, &stack[..word.len()]);
            }
        }
        with_key(word, |k| self.word_folded(word, k.as_bytes()))
    }

    /// [`Lexicon::word`] with the key of `word` already folded.
    fn word_folded(&self, word: &str, k: &[u8]) -> WordInfo {
        let mut info = self.words.get_bytes(k).unwrap_or_default();
        if let Some(bare) = k.strip_suffix(b".")
            && let Some(b) = self.words.get_bytes(bare)
        {
            const DOTTED: u16 = word::TITLE
                | word::TITLE_START
                | word::ORG_SUFFIX
                | word::ORG_PREFIX
                | word::ORG_HEAD;
            info.flags |= b.flags & DOTTED;
        }
        let caps = is_caps(word);
        if caps {
            info.flags &= !word::NOT_NAME;
        }
        // Words in capitals, and a known abbreviation's mixed case ("MoD"), are also what the
        // exact tables say.
        if (caps || info.flags & word::MIXED_CASE_ALIAS != 0 && as_written(word).is_some())
            && let Some(e) = self.words_exact.get(word)
        {
            info.merge(e);
        }
        info
    }

    /// Frequency (per 100,000 people, the larger of women and men) when `word` is a given name;
    /// names from the international list, which has no frequencies, count as 10.
    pub fn given_name(&self, word: &str) -> Option<f32> {
        self.word(word).given
    }

    /// What `word` as a given name says of a person's gender: −1 a woman, 1 a man, 0 either
    /// or not a given name.
    pub fn given_gender(&self, word: &str) -> i8 {
        self.word(word).gender
    }

    /// What a full name's first word, as a given name, says of the person's gender
    /// ([`Lexicon::given_gender`]); 0 for a name of one word, a surname as often as not.
    pub fn first_name_gender(&self, name: &str) -> i8 {
        let mut words = name.split_whitespace();
        match (words.next(), words.next()) {
            (Some(first), Some(_)) => self.given_gender(first),
            _ => 0,
        }
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
        // (Asked of the word after every name: most are ruled out by their length and first
        // two letters before any hashing.)
        let pair = match word.as_bytes() {
            [a @ b'a'..=b'z', b @ b'a'..=b'z', ..] => {
                self.particle_pairs[usize::from(a - b'a')] >> (b - b'a') & 1 != 0
            }
            // "d'" (the pairs are of letters only).
            [b'a'..=b'z', b'\''] => true,
            _ => false,
        };
        pair && word.len() <= MAX_PARTICLE_LEN && self.particles.contains(word)
    }

    /// A known organisation by any of its names; acronyms match only as written.
    pub fn known_org(&self, phrase: &str) -> Option<&KnownEntity> {
        if let Some(i) = as_written(phrase).and_then(|p| self.orgs_exact.get(p)) {
            return Some(&self.orgs[i as usize]);
        }
        with_key(phrase, |k| {
            self.orgs_folded.get(k).map(|i| &self.orgs[i as usize])
        })
    }

    /// Does a known organisation's name open with `phrase`, then go on past a word in lower
    /// case ("Centers" of "Centers for Disease Control and Prevention", "Committee" of
    /// "Committee to Protect Journalists")? A name finder that stops at such words asks before
    /// it does.
    pub fn opens_known_org(&self, phrase: &str) -> bool {
        KEY_BUF.with(|b| {
            let mut b = b.borrow_mut();
            key_into(phrase, &mut b);
            b.push_str(OPENING);
            self.orgs_folded.get(&b).is_some()
        })
    }

    /// A known person by any of their names.
    pub fn known_person(&self, phrase: &str) -> Option<&KnownEntity> {
        with_key(phrase, |k| {
            self.persons_folded
                .get(k)
                .map(|i| &self.persons[i as usize])
        })
    }

    /// What the lists know about `phrase` as a whole: [`Lexicon::known_org`],
    /// [`Lexicon::known_person`] and [`Lexicon::place`] at the cost of one fold (a name finder
    /// asks all three of every candidate of several words).
    pub fn phrase(&self, phrase: &str) -> PhraseInfo<'_> {
        let known_org = as_written(phrase)
            .and_then(|p| self.orgs_exact.get(p))
            .map(|i| &self.orgs[i as usize]);
        // One word: its place is the word table's (see `place`), asked before the fold below
        // (which may hold the fold buffer).
        // (A space says so at once; a phrase without one is asked for any other whitespace.)
        let one_word = !phrase.as_bytes().contains(&b' ') && !phrase.contains(char::is_whitespace);
        let place = if one_word {
            self.word(phrase).place
        } else {
            as_written(phrase)
                .and_then(|p| self.places_exact.get(p))
                .copied()
        };
        with_key(phrase, |k| PhraseInfo {
            known_org: known_org
                .or_else(|| self.orgs_folded.get(k).map(|i| &self.orgs[i as usize])),
            known_person: self
                .persons_folded
                .get(k)
                .map(|i| &self.persons[i as usize]),
            place: if one_word {
                place
            } else {
                place.or_else(|| self.places.get(k).and_then(|w| w.place))
            },
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
        if let Some(&hint) = as_written(phrase).and_then(|p| self.places_exact.get(p)) {
            return Some(hint);
        }
        with_key(phrase, |k| self.places.get(k).and_then(|w| w.place))
    }

    /// The country (FIPS) a demonym or nationality adjective refers to ("Russian" → RS).
    pub fn demonym(&self, word: &str) -> Option<&str> {
        with_key(word, |k| self.demonyms.get(k).copied())
    }
}

#[cfg(test)]
mod tests;
