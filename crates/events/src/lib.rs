//! newsgraph's event coder: who did what to whom, coded in CAMEO, from tokens and dictionaries.
//!
//! [`code`] reads one article (its text, the text layer's [`TextView`] and a [`Context`] of what
//! earlier stages found: persons, organisations, places, dates) and returns [`CodedEvent`]s. There is
//! no parser: actors are found by dictionary lookups over tokens (countries, nationality adjectives,
//! capitals and seats of power, dated leaders, generic roles, international organisations, plus the
//! persons and organisations of the context) and grouped into noun-phrase chunks ("Ukraine's defence
//! minister" = UKRGOV); actions by verb and noun patterns (`data/verbs.tsv`, all 20 CAMEO roots);
//! source and target from word order (active, passive "was attacked by", coordination, "talks between
//! X and Y", prepositional targets), with negation and modality (future, hypothetical, reported) read
//! from the words before the verb and control verbs ("urged X to withdraw", "refused to meet",
//! "threatened to impose sanctions") folding the embedded action into the right CAMEO code.
//!
//! ```
//! use events::{code, Context, Modality};
//! let text = "Russia accused Ukraine of attacking its border posts on Friday.";
//! let view = text::TextView::new(text);
//! let events = code(text, &view, &Context::default());
//! let e = &events[0];
//! assert_eq!((e.code.as_str(), e.actor1.as_ref().unwrap().code.as_str(), e.actor2.as_ref().unwrap().code.as_str()),
//!            ("1123", "RUS", "UKR"));
//! assert_eq!(e.modality, Modality::Asserted);
//! assert_eq!(&text[e.span.range()], "accused Ukraine of attacking");
//! ```
//!
//! Architecture invariant: depends only on `text` (and `chrono`); the context is plain data, so the
//! stage never sees another stage's types. Never panics, whatever the text.

mod coder;
pub mod dict;
pub mod import;
mod lists;
#[cfg(test)]
mod tests;

use chrono::NaiveDate;
use text::{ByteSpan, TextView};

pub use dict::{DictError, Dictionaries, Sources};

/// A person or organisation found by the names stage.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EntityRef {
    /// Canonical name ("Vladimir Putin").
    pub name: String,
    /// Every mention, as byte spans of the article text.
    pub mentions: Vec<ByteSpan>,
    /// Titles and roles the article gives it ("President", "Secretary-General").
    pub roles: Vec<String>,
    /// A person's gender as the first name of `name` tells it: 1 a man's, −1 a woman's, 0 either
    /// or unknown (and for organisations). Checked when "he" or "she" stands for a person.
    pub gender: i8,
    /// What kind of body an organisation is, as the project's list of known organisations
    /// says ("company", "media", "government", …): empty for persons and for organisations
    /// the list lacks. A role after a firm's name is no government's ("a Google spokesman").
    pub category: &'static str,
}

/// A place found by the places stage.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PlaceRef {
    /// The gazetteer's full name ("Geneva, Geneve, Switzerland").
    pub name: String,
    /// FIPS 10-4 country code ("SZ").
    pub country_fips: String,
    /// CAMEO (ISO-3 style) country code when the caller knows it; else derived from `country_fips`.
    pub cameo: Option<String>,
    /// GDELT geo type: 1 country, 2 US state, 3 US city, 4 world city, 5 world ADM1, 0 not geocoded.
    pub kind: u8,
    pub mentions: Vec<ByteSpan>,
    /// Some mention stands for the place's government ("Moscow said").
    pub metonym: bool,
}

/// A resolved calendar date at a span of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateRef {
    pub span: ByteSpan,
    pub date: NaiveDate,
}

/// What the pipeline knows about the article, as plain data.
#[derive(Debug, Clone, Default)]
pub struct Context {
    /// The article's date: dated leaders are coded by the office they held on it.
    pub date: Option<NaiveDate>,
    pub persons: Vec<EntityRef>,
    pub organizations: Vec<EntityRef>,
    pub places: Vec<PlaceRef>,
    /// The dates of a day, which date the events of their sentence.
    pub dates: Vec<DateRef>,
    /// Every date expression's span, whatever its grain ("in May"), in text order: no actor
    /// stands in one.
    pub date_spans: Vec<ByteSpan>,
}

