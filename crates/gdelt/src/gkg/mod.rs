//! The GKG 2.1 row: 27 tab-separated columns with `;`, `#`, `,` and `|` sub-delimiters.
//!
//! Syntax facts read off real GKG 2.1 files (a 15-minute English file of 2023-07-02):
//! * V1COUNTS, V2.1COUNTS, V1THEMES, V2ENHANCEDTHEMES, V2.1SOCIALIMAGEEMBEDS,
//!   V2.1SOCIALVIDEOEMBEDS and V2.1AMOUNTS end every item with `;` (so a non-empty cell ends in `;`);
//!   all other lists only separate items with `;` (quotations with `#`).
//! * A count without a place has location type `0` and empty place fields: `KILL#2##0#######1695`.
//! * Tone values carry 15 significant digits; V2EXTRASXML writes non-ASCII as `&#xHEX;`.
//!
//! The row's strings are [`Text`]: borrowed from what the row was made of where they can be
//! (the record a row projects, the line a row was read from), owned only where the row makes
//! them (dates, lower-cased V1 names, GCAM, extras). Writing a GKG file is mostly copying
//! names, themes and places; a row that owned them cost an allocation and a copy for every
//! mention of each (≈ 260 an article) before the row was written at all.

use std::borrow::Cow;
use std::fmt::Write as _;

/// A string of a row: borrowed from the record or line the row was made from, or owned.
pub type Text<'a> = Cow<'a, str>;

/// Why a line is not a GKG 2.1 row.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GkgError {
    #[error("expected 27 tab-separated columns, found {0}")]
    Columns(usize),
    #[error("column {column} ({name}): {reason}: {item:?}")]
    Field {
        column: usize,
        name: &'static str,
        reason: &'static str,
        item: String,
    },
}

/// The 27 column names, in order, as the GKG 2.1 codebook spells them.
pub const GKG_COLUMNS: [&str; 27] = [
    "GKGRECORDID",
    "V2.1DATE",
    "V2SOURCECOLLECTIONIDENTIFIER",
    "V2SOURCECOMMONNAME",
    "V2DOCUMENTIDENTIFIER",
    "V1COUNTS",
    "V2.1COUNTS",
    "V1THEMES",
    "V2ENHANCEDTHEMES",
    "V1LOCATIONS",
    "V2ENHANCEDLOCATIONS",
    "V1PERSONS",
    "V2ENHANCEDPERSONS",
    "V1ORGANIZATIONS",
    "V2ENHANCEDORGANIZATIONS",
    "V1.5TONE",
    "V2.1ENHANCEDDATES",
    "V2GCAM",
    "V2.1SHARINGIMAGE",
    "V2.1RELATEDIMAGES",
    "V2.1SOCIALIMAGEEMBEDS",
    "V2.1SOCIALVIDEOEMBEDS",
    "V2.1QUOTATIONS",
    "V2.1ALLNAMES",
    "V2.1AMOUNTS",
    "V2.1TRANSLATIONINFO",
    "V2EXTRASXML",
];

/// A geocoded place as GKG writes it. `kind` 0 means "no place" (counts only).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GkgPlace<'a> {
    /// 1 country, 2 US state, 3 US city, 4 world city, 5 world ADM1; 0 none.
    pub kind: u8,
    pub name: Text<'a>,
    pub country: Text<'a>,
    pub adm1: Text<'a>,
    /// Only V2ENHANCEDLOCATIONS carries ADM2.
    pub adm2: Text<'a>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub feature_id: Text<'a>,
}

/// A place mention of V1LOCATIONS (offset `None`) or V2ENHANCEDLOCATIONS (offset given).
#[derive(Debug, Clone, PartialEq)]
pub struct GkgLocation<'a> {
    pub place: GkgPlace<'a>,
    pub offset: Option<usize>,
}

/// A count of V1COUNTS (offset `None`) or V2.1COUNTS.
#[derive(Debug, Clone, PartialEq)]
pub struct GkgCount<'a> {
    pub kind: Text<'a>,
    pub count: u64,
    pub object: Text<'a>,
    pub place: GkgPlace<'a>,
    pub offset: Option<usize>,
}

/// A `Name,offset` item (enhanced persons, organisations, themes, all names).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named<'a> {
    pub name: Text<'a>,
    pub offset: usize,
}

