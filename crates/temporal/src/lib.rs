//! The temporal stage: calendar date expressions in English news, resolved the GDELT way.
//!
//! [`find`] walks the tokens of a [`TextView`] once with a small hand-written scanner (no regex)
//! and returns every calendar date expression with a TIMEX3-like value:
//!
//! - absolute dates: "January 10", "10 Jan 2022", "Jan. 10, 2022", "2022-01-10", "01/10/2022"
//!   (month first, as US news writes it, unless the first part cannot be a month), "July 4th of
//!   1995", "January 1998", "in 2014", "the 1990s" (value `199X`), "mid-2020", "end-January";
//! - relative dates, resolved against the reference date (the article's published date, else the
//!   batch date): "yesterday", "today", "tomorrow", "Monday" (the nearest one, in the past unless
//!   the sentence speaks of the future: "will", "'ll", "scheduled" …), "last Tuesday" (the
//!   Tuesday of the previous week), "this past Tuesday", "next month", "last year", "this week",
//!   "three years ago", "last October".
//!
//! Not dates: bare numbers that are not years ("2,014 people", "Room 1990", "1990 points"),
//! durations ("three years", "the past year"), times of day ("3 p.m.") and recurring sets ("every
//! Monday").
//!
//! **Unresolved dates.** Without a reference date a relative expression keeps an `X`-value
//! ("XXXX-XX-XX" for a day, "XXXX-XX" for a month or week, "XXXX" for a year), no
//! year/month/day and [`TimexMention::resolved`] false. It stays in the record (the mention is
//! real evidence) with the resolution of what it names (3 for "Monday", 2 for "next month", 1 for
//! "last year") and no year, month or day, so GKG's `Res#Month#Day#Year#Offset` reads
//! `3#0#0#0#offset` for it. A month and day without a year and without a reference ("January
//! 10") is resolved as far as it goes: GKG resolution 4, month+day.
//!
//! ```
//! let text = "Finance Minister Ana Silva met NATO officials in Lisbon on Monday.";
//! let view = text::TextView::new(text);
//! let reference = chrono::NaiveDate::from_ymd_opt(2024, 3, 12);
//! let dates = temporal::find(text, &view, reference);
//! assert_eq!(dates[0].span.get(text), Some("Monday"));
//! assert_eq!(dates[0].value, "2024-03-11");
//! assert_eq!(dates[0].resolution(), Some(3));
//! ```
//!
//! All spans are byte spans of the original text; the pipeline converts them to char offsets.

mod scan;

use chrono::{Datelike, NaiveDate};
use text::{ByteSpan, TextView};

/// One calendar date expression and its value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimexMention {
    /// Where the expression is (byte offsets of the original text).
    pub span: ByteSpan,
    /// TIMEX3-like value: "2022-01-10", "2022-01", "2022", "XXXX-01-10" (month and day only),
    /// "199X" (a decade), "2022-W02" (a week), or an `X`-value when unresolved.
    pub value: String,
    pub year: Option<i32>,
    pub month: Option<u32>,
    pub day: Option<u32>,
    /// False for a relative expression that had no reference date to resolve against.
    pub resolved: bool,
}

impl TimexMention {
    /// GKG's resolution code: 1 year, 2 month, 3 day, 4 month+day without year. For an
    /// unresolved relative date it is the grain the expression names (3 for "Monday").
    pub fn resolution(&self) -> Option<u8> {
        match (self.year, self.month, self.day) {
            (Some(_), Some(_), Some(_)) => Some(3),
            (Some(_), Some(_), None) => Some(2),
            (None, Some(_), Some(_)) => Some(4),
            (Some(_), None, _) => Some(1),
            // A decade: a year-level period whose year GKG cannot name.
            _ if self.resolved && self.value.ends_with('X') && !self.value.starts_with('X') => {
                Some(1)
            }
            // Unresolved: the grain the expression names.
            _ if !self.resolved => Some(match self.value.as_str() {
                "XXXX-XX-XX" => 3,
                "XXXX" => 1,
                _ => 2,
            }),
            _ => None,
        }
    }

    /// The record's date, given the char offsets of the span and its text (unresolved relative
    /// dates included, see the crate docs); `None` only when the mention names no grain.
    pub fn to_date_mention(
        &self,
        start: usize,
        end: usize,
        text: String,
    ) -> Option<model::DateMention> {
        let resolution = self.resolution()?;
        Some(model::DateMention {
            start,
            end,
            text,
            resolution,
            year: self.year,
            month: self.month,
            day: self.day,
        })
    }
}

/// A found value before it becomes a [`TimexMention`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Value {
    Ymd(i32, u32, u32),
    Ym(i32, u32),
    Y(i32),
    /// Month and day, no year known.
    Md(u32, u32),
    /// The decade starting with this year.
    Decade(i32),
    /// A quarter of a year (1–4).
    Quarter(i32, u32),
    /// The ISO week containing this day.
    Week(NaiveDate),
    /// A relative expression with no reference: 3 day, 2 month, 1 year, 0 week.
    Unresolved(u8),
}