/// How the text presents an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Modality {
    /// Said to have happened.
    Asserted,
    /// Said not to have happened ("did not attack").
    Negated,
    /// Possible or conditional ("could attack", "whether she would resign").
    Hypothetical,
    /// Announced or planned ("will meet", "is scheduled to visit").
    Future,
    /// Attributed with distance ("reportedly", "allegedly").
    Reported,
}

impl Modality {
    /// Lower-case name, as the rich record writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            Modality::Asserted => "asserted",
            Modality::Negated => "negated",
            Modality::Hypothetical => "hypothetical",
            Modality::Future => "future",
            Modality::Reported => "reported",
        }
    }
}

/// One side of an event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventActor {
    /// CAMEO actor code ("RUSGOV", "IGOWSTNAT", "COP"); empty when the actor is a person or group
    /// the dictionaries cannot code.
    pub code: String,
    /// Canonical name: the leader, organisation or country, else the words of the text.
    pub name: String,
    /// Byte span of the actor's words in the article.
    pub span: ByteSpan,
    /// CAMEO country code of the actor, if it has one ("RUS").
    pub country: Option<String>,
    /// Role / type codes ("GOV", "MIL"), in order.
    pub roles: Vec<String>,
}

/// A CAMEO-coded event.
#[derive(Debug, Clone, PartialEq)]
pub struct CodedEvent {
    pub actor1: Option<EventActor>,
    pub actor2: Option<EventActor>,
    /// Full CAMEO code, as a string ("036", "1123").
    pub code: String,
    /// The three-digit base code ("112"), or the code itself when it has two digits.
    pub base: String,
    /// The two-digit root ("11").
    pub root: String,
    /// GDELT quad class: 1 verbal cooperation (roots 01–05), 2 material cooperation (06–09),
    /// 3 verbal conflict (10–14), 4 material conflict (15–20).
    pub quad: u8,
    /// Goldstein scale value of the code.
    pub goldstein: f64,
    /// Index of the sentence in `TextView::sentences`.
    pub sentence: usize,
    /// Byte span of the action's words.
    pub span: ByteSpan,
    pub modality: Modality,
    /// The pattern that fired (its text in `verbs.tsv`, with the control pattern before `+`).
    pub rule: String,
    /// Index into [`Context::places`] of the place where it happened, if the sentence says.
    pub place: Option<usize>,
    /// The date of the event, if the sentence gives one.
    pub date: Option<NaiveDate>,
}

impl Dictionaries {
    /// The shipped dictionaries ([`Sources::SHIPPED`]), built by the build script (`build.rs`)
    /// into a static: nothing is parsed at run time.
    pub fn shared() -> &'static Dictionaries {
        static SHIPPED: Dictionaries =
            include!(concat!(env!("OUT_DIR"), "/events_dictionaries.rs"));
        &SHIPPED
    }
}

/// Quad class of a CAMEO root, as GDELT assigns it.
pub fn quad_class(root: &str) -> u8 {
    match root.parse::<u8>().unwrap_or(0) {
        1..=5 => 1,
        6..=9 => 2,
        10..=14 => 3,
        15..=20 => 4,
        _ => 0,
    }
}

/// Codes the events of one article with the shipped dictionaries.
pub fn code(text: &str, view: &TextView, ctx: &Context) -> Vec<CodedEvent> {
    code_with(text, view, ctx, Dictionaries::shared())
}

/// How the coder reads each sentence: its actors (with codes and flags) and pattern matches.
pub fn explain(text: &str, view: &TextView, ctx: &Context) -> Vec<String> {
    coder::Coder::new(text, view, ctx, Dictionaries::shared()).explain()
}

/// Codes the events of one article with the given dictionaries.
pub fn code_with(
    text: &str,
    view: &TextView,
    ctx: &Context,
    dict: &Dictionaries,
) -> Vec<CodedEvent> {
    coder::Coder::new(text, view, ctx, dict).run()
}