/// V1.5TONE.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GkgTone {
    pub tone: f64,
    pub positive: f64,
    pub negative: f64,
    pub polarity: f64,
    pub activity: f64,
    pub self_group: f64,
    pub word_count: u64,
}

/// V2.1ENHANCEDDATES item `Res#Month#Day#Year#Offset` (0 = not given).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GkgDate {
    pub resolution: u8,
    pub month: u32,
    pub day: u32,
    pub year: i32,
    pub offset: usize,
}

/// V2.1QUOTATIONS item `Offset|Length|Verb|Quote`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GkgQuote<'a> {
    pub offset: usize,
    pub length: usize,
    pub verb: Text<'a>,
    pub quote: Text<'a>,
}

/// V2.1AMOUNTS item `Amount,Object,Offset`.
#[derive(Debug, Clone, PartialEq)]
pub struct GkgAmount<'a> {
    pub amount: f64,
    pub object: Text<'a>,
    pub offset: usize,
}

/// One GKG 2.1 record, typed. Writing then parsing gives the same value back.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GkgRow<'a> {
    pub record_id: Text<'a>,
    /// `YYYYMMDDHHMMSS`, or `0` when the run has no date.
    pub date: Text<'a>,
    /// 1 WEB, 2 CITATIONONLY (the identifier is not a URL), …
    pub collection: u8,
    pub source_common_name: Text<'a>,
    pub document_identifier: Text<'a>,
    pub counts_v1: Vec<GkgCount<'a>>,
    pub counts: Vec<GkgCount<'a>>,
    pub themes_v1: Vec<Text<'a>>,
    pub themes: Vec<Named<'a>>,
    pub locations_v1: Vec<GkgLocation<'a>>,
    pub locations: Vec<GkgLocation<'a>>,
    pub persons_v1: Vec<Text<'a>>,
    pub persons: Vec<Named<'a>>,
    pub organizations_v1: Vec<Text<'a>>,
    pub organizations: Vec<Named<'a>>,
    pub tone: Option<GkgTone>,
    pub dates: Vec<GkgDate>,
    /// V2GCAM as written (`wc:583,c12.1:33,…`).
    pub gcam: Text<'a>,
    pub sharing_image: Text<'a>,
    pub related_images: Vec<Text<'a>>,
    pub social_image_embeds: Vec<Text<'a>>,
    pub social_video_embeds: Vec<Text<'a>>,
    pub quotations: Vec<GkgQuote<'a>>,
    pub all_names: Vec<Named<'a>>,
    pub amounts: Vec<GkgAmount<'a>>,
    pub translation_info: Text<'a>,
    /// V2EXTRASXML as written (already escaped).
    pub extras_xml: Text<'a>,
}

impl<'a> GkgRow<'a> {
    /// The row as one line of a GKG file, without the trailing newline.
    pub fn to_line(&self) -> String {
        let mut out = String::with_capacity(512);
        self.write(&mut out);
        out
    }

