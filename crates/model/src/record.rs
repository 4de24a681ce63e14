//! The rich record: one per article, every fact with its evidence span (char offsets).
//!
//! Field names are the contract of DESIGN.md; sinks (JSON lines, GKG, Events) only ever see this.
//! Lists whose stage has not run yet are written empty, so consumers can rely on every key.

use serde::{Deserialize, Serialize};

/// A stretch of the article text: char offsets, end exclusive, and the surface it covers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// A sentence of the article (char offsets, end exclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SentenceSpan {
    pub start: usize,
    pub end: usize,
}

/// A person or organisation: one canonical name per real-world entity, with every mention.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    pub name: String,
    pub mentions: Vec<Mention>,
    /// Titles and roles the article gives the entity ("President", "Secretary-General").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<String>,
}

/// A proper name of any kind (V2.1ALLNAMES): persons, organisations, events, laws, programmes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Name {
    pub name: String,
    pub start: usize,
}

/// A geocoded place, GDELT semantics (type 1 country, 2 US state, 3 US city, 4 world city, 5 world ADM1).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Location {
    /// The gazetteer's full name, "City, Region, Country".
    pub name: String,
    #[serde(rename = "type")]
    pub kind: u8,
    pub country_fips: String,
    pub adm1: String,
    pub adm2: String,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub feature_id: String,
    pub mentions: Vec<Mention>,
    /// Some mention stands for the place's government or institutions ("Moscow said").
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub metonym: bool,
}

/// A calendar date or period the article mentions (not durations, times of day or recurring sets).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DateMention {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// GKG resolution: 1 year, 2 month, 3 day, 4 month+day without year.
    pub resolution: u8,
    pub year: Option<i32>,
    pub month: Option<u32>,
    pub day: Option<u32>,
}

/// A number with the thing it counts ("94,000 troops").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Amount {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub value: f64,
    pub object: String,
}

/// A GDELT count (KILL, ARREST, PROTEST …) with its number and object.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Count {
    #[serde(rename = "type")]
    pub kind: String,
    pub count: u64,
    pub object: String,
    pub start: usize,
    /// Index into [`Record::locations`] of the nearest geocoded place, if any.
    pub location: Option<usize>,
}

/// Direct or indirect speech.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    Direct,
    Indirect,
}

/// A quotation with its introducing verb and, when found, its speaker's canonical name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quotation {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub verb: String,
    pub speaker: Option<String>,
    pub kind: QuoteKind,
}

/// A GDELT theme label at an offset.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Theme {
    pub theme: String,
    pub start: usize,
}

/// V1.5TONE's seven values, as the GKG codebook defines them.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Tone {
    pub tone: f64,
    pub positive: f64,
    pub negative: f64,
    pub polarity: f64,
    pub activity: f64,
    pub self_group: f64,
    pub word_count: u64,
    /// GCAM dictionary 26 (VADER, bag of words): how many words of the text it lists (`c26.1`)…
    #[serde(default)]
    pub vader_words: u64,
    /// … and their mean valence (`v26.1`), when there is any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vader_mean: Option<f64>,
}

/// One side of an event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Actor {
    /// CAMEO actor code, e.g. "RUSGOV".
    pub code: String,
    pub name: String,
    pub start: usize,
    pub end: usize,
}

/// A CAMEO-coded event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub actor1: Option<Actor>,
    pub actor2: Option<Actor>,
    /// CAMEO event code as a string ("036").
    pub code: String,
    pub root: String,
    pub quad: u8,
    pub goldstein: f64,
    /// Index of the sentence in [`Record::sentences`].
    pub sentence: usize,
    pub start: usize,
    pub end: usize,
    /// Index into [`Record::locations`] of the action's place, if any.
    pub geo: Option<usize>,
    pub modality: String,
    /// The pattern that coded the event (`verbs.tsv` text; control verb first, joined by " + ").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub rule: String,
    /// The event's own date (ISO `YYYY-MM-DD`) when its sentence gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}

/// Everything newsgraph found in one article. Sinks see nothing else.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Record {
    pub id: String,
    pub url: Option<String>,
    pub title: Option<String>,
    /// ISO 8601 UTC; the article's own date, not the batch date.
    pub published: Option<String>,
    pub source: Option<String>,
    pub text: String,
    #[serde(default)]
    pub meta: crate::PageMeta,
    /// ISO 639-3 code of the article's language ("eng", "deu", …). The stages after the text
    /// layer read English: an article in another language has no facts unless the run asked
    /// for every article to be analysed (`--any-language`).
    #[serde(default)]
    pub language: Option<String>,
    #[serde(default)]
    pub sentences: Vec<SentenceSpan>,
    #[serde(default)]
    pub persons: Vec<Entity>,
    #[serde(default)]
    pub organizations: Vec<Entity>,
    #[serde(default)]
    pub all_names: Vec<Name>,
    #[serde(default)]
    pub locations: Vec<Location>,
    #[serde(default)]
    pub dates: Vec<DateMention>,
    #[serde(default)]
    pub amounts: Vec<Amount>,
    #[serde(default)]
    pub counts: Vec<Count>,
    #[serde(default)]
    pub quotations: Vec<Quotation>,
    #[serde(default)]
    pub themes: Vec<Theme>,
    #[serde(default)]
    pub tone: Option<Tone>,
    #[serde(default)]
    pub events: Vec<Event>,
}

impl Record {
    /// GKG's V2DOCUMENTIDENTIFIER: the url when there is one, else the id.
    pub fn document_identifier(&self) -> &str {
        self.url.as_deref().unwrap_or(&self.id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_keys_follow_the_contract() {
        let r = Record {
            id: "ex1".into(),
            text: "Hi.".into(),
            ..Default::default()
        };
        let v: serde_json::Value = serde_json::to_value(&r).unwrap();
        for key in [
            "id",
            "url",
            "title",
            "published",
            "text",
            "persons",
            "organizations",
            "locations",
            "dates",
            "amounts",
            "counts",
            "quotations",
            "themes",
            "tone",
            "events",
        ] {
            assert!(v.get(key).is_some(), "missing key {key}");
        }
        let back: Record = serde_json::from_value(v).unwrap();
        assert_eq!(back, r);
    }

    #[test]
    fn kinds_serialise_in_lower_case() {
        assert_eq!(
            serde_json::to_string(&QuoteKind::Indirect).unwrap(),
            "\"indirect\""
        );
    }
}
