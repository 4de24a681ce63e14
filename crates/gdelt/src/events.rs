//! GDELT Events 2.0 (61 columns) and Mentions (16 columns) rows: typed, written exactly as the
//! Event Codebook V2.0 lays them out, read back, and counted over a window of articles.
//!
//! A record's events become *mentions* ([`event_mentions`]); an [`EventWindow`] merges the
//! mentions of the same event — same Actor1Code, Actor2Code, EventCode, SQLDATE and ActionGeo —
//! across the articles of a window (the whole run, or N articles of a stream) into one
//! [`EventRow`] with NumMentions / NumSources / NumArticles and the mean tone of its mentions, and
//! writes one [`MentionRow`] per mention. Memory is bounded by the window's compact rows, never
//! by article text.
//!
//! ```
//! use gdelt::events::{EventRow, EventWindow, EventRowContext, MentionRow};
//! use model::{Actor, Event, Record};
//! let mut record = Record { id: "ex1".into(), url: Some("https://example.org/a".into()), ..Default::default() };
//! record.text = "Chile accused Peru of spying.".into();
//! record.events.push(Event {
//!     actor1: Some(Actor { code: "CHL".into(), name: "Chile".into(), start: 0, end: 5 }),
//!     actor2: Some(Actor { code: "PER".into(), name: "Peru".into(), start: 14, end: 18 }),
//!     code: "1125".into(), root: "11".into(), quad: 3, goldstein: -2.0, sentence: 0,
//!     start: 6, end: 13, geo: None, modality: "asserted".into(), rule: String::new(), date: None,
//! });
//! let ctx = EventRowContext { date_added: model::parse_timestamp("2024-03-12T10:15:00"), ..Default::default() };
//! let mut window = EventWindow::new(1);
//! window.add(&record, &ctx);
//! let (events, mentions) = window.close();
//! let line = events[0].to_line();
//! assert_eq!(line.split('\t').count(), 61);
//! assert_eq!(EventRow::parse(&line).unwrap(), events[0]);
//! assert_eq!(mentions[0].to_line().split('\t').count(), 16);
//! ```

use std::collections::HashMap;
use std::fmt::Write as _;

use model::{Record, Timestamp};
use text::CharOffsets;

/// A row that is not a valid Events 2.0 or Mentions row.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EventsError {
    #[error("expected {expected} tab-separated columns, found {found}")]
    Columns { expected: usize, found: usize },
    #[error("column {column}: not a number: {item:?}")]
    Number { column: usize, item: String },
}

/// The 61 Events 2.0 column names, in order, as the codebook spells them.
pub const EVENT_COLUMNS: [&str; 61] = [
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_FullName",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_FullName",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
];

/// The 16 Mentions column names, in order.
pub const MENTION_COLUMNS: [&str; 16] = [
    "GLOBALEVENTID",
    "EventTimeDate",
    "MentionTimeDate",
    "MentionType",
    "MentionSourceName",
    "MentionIdentifier",
    "SentenceID",
    "Actor1CharOffset",
    "Actor2CharOffset",
    "ActionCharOffset",
    "InRawText",
    "Confidence",
    "MentionDocLen",
    "MentionDocTone",
    "MentionDocTranslationInfo",
    "Extras",
];

/// CAMEO type (role) codes: the three-letter parts of an actor code that are not countries or
/// known groups (CAMEO.type.txt).
const TYPE_CODES: &[&str] = &[
    "COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY", "UAF", "AGR", "BUS", "CRM",
    "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "REF", "MOD", "RAD",
    "AMN", "IRC", "GRP", "UNO", "PKO", "UIS", "IGO", "IMG", "INT", "MNC", "NGM", "NGO", "SET",
];

/// CAMEO religion codes (CAMEO.religion.txt) and the ethnic codes newsgraph's coder writes: in an
/// actor code they go to the Religion / Ethnic columns, not the country column.
const RELIGION_CODES: &[&str] = &[
    "MOS", "CHR", "JEW", "HIN", "BUD", "SIK", "ATH", "BAH", "CON", "DOX", "ITR", "JAN", "LDS",
    "PAG", "REL", "SHN", "SHI", "SUN", "CTH", "PRO", "ALE", "SFI", "DRZ", "CPT", "JHW", "MRN",
    "TAO", "ZRO",
];
const ETHNIC_CODES: &[&str] = &["KUR", "TAM", "UIG", "ARB", "PAL", "TIB", "CKM", "SNL"];

/// The ten actor columns of an event row.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct ActorColumns {
    pub code: String,
    pub name: String,
    pub country_code: String,
    pub known_group_code: String,
    pub ethnic_code: String,
    pub religion1_code: String,
    pub religion2_code: String,
    pub type1_code: String,
    pub type2_code: String,
    pub type3_code: String,
}