    /// Appends the row (27 columns, tab-separated, no newline) to `out`. Every field is written
    /// straight into `out` (no string per field): a GKG file is mostly this.
    pub fn write(&self, out: &mut String) {
        // One allocation for the row rather than a dozen doublings of `out`, each a copy.
        out.reserve(self.size_hint());
        let cols: [&dyn Fn(&mut String); 27] = [
            &|o| push_clean(o, &self.record_id),
            &|o| push_clean(o, &self.date),
            &|o| push_int(o, self.collection),
            &|o| push_clean(o, &self.source_common_name),
            &|o| push_clean(o, &self.document_identifier),
            &|o| terminated(o, &self.counts_v1, write_count),
            &|o| terminated(o, &self.counts, write_count),
            &|o| terminated(o, &self.themes_v1, |o, t| push_item(o, t)),
            &|o| terminated(o, &self.themes, write_named),
            &|o| separated(o, &self.locations_v1, ";", write_location),
            &|o| separated(o, &self.locations, ";", write_location),
            &|o| separated(o, &self.persons_v1, ";", |o, p| push_item(o, p)),
            &|o| separated(o, &self.persons, ";", write_named),
            &|o| separated(o, &self.organizations_v1, ";", |o, p| push_item(o, p)),
            &|o| separated(o, &self.organizations, ";", write_named),
            &|o| {
                if let Some(t) = &self.tone {
                    for v in [
                        t.tone,
                        t.positive,
                        t.negative,
                        t.polarity,
                        t.activity,
                        t.self_group,
                    ] {
                        o.push_str(&fmt_sig15(v));
                        o.push(',');
                    }
                    push_int(o, t.word_count);
                }
            },
            &|o| {
                separated(o, &self.dates, ";", |o, d| {
                    push_int(o, d.resolution);
                    o.push('#');
                    push_int(o, d.month);
                    o.push('#');
                    push_int(o, d.day);
                    o.push('#');
                    push_int(o, d.year);
                    o.push('#');
                    push_int(o, d.offset);
                })
            },
            &|o| push_clean(o, &self.gcam),
            &|o| push_item(o, &self.sharing_image),
            &|o| separated(o, &self.related_images, ";", |o, u| push_item(o, u)),
            &|o| terminated(o, &self.social_image_embeds, |o, u| push_item(o, u)),
            &|o| terminated(o, &self.social_video_embeds, |o, u| push_item(o, u)),
            &|o| {
                separated(o, &self.quotations, "#", |o, q| {
                    push_int(o, q.offset);
                    o.push('|');
                    push_int(o, q.length);
                    o.push('|');
                    o.push_str(&quote_field(&q.verb));
                    o.push('|');
                    o.push_str(&quote_field(&q.quote));
                })
            },
            &|o| separated(o, &self.all_names, ";", write_named),
            &|o| {
                terminated(o, &self.amounts, |o, a| {
                    let _ = write!(
                        o,
                        "{},{},{}",
                        fmt_amount(a.amount),
                        item(&a.object).replace(',', " "),
                        a.offset
                    );
                })
            },
            &|o| push_clean(o, &self.translation_info),
            &|o| push_clean(o, &self.extras_xml),
        ];
        for (i, col) in cols.iter().enumerate() {
            if i > 0 {
                out.push('\t');
            }
            col(out);
        }
    }

