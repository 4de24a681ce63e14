//! GDELT's file formats, written and read exactly as the real files spell them.
//!
//! The rich [`model::Record`] is newsgraph's truth; a GKG 2.1 row is a *projection* of it
//! ([`gkg_row`]) into a typed [`GkgRow`], which [`GkgRow::write`] renders as the 27 tab-separated
//! columns of a real GKG file and [`GkgRow::parse`] reads back. Keeping the row typed means the
//! writer and the reader are checked against each other (see the round-trip tests), and that other
//! tools can read GKG files through the same code.
//!
//! ```
//! use gdelt::{gkg_row, GkgRow, RowContext};
//! let mut record = model::Record { id: "ex1".into(), url: Some("https://example.org/a".into()), ..Default::default() };
//! record.title = Some("Ministers meet".into());
//! let row = gkg_row(&record, &RowContext { date: model::parse_timestamp("2024-03-12"), seq: 0 });
//! let line = row.to_line();
//! assert_eq!(line.split('\t').count(), 27);
//! assert_eq!(GkgRow::parse(&line).unwrap(), row);
//! ```

pub mod events;
mod gkg;
mod project;
mod themes;

pub use gkg::*;
pub use project::{RowContext, gkg_row};
pub use themes::{v1_parent, v1_themes};