impl ActorColumns {
    /// Splits a CAMEO actor code into GDELT's columns: three-letter parts that are type codes fill
    /// Type1–3; a leading part that is not a type is the country (RUSGOV → RUS, GOV); after an
    /// IGO/NGO/IMG type, the last other part is the known group (IGOWSTNAT → NAT). Names are
    /// written in capitals, as GDELT writes them.
    pub fn from_code(code: &str, name: &str) -> ActorColumns {
        let mut a = ActorColumns {
            code: code.to_string(),
            name: name.to_uppercase(),
            ..Default::default()
        };
        let parts: Vec<&str> = (0..code.len() / 3)
            .filter_map(|i| code.get(i * 3..i * 3 + 3))
            .collect();
        let mut types: Vec<&str> = Vec::new();
        let mut group = None;
        let religion_first = parts.first().is_some_and(|p| RELIGION_CODES.contains(p));
        for (i, p) in parts.iter().enumerate() {
            if TYPE_CODES.contains(p) {
                types.push(p);
            } else if religion_first && RELIGION_CODES.contains(p) {
                // "MOSSUN": religion, then its branch.
                if a.religion1_code.is_empty() {
                    a.religion1_code = p.to_string();
                } else if a.religion2_code.is_empty() {
                    a.religion2_code = p.to_string();
                }
            } else if i == 0 && ETHNIC_CODES.contains(p) {
                a.ethnic_code = p.to_string();
            } else if i == 0 {
                a.country_code = p.to_string();
            } else {
                group = Some(*p);
            }
        }
        if types
            .first()
            .is_some_and(|t| matches!(*t, "IGO" | "NGO" | "IMG" | "NGM"))
            || a.country_code.is_empty() && a.religion1_code.is_empty() && a.ethnic_code.is_empty()
        {
            a.known_group_code = group.unwrap_or("").to_string();
        }
        let mut ts = types.into_iter().map(str::to_string);
        a.type1_code = ts.next().unwrap_or_default();
        a.type2_code = ts.next().unwrap_or_default();
        a.type3_code = ts.next().unwrap_or_default();
        a
    }

    fn cells(&self) -> [&str; 10] {
        [
            &self.code,
            &self.name,
            &self.country_code,
            &self.known_group_code,
            &self.ethnic_code,
            &self.religion1_code,
            &self.religion2_code,
            &self.type1_code,
            &self.type2_code,
            &self.type3_code,
        ]
    }

    fn from_cells(c: &[&str]) -> ActorColumns {
        ActorColumns {
            code: c[0].into(),
            name: c[1].into(),
            country_code: c[2].into(),
            known_group_code: c[3].into(),
            ethnic_code: c[4].into(),
            religion1_code: c[5].into(),
            religion2_code: c[6].into(),
            type1_code: c[7].into(),
            type2_code: c[8].into(),
            type3_code: c[9].into(),
        }
    }
}

/// The eight geography columns of an event row (type 0 = none: the other seven are empty).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GeoColumns {
    /// 1 country, 2 US state, 3 US city, 4 world city, 5 world ADM1, 0 none.
    pub kind: u8,
    pub full_name: String,
    pub country_code: String,
    pub adm1_code: String,
    pub adm2_code: String,
    /// Written with four decimals, as GDELT does.
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub feature_id: String,
}

impl GeoColumns {
    fn write(&self, out: &mut String) {
        let _ = write!(out, "{}", self.kind);
        if self.kind == 0 {
            out.push_str("\t\t\t\t\t\t\t");
            return;
        }
        for s in [
            &self.full_name,
            &self.country_code,
            &self.adm1_code,
            &self.adm2_code,
        ] {
            out.push('\t');
            out.push_str(&clean(s));
        }
        for v in [self.lat, self.lon] {
            out.push('\t');
            if let Some(v) = v {
                let _ = write!(out, "{}", fixed4(v));
            }
        }
        out.push('\t');
        out.push_str(&clean(&self.feature_id));
    }

    fn parse(c: &[&str], first: usize) -> Result<GeoColumns, EventsError> {
        Ok(GeoColumns {
            kind: num(c[0], first)?,
            full_name: c[1].into(),
            country_code: c[2].into(),
            adm1_code: c[3].into(),
            adm2_code: c[4].into(),
            lat: opt_num(c[5], first + 5)?,
            lon: opt_num(c[6], first + 6)?,
            feature_id: c[7].into(),
        })
    }
}

/// One Events 2.0 row.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EventRow {
    pub global_event_id: u64,
    /// YYYYMMDD; `0` when the event has no date.
    pub sql_date: u32,
    pub actor1: ActorColumns,
    pub actor2: ActorColumns,
    pub is_root_event: bool,
    pub event_code: String,
    pub event_base_code: String,
    pub event_root_code: String,
    pub quad_class: u8,
    /// Written with one decimal ("-5.0"), as the CAMEO table gives it.
    pub goldstein_scale: f64,
    pub num_mentions: u32,
    pub num_sources: u32,
    pub num_articles: u32,
    pub avg_tone: f64,
    pub actor1_geo: GeoColumns,
    pub actor2_geo: GeoColumns,
    pub action_geo: GeoColumns,
    /// YYYYMMDDHHMMSS.
    pub date_added: u64,
    pub source_url: String,
}