    /// About the length of the written row (a little more for most rows): the strings, and a
    /// guess at the numbers and delimiters around them.
    fn size_hint(&self) -> usize {
        fn texts(v: &[Text<'_>]) -> usize {
            v.iter().map(|t| t.len() + 1).sum()
        }
        fn named(v: &[Named<'_>]) -> usize {
            v.iter().map(|n| n.name.len() + 8).sum()
        }
        fn place(p: &GkgPlace<'_>) -> usize {
            let strings = [&p.name, &p.country, &p.adm1, &p.adm2, &p.feature_id];
            strings.iter().map(|s| s.len()).sum::<usize>() + 48
        }
        let locations = |v: &[GkgLocation<'_>]| v.iter().map(|l| place(&l.place)).sum::<usize>();
        let counts = |v: &[GkgCount<'_>]| {
            v.iter()
                .map(|c| c.kind.len() + c.object.len() + place(&c.place) + 16)
                .sum::<usize>()
        };
        let cells = [
            &self.record_id,
            &self.date,
            &self.source_common_name,
            &self.document_identifier,
            &self.gcam,
            &self.sharing_image,
            &self.translation_info,
            &self.extras_xml,
        ];
        128 + cells.iter().map(|c| c.len()).sum::<usize>()
            + counts(&self.counts_v1)
            + counts(&self.counts)
            + texts(&self.themes_v1)
            + named(&self.themes)
            + locations(&self.locations_v1)
            + locations(&self.locations)
            + texts(&self.persons_v1)
            + named(&self.persons)
            + texts(&self.organizations_v1)
            + named(&self.organizations)
            + 24 * self.dates.len()
            + texts(&self.related_images)
            + texts(&self.social_image_embeds)
            + texts(&self.social_video_embeds)
            + (self.quotations.iter())
                .map(|q| q.verb.len() + q.quote.len() + 16)
                .sum::<usize>()
            + named(&self.all_names)
            + (self.amounts.iter())
                .map(|a| a.object.len() + 24)
                .sum::<usize>()
    }

    /// Reads one line of a GKG 2.1 file (a trailing `\n` / `\r\n` is ignored).
    pub fn parse(line: &'a str) -> Result<GkgRow<'a>, GkgError> {
        let line = line.strip_suffix('\n').unwrap_or(line);
        let line = line.strip_suffix('\r').unwrap_or(line);
        let c: Vec<&str> = line.split('\t').collect();
        if c.len() != 27 {
            return Err(GkgError::Columns(c.len()));
        }
        let collection = c[2]
            .parse()
            .map_err(|_| field_err(3, "not a number", c[2]))?;
        Ok(GkgRow {
            record_id: c[0].into(),
            date: c[1].into(),
            collection,
            source_common_name: c[3].into(),
            document_identifier: c[4].into(),
            counts_v1: list(c[5], ';', |s| parse_count(s, false)).map_err(|e| e.at(6))?,
            counts: list(c[6], ';', |s| parse_count(s, true)).map_err(|e| e.at(7))?,
            themes_v1: list(c[7], ';', |s| Ok(s.into())).map_err(|e| e.at(8))?,
            themes: list(c[8], ';', parse_named).map_err(|e| e.at(9))?,
            locations_v1: list(c[9], ';', |s| parse_location(s, false)).map_err(|e| e.at(10))?,
            locations: list(c[10], ';', |s| parse_location(s, true)).map_err(|e| e.at(11))?,
            persons_v1: list(c[11], ';', |s| Ok(s.into())).map_err(|e| e.at(12))?,
            persons: list(c[12], ';', parse_named).map_err(|e| e.at(13))?,
            organizations_v1: list(c[13], ';', |s| Ok(s.into())).map_err(|e| e.at(14))?,
            organizations: list(c[14], ';', parse_named).map_err(|e| e.at(15))?,
            tone: parse_tone(c[15]).map_err(|e| e.at(16))?,
            dates: list(c[16], ';', parse_date).map_err(|e| e.at(17))?,
            gcam: c[17].into(),
            sharing_image: c[18].into(),
            related_images: list(c[19], ';', |s| Ok(s.into())).map_err(|e| e.at(20))?,
            social_image_embeds: list(c[20], ';', |s| Ok(s.into())).map_err(|e| e.at(21))?,
            social_video_embeds: list(c[21], ';', |s| Ok(s.into())).map_err(|e| e.at(22))?,
            quotations: list(c[22], '#', parse_quote).map_err(|e| e.at(23))?,
            all_names: list(c[23], ';', parse_named).map_err(|e| e.at(24))?,
            amounts: list(c[24], ';', parse_amount).map_err(|e| e.at(25))?,
            translation_info: c[25].into(),
            extras_xml: c[26].into(),
        })
    }
}

// ---------------------------------------------------------------- writing helpers

/// Items followed by `;` each (the "terminated" lists of real files).
fn terminated<T>(out: &mut String, items: &[T], f: impl Fn(&mut String, &T)) {
    for it in items {
        f(out, it);
        out.push(';');
    }
}

fn separated<T>(out: &mut String, items: &[T], sep: &str, f: impl Fn(&mut String, &T)) {
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        f(out, it);
    }
}

fn write_named(out: &mut String, n: &Named<'_>) {
    push_item(out, &n.name);
    out.push(',');
    push_int(out, n.offset);
}

fn write_place(out: &mut String, p: &GkgPlace<'_>, with_adm2: bool) {
    push_int(out, p.kind);
    out.push('#');
    for field in [&p.name, &p.country, &p.adm1] {
        push_item(out, field);
        out.push('#');
    }
    if with_adm2 {
        push_item(out, &p.adm2);
        out.push('#');
    }
    push_coord(out, p.lat);
    out.push('#');
    push_coord(out, p.lon);
    out.push('#');
    push_item(out, &p.feature_id);
}

fn write_location(out: &mut String, l: &GkgLocation<'_>) {
    write_place(out, &l.place, l.offset.is_some());
    if let Some(off) = l.offset {
        out.push('#');
        push_int(out, off);
    }
}

fn write_count(out: &mut String, c: &GkgCount<'_>) {
    push_item(out, &c.kind);
    out.push('#');
    push_int(out, c.count);
    out.push('#');
    push_item(out, &c.object);
    out.push('#');
    write_place(out, &c.place, false);
    if let Some(off) = c.offset {
        out.push('#');
        push_int(out, off);
    }
}

fn push_int(out: &mut String, n: impl itoa::Integer) {
    out.push_str(itoa::Buffer::new().format(n));
}

/// Does `s` hold a byte of the set `table` ([`byte_set`])? A byte scan (`str::contains` with a
/// set of chars decodes every char) with one table look-up per byte and no early exit: the
/// strings are short and nearly never hold one, and a test of the set's bytes one by one (with
/// `contains`) was a loop with its own branches for every byte of the text.
fn holds(s: &str, table: &[bool; 256]) -> bool {
    s.bytes().fold(false, |hit, b| hit | table[usize::from(b)])
}

/// The bytes of `set` as a table of 256 flags, for [`holds`].
const fn byte_set(set: &[u8]) -> [bool; 256] {
    let mut table = [false; 256];
    let mut i = 0;
    while i < set.len() {
        table[set[i] as usize] = true;
        i += 1;
    }
    table
}

/// What a cell may not hold: tab and line breaks.
static CELL_BREAKS: [bool; 256] = byte_set(b"\t\n\r");
/// What a list item may not hold: those and the list delimiters.
static ITEM_BREAKS: [bool; 256] = byte_set(b"\t\n\r;#");
/// What a quotation field may not hold.
static QUOTE_BREAKS: [bool; 256] = byte_set(b"\t\n\r|#");

/// A cell may hold no tab or line break.
fn push_clean(out: &mut String, s: &str) {
    if holds(s, &CELL_BREAKS) {
        out.push_str(&s.replace(['\t', '\n', '\r'], " "));
    } else {
        out.push_str(s);
    }
}

/// A list item may additionally hold none of the list delimiters.
fn item(s: &str) -> Cow<'_, str> {
    if !holds(s, &ITEM_BREAKS) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(s.replace(['\t', '\n', '\r', ';', '#'], " "))
}

fn push_item(out: &mut String, s: &str) {
    out.push_str(&item(s));
}

/// Quotation fields may hold neither `|` nor `#` (and the cell no tab or line break).
fn quote_field(s: &str) -> Cow<'_, str> {
    if !holds(s, &QUOTE_BREAKS) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(s.replace(['\t', '\n', '\r', '|', '#'], " "))
}

fn push_coord(out: &mut String, v: Option<f64>) {
    if let Some(x) = v {
        push_f64(out, x);
    }
}

/// `x` as `Display` writes it (the shortest digits that read back as `x`, no exponent), through
/// `zmij`, which finds the same digits in a tenth of the time: it writes whole numbers with a
/// ".0" that `Display` leaves out, and tiny or huge ones with an exponent, which are left to
/// `Display` (no coordinate is either).
fn push_f64(out: &mut String, x: f64) {
    let mut buffer = zmij::Buffer::new();
    let s = buffer.format(x);
    if s.contains(['e', 'E']) || !x.is_finite() {
        let _ = write!(out, "{x}");
    } else {
        out.push_str(s.strip_suffix(".0").unwrap_or(s));
    }
}

/// Whole amounts print as integers ("3500000000"), others with their shortest exact digits.
fn fmt_amount(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e18 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

/// 15 significant digits, trailing zeros trimmed, never an exponent — as GDELT prints tone.
pub fn fmt_sig15(v: f64) -> String {
    if v == 0.0 || !v.is_finite() {
        return "0".to_string();
    }
    short_sig15(v).unwrap_or_else(|| rounded_sig15(v))
}

/// [`fmt_sig15`] from the shortest digits that read back as `v` (from `zmij`, a tenth of the
/// cost of `format!` with a precision), rounded to 15 significant digits as a decimal string.
///
/// Rounding those digits gives what rounding `v` itself gives, except on a tie: `v` lies within
/// half an ulp of them, and a 15-digit rounding boundary between the two would be a shorter
/// (or as short and closer) decimal that reads back as `v`, which the shortest digits are
/// not. A tie (the digits past the 15th are exactly `5`) may fall either way for `v`, and is
/// left to [`rounded_sig15`], as are values that would need an exponent (`None`).
fn short_sig15(v: f64) -> Option<String> {
    if !(1e-4..1e14).contains(&v.abs()) {
        return None;
    }
    let mut buffer = zmij::Buffer::new();
    let shortest = buffer.format(v);
    if shortest.contains(['e', 'E']) {
        return None;
    }
    let (negative, unsigned) = match shortest.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, shortest),
    };
    let (int, frac) = unsigned.split_once('.').unwrap_or((unsigned, ""));
    // The digits without the point (which comes after `point` of them), one spare in front
    // for a carry.
    let mut digits = [b'0'; 48];
    let mut len = 1 + int.len() + frac.len();
    if len > digits.len() {
        return None;
    }
    digits[1..1 + int.len()].copy_from_slice(int.as_bytes());
    digits[1 + int.len()..len].copy_from_slice(frac.as_bytes());
    let point = 1 + int.len();
    let leading = digits[1..len].iter().take_while(|&&d| d == b'0').count();
    let cut = 1 + leading + 15;
    if len > cut {
        let tail = &digits[cut..len];
        if tail[0] == b'5' && tail[1..].iter().all(|&d| d == b'0') {
            return None;
        }
        let up = tail[0] >= b'5';
        len = cut;
        if up {
            let mut k = cut - 1;
            while digits[k] == b'9' {
                digits[k] = b'0';
                k -= 1;
            }
            digits[k] += 1;
        }
    }
    // Render: the integer digits without leading zeros (but one), the fraction without
    // trailing zeros.
    let first = digits[..point - 1]
        .iter()
        .take_while(|&&d| d == b'0')
        .count();
    let int_digits = &digits[first..point];
    let mut frac_end = len;
    while frac_end > point && digits[frac_end - 1] == b'0' {
        frac_end -= 1;
    }
    let mut out = String::with_capacity(24);
    if negative {
        out.push('-');
    }
    out.extend(int_digits.iter().map(|&d| char::from(d)));
    if frac_end > point {
        out.push('.');
        out.extend(digits[point..frac_end].iter().map(|&d| char::from(d)));
    }
    Some(out)
}

