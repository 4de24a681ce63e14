//! The data model of newsgraph: what comes in ([`Article`]) and what goes out ([`Record`]).
//!
//! Everything here is plain data with serde derives; no crate below the CLI needs more than these
//! types to talk to another. Two rules hold for every type:
//!
//! * offsets in a [`Record`] are **Unicode-scalar (char) offsets** into [`Article::text`], end
//!   exclusive, so that `text.chars().skip(start).take(end - start)` is the surface form;
//! * a [`Record`] is a pure function of its [`Article`] and the run's flags: no clock, no randomness.
//!
//! ```
//! use model::{Article, parse_timestamp};
//! let mut a = Article::new("ex1", "Finance Minister Ana Silva met NATO officials.");
//! a.published = parse_timestamp("2024-03-12");
//! assert_eq!(a.published.unwrap().to_string(), "2024-03-12 00:00:00");
//! ```

mod record;
mod time;

pub use record::*;
pub use time::{gdelt_timestamp, iso_timestamp, parse_timestamp};

/// Date-times are naive UTC: offsets given in the input are applied at parse time.
pub type Timestamp = chrono::NaiveDateTime;

/// One news article as every source delivers it, before analysis.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Article {
    /// Stable identifier: the input's `id`, else its `url`, else `<file>:<line>` or the path.
    pub id: String,
    pub url: Option<String>,
    pub title: Option<String>,
    /// The article's own publication date-time (UTC), when the source knew it.
    pub published: Option<Timestamp>,
    /// Outlet name or domain, when known.
    pub source: Option<String>,
    /// The text exactly as analysed; every offset of the record indexes it.
    pub text: String,
    /// What a web page, feed or crawl said about the article beyond its text.
    pub meta: PageMeta,
}

impl Article {
    /// An article with an id and a text and nothing else.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Self {
        Article {
            id: id.into(),
            text: text.into(),
            ..Default::default()
        }
    }

    /// GKG's V2DOCUMENTIDENTIFIER: the url when there is one, else the id.
    pub fn document_identifier(&self) -> &str {
        self.url.as_deref().unwrap_or(&self.id)
    }
}

/// Page-level metadata, filled by the HTML, feed and WARC sources (empty for plain text).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct PageMeta {
    /// The page's `<title>` (or feed entry title) as published, for GKG's `<PAGE_TITLE>`.
    pub page_title: Option<String>,
    pub authors: Vec<String>,
    /// The outlet's chosen sharing image (og:image, twitter:image …): V2.1SHARINGIMAGE.
    pub sharing_image: Option<String>,
    /// Images inside the article body: V2.1RELATEDIMAGES.
    pub related_images: Vec<String>,
    /// Embedded Twitter/Instagram posts: V2.1SOCIALIMAGEEMBEDS.
    pub social_image_embeds: Vec<String>,
    /// Embedded YouTube/Vimeo/DailyMotion videos: V2.1SOCIALVIDEOEMBEDS.
    pub social_video_embeds: Vec<String>,
    /// Links found in the article body (GKG's `<PAGE_LINKS>`).
    pub links: Vec<String>,
    /// Language declared by the page (`<html lang>`), if any.
    pub lang: Option<String>,
}