impl EventRow {
    /// MonthYear (YYYYMM).
    pub fn month_year(&self) -> u32 {
        self.sql_date / 100
    }

    /// Year (YYYY).
    pub fn year(&self) -> u32 {
        self.sql_date / 10_000
    }

    /// FractionDate: YYYY + ((MONTH − 1) × 30 + DAY) / 365, four decimals. The codebook says
    /// MONTH × 30; real rows count the months before this one (20150729 → 2015.5726).
    pub fn fraction_date(&self) -> f64 {
        let (y, m, d) = (
            self.sql_date / 10_000,
            self.sql_date / 100 % 100,
            self.sql_date % 100,
        );
        f64::from(y) + f64::from(m.saturating_sub(1) * 30 + d) / 365.0
    }

    /// The row's 61 tab-separated columns, without a line end.
    pub fn to_line(&self) -> String {
        let mut s = String::with_capacity(384);
        self.write(&mut s);
        s
    }

    /// Appends the row (no line end) to `out`.
    pub fn write(&self, out: &mut String) {
        let _ = write!(
            out,
            "{}\t{}\t{}\t{}\t{}",
            self.global_event_id,
            self.sql_date,
            self.month_year(),
            self.year(),
            fixed4(self.fraction_date())
        );
        for a in [&self.actor1, &self.actor2] {
            for c in a.cells() {
                out.push('\t');
                out.push_str(&clean(c));
            }
        }
        let _ = write!(
            out,
            "\t{}\t{}\t{}\t{}\t{}\t{:.1}\t{}\t{}\t{}\t{}\t",
            u8::from(self.is_root_event),
            clean(&self.event_code),
            clean(&self.event_base_code),
            clean(&self.event_root_code),
            self.quad_class,
            self.goldstein_scale,
            self.num_mentions,
            self.num_sources,
            self.num_articles,
            self.avg_tone,
        );
        self.actor1_geo.write(out);
        out.push('\t');
        self.actor2_geo.write(out);
        out.push('\t');
        self.action_geo.write(out);
        let _ = write!(out, "\t{}\t{}", self.date_added, clean(&self.source_url));
    }

    /// Reads a row (a trailing `\r` or `\n` is ignored). MonthYear, Year and FractionDate are
    /// derived from SQLDATE and not stored.
    pub fn parse(line: &str) -> Result<EventRow, EventsError> {
        let c: Vec<&str> = line.trim_end_matches(['\r', '\n']).split('\t').collect();
        if c.len() != 61 {
            return Err(EventsError::Columns {
                expected: 61,
                found: c.len(),
            });
        }
        Ok(EventRow {
            global_event_id: num(c[0], 1)?,
            sql_date: num(c[1], 2)?,
            actor1: ActorColumns::from_cells(&c[5..15]),
            actor2: ActorColumns::from_cells(&c[15..25]),
            is_root_event: num::<u8>(c[25], 26)? != 0,
            event_code: c[26].into(),
            event_base_code: c[27].into(),
            event_root_code: c[28].into(),
            quad_class: num(c[29], 30)?,
            goldstein_scale: num(c[30], 31)?,
            num_mentions: num(c[31], 32)?,
            num_sources: num(c[32], 33)?,
            num_articles: num(c[33], 34)?,
            avg_tone: num(c[34], 35)?,
            actor1_geo: GeoColumns::parse(&c[35..43], 36)?,
            actor2_geo: GeoColumns::parse(&c[43..51], 44)?,
            action_geo: GeoColumns::parse(&c[51..59], 52)?,
            date_added: num(c[59], 60)?,
            source_url: c[60].into(),
        })
    }
}

/// One Mentions row.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MentionRow {
    pub global_event_id: u64,
    /// DATEADDED of the event (YYYYMMDDHHMMSS).
    pub event_time_date: u64,
    /// The batch time of the mentioning article (YYYYMMDDHHMMSS).
    pub mention_time_date: u64,
    /// 1 WEB (the identifier is a URL), 2 CITATIONONLY.
    pub mention_type: u8,
    pub source_name: String,
    pub identifier: String,
    /// 1-based sentence number.
    pub sentence_id: u32,
    /// Char offsets; -1 when the actor is absent.
    pub actor1_offset: i64,
    pub actor2_offset: i64,
    pub action_offset: i64,
    pub in_raw_text: bool,
    /// See [`confidence`].
    pub confidence: u8,
    /// Article length in characters.
    pub doc_len: u64,
    pub doc_tone: f64,
    pub translation_info: String,
    pub extras: String,
}

impl MentionRow {
    pub fn to_line(&self) -> String {
        let mut s = String::with_capacity(160);
        self.write(&mut s);
        s
    }