impl Value {
    fn mention(self, span: ByteSpan) -> TimexMention {
        let (value, year, month, day, resolved) = match self {
            Value::Ymd(y, m, d) => (
                Digits::new().year(y).push("-").two(m).push("-").two(d).0,
                Some(y),
                Some(m),
                Some(d),
                true,
            ),
            Value::Ym(y, m) => (
                Digits::new().year(y).push("-").two(m).0,
                Some(y),
                Some(m),
                None,
                true,
            ),
            Value::Y(y) => (Digits::new().year(y).0, Some(y), None, None, true),
            Value::Md(m, d) => (
                Digits::new().push("XXXX-").two(m).push("-").two(d).0,
                None,
                Some(m),
                Some(d),
                true,
            ),
            Value::Quarter(y, q) => (format!("{y:04}-Q{q}"), Some(y), None, None, true),
            Value::Decade(y) => (format!("{:03}X", y / 10), None, None, None, true),
            Value::Week(d) => {
                let w = d.iso_week();
                // The week belongs to the month of its Thursday, as ISO weeks belong to years.
                let thursday = d
                    .checked_add_signed(chrono::Duration::days(
                        3 - i64::from(d.weekday().num_days_from_monday()),
                    ))
                    .unwrap_or(d);
                (
                    format!("{:04}-W{:02}", w.year(), w.week()),
                    Some(thursday.year()),
                    Some(thursday.month()),
                    None,
                    true,
                )
            }
            Value::Unresolved(g) => {
                let v = match g {
                    3 => "XXXX-XX-XX",
                    2 => "XXXX-XX",
                    0 => "XXXX-WXX",
                    _ => "XXXX",
                };
                (v.to_string(), None, None, None, false)
            }
        };
        TimexMention {
            span,
            value,
            year,
            month,
            day,
            resolved,
        }
    }
}

/// A value string written digit by digit: `format!` cost about a thousand instructions per
/// date, most of the stage's output work. Same text as `{y:04}` and `{m:02}`.
struct Digits(String);

impl Digits {
    fn new() -> Self {
        Digits(String::with_capacity(10))
    }

    fn push(mut self, s: &str) -> Self {
        self.0.push_str(s);
        self
    }

    /// `{y:04}`.
    fn year(mut self, y: i32) -> Self {
        match u32::try_from(y) {
            Ok(y) if y < 10_000 => {
                for div in [1000, 100, 10, 1] {
                    self.0.push(char::from(b'0' + (y / div % 10) as u8));
                }
            }
            _ => {
                use std::fmt::Write;
                let _ = write!(self.0, "{y:04}");
            }
        }
        self
    }

    /// `{n:02}`.
    fn two(mut self, n: u32) -> Self {
        if n < 100 {
            self.0.push(char::from(b'0' + (n / 10) as u8));
            self.0.push(char::from(b'0' + (n % 10) as u8));
        } else {
            use std::fmt::Write;
            let _ = write!(self.0, "{n:02}");
        }
        self
    }
}

/// Finds the calendar date expressions of one article, in text order, not overlapping.
///
/// `view` must be the [`TextView`] of `text`; `reference` is the article's date (else the batch
/// date), against which relative expressions are resolved.
pub fn find(text: &str, view: &TextView, reference: Option<NaiveDate>) -> Vec<TimexMention> {
    scan::Scanner::new(text, view, reference).run()
}

/// The date an article's head gives itself — a dateline or a byline line at the top of a text
/// without metadata: "Published: July 23, 2012", "By Max Fisher on October 31, 2012 at 4:14 pm",
/// "Tuesday, 13 November 2012", "July 24, 2012 7:07 AM" — for articles that come without a
/// published date, so that "yesterday" and "last Tuesday" resolve against the day the article
/// was written rather than the batch's.
///
/// Only the first [`HEAD_LINES`] lines (at most [`HEAD_BYTES`] bytes) are read, and only a full
/// date (day, month and year) written out, on a short line whose other words are capitalised
/// (names, weekdays) or the words of a byline ("published", "posted", "by", "on", "at", "pm" …):
/// a date inside a sentence ("On March 3, 1990, troops …") dates an event, not the article.
/// A date after `latest` (the batch date, when given) is no publication date.
///
/// `view` must be the [`TextView`] of `text`; only its first tokens are read.
pub fn head_date(text: &str, view: &TextView, latest: Option<NaiveDate>) -> Option<NaiveDate> {
    let mut end = text.len().min(HEAD_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    if let Some(nl) = text[..end].match_indices('\n').nth(HEAD_LINES - 1) {
        end = nl.0;
    }
    let head = &text[..end];
    // (A full date written out has three digits at least, "1/6/12": a head with fewer has none
    // to read.)
    head.bytes().filter(u8::is_ascii_digit).nth(2)?;
    let tokens = view.tokens.partition_point(|t| t.span().end <= end);
    scan::Scanner::head(text, view, tokens)
        .run()
        .into_iter()
        .find_map(|m| {
            let date = NaiveDate::from_ymd_opt(m.year?, m.month?, m.day?)?;
            let line = text::line_around(head, m.span);
            let around = [&head[line.start..m.span.start], &head[m.span.end..line.end]];
            let mut others = around
                .into_iter()
                .flat_map(|s| s.split(|c: char| !c.is_alphanumeric() && c != '.'))
                .filter(|w| w.starts_with(char::is_alphabetic));
            let dateline = line.len() <= 120
                && others.all(|w| {
                    w.starts_with(char::is_uppercase)
                        || BYLINE_WORDS.contains(&w.trim_end_matches('.'))
                });
            (dateline && latest.is_none_or(|l| date <= l)).then_some(date)
        })
}

/// How much of an article's head [`head_date`] reads.
const HEAD_LINES: usize = 6;
const HEAD_BYTES: usize = 400;

/// The words in lower case a dateline or byline holds besides names and the date.
const BYLINE_WORDS: [&str; 14] = [
    "published",
    "posted",
    "updated",
    "modified",
    "originally",
    "on",
    "at",
    "by",
    "and",
    "am",
    "pm",
    "a.m",
    "p.m",
    "last",
];

#[cfg(test)]
mod tests;