/// [`fmt_sig15`] by formatting with the decimals that 15 significant digits need.
fn rounded_sig15(v: f64) -> String {
    let magnitude = v.abs().log10().floor() as i32;
    let decimals = (14 - magnitude).clamp(0, 40) as usize;
    let mut s = format!("{v:.decimals$}");
    if s.contains('.') {
        while s.ends_with('0') {
            s.pop();
        }
        if s.ends_with('.') {
            s.pop();
        }
    }
    if s == "-0" { "0".to_string() } else { s }
}

/// Escapes text for V2EXTRASXML as GDELT does: markup characters as entities and every
/// non-ASCII character as `&#xHEX;`, so the column stays 7-bit.
pub fn xml_escape(s: &str, out: &mut String) {
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\t' | '\n' | '\r' => out.push(' '),
            c if c.is_control() => {}
            c if c.is_ascii() => out.push(c),
            c => {
                let _ = write!(out, "&#x{:X};", c as u32);
            }
        }
    }
}

// ---------------------------------------------------------------- reading helpers

struct ItemError {
    reason: &'static str,
    item: String,
}

impl ItemError {
    fn at(self, column: usize) -> GkgError {
        GkgError::Field {
            column,
            name: GKG_COLUMNS[column - 1],
            reason: self.reason,
            item: self.item,
        }
    }
}