    pub fn write(&self, out: &mut String) {
        let _ = write!(
            out,
            "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
            self.global_event_id,
            self.event_time_date,
            self.mention_time_date,
            self.mention_type,
            clean(&self.source_name),
            clean(&self.identifier),
            self.sentence_id,
            self.actor1_offset,
            self.actor2_offset,
            self.action_offset,
            u8::from(self.in_raw_text),
            self.confidence,
            self.doc_len,
            self.doc_tone,
            clean(&self.translation_info),
            clean(&self.extras),
        );
    }

    pub fn parse(line: &str) -> Result<MentionRow, EventsError> {
        let c: Vec<&str> = line.trim_end_matches(['\r', '\n']).split('\t').collect();
        if c.len() != 16 {
            return Err(EventsError::Columns {
                expected: 16,
                found: c.len(),
            });
        }
        Ok(MentionRow {
            global_event_id: num(c[0], 1)?,
            event_time_date: num(c[1], 2)?,
            mention_time_date: num(c[2], 3)?,
            mention_type: num(c[3], 4)?,
            source_name: c[4].into(),
            identifier: c[5].into(),
            sentence_id: num(c[6], 7)?,
            actor1_offset: num(c[7], 8)?,
            actor2_offset: num(c[8], 9)?,
            action_offset: num(c[9], 10)?,
            in_raw_text: num::<u8>(c[10], 11)? != 0,
            confidence: num(c[11], 12)?,
            doc_len: num(c[12], 13)?,
            doc_tone: num(c[13], 14)?,
            translation_info: c[14].into(),
            extras: c[15].into(),
        })
    }
}

fn num<T: std::str::FromStr>(s: &str, column: usize) -> Result<T, EventsError> {
    s.trim().parse().map_err(|_| EventsError::Number {
        column,
        item: s.to_string(),
    })
}

fn opt_num(s: &str, column: usize) -> Result<Option<f64>, EventsError> {
    if s.is_empty() {
        Ok(None)
    } else {
        num(s, column).map(Some)
    }
}

/// Four decimals without trailing zeros beyond GDELT's habit ("38.8973", "2006.5781").
fn fixed4(v: f64) -> String {
    format!("{v:.4}")
}

/// Tabs and line breaks cannot appear inside a cell.
fn clean(s: &str) -> std::borrow::Cow<'_, str> {
    if s.contains(['\t', '\n', '\r']) {
        s.replace(['\t', '\n', '\r'], " ").into()
    } else {
        s.into()
    }
}

/// What the rows of a record need beyond it.
#[derive(Debug, Clone, Copy, Default)]
pub struct EventRowContext {
    /// The batch date-time: DATEADDED, MentionTimeDate, and the event date of undated articles.
    pub date_added: Option<Timestamp>,
    /// Write negated, hypothetical, future and reported events too (default: asserted events,
    /// and future ones coded as intents or threats, roots 03 and 13).
    pub include_non_asserted: bool,
}

/// Mentions' Confidence, documented: 100 for an asserted event coded from a verb pattern with
/// both actors coded; −20 when an actor is missing or uncoded; −20 for an event read from a noun
/// ("talks between …") rather than a verb; −30 when it is not asserted (hypothetical, reported,
/// negated, or future other than an announced intent or threat: only written on request); never
/// below 10.
pub fn confidence(e: &model::Event) -> u8 {
    let mut c: i32 = 100;
    let coded = |a: &Option<model::Actor>| a.as_ref().is_some_and(|a| !a.code.is_empty());
    if !coded(&e.actor1) || !coded(&e.actor2) {
        c -= 20;
    }
    if e.rule.is_empty() || !e.rule.contains('+') {
        c -= 20;
    }
    if e.modality != "asserted"
        && !(e.modality == "future" && matches!(e.root.as_str(), "03" | "13"))
    {
        c -= 30;
    }
    c.clamp(10, 100) as u8
}

/// The key that makes two mentions the same event.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct EventKey {
    pub actor1: String,
    pub actor2: String,
    pub code: String,
    pub sql_date: u32,
    /// The action place's feature id, else its full name.
    pub place: String,
}

/// One event mention of one record, before the window numbers and counts it.
#[derive(Debug, Clone)]
pub struct EventMention {
    pub key: EventKey,
    /// The event row as this article alone would give it (counts 1, this article's tone).
    pub row: EventRow,
    pub mention: MentionRow,
}

fn yyyymmdd(iso: &str) -> Option<u32> {
    let b = iso.as_bytes();
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let digits: String = [&iso[0..4], &iso[5..7], &iso[8..10]].concat();
    digits.parse().ok()
}

