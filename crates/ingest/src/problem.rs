//! Why an input item did not become an article, and where it was.

use std::fmt;

/// Where in an input a problem lies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Position {
    /// The whole file (or stdin).
    Whole,
    /// A 1-based line of a JSONL input.
    Line(u64),
    /// A 1-based entry of a feed.
    Entry(u64),
    /// A 1-based record of a WARC file.
    Record(u64),
}

/// The reasons, each with a stable code for the run summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    Unreadable(String),
    Undecodable(String),
    MalformedJson(String),
    MissingText,
    EmptyText,
    MalformedFeed(String),
    MalformedWarc(String),
    NotAnArticle(String),
    UnreadableDate(String),
    /// NUL characters between the letters (UTF-16 text read as 8-bit), removed: how many.
    NulCharacters(usize),
}

impl Reason {
    /// A short stable name, used to count problems by kind.
    pub fn code(&self) -> &'static str {
        match self {
            Reason::Unreadable(_) => "unreadable",
            Reason::Undecodable(_) => "undecodable",
            Reason::MalformedJson(_) => "malformed-json",
            Reason::MissingText => "missing-text",
            Reason::EmptyText => "empty-text",
            Reason::MalformedFeed(_) => "malformed-feed",
            Reason::MalformedWarc(_) => "malformed-warc",
            Reason::NotAnArticle(_) => "not-an-article",
            Reason::UnreadableDate(_) => "unreadable-date",
            Reason::NulCharacters(_) => "nul-characters",
        }
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reason::Unreadable(e) => write!(f, "cannot read: {e}"),
            Reason::Undecodable(e) => write!(f, "undecodable text: {e}"),
            Reason::MalformedJson(e) => write!(f, "malformed JSON: {e}"),
            Reason::MissingText => write!(f, "no \"text\" string in the object"),
            Reason::EmptyText => write!(f, "empty text"),
            Reason::MalformedFeed(e) => write!(f, "malformed RSS/Atom feed: {e}"),
            Reason::MalformedWarc(e) => write!(f, "malformed WARC: {e}"),
            Reason::NotAnArticle(e) => write!(f, "not an article: {e}"),
            Reason::UnreadableDate(d) => write!(f, "unreadable published date {d:?}, ignored"),
            Reason::NulCharacters(n) => write!(
                f,
                "{n} NUL characters between the letters (UTF-16 text read as 8-bit?), removed"
            ),
        }
    }
}

/// A reason with its place: printed as `file:line: reason` like a compiler would.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    pub position: Position,
    pub reason: Reason,
}

impl Problem {
    pub fn whole(file: &str, reason: Reason) -> Self {
        Problem {
            file: file.to_string(),
            position: Position::Whole,
            reason,
        }
    }

    pub fn at(file: &str, position: Position, reason: Reason) -> Self {
        Problem {
            file: file.to_string(),
            position,
            reason,
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.position {
            Position::Whole => write!(f, "{}: {}", self.file, self.reason),
            Position::Line(n) => write!(f, "{}:{}: {}", self.file, n, self.reason),
            Position::Entry(n) => write!(f, "{}: entry {}: {}", self.file, n, self.reason),
            Position::Record(n) => write!(f, "{}: record {}: {}", self.file, n, self.reason),
        }
    }
}