fn field_err(column: usize, reason: &'static str, item: &str) -> GkgError {
    ItemError {
        reason,
        item: item.to_string(),
    }
    .at(column)
}

fn bad(reason: &'static str, item: &str) -> ItemError {
    ItemError {
        reason,
        item: item.to_string(),
    }
}

fn list<'a, T>(
    cell: &'a str,
    sep: char,
    f: impl Fn(&'a str) -> Result<T, ItemError>,
) -> Result<Vec<T>, ItemError> {
    cell.split(sep).filter(|s| !s.is_empty()).map(f).collect()
}

fn num<T: std::str::FromStr>(s: &str, reason: &'static str, whole: &str) -> Result<T, ItemError> {
    s.parse().map_err(|_| bad(reason, whole))
}

fn opt_f64(s: &str, whole: &str) -> Result<Option<f64>, ItemError> {
    if s.is_empty() {
        Ok(None)
    } else {
        num(s, "bad coordinate", whole).map(Some)
    }
}

fn parse_named(s: &str) -> Result<Named<'_>, ItemError> {
    let (name, off) = s
        .rsplit_once(',')
        .ok_or_else(|| bad("expected Name,Offset", s))?;
    Ok(Named {
        name: name.into(),
        offset: num(off, "bad offset", s)?,
    })
}