/// Where an actor is (Actor1Geo / Actor2Geo), as an index into the record's locations: a
/// geocoded place the actor's own words name ("Russia", "US officials", "Moscow said",
/// "Ukraine's defence minister"), or one attached to them ("officials in Kyiv", "the mayor of
/// Lviv", "Kharkiv police"). Nothing else: the place merely closest in the sentence is as often
/// another party's ("Russia massed troops on Ukraine's border"), and a wrong pin is worse than none.
fn actor_place(r: &Record, chars: &CharOffsets, actor: &model::Actor) -> Option<usize> {
    let mut best: Option<(usize, usize)> = None; // (distance in chars, location index)
    for (i, l) in r.locations.iter().enumerate() {
        if l.kind == 0 {
            continue;
        }
        for m in &l.mentions {
            let distance = if m.start < actor.end && actor.start < m.end {
                Some(0)
            } else if m.end <= actor.start {
                gap(&r.text, chars, m.end, actor.start)
                    .filter(|g| matches!(g.trim(), "" | "'s" | "’s"))
                    .map(|g| g.chars().count())
            } else {
                gap(&r.text, chars, actor.end, m.start)
                    .filter(|g| {
                        let g = g.trim();
                        let g = g.strip_suffix(" the").unwrap_or(g);
                        matches!(g, "in" | "from" | "of" | "at")
                    })
                    .map(|g| g.chars().count())
            };
            if let Some(d) = distance
                && best.is_none_or(|(b, _)| d < b)
            {
                best = Some((d, i));
            }
        }
    }
    best.map(|(_, i)| i)
}

/// The text between two char offsets, when it is short (a few words at most).
fn gap<'t>(text: &'t str, chars: &CharOffsets, from: usize, to: usize) -> Option<&'t str> {
    if to < from || to - from > 12 || to > chars.char_len() {
        return None;
    }
    chars.bytes_of(from..to).get(text)
}

fn url_host(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let host = host.split(':').next().unwrap_or(host);
    host.strip_prefix("www.").unwrap_or(host)
}

/// The event mentions of one record (asserted events, and announced intents and threats, unless
/// the context asks for all).
///
/// SQLDATE is the event's own date, else the article's, else the batch date; IsRootEvent marks
/// events of the first three sentences (title and lead); SOURCEURL / MentionIdentifier are the
/// url, else the id; MentionType 1 for a URL, 2 otherwise; source name the URL's host without
/// `www.`, else the record's `source`.
pub fn event_mentions(r: &Record, ctx: &EventRowContext) -> Vec<EventMention> {
    if r.events.is_empty() {
        return Vec::new();
    }
    let added: u64 = ctx
        .date_added
        .map(|t| model::gdelt_timestamp(&t))
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let doc = r.document_identifier();
    let web = doc.starts_with("http://") || doc.starts_with("https://");
    let source = if web {
        url_host(doc).to_string()
    } else {
        r.source.clone().unwrap_or_default()
    };
    let article_date = r
        .published
        .as_deref()
        .and_then(yyyymmdd)
        .or_else(|| (added > 0).then_some((added / 1_000_000) as u32))
        .unwrap_or(0);
    let tone = r.tone.map_or(0.0, |t| t.tone);
    // Char offsets (the record's) to byte offsets, once per record.
    let chars = CharOffsets::new(&r.text);
    let doc_len = chars.char_len() as u64;
    let geo = |i: Option<usize>| -> GeoColumns {
        match i.and_then(|i| r.locations.get(i)) {
            Some(l) if l.kind > 0 => GeoColumns {
                kind: l.kind,
                full_name: l.name.clone(),
                country_code: l.country_fips.clone(),
                adm1_code: l.adm1.clone(),
                adm2_code: l.adm2.clone(),
                lat: l.lat,
                lon: l.lon,
                feature_id: l.feature_id.clone(),
            },
            _ => GeoColumns::default(),
        }
    };
    let mut out = Vec::new();
    for e in &r.events {
        // An announced action coded as an intent (root 03) or a threat (13) is itself a fact:
        // the announcement happened ("will meet" = 036).
        let announced = e.modality == "future" && matches!(e.root.as_str(), "03" | "13");
        if e.modality != "asserted" && !announced && !ctx.include_non_asserted {
            continue;
        }
        // An event with no coded actor says nothing about who did what: GDELT writes none.
        let coded = |a: &Option<model::Actor>| a.as_ref().is_some_and(|a| !a.code.is_empty());
        if !coded(&e.actor1) && !coded(&e.actor2) {
            continue;
        }
        let sql_date = e.date.as_deref().and_then(yyyymmdd).unwrap_or(article_date);
        let actor = |a: &Option<model::Actor>| {
            a.as_ref()
                .map(|a| ActorColumns::from_code(&a.code, &a.name))
                .unwrap_or_default()
        };
        let action_geo = geo(e.geo);
        let base = e.code.get(..3.min(e.code.len())).unwrap_or("").to_string();
        let row = EventRow {
            global_event_id: 0,
            sql_date,
            actor1: actor(&e.actor1),
            actor2: actor(&e.actor2),
            is_root_event: e.sentence < 3,
            event_code: e.code.clone(),
            event_base_code: base,
            event_root_code: e.root.clone(),
            quad_class: e.quad,
            goldstein_scale: e.goldstein,
            num_mentions: 1,
            num_sources: 1,
            num_articles: 1,
            avg_tone: tone,
            actor1_geo: geo(e.actor1.as_ref().and_then(|a| actor_place(r, &chars, a))),
            actor2_geo: geo(e.actor2.as_ref().and_then(|a| actor_place(r, &chars, a))),
            action_geo,
            date_added: added,
            source_url: doc.to_string(),
        };
        let key = EventKey {
            actor1: row.actor1.code.clone(),
            actor2: row.actor2.code.clone(),
            code: row.event_code.clone(),
            sql_date,
            place: if row.action_geo.feature_id.is_empty() {
                row.action_geo.full_name.clone()
            } else {
                row.action_geo.feature_id.clone()
            },
        };
        let offset = |a: &Option<model::Actor>| a.as_ref().map_or(-1, |a| a.start as i64);
        let mention = MentionRow {
            global_event_id: 0,
            event_time_date: added,
            mention_time_date: added,
            mention_type: if web { 1 } else { 2 },
            source_name: source.clone(),
            identifier: doc.to_string(),
            sentence_id: e.sentence as u32 + 1,
            actor1_offset: offset(&e.actor1),
            actor2_offset: offset(&e.actor2),
            action_offset: e.start as i64,
            in_raw_text: true,
            confidence: confidence(e),
            doc_len,
            doc_tone: tone,
            translation_info: String::new(),
            extras: String::new(),
        };
        out.push(EventMention { key, row, mention });
    }
    out
}