fn parse_place<'a>(f: &[&'a str], with_adm2: bool, whole: &str) -> Result<GkgPlace<'a>, ItemError> {
    let kind = if f[0].is_empty() {
        0
    } else {
        num(f[0], "bad location type", whole)?
    };
    let (adm2, rest) = if with_adm2 {
        (f[4], &f[5..])
    } else {
        ("", &f[4..])
    };
    Ok(GkgPlace {
        kind,
        name: f[1].into(),
        country: f[2].into(),
        adm1: f[3].into(),
        adm2: adm2.into(),
        lat: opt_f64(rest[0], whole)?,
        lon: opt_f64(rest[1], whole)?,
        feature_id: rest[2].into(),
    })
}

fn parse_location(s: &str, enhanced: bool) -> Result<GkgLocation<'_>, ItemError> {
    let f: Vec<&str> = s.split('#').collect();
    let want = if enhanced { 9 } else { 7 };
    if f.len() != want {
        return Err(bad("wrong number of # fields in location", s));
    }
    let offset = if enhanced {
        Some(num(f[8], "bad offset", s)?)
    } else {
        None
    };
    Ok(GkgLocation {
        place: parse_place(&f, enhanced, s)?,
        offset,
    })
}

fn parse_count(s: &str, enhanced: bool) -> Result<GkgCount<'_>, ItemError> {
    let f: Vec<&str> = s.split('#').collect();
    let want = if enhanced { 11 } else { 10 };
    if f.len() != want {
        return Err(bad("wrong number of # fields in count", s));
    }
    Ok(GkgCount {
        kind: f[0].into(),
        count: num(f[1], "bad count", s)?,
        object: f[2].into(),
        place: parse_place(&f[3..10], false, s)?,
        offset: if enhanced {
            Some(num(f[10], "bad offset", s)?)
        } else {
            None
        },
    })
}

fn parse_tone(s: &str) -> Result<Option<GkgTone>, ItemError> {
    if s.is_empty() {
        return Ok(None);
    }
    let f: Vec<&str> = s.split(',').collect();
    if f.len() != 7 {
        return Err(bad("tone needs 7 comma-separated values", s));
    }
    let v = |i: usize| num::<f64>(f[i], "bad tone value", s);
    Ok(Some(GkgTone {
        tone: v(0)?,
        positive: v(1)?,
        negative: v(2)?,
        polarity: v(3)?,
        activity: v(4)?,
        self_group: v(5)?,
        word_count: num(f[6], "bad word count", s)?,
    }))
}

fn parse_date(s: &str) -> Result<GkgDate, ItemError> {
    let f: Vec<&str> = s.split('#').collect();
    if f.len() != 5 {
        return Err(bad("expected Res#Month#Day#Year#Offset", s));
    }
    Ok(GkgDate {
        resolution: num(f[0], "bad resolution", s)?,
        month: num(f[1], "bad month", s)?,
        day: num(f[2], "bad day", s)?,
        year: num(f[3], "bad year", s)?,
        offset: num(f[4], "bad offset", s)?,
    })
}

fn parse_quote(s: &str) -> Result<GkgQuote<'_>, ItemError> {
    let mut f = s.splitn(4, '|');
    let (Some(off), Some(len), Some(verb), Some(quote)) = (f.next(), f.next(), f.next(), f.next())
    else {
        return Err(bad("expected Offset|Length|Verb|Quote", s));
    };
    Ok(GkgQuote {
        offset: num(off, "bad offset", s)?,
        length: num(len, "bad length", s)?,
        verb: verb.into(),
        quote: quote.into(),
    })
}

fn parse_amount(s: &str) -> Result<GkgAmount<'_>, ItemError> {
    let (amount, rest) = s
        .split_once(',')
        .ok_or_else(|| bad("expected Amount,Object,Offset", s))?;
    let (object, off) = rest
        .rsplit_once(',')
        .ok_or_else(|| bad("expected Amount,Object,Offset", s))?;
    Ok(GkgAmount {
        amount: num(amount, "bad amount", s)?,
        object: object.into(),
        offset: num(off, "bad offset", s)?,
    })
}

#[cfg(test)]
mod tests;