/// Counts and merges events over a window of articles.
#[derive(Debug, Default)]
pub struct EventWindow {
    next_id: u64,
    events: Vec<(EventRow, Vec<String>, Vec<String>, f64)>,
    index: HashMap<EventKey, usize>,
    mentions: Vec<(usize, MentionRow)>,
}

impl EventWindow {
    /// An empty window whose first event gets GLOBALEVENTID `first_id`.
    pub fn new(first_id: u64) -> EventWindow {
        EventWindow {
            next_id: first_id,
            ..Default::default()
        }
    }

    /// Adds one record's events.
    pub fn add(&mut self, r: &Record, ctx: &EventRowContext) {
        for m in event_mentions(r, ctx) {
            self.add_mention(m);
        }
    }

    /// Adds one mention: a new event, or one more mention of a known one.
    pub fn add_mention(&mut self, m: EventMention) {
        let i = match self.index.get(&m.key) {
            Some(&i) => {
                let (row, sources, docs, tone_sum) = &mut self.events[i];
                row.num_mentions += 1;
                if !sources.contains(&m.mention.source_name) {
                    sources.push(m.mention.source_name.clone());
                }
                if !docs.contains(&m.mention.identifier) {
                    docs.push(m.mention.identifier.clone());
                }
                *tone_sum += m.mention.doc_tone;
                i
            }
            None => {
                let mut row = m.row;
                row.global_event_id = self.next_id;
                self.next_id += 1;
                let i = self.events.len();
                self.events.push((
                    row,
                    vec![m.mention.source_name.clone()],
                    vec![m.mention.identifier.clone()],
                    m.mention.doc_tone,
                ));
                self.index.insert(m.key, i);
                i
            }
        };
        self.mentions.push((i, m.mention));
    }

    /// Number of distinct events so far.
    pub fn len(&self) -> usize {
        self.events.len()
    }

    pub fn is_empty(&self) -> bool {
        self.events.is_empty()
    }

    /// The id the next new event will get (continue numbering in the next window).
    pub fn next_id(&self) -> u64 {
        self.next_id
    }

    /// Closes the window: the event rows in order of first mention, with their counts and mean
    /// tone, and the mention rows in input order.
    pub fn close(self) -> (Vec<EventRow>, Vec<MentionRow>) {
        let ids: Vec<(u64, u64)> = self
            .events
            .iter()
            .map(|(r, ..)| (r.global_event_id, r.date_added))
            .collect();
        let events = self
            .events
            .into_iter()
            .map(|(mut row, sources, docs, tone_sum)| {
                row.num_sources = sources.len() as u32;
                row.num_articles = docs.len() as u32;
                row.avg_tone = tone_sum / f64::from(row.num_mentions.max(1));
                row
            })
            .collect();
        let mentions = self
            .mentions
            .into_iter()
            .map(|(i, mut m)| {
                m.global_event_id = ids[i].0;
                m.event_time_date = ids[i].1;
                m
            })
            .collect();
        (events, mentions)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::{Actor, Event, Location};

    /// Rows written for these tests in the real syntax (61 and 16 columns).
    const EVENT_LINES: &[&str] = &[
        "1001\t20220110\t202201\t2022\t2022.0274\tRUSGOV\tRUSSIA\tRUS\t\t\t\t\tGOV\t\t\tUSA\tUNITED STATES\tUSA\t\t\t\t\t\t\t\t1\t036\t036\t03\t1\t4.0\t3\t2\t2\t-1.25\t0\t\t\t\t\t\t\t\t0\t\t\t\t\t\t\t\t4\tGeneva, Geneve, Switzerland\tSZ\tSZ07\t\t46.2022\t6.1457\t2660646\t20211230120000\thttps://example.org/talks",
        "1002\t20240312\t202403\t2024\t2024.1973\tCOP\tPOLICE\t\t\t\t\t\tCOP\t\t\t\t\t\t\t\t\t\t\t\t\t0\t173\t173\t17\t4\t-5.0\t1\t1\t1\t0\t0\t\t\t\t\t\t\t\t0\t\t\t\t\t\t\t\t2\tTexas, United States\tUS\tUSTX\t\t31.1060\t-97.6475\tTX\t20240312000000\tex2",
    ];
    const MENTION_LINES: &[&str] = &[
        "1001\t20211230120000\t20211230120000\t1\texample.org\thttps://example.org/talks\t18\t1520\t1555\t1536\t1\t100\t2048\t-1.25\t\t",
        "1002\t20240312000000\t20240312000000\t2\tWire\tex2\t1\t-1\t0\t7\t1\t60\t31\t0\t\t",
    ];

    #[test]
    fn hand_written_rows_survive_parse_and_write() {
        for line in EVENT_LINES {
            let row = EventRow::parse(line).unwrap();
            assert_eq!(&row.to_line(), line);
        }
        for line in MENTION_LINES {
            let row = MentionRow::parse(line).unwrap();
            assert_eq!(&row.to_line(), line);
        }
        assert_eq!(EVENT_COLUMNS.len(), 61);
        assert_eq!(
            EventRow::parse("1\t2"),
            Err(EventsError::Columns {
                expected: 61,
                found: 2
            })
        );
    }

    #[test]
    fn actor_codes_split_into_columns() {
        let table: &[(&str, [&str; 5])] = &[
            // code → country, known group, type1, type2, type3
            ("RUSGOV", ["RUS", "", "GOV", "", ""]),
            ("USAMILGOV", ["USA", "", "MIL", "GOV", ""]),
            ("COP", ["", "", "COP", "", ""]),
            ("IGOWSTNAT", ["", "NAT", "IGO", "", ""]),
            ("IGOUNO", ["", "", "IGO", "UNO", ""]),
            ("AFGREB", ["AFG", "", "REB", "", ""]),
            ("UKR", ["UKR", "", "", "", ""]),
            ("", ["", "", "", "", ""]),
            ("MOSSUNREB", ["", "", "REB", "", ""]),
            ("KURMIL", ["", "", "MIL", "", ""]),
        ];
        for (code, want) in table {
            let a = ActorColumns::from_code(code, "x");
            let got = [
                a.country_code.as_str(),
                &a.known_group_code,
                &a.type1_code,
                &a.type2_code,
                &a.type3_code,
            ];
            assert_eq!(&got, want, "{code}");
        }
        let a = ActorColumns::from_code("MOSSUNREB", "x");
        assert_eq!(
            (a.religion1_code.as_str(), a.religion2_code.as_str()),
            ("MOS", "SUN")
        );
        assert_eq!(ActorColumns::from_code("KURMIL", "x").ethnic_code, "KUR");
    }

    #[test]
    fn actors_are_placed_only_by_places_their_own_words_name_or_attach() {
        let text =
            "Officials in Kyiv met Russia's envoy. Lviv police and rebels clashed near Odesa.";
        let at = |w: &str| {
            let b = text.find(w).unwrap();
            let start = text[..b].chars().count();
            (start, start + w.chars().count())
        };
        let place = |name: &str, kind: u8| {
            let (start, end) = at(name);
            Location {
                name: name.into(),
                kind,
                country_fips: String::new(),
                adm1: String::new(),
                adm2: String::new(),
                lat: None,
                lon: None,
                feature_id: String::new(),
                metonym: false,
                mentions: vec![model::Mention {
                    start,
                    end,
                    text: name.into(),
                }],
            }
        };
        let r = Record {
            text: text.into(),
            locations: vec![
                place("Kyiv", 4),
                place("Russia", 1),
                place("Lviv", 4),
                place("Odesa", 4),
            ],
            ..Default::default()
        };
        let cases: &[(&str, Option<&str>)] = &[
            ("Officials", Some("Kyiv")),        // "X in Place"
            ("Russia's envoy", Some("Russia")), // the actor's own words
            ("envoy", Some("Russia")),          // "Place's X"
            ("police", Some("Lviv")),           // "Place X"
            ("rebels", None), // "near Odesa" is where they clashed, not who they are
        ];
        for (words, want) in cases {
            let (start, end) = at(words);
            let actor = Actor {
                code: "X".into(),
                name: (*words).into(),
                start,
                end,
            };
            let got = actor_place(&r, &CharOffsets::new(&r.text), &actor)
                .map(|i| r.locations[i].name.as_str());
            assert_eq!(got, *want, "{words}");
        }
    }

    /// Adds a record's mentions as if its tone were `tone` (the tone stage's field is not needed).
    fn add(w: &mut EventWindow, r: &Record, tone: f64, ctx: &EventRowContext) {
        for mut m in event_mentions(r, ctx) {
            m.mention.doc_tone = tone;
            m.row.avg_tone = tone;
            w.add_mention(m);
        }
    }

    fn record(id: &str, url: Option<&str>, events: Vec<Event>) -> Record {
        Record {
            id: id.into(),
            url: url.map(Into::into),
            published: Some("2021-12-30T00:00:00Z".into()),
            text: "x".repeat(40),
            tone: None,
            locations: vec![Location {
                name: "Geneva, Geneve, Switzerland".into(),
                kind: 4,
                country_fips: "SZ".into(),
                adm1: "SZ07".into(),
                adm2: String::new(),
                lat: Some(46.2022),
                lon: Some(6.1457),
                feature_id: "2660646".into(),
                mentions: vec![],
                metonym: false,
            }],
            events,
            ..Default::default()
        }
    }

    fn event(a1: &str, a2: &str, code: &str, modality: &str, geo: Option<usize>) -> Event {
        Event {
            actor1: Some(Actor {
                code: a1.into(),
                name: a1.into(),
                start: 0,
                end: 3,
            }),
            actor2: (!a2.is_empty()).then(|| Actor {
                code: a2.into(),
                name: a2.into(),
                start: 10,
                end: 13,
            }),
            code: code.into(),
            root: code[..2].into(),
            quad: 1,
            goldstein: 4.0,
            sentence: 4,
            start: 5,
            end: 9,
            geo,
            modality: modality.into(),
            rule: "meet+".into(),
            date: Some("2022-01-10".into()),
        }
    }

    #[test]
    fn the_window_counts_mentions_sources_and_articles() {
        let ctx = EventRowContext {
            date_added: model::parse_timestamp("2021-12-30T12:00:00"),
            include_non_asserted: false,
        };
        let mut w = EventWindow::new(500);
        let meet = || event("RUSGOV", "USA", "036", "asserted", Some(0));
        add(
            &mut w,
            &record(
                "a",
                Some("https://www.example.org/1"),
                vec![meet(), event("USA", "RUS", "012", "asserted", None)],
            ),
            -2.0,
            &ctx,
        );
        add(
            &mut w,
            &record(
                "b",
                Some("https://example.org/2"),
                vec![meet(), event("USA", "RUS", "190", "hypothetical", None)],
            ),
            0.0,
            &ctx,
        );
        add(&mut w, &record("c", None, vec![meet()]), 1.0, &ctx);
        let (events, mentions) = w.close();
        assert_eq!(events.len(), 2, "the hypothetical event is left out");
        let e = &events[0];
        assert_eq!(
            (
                e.global_event_id,
                e.num_mentions,
                e.num_sources,
                e.num_articles
            ),
            (500, 3, 2, 3)
        );
        assert!((e.avg_tone - (-1.0 / 3.0)).abs() < 1e-9);
        assert_eq!((e.sql_date, e.date_added), (20220110, 20211230120000));
        assert_eq!(e.action_geo.feature_id, "2660646");
        assert_eq!(e.source_url, "https://www.example.org/1");
        assert_eq!(mentions.len(), 4);
        assert_eq!(mentions[3].global_event_id, 500);
        assert_eq!((mentions[3].mention_type, mentions[3].sentence_id), (2, 5));
        assert_eq!(mentions[0].source_name, "example.org");
        for e in &events {
            assert_eq!(EventRow::parse(&e.to_line()).as_ref(), Ok(e));
        }
        for m in &mentions {
            assert_eq!(MentionRow::parse(&m.to_line()).as_ref(), Ok(m));
        }
    }

    #[test]
    fn events_without_a_coded_actor_have_no_rows() {
        let mut anonymous = event("", "", "010", "asserted", None);
        anonymous.actor1 = None;
        let r = record(
            "a",
            None,
            vec![anonymous, event("USA", "", "010", "asserted", None)],
        );
        let got = event_mentions(&r, &EventRowContext::default());
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].row.actor1.code, "USA");
    }

    #[test]
    fn confidence_is_documented() {
        let mut e = event("RUSGOV", "USA", "036", "asserted", None);
        assert_eq!(confidence(&e), 100);
        e.actor2 = None;
        assert_eq!(confidence(&e), 80);
        e.modality = "future".into();
        assert_eq!(confidence(&e), 80, "an announced intent is a fact");
        e.modality = "hypothetical".into();
        assert_eq!(confidence(&e), 50);
    }
}
